package dev.arca.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.access.UserDirectoryException;
import dev.arca.core.admin.AdminDirectoryException;
import dev.arca.core.admin.AdminPermission;
import dev.arca.core.admin.Administrator;
import dev.arca.core.admin.ApprovalGrant;
import dev.arca.core.admin.ApprovalRequest;
import dev.arca.core.admin.Approvals;
import dev.arca.core.audit.AuditEvent;
import dev.arca.kmip.KmipException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multiple credentials and time-limited credentials over the API: {@code /api/v1/approvals}, {@code
 * /api/v1/approval-settings} and {@code /api/v1/grants}, and the gate every change passes.
 *
 * <p><b>The gate.</b> When changes need more than one approval, a request to any route that changes
 * something — every method but GET, except logging out and these routes themselves — is not run: it
 * is filed as an approval request and answered 202 with the request. Its input is kept sealed. When
 * the last approval comes in, the change is run then, on behalf of its requester (who must still
 * hold the area), and the approving request gets the change's own answer. Both the filing and the
 * applying are in the audit log, the latter with every approver.
 */
final class ApprovalResources {

  private static final Logger LOG = LoggerFactory.getLogger(ApprovalResources.class);

  /**
   * Routes that are never held for approval: those that are how approvals happen; KMIP over HTTPS,
   * which is a client's request, not an officer's; and issuing a client bundle, whose answer holds
   * a private key generated for it that must go to the administrator who asked and to no approver
   * (the user it is for exists only once its creation was approved).
   */
  private static final Set<String> EXEMPT =
      Set.of(
          "logout",
          "approval.approve",
          "approval.deny",
          "grant.create",
          "grant.revoke",
          "kmip.request",
          "user.bundle.issue");

  record SettingsChange(
      Integer requiredApprovals, Integer requestLifetimeMinutes, Integer maxGrantMinutes) {}

  record GrantCreate(String borrower, List<String> areas, Integer minutes) {}

  private final AdminServer server;

  ApprovalResources(AdminServer server) {
    this.server = server;
  }

  private Approvals approvals() {
    return server.backend().approvals();
  }

  void register(RouteTable t) {
    t.get("/api/v1/approvals", "approval.list")
        .summary("Approval requests, newest first: pending, applied, denied, failed, expired")
        .response("ApprovalList")
        .handle(this::list);
    t.get("/api/v1/approvals/{id}", "approval.show")
        .summary("One approval request: who asked, what it changes, who approved, when it expires")
        .response("Approval")
        .handle(this::show);
    t.post("/api/v1/approvals/{id}/approve", "approval.approve")
        .summary(
            "Approve a pending request, with the area it needs or a time-limited grant of it; the"
                + " last approval applies the change and answers as the change does")
        .response("Approval")
        .errors(ErrorCode.NOT_PERMITTED, ErrorCode.WRONG_STATE, ErrorCode.CONFLICT)
        .handle(this::approve);
    t.post("/api/v1/approvals/{id}/deny", "approval.deny")
        .summary("Deny a pending request (its requester withdraws it); nothing of it is applied")
        .response("Approval")
        .errors(ErrorCode.NOT_PERMITTED, ErrorCode.WRONG_STATE, ErrorCode.CONFLICT)
        .handle(this::deny);
    t.get("/api/v1/approval-settings", "approval-settings.show")
        .summary("How many approvals a change needs, how long requests and grants last")
        .response("ApprovalSettings")
        .handle(this::settings);
    t.put("/api/v1/approval-settings", "approval-settings.set")
        .area(AdminPermission.HIGH_ACCESS)
        .summary(
            "Change the approval settings; absent fields keep their values. While changes need"
                + " approvals, this one does too")
        .request("ApprovalSettingsChange")
        .response("ApprovalSettings")
        .errors(ErrorCode.INVALID_FIELD, ErrorCode.CONFLICT)
        .handle(this::setSettings);
    t.get("/api/v1/grants", "grant.list")
        .summary("Time-limited grants of approval rights that have not lapsed")
        .response("GrantList")
        .handle(this::grants);
    t.post("/api/v1/grants", "grant.create")
        .summary(
            "Lend your approval right for some of your areas to another administrator for at most"
                + " the configured minutes")
        .status(201)
        .request("GrantCreate")
        .response("Grant")
        .errors(ErrorCode.INVALID_FIELD, ErrorCode.NOT_PERMITTED)
        .handle(this::createGrant);
    t.delete("/api/v1/grants/{id}", "grant.revoke")
        .summary("End a grant before it lapses: its lender, its borrower or high access")
        .status(204)
        .errors(ErrorCode.NOT_PERMITTED)
        .handle(this::revokeGrant);
  }

