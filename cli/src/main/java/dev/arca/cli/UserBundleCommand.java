package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.server.pki.ClientBundle;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code arca user bundle}: has the node issue a client certificate and key for a user and writes
 * them as a client bundle directory, the layout {@link ClientBundle} writes on the node:
 *
 * <pre>
 * DIR/               0700
 *   ca.pem           CA certificate(s) of the KMIP server certificate (0644)
 *   client.pem       the user's new client certificate (0644)
 *   client-key.pem   its private key, unencrypted PKCS#8 PEM (0600)
 *   password         the user's KMIP password, when given (0600)
 *   pykmip.conf      PyKMIP [client] section, absolute paths, the password when given (0600)
 *   README.txt       what each file is (0644)
 * </pre>
 *
 * <p>The node generates the key and returns it in this one answer only; it is written to {@code
 * client-key.pem} and nowhere else. The directory is checked before the node is asked, so that no
 * certificate is issued for a bundle that could not be written, and a write that fails half-way
 * removes what it wrote.
 */
@Command(
    name = "bundle",
    description = {
      "Issue a client certificate and key for a client user and write its client bundle"
          + " directory: ca.pem, client.pem, client-key.pem, password, pykmip.conf, README.txt.",
      "The key is generated on the node and sent once, in this answer. 'arca key --bundle DIR'"
          + " and PyKMIP use the directory as it is. The user's KMIP password goes into the"
          + " bundle when given (--password-file, --password-stdin or --ask-password)."
    },
    footer = {
      "",
      "Examples:",
      "  arca user bundle payments-app ./payments-app --password-file payments-app.pw",
      "  arca user bundle backup ./backup --host kms.example.com --validity-days 365",
      "  arca user bundle app /etc/app/kmip --listener external --address 192.0.2.10",
      "  arca key list --bundle ./payments-app"
    })
final class UserBundleCommand extends AdminApiCommand {

  private static final Set<PosixFilePermission> PRIVATE_DIRECTORY =
      PosixFilePermissions.fromString("rwx------");
  private static final Set<PosixFilePermission> PRIVATE_FILE =
      PosixFilePermissions.fromString("rw-------");
  private static final Set<PosixFilePermission> PUBLIC_FILE =
      PosixFilePermissions.fromString("rw-r--r--");

  @Parameters(index = "0", paramLabel = "NAME", description = "The client user.")
  String name;

  @Parameters(index = "1", paramLabel = "DIR", description = "The bundle directory: new, or empty.")
  Path directory;

  @Option(
      names = "--listener",
      paramLabel = "NAME",
      description = "The KMIP listener the client will use (default: the default listener).")
  String listener;

