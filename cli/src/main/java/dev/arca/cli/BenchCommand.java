package dev.arca.cli;

import dev.arca.bench.load.AesMode;
import dev.arca.bench.load.LoadGenerator;
import dev.arca.bench.load.LoadOptions;
import dev.arca.bench.load.LoadReport;
import dev.arca.bench.load.OperationMix;
import dev.arca.bench.load.ReportJson;
import dev.arca.bench.load.ReportText;
import dev.arca.bench.load.SignatureKind;
import dev.arca.kmip.KmipVersion;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code arca bench}: the KMIP load generator of the {@code bench} module ({@link LoadGenerator}),
 * against Arca or any KMIP server speaking binary TTLV over mutual TLS.
 */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Load a KMIP server and measure it: throughput, latency percentiles, errors by reason, and"
          + " the server's CPU and memory when it runs on this machine.",
      "A pool of keys is made before the timed part and destroyed after it, with every object"
          + " Create made. Progress goes to stderr; the summary (or with --json the report) to"
          + " stdout."
    },
    footer = {
      "",
      "Operations for --mix: create, get, locate, get-attributes, encrypt, decrypt, sign, mac,"
          + " handshake (a new connection: TCP and a mutual-TLS handshake).",
      "",
      "Examples:",
      "  arca bench --bundle /var/lib/arca/clients/client --connections 32 --duration 30s",
      "  arca bench --bundle DIR --mix get=80,encrypt=20 --in-flight 4 --json > report.json",
      "  arca bench --bundle DIR --mix encrypt --aes gcm --payload 1024 --kmip-version 1.4",
      "  arca bench --bundle DIR --mix handshake --tls TLSv1.2 --no-resume --connections 2",
      "  arca bench --bundle DIR --server 127.0.0.1:5697 --cacert /tmp/pykmip/server.pem \\",
      "      --kmip-version 1.2 --aes cbc --label pykmip"
    })
