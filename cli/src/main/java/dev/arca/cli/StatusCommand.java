package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code arca status}: the node's name, version, FIPS mode, uptime, listeners and keys. */
@Command(
    name = "status",
    description = {
      "Show the node: name, version, FIPS mode and crypto module, uptime, keys stored, its KMIP"
          + " listeners and the admin port.",
      "Connects with the session of 'arca login', or with --user and --password for this one"
          + " call."
    },
    footer = {
      "",
      "Exit codes: 0 done, 1 refused or invalid, 2 usage error, 3 node unreachable,"
          + " 4 not logged in.",
      "",
      "Examples:",
      "  arca status",
      "  arca status --json | jq .version",
      "  ARCA_USER=admin ARCA_PASSWORD=\"$(cat pw)\" arca status --url https://kms2:9443"
    })
final class StatusCommand extends AdminApiCommand {

  static final Map<String, String> LABELS =
      ApiViews.labels(
          "node", "Node",
          "vendor", "Vendor",
          "version", "Version",
          "fipsMode", "FIPS mode",
          "fipsRestartPending", "FIPS restart pending",
          "cryptoModule", "Crypto module",
          "approvedOnly", "Approved only",
          "startedAt", "Started",
          "uptime", "Uptime",
          "keysStored", "Keys stored",
          "adminPort", "Admin port",
          "sessionsOpen", "Admin sessions",
          "administrator", "Logged in as");

  static final List<Output.Column> LISTENER_COLUMNS =
      ApiViews.columns(
          "LISTENER",
          "name",
          "ADDRESS",
          "address",
          "PORT",
          "port",
          "CONNECTIONS",
          "openConnections");

  @Override
  int run(AdminConnectionOptions.Connection c, Output out)
      throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
    JsonNode status = c.api().get("/api/v1/status");
    Map<String, Object> fields = ApiViews.map(status);
    if (out.isJson()) {
      out.record(LABELS, fields);
      return 0;
    }
    fields = ApiViews.readable(fields);
    fields.put("uptime", Durations.human(status.path("uptimeSeconds").asLong()));
    fields.put("adminPort", status.path("admin").path("port").asInt());
    fields.put("sessionsOpen", status.path("admin").path("sessionsOpen").asInt());
    fields.put("administrator", c.administrator());
    out.record(LABELS, fields);
    out.line("");
    out.table(LISTENER_COLUMNS, ApiViews.list(status.path("kmipListeners")));
    return 0;
  }
}
