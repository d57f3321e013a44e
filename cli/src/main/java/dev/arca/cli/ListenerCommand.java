package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arca listener}: the node's KMIP listeners and their settings through the admin API ({@code
 * /api/v1/listeners}, the network permission area).
 */
@Command(
    name = "listener",
    mixinStandardHelpOptions = true,
    description = {
      "List and show the node's KMIP listeners, and change their settings: address, port,"
          + " certificate, client-certificate mode, username field, source-IP check, idle"
          + " timeout, and the flags allow key export and allow key and policy configuration.",
      "A change applies at once (without a restart) and is kept across restarts. Needs the"
          + " network area."
    },
    subcommands = {
      ListenerCommand.ListListeners.class,
      ListenerCommand.Show.class,
      ListenerSetCommand.class
    },
    footer = {
      "",
      "Environment:",
      "  ARCA_URL       the node's admin API, https://HOST:PORT (as --url)",
      "  ARCA_USER      administrator for one call (as --user); for 'arca key', the client user",
      "  ARCA_PASSWORD  its password (as --password); for 'arca key', the client user's",
      "  ARCA_CACERT    CA certificate file of the node (as --cacert)",
      "",
      "Exit codes: 0 done, 1 refused or invalid, 2 usage error, 3 node unreachable,"
          + " 4 not logged in or login refused.",
      "",
      "Examples:",
      "  arca listener list",
      "  arca listener show default --json",
      "  arca listener set default --allow-key-export false",
      "  arca listener set external --port 5697 --bind-address 192.0.2.10 --idle-timeout 10m"
    })
final class ListenerCommand implements Runnable {

  static final List<Output.Column> COLUMNS =
      ApiViews.columns(
          "NAME", "name",
          "RUNNING", "running",
          "ADDRESS", "bindAddress",
          "PORT", "listeningPort",
          "CLIENT CERTIFICATE", "clientCertificateMode",
          "KEY EXPORT", "allowKeyExport",
          "KEY CONFIG", "allowKeyAndPolicyConfiguration",
          "IDLE TIMEOUT", "idleTimeout",
          "OPEN", "openConnections");

  static final Map<String, String> LABELS =
      ApiViews.labels(
          "name", "Name",
          "running", "Running",
          "bindAddress", "Bind address",
          "port", "Port",
          "boundPort", "Bound port",
          "serverCertificate", "Server certificate",
          "trustedCaProfile", "Trusted-CA profile",
          "clientCertificateMode", "Client certificate",
          "usernameField", "Username field",
          "requireSourceIpInCertificate", "Source IP in certificate",
          "passwordRequired", "Password required",
          "allowKeyAndPolicyConfiguration", "Allow key and policy configuration",
          "allowKeyExport", "Allow key export",
          "idleTimeout", "Idle timeout",
          "tlsProtocols", "TLS protocols",
          "openConnections", "Open connections",
          "acceptedConnections", "Accepted connections",
          "handshakesFailed", "Failed handshakes",
          "requests", "Requests");

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static String path(String name) {
    return "/api/v1/listeners/" + AdminUrl.segment(name);
  }

  /**
   * A listener as people read it: the API's fields, plus the port it listens on (bound, else
   * configured), the idle timeout in words and the connection counts at the top level.
   */
  static Map<String, Object> human(JsonNode listener) {
    Map<String, Object> out = ApiViews.map(listener);
    JsonNode bound = listener.path("boundPort");
    out.put("listeningPort", bound.isNumber() ? bound.asInt() : listener.path("port").asInt());
    out.put("idleTimeout", Durations.human(listener.path("idleTimeoutSeconds").asLong()));
    JsonNode connections = listener.path("connections");
    if (connections.isObject()) {
      out.put("openConnections", connections.path("open").asLong());
      out.put("acceptedConnections", connections.path("accepted").asLong());
      out.put("handshakesFailed", connections.path("handshakesFailed").asLong());
      out.put("requests", connections.path("requests").asLong());
    }
    return out;
  }

  /** Prints one listener: the API's JSON, or its settings line by line. */
  static void print(Output out, JsonNode listener) {
    out.record(LABELS, out.isJson() ? ApiViews.map(listener) : human(listener));
  }

  /** {@code arca listener list}. */
  @Command(
      name = "list",
      description = "List the KMIP listeners with their main settings and open connections.",
      footer = {"", "Examples:", "  arca listener list", "  arca listener list --json"})
  static final class ListListeners extends AdminApiCommand {
    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode answer = c.api().get("/api/v1/listeners");
      if (out.isJson()) {
        out.table(COLUMNS, ApiViews.items(answer));
        return 0;
      }
      List<Map<String, Object>> rows = new ArrayList<>();
      for (JsonNode l : answer.path("items")) {
        rows.add(human(l));
      }
      out.table(COLUMNS, rows);
      return 0;
    }
  }

  /** {@code arca listener show}. */
  @Command(
      name = "show",
      description = "Show every setting of one KMIP listener and its connection counts.",
      footer = {
        "",
        "Examples:",
        "  arca listener show default",
        "  arca listener show default --json"
      })
  static final class Show extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The listener.")
    String name;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      print(out, c.api().get(path(name)));
      return 0;
    }
  }
}