final class BenchCommand implements Callable<Integer> {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})\\s*(ms|s|m|min|h)?");

  // Where and who.

  @Option(
      names = "--bundle",
      paramLabel = "DIR",
      description =
          "Client bundle directory (client.pem, client-key.pem, ca.pem, password, pykmip.conf)."
              + " Env: ARCA_BUNDLE.")
  Path bundle;

  @Option(
      names = "--server",
      paramLabel = "HOST:PORT",
      description = "KMIP server address. Default: the bundle's.")
  String server;

  @Option(
      names = "--cert",
      paramLabel = "FILE",
      description = "Client certificate, PEM. Default: the bundle's.")
  Path certificate;

  @Option(
      names = "--key",
      paramLabel = "FILE",
      description = "Its unencrypted PKCS#8 PEM key. Default: the bundle's.")
  Path key;

  @Option(
      names = "--cacert",
      paramLabel = "FILE",
      description = "CA certificate(s), PEM, of the server certificate. Default: the bundle's.")
  List<Path> caCertificates = new ArrayList<>();

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description = "KMIP username sent in every request. Default: the bundle's.")
  String user;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "File whose first line is the KMIP password. Default: the bundle's.")
  Path passwordFile;

  @Option(
      names = "--no-credential",
      description = "Send no Username and Password Credential (the certificate alone).")
  boolean noCredential;

  // The load.

  @Option(
      names = {"-c", "--connections"},
      paramLabel = "N",
      description = "TLS connections at once, one thread each (default ${DEFAULT-VALUE}).")
  int connections = 8;

  @Option(
      names = {"-p", "--in-flight"},
      paramLabel = "N",
      description =
          "Requests pipelined on each connection before a response is awaited"
              + " (default ${DEFAULT-VALUE}).")
  int inFlight = 1;

  @Option(
      names = {"-d", "--duration"},
      paramLabel = "TIME",
      description = "Length of the timed part: 30s, 2m, 500ms (default 10s).")
  String duration;

  @Option(
      names = {"-n", "--requests"},
      paramLabel = "N",
      description = "Timed part of N requests instead of a duration.")
  Long requests;

  @Option(
      names = {"-w", "--warmup"},
      paramLabel = "TIME",
      description = "Load applied, not measured, before the timed part (default 3s).")
  String warmup = "3s";

  @Option(
      names = {"-m", "--mix"},
      paramLabel = "OP[=W],...",
      description = "Operations and weights, e.g. get=80,encrypt=20 (default get).")
  String mix = "get";

  @Option(
      names = "--kmip-version",
      paramLabel = "V",
      description = "KMIP version of the requests, 1.0 to 2.1 (default 2.1).")
  String kmipVersion = "2.1";

  @Option(
      names = "--payload",
      paramLabel = "BYTES",
      description = "Data in Encrypt, Decrypt, Sign and MAC requests (default ${DEFAULT-VALUE}).")
  int payload = 1024;

  @Option(
      names = "--aes",
      paramLabel = "MODE",
      description = "AES mode of Encrypt and Decrypt: gcm or cbc (default gcm).")
  String aes = "gcm";

  @Option(
      names = "--sign",
      paramLabel = "KIND",
      description = "Key pairs and signature of Sign: ecdsa (P-256) or rsa (2048) (default ecdsa).")
  String sign = "ecdsa";

  @Option(
      names = "--keys",
      paramLabel = "N",
      description = "AES and HMAC keys in the pool (default ${DEFAULT-VALUE}).")
  int keys = 16;

  @Option(
      names = "--tls",
      paramLabel = "VERSIONS",
      split = ",",
      description = "TLS versions offered: TLSv1.3,TLSv1.2 (default both).")
  List<String> tls = new ArrayList<>(List.of("TLSv1.3", "TLSv1.2"));

  @Option(
      names = "--no-resume",
      description = "Full handshakes only: no TLS 1.2 session resumption for new connections.")
  boolean noResume;

  @Option(names = "--keep", description = "Leave the key pool and created objects in place.")
  boolean keep;

  // Reporting.

  @Option(
      names = "--server-pid",
      paramLabel = "PID",
      description =
          "The server's process, for its CPU and memory. Default: the process listening on the"
              + " port, when the server is on this machine.")
  Long serverPid;

  @Option(
      names = "--label",
      paramLabel = "NAME",
      description = "Name of the server in the report. Default: HOST:PORT.")
  String label = "";

  @Option(names = "--json", description = "Print the report as JSON instead of the summary.")
  boolean json;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "FILE",
      description = "Also write the JSON report to FILE.")
  Path output;

  @Option(
      names = {"-q", "--quiet"},
      description = "No progress line.")
  boolean quiet;

  @Override
  public Integer call() throws Exception {
    LoadOptions options = options();
    PrintStream err = System.err;
    LoadReport report;
    try {
      report = LoadGenerator.run(options, quiet ? null : err, System.console() != null);
    } catch (IOException e) {
      throw new CliException(e.getMessage(), 3);
    }
    if (output != null) {
      Files.writeString(output, ReportJson.write(report) + "\n", StandardCharsets.UTF_8);
    }
    System.out.print(json ? ReportJson.write(report) + "\n" : ReportText.write(report));
    System.out.flush();
    return report.total().errors() == 0 ? 0 : 1;
  }

  private LoadOptions options() throws CliException {
    try {
      LoadOptions.Builder b = LoadOptions.builder();
      Path dir = bundle;
      if (dir == null && System.getenv("ARCA_BUNDLE") != null) {
        dir = Path.of(System.getenv("ARCA_BUNDLE"));
      }
      if (dir != null) {
        b.bundle(dir);
      }
      if (server != null) {
        int colon = server.lastIndexOf(':');
        if (colon < 0) {
          b.host(server);
        } else {
          b.host(server.substring(0, colon).replace("[", "").replace("]", ""));
          b.port(Integer.parseInt(server.substring(colon + 1)));
        }
      }
      if (certificate != null || key != null) {
        if (certificate == null || key == null) {
          throw new CliException("--cert and --key go together");
        }
        b.certificate(certificate, key);
      }
      if (!caCertificates.isEmpty()) {
        b.trustedCas(caCertificates);
      }
      if (noCredential) {
        b.credential(Optional.empty(), Optional.empty());
      }
      if (user != null) {
        b.username(user);
      }
      if (passwordFile != null) {
        List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
        if (lines.isEmpty() || lines.get(0).isEmpty()) {
          throw new CliException("--password-file " + passwordFile + ": the first line is empty");
        }
        b.password(lines.get(0));
      }
      b.connections(connections)
          .inFlight(inFlight)
          .warmup(duration("--warmup", warmup))
          .version(
              KmipVersion.parse(kmipVersion)
                  .orElseThrow(
                      () ->
                          new IllegalArgumentException(
                              "--kmip-version: '" + kmipVersion + "' is not 1.0 to 2.1")))
          .mix(OperationMix.parse(mix))
          .payloadBytes(payload)
          .aesMode(AesMode.parse(aes))
          .signature(SignatureKind.parse(sign))
          .keys(keys)
          .tlsProtocols(tls)
          .resumeSessions(!noResume)
          .cleanup(!keep)
          .label(label);
      if (requests != null && duration != null) {
        throw new CliException("give --duration or --requests, not both");
      }
      if (requests != null) {
        b.requests(requests);
      } else {
        b.duration(duration("--duration", duration == null ? "10s" : duration));
      }
      if (serverPid != null) {
        b.serverPid(serverPid);
      }
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage(), 2);
    } catch (IOException e) {
      throw new CliException(e.getMessage());
    }
  }

  /** {@code 30}, {@code 30s}, {@code 500ms}, {@code 2m}, {@code 1h}. */
  static Duration duration(String option, String text) {
    Matcher m = DURATION.matcher(text.strip().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new IllegalArgumentException(
          option + ": '" + text + "' is not a duration; write 30s, 500ms, 2m or 1h");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    switch (unit) {
      case "ms":
        return Duration.ofMillis(n);
      case "m":
      case "min":
        return Duration.ofMinutes(n);
      case "h":
        return Duration.ofHours(n);
      default:
        return Duration.ofSeconds(n);
    }
  }
}
