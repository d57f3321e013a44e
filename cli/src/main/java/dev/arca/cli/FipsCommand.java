package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code arca fips}: FIPS mode through the admin API ({@code /api/v1/fips}, the security permission
 * area): the status report the FIPS status server shows, turning the mode on or off from the next
 * start, and the stored objects FIPS mode does not allow to be used.
 */
@Command(
    name = "fips",
    mixinStandardHelpOptions = true,
    description = {
      "FIPS mode: BC-FIPS in approved-only mode, only approved algorithms, key sizes, TLS"
          + " versions and cipher suites, global keys off. A change takes effect when the node"
          + " restarts; until then the status shows a restart pending. Needs the security area."
    },
    subcommands = {FipsCommand.Status.class, FipsCommand.Enable.class, FipsCommand.Disable.class},
    footer = {
      "",
      "Environment: ARCA_URL, ARCA_USER and ARCA_PASSWORD (an administrator here), ARCA_CACERT.",
      "",
      "Exit codes: 0 done, 1 refused or invalid (enable: a setting contradicts FIPS mode; status:"
          + " a self-test failed), 2 usage error, 3 node unreachable, 4 not logged in or login"
          + " refused.",
      "",
      "Examples:",
      "  arca fips status",
      "  arca fips status --objects",
      "  arca fips enable",
      "  arca fips disable"
    })
final class FipsCommand implements Runnable {

  static final Map<String, String> LABELS =
      ApiViews.labels(
          "node", "Node",
          "version", "Arca version",
          "fipsMode", "FIPS mode",
          "restartPending", "Restart pending",
          "requestedAtNextStart", "FIPS mode after restart",
          "cryptoModule", "Module",
          "approvedOnly", "Approved-only mode",
          "moduleState", "Module state",
          "selfTestsPassed", "Self-tests passed",
          "contradictions", "Contradicts FIPS mode");

  static final List<Output.Column> SELF_TESTS =
      ApiViews.columns(
          "TEST", "name", "KIND", "kind", "TIME", "time", "RESULT", "result", "DETAIL", "detail");

  static final List<Output.Column> OBJECTS =
      ApiViews.columns(
          "ID", "id",
          "TYPE", "objectType",
          "NAME", "name",
          "ALGORITHM", "algorithm",
          "LENGTH", "length",
          "OWNER", "owner",
          "WHY", "reason");

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** The summary fields of a report, flattened for the human form. */
  static Map<String, Object> summary(JsonNode report) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("node", report.path("node").asText());
    out.put("version", report.path("version").asText());
    out.put("fipsMode", onOff(report.path("fipsMode")));
    out.put("restartPending", report.path("restartPending").asBoolean() ? "yes" : "no");
    out.put("requestedAtNextStart", onOff(report.path("requestedAtNextStart")));
    JsonNode module = report.path("module");
    out.put("cryptoModule", module.path("name").asText() + " " + module.path("version").asText());
    out.put("approvedOnly", onOff(module.path("approvedOnly")));
    out.put(
        "moduleState",
        module.path("operational").asBoolean()
            ? "operational"
            : "ERROR STATE: " + module.path("errorState").asText());
    out.put("selfTestsPassed", report.path("selfTestsPassed").asBoolean() ? "yes" : "NO");
    List<Object> contradictions = new ArrayList<>();
    report.path("contradictions").forEach(c -> contradictions.add(c.asText()));
    out.put("contradictions", contradictions.isEmpty() ? "none" : contradictions);
    return out;
  }

  private static String onOff(JsonNode flag) {
    return flag.asBoolean() ? "on" : "off";
  }

  /** {@code arca fips status}. */
  @Command(
      name = "status",
      description = {
        "Show FIPS mode now and after the next restart, the cryptographic module and its state,"
            + " and every power-up and conditional self-test with its time and result (the same"
            + " report as https://<node>:9081/status.html)."
      },
      footer = {
        "",
        "Examples:",
        "  arca fips status",
        "  arca fips status --objects",
        "  arca fips status --json"
      })
  static final class Status extends AdminApiCommand {
    @Option(
        names = "--objects",
        description =
            "Also list the stored objects FIPS mode does not allow to be used (non-approved"
                + " algorithm or key size); they stay stored but no operation runs with them.")
    boolean objects;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode report = c.api().get("/api/v1/fips");
      List<Map<String, Object>> refused = new ArrayList<>();
      boolean more = false;
      if (objects) {
        int offset = 0;
        do {
          JsonNode page = c.api().get("/api/v1/fips/objects?limit=1000&offset=" + offset);
          refused.addAll(ApiViews.items(page));
          more = page.path("more").asBoolean();
          offset += 1000;
        } while (more);
      }
      if (out.isJson()) {
        Map<String, Object> all = ApiViews.map(report);
        if (objects) {
          all.put("nonApprovedObjects", refused);
        }
        out.record(Map.of(), all);
      } else {
        out.record(LABELS, summary(report));
        out.line("");
        out.table(SELF_TESTS, ApiViews.views(out, selfTests(report)));
        if (objects) {
          out.line("");
          if (refused.isEmpty()) {
            out.line("No stored object is refused by FIPS mode.");
          } else {
            out.line(refused.size() + " stored object(s) cannot be used in FIPS mode:");
            out.table(OBJECTS, refused);
          }
        }
      }
      return report.path("selfTestsPassed").asBoolean() ? 0 : 1;
    }

    private static JsonNode selfTests(JsonNode report) {
      var wrapper = JsonNodeFactory.instance.objectNode();
      wrapper.set("items", report.path("selfTests"));
      return wrapper;
    }
  }

  /** {@code arca fips enable}. */
  @Command(
      name = "enable",
      description = {
        "Turn FIPS mode on from the next start of the node. Refused, with the reasons, while a"
            + " setting contradicts FIPS mode (e.g. a listener allowing an old TLS version or a"
            + " server certificate with an RSA key under 2048 bits)."
      },
      footer = {"", "Examples:", "  arca fips enable", "  arca fips enable --json"})
  static final class Enable extends AdminApiCommand {
    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode report = c.api().post("/api/v1/fips/enable", JsonNodeFactory.instance.objectNode());
      out.message(
          report.path("restartPending").asBoolean()
              ? "FIPS mode will be on after the next restart of node "
                  + report.path("node").asText()
                  + "."
              : "FIPS mode is on.",
          ApiViews.map(report));
      return 0;
    }
  }

  /** {@code arca fips disable}. */
  @Command(
      name = "disable",
      description = "Turn FIPS mode off from the next start of the node.",
      footer = {"", "Examples:", "  arca fips disable"})
  static final class Disable extends AdminApiCommand {
    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode report = c.api().post("/api/v1/fips/disable", JsonNodeFactory.instance.objectNode());
      out.message(
          report.path("restartPending").asBoolean()
              ? "FIPS mode will be off after the next restart of node "
                  + report.path("node").asText()
                  + "."
              : "FIPS mode is off.",
          ApiViews.map(report));
      return 0;
    }
  }
}
