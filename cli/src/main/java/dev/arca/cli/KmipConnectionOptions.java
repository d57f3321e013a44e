package dev.arca.cli;

import dev.arca.client.KmipClient;
import dev.arca.client.KmipClientException;
import dev.arca.client.RequestOutcomeUnknownException;
import dev.arca.client.ServerUnavailableException;
import dev.arca.kmip.KmipVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * How a command reaches a node over KMIP, as a picocli mixin: {@code @Mixin KmipConnectionOptions
 * connection;} then {@code connection.call(client -> …)}.
 *
 * <p>Settings come from flags, else from the environment, else from the client bundle: a bundle
 * alone is enough ({@code --bundle DIR} or {@code ARCA_BUNDLE}); {@code --server}, {@code --cert},
 * {@code --key}, {@code --cacert}, {@code --user} and {@code --password} override what it says, or
 * replace it. Failures become one-line {@link CliException}s: exit code {@value #EXIT_FAILURE} when
 * the server refused or a setting is wrong, {@value #EXIT_UNREACHABLE} when no server answered.
 *
 * <p>The command groups that talk to the admin HTTPS API follow the same pattern with their own
 * mixin, {@link AdminConnectionOptions} (URL, administrator, CA; {@code ARCA_URL}, {@code
 * ARCA_USER}, {@code ARCA_PASSWORD}, {@code ARCA_CACERT}). {@code ARCA_USER} and {@code
 * ARCA_PASSWORD} mean the client user here and an administrator there.
 */
final class KmipConnectionOptions {

  static final String ENV_BUNDLE = "ARCA_BUNDLE";
  static final String ENV_SERVER = "ARCA_KMIP_SERVER";
  static final String ENV_USER = "ARCA_USER";
  static final String ENV_PASSWORD = "ARCA_PASSWORD";
  static final String ENV_CACERT = "ARCA_CACERT";
  static final String ENV_KEY_PASSWORD = "ARCA_KEY_PASSWORD";

  /** The server refused, or a setting or file is wrong. */
  static final int EXIT_FAILURE = 1;

  /** No server answered, or the connection broke mid-request: worth retrying later. */
  static final int EXIT_UNREACHABLE = 3;

  /** Where environment variables come from; tests replace it. */
  static Function<String, String> environment = System::getenv;

  @Option(
      names = "--bundle",
      paramLabel = "DIR",
      description =
          "Client bundle directory (client.pem, client-key.pem, ca.pem, password, pykmip.conf)"
              + " as 'arca server' issues it. Env: "
              + ENV_BUNDLE
              + ".")
  Path bundle;

  @Option(
      names = "--server",
      paramLabel = "HOST:PORT",
      split = ",",
      description =
          "KMIP server address; several (comma-separated or repeated) are tried in order."
              + " Default: the bundle's. Env: "
              + ENV_SERVER
              + ".")
  List<String> servers = new ArrayList<>();

  @Option(
      names = "--cert",
      paramLabel = "FILE",
      description = "Client certificate, PEM. Default: the bundle's client.pem.")
  Path certificate;

  @Option(
      names = "--key",
      paramLabel = "FILE",
      description = "Its private key, PKCS#8 PEM, optionally encrypted. Default: the bundle's.")
  Path key;

  @Option(
      names = "--pkcs12",
      paramLabel = "FILE",
      description = "Client certificate and key as a PKCS#12 file, instead of --cert and --key.")
  Path pkcs12;

  @Option(
      names = "--key-password-file",
      paramLabel = "FILE",
      description =
          "File whose first line is the password of an encrypted --key or of --pkcs12."
              + " Env: "
              + ENV_KEY_PASSWORD
              + " (the password itself).")
  Path keyPasswordFile;

  @Option(
      names = "--cacert",
      paramLabel = "FILE",
      description =
          "CA certificate(s), PEM, that signed the server certificate. Env: " + ENV_CACERT + ".")
  Path caCertificate;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description =
          "KMIP username of the client user (the request Credential). Env: "
              + ENV_USER
              + " (which the admin commands read as an administrator instead).")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      description =
          "The client user's KMIP password. Other users can see command lines: prefer"
              + " --password-file or "
              + ENV_PASSWORD
              + " (which the admin commands read as an administrator's password instead).")
  String password;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "File whose first line is the KMIP password.")
  Path passwordFile;

  @Option(
      names = "--kmip-version",
      paramLabel = "VERSION",
      defaultValue = "2.1",
      description = "KMIP protocol version to speak, 1.0 to 2.1 (default: ${DEFAULT-VALUE}).")
  String kmipVersion;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Longest wait for a server's answer (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  /** What a command does with a connected client. */
  interface KmipCall<T> {
    T call(KmipClient client) throws KmipClientException, IOException, CliException;
  }

  /**
   * Connects, runs {@code action}, closes the connection, and turns every failure into a one-line
   * {@link CliException}.
   */
  <T> T call(KmipCall<T> action) throws CliException {
    try (KmipClient client = connect()) {
      return action.call(client);
    } catch (KmipClientException e) {
      throw new CliException(oneLine(e.getMessage()), EXIT_FAILURE);
    } catch (ServerUnavailableException | RequestOutcomeUnknownException e) {
      throw new CliException(oneLine(e.getMessage()), EXIT_UNREACHABLE);
    } catch (IOException e) {
      throw new CliException(oneLine(e.getMessage()), EXIT_FAILURE);
    }
  }

  /** A client from the settings; no connection is made yet. */
  KmipClient connect() throws CliException, IOException {
    KmipClient.Builder b = KmipClient.builder();
    Path bundleDir = bundle != null ? bundle : pathFromEnv(ENV_BUNDLE);
    List<String> addresses = new ArrayList<>(servers);
    if (addresses.isEmpty() && env(ENV_SERVER) != null) {
      addresses.addAll(Arrays.asList(env(ENV_SERVER).split(",")));
    }
    if (bundleDir == null && addresses.isEmpty()) {
      throw new CliException(
          "no KMIP server given: use --bundle DIR (or "
              + ENV_BUNDLE
              + "), or --server HOST:PORT with --cert, --key and --cacert");
    }
    if (bundleDir != null) {
      b.bundle(bundleDir);
    }
    try {
      for (String a : addresses) {
        if (!a.isBlank()) {
          b.address(a.strip());
        }
      }
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    }
    char[] keyPassword = secret(keyPasswordFile, ENV_KEY_PASSWORD);
    char[] kmipPassword = null;
    try {
      if (pkcs12 != null) {
        if (keyPassword == null) {
          throw new CliException(
              "--pkcs12 needs its password: --key-password-file FILE or " + ENV_KEY_PASSWORD);
        }
        b.pkcs12(pkcs12, keyPassword);
      } else if (certificate != null || key != null) {
        if (certificate == null || key == null) {
          throw new CliException("--cert and --key go together");
        }
        b.certificate(certificate, key, keyPassword);
      } else if (bundleDir == null) {
        throw new CliException(
            "no client certificate: give --cert FILE and --key FILE, --pkcs12 FILE, or --bundle DIR");
      }
      Path ca = caCertificate != null ? caCertificate : pathFromEnv(ENV_CACERT);
      if (ca != null) {
        b.trustedCertificates(ca);
      } else if (bundleDir == null) {
        throw new CliException("no CA certificate to verify the server with: give --cacert FILE");
      }
      String username = user != null ? user : env(ENV_USER);
      kmipPassword =
          password != null
              ? password.toCharArray()
              : passwordFile != null ? secret(passwordFile, null) : envChars(ENV_PASSWORD);
      if (username != null) {
        b.credential(username, kmipPassword);
      } else if (kmipPassword != null) {
        if (bundleDir == null) {
          throw new CliException("a password needs a user: give --user NAME");
        }
        b.password(kmipPassword);
      }
      b.protocolVersion(
          KmipVersion.parse(kmipVersion)
              .orElseThrow(
                  () ->
                      new CliException(
                          "--kmip-version '" + kmipVersion + "' is not one of 1.0 to 2.1")));
      if (timeoutSeconds < 1) {
        throw new CliException("--timeout must be at least 1 second");
      }
      b.readTimeout(Duration.ofSeconds(timeoutSeconds))
          .connectTimeout(Duration.ofSeconds(Math.min(10, timeoutSeconds)))
          .poolSize(2);
      return b.build();
    } catch (IllegalArgumentException e) {
      throw new CliException(e.getMessage());
    } finally {
      clear(keyPassword);
      clear(kmipPassword);
    }
  }

  private static String env(String name) {
    String v = environment.apply(name);
    return v == null || v.isEmpty() ? null : v;
  }

  private static Path pathFromEnv(String name) {
    String v = env(name);
    return v == null ? null : Path.of(v);
  }

  private static char[] envChars(String name) {
    String v = env(name);
    return v == null ? null : v.toCharArray();
  }

  /** The first line of {@code file}, else the variable {@code envName}, else null. */
  private static char[] secret(Path file, String envName) throws CliException {
    if (file != null) {
      try {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        String line = end < 0 ? text : text.substring(0, end);
        return line.replace("\r", "").toCharArray();
      } catch (NoSuchFileException e) {
        throw new CliException(file + ": no such file");
      } catch (IOException e) {
        throw new CliException(file + ": cannot read: " + e.getMessage());
      }
    }
    return envName == null ? null : envChars(envName);
  }

  private static void clear(char[] secret) {
    if (secret != null) {
      Arrays.fill(secret, '\0');
    }
  }

  /** Messages from servers or libraries may span lines; an error is one line. */
  static String oneLine(String message) {
    return message == null ? "failed" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
  }
}
