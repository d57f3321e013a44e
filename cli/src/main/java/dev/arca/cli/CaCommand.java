package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arca ca}: the node's certificate authorities through the admin API ({@code /api/v1/cas},
 * the security permission area). Certificates only; private keys never leave the node.
 */
@Command(
    name = "ca",
    mixinStandardHelpOptions = true,
    description = {
      "List and show the node's certificate authorities: its local CA, which issues the"
          + " server and client certificates, and imported CAs. Needs the security area.",
      "Issue a client bundle for a user with 'arca user bundle'."
    },
    subcommands = {CaCommand.ListCas.class, CaCommand.Show.class},
    footer = {
      "",
      "Environment: ARCA_URL, ARCA_USER and ARCA_PASSWORD (an administrator here; the client"
          + " user for 'arca key'), ARCA_CACERT.",
      "",
      "Exit codes: 0 done, 1 refused or invalid, 2 usage error, 3 node unreachable,"
          + " 4 not logged in or login refused.",
      "",
      "Examples:",
      "  arca ca list",
      "  arca ca show local --pem > arca-ca.pem"
    })
final class CaCommand implements Runnable {

  static final List<Output.Column> COLUMNS =
      ApiViews.columns(
          "NAME", "name", "LOCAL", "local", "SUBJECT", "subject", "NOT AFTER", "notAfter");

  static final Map<String, String> LABELS =
      ApiViews.labels(
          "name", "Name",
          "local", "Local",
          "subject", "Subject",
          "issuer", "Issuer",
          "serialNumber", "Serial number",
          "notBefore", "Not before",
          "notAfter", "Not after");

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code arca ca list}. */
  @Command(
      name = "list",
      description = "List the certificate authorities.",
      footer = {"", "Examples:", "  arca ca list", "  arca ca list --json"})
  static final class ListCas extends AdminApiCommand {
    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      out.table(COLUMNS, ApiViews.views(out, c.api().get("/api/v1/cas")));
      return 0;
    }
  }

  /** {@code arca ca show}. */
  @Command(
      name = "show",
      description = {
        "Show a certificate authority and its certificate in PEM; --pem prints the PEM alone,"
            + " e.g. to give clients as the CA to trust."
      },
      footer = {
        "",
        "Examples:",
        "  arca ca show local",
        "  arca ca show local --pem > ca.pem",
        "  arca ca show local --json | jq -r .pem"
      })
  static final class Show extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The CA, e.g. local.")
    String name;

    @Option(names = "--pem", description = "Print only the certificate, PEM.")
    boolean pem;

    @Override
    void prepare() {
      if (pem && output.json) {
        throw usage("--pem and --json both choose the output; give one");
      }
    }

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode ca = c.api().get("/api/v1/cas/" + AdminUrl.segment(name));
      printWithPem(out, LABELS, ca, pem);
      return 0;
    }
  }

  /** A record and its {@code pem} field: JSON, the PEM alone, or the record then the PEM. */
  static void printWithPem(Output out, Map<String, String> labels, JsonNode item, boolean pemOnly) {
    String text = item.path("pem").asText("");
    if (pemOnly) {
      System.out.print(text.endsWith("\n") || text.isEmpty() ? text : text + "\n");
      System.out.flush();
      return;
    }
    out.record(labels, ApiViews.view(out, item));
    if (!text.isEmpty()) {
      out.line("");
      out.line(text.stripTrailing());
    }
  }
}
