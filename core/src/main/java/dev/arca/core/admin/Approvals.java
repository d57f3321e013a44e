package dev.arca.core.admin;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.Envelope;
import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.DeleteRecord;
import dev.arca.core.state.NotDurableException;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.RecordFields;
import dev.arca.core.state.RecordKey;
import dev.arca.core.state.Replicator;
import dev.arca.core.store.RecordStore;
import dev.arca.core.store.StoreException;
import dev.arca.core.store.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Multiple credentials (M-of-N approval) and time-limited credentials.
 *
 * <p>When the setting {@link Settings#requiredApprovals()} is more than 1, every change an
 * administrator asks for becomes an {@link ApprovalRequest}: it waits until that many
 * administrators have approved it — the requester counts as the first — and is applied then, once,
 * on behalf of its requester. Another administrator approves with the permission area the change
 * needs, or with a live {@link ApprovalGrant} of it from an administrator who has it; each
 * administrator's approval right counts once. Any of them may deny it, its requester may withdraw
 * it, and a request not approved before it expires changes nothing.
 *
 * <p>Everything is records changed through the {@link Replicator}: {@code approval/<id>}, {@code
 * approval-grant/<id>} and {@code policy/approvals}, each change a compare-and-set on the revision
 * just read, so that two approvals racing for the last place cannot both apply the change. The
 * request's input, which may hold a password, is sealed under the master key with the request id as
 * associated data. Thread-safe.
 */
public final class Approvals {

  static final String REQUEST_KIND = "approval";
  static final String GRANT_KIND = "approval-grant";
  static final RecordKey SETTINGS = new RecordKey("policy", "approvals");
  private static final String FORMAT = "1";
  private static final Logger LOG = LoggerFactory.getLogger(Approvals.class);

  private final RecordStore records;
  private final Replicator replicator;
  private final Envelope envelope;
  private final AdminDirectory admins;
  private final Clock clock;
  private final Duration commandTimeout;

  public Approvals(
      RecordStore records,
      Replicator replicator,
      Envelope envelope,
      AdminDirectory admins,
      Clock clock,
      Duration commandTimeout) {
    this.records = Objects.requireNonNull(records, "records");
    this.replicator = Objects.requireNonNull(replicator, "replicator");
    this.envelope = Objects.requireNonNull(envelope, "envelope");
    this.admins = Objects.requireNonNull(admins, "admins");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.commandTimeout = Objects.requireNonNull(commandTimeout, "commandTimeout");
  }

  /**
   * The settings of multiple and time-limited credentials.
   *
   * @param requiredApprovals how many administrators approve a change, the requester included; 1
   *     turns approvals off; at most 10
   * @param requestLifetime how long a request waits for approvals, 5 minutes to 30 days
   * @param maxGrant the longest a time-limited grant may last, 1 minute to 24 hours
   */
  public record Settings(int requiredApprovals, Duration requestLifetime, Duration maxGrant) {

    /** Off: one approval (the requester's), requests live a day, grants at most an hour. */
    public static final Settings DEFAULT = new Settings(1, Duration.ofDays(1), Duration.ofHours(1));

    public Settings {
      if (requiredApprovals < 1 || requiredApprovals > 10) {
        throw new IllegalArgumentException(
            "requiredApprovals must be between 1 (off) and 10: " + requiredApprovals);
      }
      Objects.requireNonNull(requestLifetime, "requestLifetime");
      Objects.requireNonNull(maxGrant, "maxGrant");
      if (requestLifetime.compareTo(Duration.ofMinutes(5)) < 0
          || requestLifetime.compareTo(Duration.ofDays(30)) > 0) {
        throw new IllegalArgumentException(
            "requestLifetime must be between 5 minutes and 30 days: " + requestLifetime);
      }
      if (maxGrant.compareTo(Duration.ofMinutes(1)) < 0
          || maxGrant.compareTo(Duration.ofHours(24)) > 0) {
        throw new IllegalArgumentException(
            "maxGrantMinutes must be between 1 and 1440: " + maxGrant.toMinutes());
      }
    }
  }

  // ---- settings --------------------------------------------------------------------------------

  /** The settings in force. */
  public Settings settings() {
    return records
        .record(SETTINGS)
        .map(
            r -> {
              try {
                RecordFields f = fields(r, Set.of("format", "required", "lifetime", "max-grant"));
                return new Settings(
                    Integer.parseInt(f.require("required")),
                    Duration.parse(f.require("lifetime")),
                    Duration.parse(f.require("max-grant")));
              } catch (IllegalArgumentException | DateTimeParseException e) {
                throw new StoreException(
                    "the stored approval settings are damaged: " + e.getMessage(), e);
              }
            })
        .orElse(Settings.DEFAULT);
  }

  /** Whether changes wait for approvals. */
  public boolean required() {
    return settings().requiredApprovals() > 1;
  }

  /**
   * Changes the settings. More approvals than there are enabled administrators would leave every
   * change waiting for ever, so that is refused.
   *
   * @throws AdminDirectoryException INVALID_FIELD, CONFLICT or UNAVAILABLE
   */
  public Settings setSettings(Settings next) throws AdminDirectoryException {
    Objects.requireNonNull(next, "next");
    long enabled = admins.list().stream().filter(Administrator::enabled).count();
    if (next.requiredApprovals() > enabled) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.INVALID_FIELD,
          "requiredApprovals "
              + next.requiredApprovals()
              + " is more than the "
              + enabled
              + " enabled administrators: no change could ever be approved");
    }
    long revision = records.record(SETTINGS).map(StoredRecord::revision).orElse(0L) + 1;
    byte[] body =
        RecordFields.builder()
            .put("format", FORMAT)
            .put("required", Integer.toString(next.requiredApprovals()))
            .put("lifetime", next.requestLifetime().toString())
            .put("max-grant", next.maxGrant().toString())
            .build()
            .encode();
    requireApplied(submit(new PutRecord(SETTINGS, body, revision)), "the approval settings");
    LOG.info(
        "Changes now need {} approvals; requests live {}, grants at most {}",
        next.requiredApprovals(),
        next.requestLifetime(),
        next.maxGrant());
    return next;
  }

  // ---- requests --------------------------------------------------------------------------------

  /**
   * Files a change for approval; its requester's approval is the first.
   *
   * @param body the change's input, sealed before it is stored
   * @throws AdminDirectoryException UNAVAILABLE when it cannot be sealed or stored
   */
  public ApprovalRequest submit(
      String requester,
      String action,
      AdminPermission area,
      String summary,
      Map<String, String> pathParameters,
      byte[] body)
      throws AdminDirectoryException {
    String id = UUID.randomUUID().toString();
    Instant now = now();
    byte[] sealed;
    try {
      sealed = envelope.seal(body, aad(id));
    } catch (CryptoException e) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.UNAVAILABLE,
          "the request could not be sealed: " + e.getMessage(),
          e);
    }
    ApprovalRequest request =
        new ApprovalRequest(
            id,
            requester,
            action,
            area,
            summary,
            pathParameters,
            sealed,
            now,
            now.plus(settings().requestLifetime()),
            List.of(new ApprovalRequest.Approval(requester, Optional.empty(), now)),
            ApprovalRequest.Status.PENDING,
            Optional.empty(),
            1);
    requireApplied(submit(put(request)), "the approval request");
    LOG.info("Administrator {} asked for {} ({}), request {}", requester, action, summary, id);
    return request;
  }

  /** The request {@code id}, if there is one. */
  public Optional<ApprovalRequest> get(String id) {
    if (!validId(id)) {
      return Optional.empty();
    }
    return records.record(new RecordKey(REQUEST_KIND, id)).map(Approvals::readRequest);
  }

  /** Every request, newest first. */
  public List<ApprovalRequest> list() {
    List<ApprovalRequest> out = new ArrayList<>();
    for (StoredRecord r : records.records(REQUEST_KIND)) {
      out.add(readRequest(r));
    }
    out.sort((a, b) -> b.created().compareTo(a.created()));
    return out;
  }

  /**
   * Approves the request as {@code approver}: with its own approval right when it holds the
   * request's area, else with a live grant of that area from an administrator who holds it. When
   * the approvals reach the required number the request becomes {@link
   * ApprovalRequest.Status#APPROVED}: the caller then applies it and records the outcome with
   * {@link #finish}.
   *
   * @throws AdminDirectoryException NOT_FOUND, WRONG_STATE when it is no longer pending or has
   *     expired, NOT_PERMITTED when the approver has no approval right left to give, CONFLICT
   */
  public ApprovalRequest approve(String id, String approver) throws AdminDirectoryException {
    for (int attempt = 1; attempt <= 5; attempt++) {
      ApprovalRequest r = pending(id);
      Instant now = now();
      ApprovalRequest.Approval approval = approvalRight(r, approver, now);
      List<ApprovalRequest.Approval> next = new ArrayList<>(r.approvals());
      next.add(approval);
      boolean enough = next.size() >= settings().requiredApprovals();
      ApprovalRequest changed =
          r.with(
              next,
              enough ? ApprovalRequest.Status.APPROVED : ApprovalRequest.Status.PENDING,
              Optional.empty());
      if (submit(put(changed)).applied()) {
        LOG.info(
            "Administrator {} approved request {} ({} of {})",
            approval.via().map(v -> approval.administrator() + " via " + v).orElse(approver),
            id,
            next.size(),
            settings().requiredApprovals());
        return changed;
      }
    }
    throw new AdminDirectoryException(
        AdminDirectoryException.Reason.CONFLICT,
        "request " + id + " kept changing concurrently; try again");
  }

  /**
   * Denies the request, or withdraws it when {@code administrator} asked for it. Nothing of it is
   * ever applied.
   *
   * @throws AdminDirectoryException NOT_FOUND, WRONG_STATE, NOT_PERMITTED, CONFLICT
   */
  public ApprovalRequest deny(String id, String administrator) throws AdminDirectoryException {
    ApprovalRequest r = pending(id);
    Instant now = now();
    String by;
    if (r.requester().equals(administrator)) {
      by = "withdrawn by " + administrator;
    } else {
      ApprovalRequest.Approval right = approvalRight(r, administrator, now);
      by =
          "denied by "
              + right.via().map(v -> right.administrator() + " via " + v).orElse(administrator);
    }
    ApprovalRequest changed = r.with(r.approvals(), ApprovalRequest.Status.DENIED, Optional.of(by));
    requireApplied(submit(put(changed)), "request " + id);
    LOG.info("Request {} ({}) was {}", id, r.action(), by);
    return changed;
  }

  /**
   * Records how applying an approved request went.
   *
   * @throws AdminDirectoryException WRONG_STATE when it is not approved, CONFLICT, UNAVAILABLE
   */
  public ApprovalRequest finish(String id, boolean applied, String outcome)
      throws AdminDirectoryException {
    ApprovalRequest r = get(id).orElseThrow(() -> notFound(id));
    if (r.status() != ApprovalRequest.Status.APPROVED) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.WRONG_STATE, "request " + id + " is not approved");
    }
    ApprovalRequest changed =
        r.with(
            r.approvals(),
            applied ? ApprovalRequest.Status.APPLIED : ApprovalRequest.Status.FAILED,
            Optional.of(outcome));
    requireApplied(submit(put(changed)), "request " + id);
    return changed;
  }

  /** The input of a request, unsealed; the caller zeroes it after use. */
  public byte[] body(ApprovalRequest r) throws AdminDirectoryException {
    try {
      return envelope.open(r.sealedBody(), aad(r.id()));
    } catch (CryptoException e) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.UNAVAILABLE,
          "the request's input cannot be unsealed (was the master key rotated since?): "
              + e.getMessage(),
          e);
    }
  }

  private ApprovalRequest pending(String id) throws AdminDirectoryException {
    ApprovalRequest r = get(id).orElseThrow(() -> notFound(id));
    ApprovalRequest.Status status = r.statusAt(now());
    if (status != ApprovalRequest.Status.PENDING) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.WRONG_STATE,
          "request " + id + " is " + status.name().toLowerCase(Locale.ROOT) + ", not pending");
    }
    return r;
  }

  /**
   * The approval {@code approver} can give: its own when it holds the area and has not approved
   * yet; else that of a lender whose live grant covers the area and who holds the area itself.
   */
  private ApprovalRequest.Approval approvalRight(ApprovalRequest r, String approver, Instant now)
      throws AdminDirectoryException {
    Administrator a =
        admins
            .get(approver)
            .filter(Administrator::enabled)
            .orElseThrow(
                () ->
                    new AdminDirectoryException(
                        AdminDirectoryException.Reason.NOT_PERMITTED,
                        "only an enabled administrator approves"));
    if (a.has(r.area()) && !r.approvedBy(approver)) {
      return new ApprovalRequest.Approval(approver, Optional.empty(), now);
    }
    for (ApprovalGrant g : grants()) {
      if (g.borrower().equals(approver)
          && g.covers(r.area(), now)
          && !r.approvedBy(g.lender())
          && admins.get(g.lender()).filter(l -> l.enabled() && l.has(r.area())).isPresent()) {
        return new ApprovalRequest.Approval(g.lender(), Optional.of(approver), now);
      }
    }
    throw new AdminDirectoryException(
        AdminDirectoryException.Reason.NOT_PERMITTED,
        r.approvedBy(approver)
            ? "you have approved request " + r.id() + " already; another administrator must"
            : "approving request "
                + r.id()
                + " needs the "
                + area(r.area())
                + " permission area, or a time-limited grant of it");
  }

  // ---- time-limited grants ---------------------------------------------------------------------

  /**
   * Lends {@code lender}'s approval right for {@code areas} to {@code borrower} for {@code
   * duration}, at most the configured maximum.
   *
   * @throws AdminDirectoryException NOT_FOUND for an unknown borrower, NOT_PERMITTED when the
   *     lender lacks an area or lends to itself, INVALID_FIELD for a duration out of range
   */
  public ApprovalGrant grant(
      String lender, String borrower, Set<AdminPermission> areas, Duration duration)
      throws AdminDirectoryException {
    Objects.requireNonNull(areas, "areas");
    Objects.requireNonNull(duration, "duration");
    Administrator from =
        admins
            .get(lender)
            .orElseThrow(
                () ->
                    new AdminDirectoryException(
                        AdminDirectoryException.Reason.NOT_PERMITTED,
                        "no administrator " + lender));
    if (!admins.get(borrower).filter(Administrator::enabled).isPresent()) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.NOT_FOUND, "no enabled administrator " + borrower);
    }
    if (lender.equals(borrower)) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.NOT_PERMITTED, "an approval right is lent to another");
    }
    if (areas.isEmpty()) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.INVALID_FIELD, "name at least one permission area");
    }
    for (AdminPermission area : areas) {
      if (!from.has(area)) {
        throw new AdminDirectoryException(
            AdminDirectoryException.Reason.NOT_PERMITTED,
            "you cannot lend the " + area(area) + " area: you do not hold it");
      }
    }
    Duration max = settings().maxGrant();
    if (duration.compareTo(Duration.ofMinutes(1)) < 0 || duration.compareTo(max) > 0) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.INVALID_FIELD,
          "a grant lasts 1 to " + max.toMinutes() + " minutes, not " + duration.toMinutes());
    }
    Instant now = now();
    ApprovalGrant g =
        new ApprovalGrant(
            UUID.randomUUID().toString(), lender, borrower, areas, now, now.plus(duration));
    requireApplied(submit(put(g)), "the grant");
    LOG.info(
        "Administrator {} lent its approval right for {} to {} until {}",
        lender,
        areas,
        borrower,
        g.expires());
    return g;
  }

  /** Every grant that has not been removed, lapsed ones included, oldest first. */
  public List<ApprovalGrant> grants() {
    List<ApprovalGrant> out = new ArrayList<>();
    for (StoredRecord r : records.records(GRANT_KIND)) {
      out.add(readGrant(r));
    }
    out.sort((a, b) -> a.created().compareTo(b.created()));
    return out;
  }

  /**
   * Ends a grant before it lapses: its lender, its borrower, or an administrator with high access.
   *
   * @throws AdminDirectoryException NOT_FOUND, NOT_PERMITTED, CONFLICT
   */
  public ApprovalGrant revokeGrant(String id, String administrator) throws AdminDirectoryException {
    StoredRecord stored =
        (validId(id)
                ? records.record(new RecordKey(GRANT_KIND, id))
                : Optional.<StoredRecord>empty())
            .orElseThrow(
                () ->
                    new AdminDirectoryException(
                        AdminDirectoryException.Reason.NOT_FOUND, "no grant " + id));
    ApprovalGrant g = readGrant(stored);
    boolean highAccess =
        admins.get(administrator).filter(a -> a.has(AdminPermission.HIGH_ACCESS)).isPresent();
    if (!g.lender().equals(administrator) && !g.borrower().equals(administrator) && !highAccess) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.NOT_PERMITTED,
          "only its lender, its borrower or a high access administrator ends a grant");
    }
    requireApplied(submit(new DeleteRecord(stored.key(), stored.revision())), "grant " + id);
    return g;
  }

  /**
   * Removes the grants that have lapsed and returns them, so that the caller can record each in the
   * audit log. A lapsed grant counts for nothing whether or not it was removed yet.
   */
  public List<ApprovalGrant> removeLapsed() {
    Instant now = now();
    List<ApprovalGrant> out = new ArrayList<>();
    for (StoredRecord r : records.records(GRANT_KIND)) {
      ApprovalGrant g = readGrant(r);
      if (g.lapsedAt(now)) {
        try {
          if (submit(new DeleteRecord(r.key(), r.revision())).applied()) {
            out.add(g);
          }
        } catch (AdminDirectoryException e) {
          LOG.warn("A lapsed grant could not be removed: {}", e.getMessage());
        }
      }
    }
    return out;
  }

  // ---- records ---------------------------------------------------------------------------------

  private static byte[] aad(String id) {
    return ("approval:" + id).getBytes(StandardCharsets.UTF_8);
  }

  private static boolean validId(String id) {
    return id != null && id.matches("[0-9a-f-]{36}");
  }

  private static PutRecord put(ApprovalRequest r) {
    List<String> approvals = new ArrayList<>();
    for (ApprovalRequest.Approval a : r.approvals()) {
      approvals.add(a.administrator() + "|" + a.via().orElse("") + "|" + a.at());
    }
    List<String> params = new ArrayList<>();
    for (Map.Entry<String, String> e : new TreeMap<>(r.pathParameters()).entrySet()) {
      params.add(
          e.getKey()
              + "="
              + Base64.getUrlEncoder()
                  .withoutPadding()
                  .encodeToString(e.getValue().getBytes(StandardCharsets.UTF_8)));
    }
    return new PutRecord(
        new RecordKey(REQUEST_KIND, r.id()),
        RecordFields.builder()
            .put("format", FORMAT)
            .put("requester", r.requester())
            .put("action", r.action())
            .put("area", r.area().name())
            .put("summary", r.summary())
            .put("path", String.join(",", params))
            .put("body", Base64.getEncoder().encodeToString(r.sealedBody()))
            .put("created", r.created().toString())
            .put("expires", r.expires().toString())
            .put("approvals", String.join(",", approvals))
            .put("status", r.status().name())
            .put("outcome", r.outcome().orElse(""))
            .build()
            .encode(),
        r.revision());
  }

  private static ApprovalRequest readRequest(StoredRecord r) {
    try {
      RecordFields f =
          fields(
              r,
              Set.of(
                  "format",
                  "requester",
                  "action",
                  "area",
                  "summary",
                  "path",
                  "body",
                  "created",
                  "expires",
                  "approvals",
                  "status",
                  "outcome"));
      List<ApprovalRequest.Approval> approvals = new ArrayList<>();
      for (String a : f.require("approvals").split(",", -1)) {
        String[] p = a.split("\\|", -1);
        if (p.length != 3) {
          throw new IllegalArgumentException("an approval is malformed");
        }
        approvals.add(
            new ApprovalRequest.Approval(
                p[0], p[1].isEmpty() ? Optional.empty() : Optional.of(p[1]), Instant.parse(p[2])));
      }
      Map<String, String> params = new TreeMap<>();
      String path = f.require("path");
      if (!path.isEmpty()) {
        for (String p : path.split(",", -1)) {
          int eq = p.indexOf('=');
          params.put(
              p.substring(0, eq),
              new String(
                  Base64.getUrlDecoder().decode(p.substring(eq + 1)), StandardCharsets.UTF_8));
        }
      }
      String outcome = f.require("outcome");
      return new ApprovalRequest(
          r.key().name(),
          f.require("requester"),
          f.require("action"),
          AdminPermission.valueOf(f.require("area")),
          f.require("summary"),
          params,
          Base64.getDecoder().decode(f.require("body")),
          Instant.parse(f.require("created")),
          Instant.parse(f.require("expires")),
          approvals,
          ApprovalRequest.Status.valueOf(f.require("status")),
          outcome.isEmpty() ? Optional.empty() : Optional.of(outcome),
          r.revision());
    } catch (IllegalArgumentException | DateTimeParseException | IndexOutOfBoundsException e) {
      throw new StoreException(
          "stored approval request " + r.key().name() + " is damaged: " + e.getMessage(), e);
    }
  }

  private static PutRecord put(ApprovalGrant g) {
    List<String> areas = new ArrayList<>();
    g.areas().forEach(a -> areas.add(a.name()));
    return new PutRecord(
        new RecordKey(GRANT_KIND, g.id()),
        RecordFields.builder()
            .put("format", FORMAT)
            .put("lender", g.lender())
            .put("borrower", g.borrower())
            .put("areas", String.join(",", areas))
            .put("created", g.created().toString())
            .put("expires", g.expires().toString())
            .build()
            .encode(),
        1);
  }

  private static ApprovalGrant readGrant(StoredRecord r) {
    try {
      RecordFields f =
          fields(r, Set.of("format", "lender", "borrower", "areas", "created", "expires"));
      EnumSet<AdminPermission> areas = EnumSet.noneOf(AdminPermission.class);
      for (String a : f.require("areas").split(",", -1)) {
        areas.add(AdminPermission.valueOf(a));
      }
      return new ApprovalGrant(
          r.key().name(),
          f.require("lender"),
          f.require("borrower"),
          areas,
          Instant.parse(f.require("created")),
          Instant.parse(f.require("expires")));
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new StoreException(
          "stored grant " + r.key().name() + " is damaged: " + e.getMessage(), e);
    }
  }

  private static RecordFields fields(StoredRecord r, Set<String> allowed) {
    RecordFields f = RecordFields.decode(r.body());
    if (!f.require("format").equals(FORMAT)) {
      throw new IllegalArgumentException("unknown format (written by a newer Arca?)");
    }
    for (String key : f.asMap().keySet()) {
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException("unknown field " + key);
      }
    }
    return f;
  }

  // ---- internals -------------------------------------------------------------------------------

  static String area(AdminPermission area) {
    return area.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static AdminDirectoryException notFound(String id) {
    return new AdminDirectoryException(
        AdminDirectoryException.Reason.NOT_FOUND, "no approval request " + id);
  }

  private static void requireApplied(CommandResult result, String what)
      throws AdminDirectoryException {
    if (!result.applied()) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.CONFLICT,
          what + " changed concurrently; nothing was changed, try again");
    }
  }

  private CommandResult submit(Command command) throws AdminDirectoryException {
    try {
      return replicator.submitAndWait(command, commandTimeout);
    } catch (NotDurableException e) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.UNAVAILABLE, e.getMessage(), e);
    }
  }
}