  // ---- the gate --------------------------------------------------------------------------------

  /**
   * Files the call as an approval request instead of running it, when changes need approvals.
   *
   * @return whether the call was filed (and answered)
   */
  boolean hold(Call call, Route route) throws ApiException, AdminDirectoryException {
    if (call.isReplay()
        || route.method().equals("GET")
        || EXEMPT.contains(route.action())
        || !approvals().required()) {
      return false;
    }
    sweep(call);
    byte[] body = call.body(server.settings().maxJsonBytes());
    try {
      if (body.length > 0
          && !call.mediaType().map(t -> t.equals("application/json")).orElse(false)) {
        throw new ApiException(
            ErrorCode.UNSUPPORTED_MEDIA_TYPE, "send the body as Content-Type: application/json");
      }
      String summary = route.method() + " " + Call.shorten(call.ctx.path()) + fields(body);
      ApprovalRequest r =
          approvals()
              .submit(
                  call.actor(),
                  route.action(),
                  route.area().orElse(AdminPermission.HIGH_ACCESS),
                  summary,
                  call.pathParameters(),
                  body);
      call.touched(r.id());
      call.auditedElsewhere();
      audit(
          call,
          call.actor(),
          "approval.request",
          List.of(r.id(), route.action()),
          "Pending",
          Optional.of(summary));
      ObjectNode out = view(r);
      out.put(
          "message",
          "the change waits for "
              + (approvals().settings().requiredApprovals() - r.approvals().size())
              + " more approval(s) before it is applied");
      call.json(202, out);
      return true;
    } finally {
      Arrays.fill(body, (byte) 0);
    }
  }

