package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arca approval}: multiple credentials — changes that wait for approval by several
 * administrators — through the admin API ({@code /api/v1/approvals}).
 */
@Command(
    name = "approval",
    mixinStandardHelpOptions = true,
    description = {
      "Multiple credentials: when the node requires N approvals, every change an administrator"
          + " asks for waits as a request until N administrators (the requester first) approve"
          + " it; then it is applied, once, on behalf of its requester.",
      "Approve or deny with the permission area the change needs, or with a time-limited grant"
          + " of it ('arca grant')."
    },
    subcommands = {
      ApprovalCommand.ListRequests.class,
      ApprovalCommand.Show.class,
      ApprovalCommand.Approve.class,
      ApprovalCommand.Deny.class,
      ApprovalCommand.Settings.class
    },
    footer = {
      "",
      "A command whose change waits for approval exits with code 5 and names the request.",
      "",
      "Examples:",
      "  arca approval settings --required 2",
      "  arca approval list",
      "  arca approval show 2b1e…",
      "  arca approval approve 2b1e…",
      "  arca approval deny 2b1e…"
    })
final class ApprovalCommand implements Runnable {

  static final List<Output.Column> COLUMNS =
      ApiViews.columns(
          "ID", "id",
          "STATUS", "status",
          "ACTION", "action",
          "REQUESTER", "requester",
          "AREA", "area",
          "EXPIRES", "expires");

  static final Map<String, String> LABELS =
      ApiViews.labels(
          "id", "Request",
          "status", "Status",
          "action", "Action",
          "summary", "Change",
          "requester", "Requested by",
          "area", "Area",
          "created", "Requested",
          "expires", "Expires",
          "required", "Approvals needed",
          "approvals", "Approvals",
          "outcome", "Outcome");

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static String path(String id) {
    return "/api/v1/approvals/" + AdminUrl.segment(id);
  }

  @Command(name = "list", description = "List the approval requests, newest first.")
  static final class ListRequests extends AdminApiCommand {
    @Option(names = "--pending", description = "Only the requests still waiting.")
    boolean pending;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      List<Map<String, Object>> rows = ApiViews.views(out, c.api().get("/api/v1/approvals"));
      if (pending) {
        rows.removeIf(r -> !"pending".equals(r.get("status")));
      }
      out.table(COLUMNS, rows);
      return 0;
    }
  }

  @Command(
      name = "show",
      description = "Show a request: who asked, what it changes, who approved, when it expires.")
  static final class Show extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The request.")
    String id;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      out.record(LABELS, ApiViews.view(out, c.api().get(path(id))));
      return 0;
    }
  }

  @Command(
      name = "approve",
      description = {
        "Approve a pending request. The approval that completes the quorum applies the change"
            + " and prints its result."
      })
  static final class Approve extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The request.")
    String id;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode answer = c.api().post(path(id) + "/approve", null);
      if (answer.path("id").asText("").equals(id) && answer.has("approvals")) {
        out.message(
            "Approved request "
                + id
                + ": "
                + answer.path("approvals").size()
                + " of "
                + answer.path("required").asInt()
                + " approvals.",
            ApiViews.map(answer));
      } else {
        out.message("Approved request " + id + ": the change was applied.", ApiViews.map(answer));
      }
      return 0;
    }
  }

  @Command(
      name = "deny",
      description = "Deny a pending request (or withdraw your own); nothing of it is applied.")
  static final class Deny extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The request.")
    String id;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode answer = c.api().post(path(id) + "/deny", null);
      out.message(
          "Request " + id + " is " + answer.path("outcome").asText("denied") + ".",
          ApiViews.map(answer));
      return 0;
    }
  }

  @Command(
      name = "settings",
      description = {
        "Show the approval settings, or change them with the options (high access). While"
            + " changes need approvals, changing these needs them too."
      })
  static final class Settings extends AdminApiCommand {
    @Option(
        names = "--required",
        paramLabel = "N",
        description = "Approvals a change needs, the requester's included; 1 turns them off.")
    Integer required;

    @Option(
        names = "--request-lifetime",
        paramLabel = "MINUTES",
        description = "How long a request waits for approvals.")
    Integer lifetime;

    @Option(
        names = "--max-grant",
        paramLabel = "MINUTES",
        description = "The longest a time-limited grant may last.")
    Integer maxGrant;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode answer;
      if (required == null && lifetime == null && maxGrant == null) {
        answer = c.api().get("/api/v1/approval-settings");
      } else {
        ObjectNode body = ApiViews.object();
        if (required != null) {
          body.put("requiredApprovals", required);
        }
        if (lifetime != null) {
          body.put("requestLifetimeMinutes", lifetime);
        }
        if (maxGrant != null) {
          body.put("maxGrantMinutes", maxGrant);
        }
        answer = c.api().put("/api/v1/approval-settings", body);
      }
      out.record(
          ApiViews.labels(
              "requiredApprovals", "Approvals per change",
              "requestLifetimeMinutes", "Request lifetime (min)",
              "maxGrantMinutes", "Longest grant (min)"),
          ApiViews.map(answer));
      return 0;
    }
  }
}
