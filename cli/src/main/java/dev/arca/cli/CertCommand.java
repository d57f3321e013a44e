package dev.arca.cli;

import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arca cert}: the node's server certificates (the admin port's, each KMIP listener's)
 * through the admin API ({@code /api/v1/certificates}, the security permission area).
 */
@Command(
    name = "cert",
    mixinStandardHelpOptions = true,
    description = {
      "List and show the node's server certificates: the admin port's (web) and the"
          + " KMIP listeners' (kmip). Needs the security area."
    },
    subcommands = {CertCommand.ListCertificates.class, CertCommand.Show.class},
    footer = {
      "",
      "Environment: ARCA_URL, ARCA_USER and ARCA_PASSWORD (an administrator here; the client"
          + " user for 'arca key'), ARCA_CACERT.",
      "",
      "Exit codes: 0 done, 1 refused or invalid, 2 usage error, 3 node unreachable,"
          + " 4 not logged in or login refused.",
      "",
      "Examples:",
      "  arca cert list",
      "  arca cert show kmip --pem > kmip-chain.pem"
    })
final class CertCommand implements Runnable {

  static final List<Output.Column> COLUMNS =
      ApiViews.columns(
          "NAME", "name",
          "SUBJECT", "subject",
          "ISSUED BY", "issuedBy",
          "NOT AFTER", "notAfter",
          "NAMES", "subjectAlternativeNames");

  static final Map<String, String> LABELS =
      ApiViews.labels(
          "name", "Name",
          "subject", "Subject",
          "issuer", "Issuer",
          "issuedBy", "Issued by CA",
          "serialNumber", "Serial number",
          "notBefore", "Not before",
          "notAfter", "Not after",
          "subjectAlternativeNames", "Subject alternative names");

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  /** {@code arca cert list}. */
  @Command(
      name = "list",
      description = "List the server certificates.",
      footer = {"", "Examples:", "  arca cert list", "  arca cert list --json"})
  static final class ListCertificates extends AdminApiCommand {
    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      out.table(COLUMNS, ApiViews.views(out, c.api().get("/api/v1/certificates")));
      return 0;
    }
  }

  /** {@code arca cert show}. */
  @Command(
      name = "show",
      description = "Show a server certificate and its chain in PEM; --pem prints the PEM alone.",
      footer = {
        "",
        "Examples:",
        "  arca cert show web",
        "  arca cert show kmip --pem | openssl x509 -noout -text"
      })
  static final class Show extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The certificate, e.g. kmip.")
    String name;

    @Option(names = "--pem", description = "Print only the certificate chain, PEM.")
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
      CaCommand.printWithPem(
          out, LABELS, c.api().get("/api/v1/certificates/" + AdminUrl.segment(name)), pem);
      return 0;
    }
  }
}
