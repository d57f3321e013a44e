package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * {@code arca master-key}: the node's master key through the admin API ({@code
 * /api/v1/master-key}, the security permission area). Only its id ever shows.
 */
@Command(
    name = "master-key",
    mixinStandardHelpOptions = true,
    description = {
      "Show which master key the node seals key material under, and rotate it: a new master key"
          + " is created and every object, private key and seal is re-wrapped under it while the"
          + " node keeps serving. Needs the security area."
    },
    subcommands = {MasterKeyCommand.Show.class, MasterKeyCommand.Rotate.class},
    footer = {
      "",
      "Environment: ARCA_URL, ARCA_USER and ARCA_PASSWORD (an administrator here), ARCA_CACERT.",
      "",
      "Exit codes: 0 done, 1 refused or invalid (also: rotated but some objects not re-wrapped),"
          + " 2 usage error, 3 node unreachable, 4 not logged in or login refused.",
      "",
      "Examples:",
      "  arca master-key show",
      "  arca master-key rotate"
    })
final class MasterKeyCommand implements Runnable {

  static final Map<String, String> LABELS =
      ApiViews.labels(
          "masterKeyId", "Master key",
          "objectsScanned", "Objects scanned",
          "objectsRewrapped", "Objects re-wrapped",
          "complete", "Complete");

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code arca master-key show}. */
  @Command(
      name = "show",
      description = "Show the id of the current master key.",
      footer = {"", "Examples:", "  arca master-key show", "  arca master-key show --json"})
  static final class Show extends AdminApiCommand {
    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      out.record(LABELS, ApiViews.map(c.api().get("/api/v1/master-key")));
      return 0;
    }
  }

  /** {@code arca master-key rotate}. */
  @Command(
      name = "rotate",
      description = {
        "Create the next master key and re-wrap everything under it. Objects that could not be"
            + " re-wrapped (e.g. changed at that moment) stay readable under the old key and are"
            + " listed; run the command again to move them."
      },
      footer = {"", "Examples:", "  arca master-key rotate", "  arca master-key rotate --json"})
  static final class Rotate extends AdminApiCommand {
    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode report =
          c.api().post("/api/v1/master-key/rotate", JsonNodeFactory.instance.objectNode());
      out.record(LABELS, ApiViews.map(report));
      if (report.path("complete").asBoolean()) {
        return 0;
      }
      out.line("Not re-wrapped yet: " + report.path("objectsNotRewrapped"));
      return 1;
    }
  }
}