  /** The names of the body's top-level fields, never their values (they may be passwords). */
  private static String fields(byte[] body) {
    if (body.length == 0) {
      return "";
    }
    try {
      JsonNode node = Json.MAPPER.readTree(body);
      if (node == null || !node.isObject() || node.size() == 0) {
        return "";
      }
      Set<String> names = new TreeSet<>();
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        names.add(Call.shorten(it.next()));
      }
      return " (fields: " + String.join(", ", names) + ")";
    } catch (java.io.IOException e) {
      return " (a body that is not JSON)";
    }
  }

  // ---- requests --------------------------------------------------------------------------------

  private void list(Call call) {
    sweep(call);
    ArrayNode items = Json.array();
    for (ApprovalRequest r : approvals().list()) {
      items.add(view(r));
    }
    ObjectNode out = Json.object();
    out.set("items", items);
    call.ok(out);
  }

  private void show(Call call) throws ApiException {
    String id = call.pathParameter("id");
    call.touched(id);
    call.ok(view(approvals().get(id).orElseThrow(() -> noRequest(id))));
  }

  private void approve(Call call) throws Exception {
    sweep(call);
    String id = call.pathParameter("id");
    call.touched(id);
    ApprovalRequest r = approvals().approve(id, call.actor());
    if (r.status() != ApprovalRequest.Status.APPROVED) {
      call.ok(view(r));
      return;
    }
    apply(call, r);
  }

  /** Runs an approved request as its requester and records how it went. */
  private void apply(Call call, ApprovalRequest r) throws AdminDirectoryException {
    Optional<Route> route =
        server.routes().stream().filter(x -> x.action().equals(r.action())).findFirst();
    String approvers = approvers(r);
    Optional<Administrator> requester = server.backend().admins().get(r.requester());
    String refusal = null;
    if (route.isEmpty()) {
      refusal = "the change " + r.action() + " no longer exists";
    } else if (requester.isEmpty() || !requester.get().enabled()) {
      refusal = "its requester " + r.requester() + " is no longer an enabled administrator";
    } else if (route.get().area().isPresent() && !requester.get().has(route.get().area().get())) {
      refusal = "its requester " + r.requester() + " no longer holds the area it needs";
    }
    if (refusal != null) {
      ApprovalRequest done = approvals().finish(r.id(), false, refusal);
      audit(
          call,
          r.requester(),
          r.action(),
          List.of(r.id()),
          "not_applied",
          Optional.of(refusal + "; approved by " + approvers));
      call.fail(
          ErrorCode.CONFLICT, "request " + done.id() + " was approved but not applied: " + refusal);
      return;
    }
    byte[] body = approvals().body(r);
    Call replay =
        Call.replay(
            call.ctx, call.correlationId, route.get(), r.requester(), r.pathParameters(), body);
    String outcome;
    Optional<String> failure = Optional.empty();
    try {
      route.get().handler().handle(replay);
      outcome = replay.error().map(ErrorCode::code).orElse("Success");
      failure = replay.errorMessage();
    } catch (ApiException e) {
      outcome = e.code().code();
      failure = Optional.of(e.getMessage());
      replay.fail(e.code(), e.getMessage());
    } catch (KmipException e) {
      outcome = ErrorCode.of(e.reason()).code();
      failure = Optional.of(e.getMessage());
      replay.fail(ErrorCode.of(e.reason()), e.getMessage());
    } catch (UserDirectoryException e) {
      outcome = ErrorCode.of(e.reason()).code();
      failure = Optional.of(e.getMessage());
      replay.fail(ErrorCode.of(e.reason()), e.getMessage());
    } catch (AdminDirectoryException e) {
      outcome = ErrorCode.of(e.reason()).code();
      failure = Optional.of(e.getMessage());
      replay.fail(ErrorCode.of(e.reason()), e.getMessage());
    } catch (Exception e) {
      LOG.error("[{}] approved request {} failed unexpectedly", call.correlationId, r.id(), e);
      outcome = ErrorCode.INTERNAL_ERROR.code();
      failure = Optional.of("internal error " + call.correlationId + " (see the server log)");
      replay.fail(ErrorCode.INTERNAL_ERROR, failure.get());
    } finally {
      Arrays.fill(body, (byte) 0);
    }
    boolean applied = outcome.equals("Success");
    approvals().finish(r.id(), applied, applied ? "applied" : failure.orElse(outcome));
    List<String> objects = new ArrayList<>(replay.objects());
    objects.add(0, r.id());
    audit(
        call,
        r.requester(),
        r.action(),
        objects,
        outcome,
        Optional.of("approved by " + approvers + failure.map(f -> "; " + f).orElse("")));
    call.ctx.header("Arca-Approval-Request", r.id());
    call.ctx.header("Arca-Approval-Status", applied ? "applied" : "failed");
  }

  private void deny(Call call) throws ApiException, AdminDirectoryException {
    sweep(call);
    String id = call.pathParameter("id");
    call.touched(id);
    call.ok(view(approvals().deny(id, call.actor())));
  }

  // ---- settings --------------------------------------------------------------------------------

  private void settings(Call call) {
    call.ok(view(approvals().settings()));
  }

  private void setSettings(Call call) throws ApiException, AdminDirectoryException {
    SettingsChange c = call.json(SettingsChange.class, server.settings().maxJsonBytes());
    Approvals.Settings now = approvals().settings();
    Approvals.Settings next;
    try {
      next =
          new Approvals.Settings(
              c.requiredApprovals() == null ? now.requiredApprovals() : c.requiredApprovals(),
              c.requestLifetimeMinutes() == null
                  ? now.requestLifetime()
                  : Duration.ofMinutes(c.requestLifetimeMinutes()),
              c.maxGrantMinutes() == null
                  ? now.maxGrant()
                  : Duration.ofMinutes(c.maxGrantMinutes()));
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.INVALID_FIELD, e.getMessage());
    }
    call.touched("approval-settings");
    call.ok(view(approvals().setSettings(next)));
  }

  // ---- grants ----------------------------------------------------------------------------------

  private void grants(Call call) {
    sweep(call);
    ArrayNode items = Json.array();
    for (ApprovalGrant g : approvals().grants()) {
      if (!g.lapsedAt(server.backend().clock().instant())) {
        items.add(view(g));
      }
    }
    ObjectNode out = Json.object();
    out.set("items", items);
    call.ok(out);
  }

  private void createGrant(Call call) throws ApiException, AdminDirectoryException {
    sweep(call);
    GrantCreate body = call.json(GrantCreate.class, server.settings().maxJsonBytes());
    String borrower = AdministratorResources.required(body.borrower(), "borrower");
    List<String> names = AdministratorResources.required(body.areas(), "areas");
    int minutes = AdministratorResources.required(body.minutes(), "minutes");
    Set<AdminPermission> areas = EnumSet.noneOf(AdminPermission.class);
    for (String n : names) {
      try {
        areas.add(
            AdminPermission.valueOf(String.valueOf(n).toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD,
            "field 'areas': '" + Call.shorten(String.valueOf(n)) + "' is not a permission area");
      }
    }
    call.touched(borrower);
    ApprovalGrant g =
        approvals().grant(call.actor(), borrower, areas, Duration.ofMinutes(Math.max(0, minutes)));
    call.touched(g.id());
    call.ok(view(g));
  }

  private void revokeGrant(Call call) throws AdminDirectoryException {
    sweep(call);
    String id = call.pathParameter("id");
    call.touched(id);
    approvals().revokeGrant(id, call.actor());
    call.noContent();
  }

  /** Removes lapsed grants, each with an audit event of its own. */
  private void sweep(Call call) {
    for (ApprovalGrant g : approvals().removeLapsed()) {
      audit(
          call,
          "-",
          "grant.lapsed",
          List.of(g.id(), g.lender(), g.borrower()),
          "Success",
          Optional.of("lapsed at " + g.expires()));
    }
  }

  // ---- views and audit -------------------------------------------------------------------------

  private void audit(
      Call call,
      String actor,
      String action,
      List<String> objects,
      String outcome,
      Optional<String> detail) {
    try {
      server
          .backend()
          .audit()
          .record(
              new AuditEvent(
                  server.backend().clock().instant(),
                  "https",
                  call.source(),
                  actor,
                  action,
                  objects,
                  outcome,
                  detail,
                  call.correlationId));
    } catch (RuntimeException e) {
      LOG.error("[{}] the audit event could not be written", call.correlationId, e);
    }
  }

  private static String approvers(ApprovalRequest r) {
    List<String> out = new ArrayList<>();
    for (ApprovalRequest.Approval a : r.approvals()) {
      out.add(a.administrator() + a.via().map(v -> " via " + v).orElse(""));
    }
    return String.join(", ", out);
  }

  private ObjectNode view(ApprovalRequest r) {
    ObjectNode out = Json.object();
    out.put("id", r.id());
    out.put("requester", r.requester());
    out.put("action", r.action());
    out.put("area", r.area().name());
    out.put("summary", r.summary());
    out.put("created", r.created().toString());
    out.put("expires", r.expires().toString());
    out.put(
        "status", r.statusAt(server.backend().clock().instant()).name().toLowerCase(Locale.ROOT));
    out.put("required", approvals().settings().requiredApprovals());
    ArrayNode list = out.putArray("approvals");
    for (ApprovalRequest.Approval a : r.approvals()) {
      ObjectNode o = list.addObject();
      o.put("administrator", a.administrator());
      a.via().ifPresent(v -> o.put("via", v));
      o.put("at", a.at().toString());
    }
    r.outcome().ifPresent(o -> out.put("outcome", o));
    return out;
  }

  private static ObjectNode view(Approvals.Settings s) {
    ObjectNode out = Json.object();
    out.put("requiredApprovals", s.requiredApprovals());
    out.put("requestLifetimeMinutes", s.requestLifetime().toMinutes());
    out.put("maxGrantMinutes", s.maxGrant().toMinutes());
    return out;
  }

  private static ObjectNode view(ApprovalGrant g) {
    ObjectNode out = Json.object();
    out.put("id", g.id());
    out.put("lender", g.lender());
    out.put("borrower", g.borrower());
    ArrayNode areas = out.putArray("areas");
    g.areas().forEach(a -> areas.add(a.name()));
    out.put("created", g.created().toString());
    out.put("expires", g.expires().toString());
    return out;
  }

  private static ApiException noRequest(String id) {
    return new ApiException(ErrorCode.NOT_FOUND, "no approval request " + Call.shorten(id));
  }
}