  @Option(
      names = "--host",
      paramLabel = "HOST",
      description =
          "Host name or IPv4 address clients reach the listener by (default: the host of --url).")
  String host;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "Port clients reach it on (default: the listener's).")
  Integer port;

  @Option(
      names = "--validity-days",
      paramLabel = "DAYS",
      description = "How long the certificate is valid, 1 to 3650 days (default: 2 years).")
  Integer validityDays;

  @Option(
      names = "--address",
      paramLabel = "IP",
      split = ",",
      description =
          "Source IP address(es) to put in the certificate, for listeners that require it.")
  List<String> addresses = new ArrayList<>();

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "The user's KMIP password for the bundle, from the first line of FILE.")
  Path passwordFile;

  @Option(
      names = "--password-stdin",
      description = "The user's KMIP password, from the first line of standard input.")
  boolean passwordStdin;

  @Option(
      names = "--ask-password",
      description = "Ask the user's KMIP password on the console (twice).")
  boolean askPassword;

  private char[] password;

  @Override
  void prepare() throws CliException {
    checkDirectory();
    int sources = (passwordFile != null ? 1 : 0) + (passwordStdin ? 1 : 0) + (askPassword ? 1 : 0);
    if (sources > 1) {
      throw new CliException(
          "--password-file, --password-stdin and --ask-password exclude each other");
    }
    if (sources == 1) {
      password =
          PasswordInput.newPassword(
              "the bundle of client user " + name, passwordFile, passwordStdin);
      checkPassword(password);
    }
  }

  @Override
  int run(AdminConnectionOptions.Connection c, Output out)
      throws AdminApiClient.ApiError, AdminApiClient.Unreachable, CliException {
    ObjectNode request = ApiViews.object();
    if (listener != null) {
      request.put("listener", listener);
    }
    if (host != null) {
      request.put("host", host);
    }
    if (port != null) {
      request.put("port", port);
    }
    if (validityDays != null) {
      request.put("validityDays", validityDays);
    }
    if (!addresses.isEmpty()) {
      ArrayNode list = request.putArray("addresses");
      addresses.forEach(list::add);
    }
    JsonNode bundle = c.api().post(UserCommand.path(name) + "/bundle", request);
    Path dir = directory.toAbsolutePath().normalize();
    List<String> files = write(dir, bundle);
    String serverHost = bundle.path("server").path("host").asText();
    int serverPort = bundle.path("server").path("port").asInt();
    Map<String, Object> result =
        ApiViews.fields(
            "user", bundle.path("user").asText(name),
            "directory", dir.toString(),
            "listener", bundle.path("listener").asText(null),
            "server", ApiViews.fields("host", serverHost, "port", serverPort),
            "subject", bundle.path("subject").asText(null),
            "serialNumber", bundle.path("serialNumber").asText(null),
            "notAfter", bundle.path("notAfter").asText(null),
            "issuer", bundle.path("issuer").asText(null),
            "files", files);
    out.message(
        "Wrote the client bundle of "
            + name
            + " to "
            + dir
            + ": certificate "
            + bundle.path("subject").asText()
            + " (serial "
            + bundle.path("serialNumber").asText()
            + ", valid until "
            + bundle.path("notAfter").asText()
            + ") for listener "
            + bundle.path("listener").asText()
            + " at "
            + serverHost
            + ":"
            + serverPort
            + (password == null ? "; it has no password file: see its README.txt" : "")
            + ".",
        result);
    return 0;
  }

  @Override
  void finish() {
    PasswordInput.clear(password);
  }

  /** The directory must be new or empty, as on the node ({@link ClientBundle}). */
  private void checkDirectory() throws CliException {
    Path dir = directory.toAbsolutePath().normalize();
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new CliException(dir + " exists and is not a directory; choose a new one");
    }
    if (Files.isDirectory(dir)) {
      try (Stream<Path> entries = Files.list(dir)) {
        if (entries.findAny().isPresent()) {
          throw new CliException(
              "bundle directory " + dir + " is not empty; choose a new one or empty it");
        }
      } catch (IOException e) {
        throw new CliException("cannot read " + dir + ": " + e.getMessage());
      }
    }
  }

  /**
   * The rules {@link ClientBundle} applies to a password it writes: one line that PyKMIP's
   * configparser reads back unchanged.
   */
  static void checkPassword(char[] value) throws CliException {
    if (value.length == 0
        || Character.isWhitespace(value[0])
        || Character.isWhitespace(value[value.length - 1])) {
      throw new CliException("the password must not be empty or start or end with white space");
    }
    for (char ch : value) {
      if (Character.isISOControl(ch)) {
        throw new CliException("the password must not contain control characters");
      }
    }
    if (Arrays.equals(value, new char[] {'N', 'o', 'n', 'e'})) {
      throw new CliException("the password cannot be used: PyKMIP reads 'None' as no password");
    }
  }

  /** Writes the files; on a failure removes those written and the directory if it made it. */
  private List<String> write(Path dir, JsonNode bundle) throws CliException {
    List<Path> written = new ArrayList<>();
    boolean created = !Files.exists(dir);
    byte[] key = ascii(bundle.path("privateKey").asText());
    byte[] passwordLine = null;
    byte[] config = null;
    try {
      if (created) {
        createPrivateDirectory(dir);
      }
      String user = bundle.path("user").asText(name);
      write(
          dir, ClientBundle.CA_FILE, ascii(bundle.path("caCertificates").asText()), false, written);
      write(
          dir,
          ClientBundle.CERTIFICATE_FILE,
          ascii(bundle.path("certificate").asText()),
          false,
          written);
      write(dir, ClientBundle.KEY_FILE, key, true, written);
      if (password != null) {
        passwordLine = utf8(password, "\n");
        write(dir, ClientBundle.PASSWORD_FILE, passwordLine, true, written);
      }
      config = pykmipConfig(dir, user, bundle);
      write(dir, ClientBundle.PYKMIP_CONFIG, config, true, written);
      write(dir, ClientBundle.README, readme(dir, user, bundle), false, written);
      List<String> names = new ArrayList<>();
      for (Path p : written) {
        names.add(p.getFileName().toString());
      }
      return names;
    } catch (IOException e) {
      for (Path p : written) {
        try {
          Files.deleteIfExists(p);
        } catch (IOException ignored) {
          // Reported below with the cause.
        }
      }
      if (created) {
        try {
          Files.deleteIfExists(dir);
        } catch (IOException ignored) {
          // As above.
        }
      }
      throw new CliException(
          "cannot write the bundle in "
              + dir
              + " ("
              + KmipConnectionOptions.oneLine(e.getMessage())
              + "); the certificate "
              + bundle.path("serialNumber").asText()
              + " was issued but nothing was kept");
    } finally {
      Arrays.fill(key, (byte) 0);
      if (passwordLine != null) {
        Arrays.fill(passwordLine, (byte) 0);
      }
      if (config != null) {
        Arrays.fill(config, (byte) 0);
      }
    }
  }

  private static void createPrivateDirectory(Path dir) throws IOException {
    if (posix()) {
      Files.createDirectories(dir, PosixFilePermissions.asFileAttribute(PRIVATE_DIRECTORY));
      Files.setPosixFilePermissions(dir, PRIVATE_DIRECTORY);
    } else {
      Files.createDirectories(dir);
    }
  }

  private static void write(
      Path dir, String fileName, byte[] content, boolean secret, List<Path> written)
      throws IOException {
    Path file = dir.resolve(fileName);
    Set<PosixFilePermission> mode = secret ? PRIVATE_FILE : PUBLIC_FILE;
    if (posix()) {
      Files.createFile(file, PosixFilePermissions.asFileAttribute(PRIVATE_FILE));
      written.add(file);
      Files.write(file, content, StandardOpenOption.TRUNCATE_EXISTING);
      Files.setPosixFilePermissions(file, mode);
    } else {
      Files.write(file, content, StandardOpenOption.CREATE_NEW);
      written.add(file);
    }
  }

  /**
   * The {@code [client]} section PyKMIP 0.10 reads, as {@link ClientBundle} writes it: absolute
   * paths, {@code %} doubled for configparser, the password when there is one.
   */
  private byte[] pykmipConfig(Path dir, String user, JsonNode bundle) {
    StringBuilder out = new StringBuilder();
    out.append("# PyKMIP client configuration for Arca user ")
        .append(user)
        .append(", certificate valid until ")
        .append(day(bundle))
        .append(".\n");
    out.append("# Python: ProxyKmipClient(config_file=\"")
        .append(dir.resolve(ClientBundle.PYKMIP_CONFIG))
        .append("\")\n");
    out.append(
        password == null
            ? "# Fill in the user's KMIP password below, and keep this file private.\n"
            : "# This file holds the password: keep it private (mode 0600).\n");
    out.append("[client]\n");
    entry(out, "host", bundle.path("server").path("host").asText());
    entry(out, "port", bundle.path("server").path("port").asText());
    entry(out, "certfile", dir.resolve(ClientBundle.CERTIFICATE_FILE).toString());
    entry(out, "keyfile", dir.resolve(ClientBundle.KEY_FILE).toString());
    entry(out, "ca_certs", dir.resolve(ClientBundle.CA_FILE).toString());
    entry(out, "cert_reqs", "CERT_REQUIRED");
    entry(out, "ssl_version", "PROTOCOL_SSLv23");
    entry(out, "do_handshake_on_connect", "True");
    entry(out, "suppress_ragged_eofs", "True");
    entry(out, "username", user);
    if (password == null) {
      return (out + "# password=\n").getBytes(StandardCharsets.UTF_8);
    }
    char[] escaped = new char[password.length * 2];
    int n = 0;
    for (char ch : password) {
      escaped[n++] = ch;
      if (ch == '%') {
        escaped[n++] = '%';
      }
    }
    try {
      byte[] head = (out + "password=").getBytes(StandardCharsets.UTF_8);
      byte[] tail = utf8(Arrays.copyOf(escaped, n), "\n");
      byte[] all = Arrays.copyOf(head, head.length + tail.length);
      System.arraycopy(tail, 0, all, head.length, tail.length);
      Arrays.fill(tail, (byte) 0);
      return all;
    } finally {
      Arrays.fill(escaped, '\0');
    }
  }

  private byte[] readme(Path dir, String user, JsonNode bundle) {
    String server =
        bundle.path("server").path("host").asText() + " port " + bundle.path("server").path("port");
    String text =
        "Arca KMIP client bundle for user "
            + user
            + "\n\n"
            + "Server: "
            + server
            + " (listener "
            + bundle.path("listener").asText()
            + ")\n"
            + "Client certificate: "
            + bundle.path("subject").asText()
            + ", valid until "
            + day(bundle)
            + "\n\n"
            + "Files\n"
            + "  ca.pem          CA certificate that signed the server's KMIP certificate;\n"
            + "                  the client trusts the server through it\n"
            + "  client.pem      your client certificate (identifies you to the server)\n"
            + "  client-key.pem  its private key, unencrypted PKCS#8 PEM: keep it private\n"
            + (password == null
                ? "  (no password file: write your KMIP password on the first line of a file\n"
                    + "   named password, mode 0600, and on the password line of pykmip.conf)\n"
                : "  password        your KMIP password\n")
            + "  pykmip.conf     ready configuration for PyKMIP"
            + (password == null ? "\n\n" : " (holds the password)\n\n")
            + "Keep this directory private: client-key.pem"
            + (password == null ? "" : ", password and pykmip.conf")
            + "\nlet anyone act as "
            + user
            + ". Do not move the files: pykmip.conf names them\n"
            + "by absolute path (edit it if you do).\n\n"
            + "PyKMIP (0.10 runs on Python 3.11 or older)\n"
            + "  from kmip.core import enums\n"
            + "  from kmip.pie.client import ProxyKmipClient\n"
            + "  with ProxyKmipClient(config_file=\""
            + dir.resolve(ClientBundle.PYKMIP_CONFIG)
            + "\") as client:\n"
            + "      key_id = client.create(enums.CryptographicAlgorithm.AES, 256)\n\n"
            + "arca key\n"
            + "  arca key list --bundle "
            + dir
            + "\n"
            + "  The command takes the server, CA, certificate, key, username and password\n"
            + "  from this directory.\n\n"
            + "Other clients\n"
            + "  Use ca.pem as the trusted CA, client.pem and client-key.pem as the TLS client\n"
            + "  certificate and key, and the username and password as the KMIP credential.\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static void entry(StringBuilder out, String key, String value) {
    out.append(key).append('=').append(value.replace("%", "%%")).append('\n');
  }

  private static String day(JsonNode bundle) {
    String notAfter = bundle.path("notAfter").asText();
    return notAfter.length() >= 10 ? notAfter.substring(0, 10) : notAfter;
  }

  private static byte[] ascii(String text) {
    return text.getBytes(StandardCharsets.US_ASCII);
  }

  /** The UTF-8 bytes of {@code chars} and {@code end}; intermediate buffers are cleared. */
  private static byte[] utf8(char[] chars, String end) {
    CharBuffer text = CharBuffer.allocate(chars.length + end.length());
    text.put(chars).put(end).flip();
    ByteBuffer encoded = StandardCharsets.UTF_8.encode(text);
    byte[] bytes = new byte[encoded.remaining()];
    encoded.get(bytes);
    Arrays.fill(text.array(), '\0');
    if (encoded.hasArray()) {
      Arrays.fill(encoded.array(), (byte) 0);
    }
    return bytes;
  }

  private static boolean posix() {
    return FileSystems.getDefault().supportedFileAttributeViews().contains("posix");
  }
}
