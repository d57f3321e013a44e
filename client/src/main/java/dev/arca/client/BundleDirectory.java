package dev.arca.client;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A client bundle as an Arca node writes it for a user ({@code dev.arca.server.pki.ClientBundle}):
 *
 * <pre>
 * ca.pem           CA certificate(s) to verify the server with
 * client.pem       the client certificate
 * client-key.pem   its private key, PKCS#8 PEM
 * password         the user's KMIP password, one line
 * pykmip.conf      PyKMIP's [client] section: host (comma-separated), port, username, …
 * </pre>
 */
final class BundleDirectory {

  static final String CA_FILE = "ca.pem";
  static final String CERTIFICATE_FILE = "client.pem";
  static final String KEY_FILE = "client-key.pem";
  static final String PASSWORD_FILE = "password";
  static final String PYKMIP_CONFIG = "pykmip.conf";

  final Path directory;
  final List<ServerAddress> addresses;
  final Optional<String> username;

  private BundleDirectory(
      Path directory, List<ServerAddress> addresses, Optional<String> username) {
    this.directory = directory;
    this.addresses = List.copyOf(addresses);
    this.username = username;
  }

  /**
   * Reads the bundle's server addresses and username from {@code pykmip.conf}.
   *
   * @throws IOException when the directory or the configuration is missing or unreadable
   */
  static BundleDirectory read(Path directory) throws IOException {
    if (!Files.isDirectory(directory)) {
      throw new IOException("client bundle " + directory + ": not a directory");
    }
    Path config = directory.resolve(PYKMIP_CONFIG);
    Map<String, String> client = clientSection(config);
    List<ServerAddress> addresses = new ArrayList<>();
    String hosts = client.get("host");
    if (hosts != null) {
      int port = ServerAddress.DEFAULT_PORT;
      String portText = client.get("port");
      if (portText != null) {
        try {
          port = Integer.parseInt(portText.strip());
        } catch (NumberFormatException e) {
          throw new IOException(config + ": port '" + portText + "' is not a number");
        }
      }
      for (String host : hosts.split(",")) {
        if (!host.isBlank()) {
          try {
            addresses.add(new ServerAddress(host.strip(), port));
          } catch (IllegalArgumentException e) {
            throw new IOException(config + ": " + e.getMessage());
          }
        }
      }
    }
    String username = client.get("username");
    return new BundleDirectory(
        directory,
        addresses,
        username == null || username.isBlank() ? Optional.empty() : Optional.of(username.strip()));
  }

  Path caFile() {
    return directory.resolve(CA_FILE);
  }

  Path certificateFile() {
    return directory.resolve(CERTIFICATE_FILE);
  }

  Path keyFile() {
    return directory.resolve(KEY_FILE);
  }

  /**
   * The KMIP password from the {@code password} file, without its line end; empty when the bundle
   * has no such file. The caller clears the array.
   */
  Optional<char[]> password() throws IOException {
    return readPasswordFile(directory.resolve(PASSWORD_FILE), true);
  }

  /**
   * The first line of a password file, as characters. The bytes read are cleared.
   *
   * @param optional whether a missing file is empty rather than an error
   */
  static Optional<char[]> readPasswordFile(Path file, boolean optional) throws IOException {
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      if (optional) {
        return Optional.empty();
      }
      throw new IOException(file + ": no such file");
    }
    try {
      int end = 0;
      while (end < bytes.length && bytes[end] != '\n' && bytes[end] != '\r') {
        end++;
      }
      CharBuffer chars =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, 0, end));
      char[] out = new char[chars.remaining()];
      chars.get(out);
      if (chars.hasArray()) {
        Arrays.fill(chars.array(), '\0');
      }
      return Optional.of(out);
    } catch (CharacterCodingException e) {
      throw new IOException(file + ": not UTF-8 text");
    } finally {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /**
   * The {@code [client]} section of a PyKMIP configuration, read as Python's configparser does for
   * these simple files: {@code key=value} or {@code key: value}, {@code #} and {@code ;} comments,
   * {@code %%} for a literal {@code %}. The password entry is skipped; the {@code password} file is
   * the source of the password.
   */
  private static Map<String, String> clientSection(Path config) throws IOException {
    List<String> lines;
    try {
      lines = Files.readAllLines(config, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new IOException(
          "client bundle " + config.getParent() + ": no " + PYKMIP_CONFIG + " (server address)");
    }
    Map<String, String> out = new HashMap<>();
    boolean inClient = false;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#") || line.startsWith(";")) {
        continue;
      }
      if (line.startsWith("[")) {
        inClient = line.equals("[client]");
        continue;
      }
      if (!inClient) {
        continue;
      }
      int eq = line.indexOf('=');
      int colon = line.indexOf(':');
      int sep = eq < 0 ? colon : (colon < 0 ? eq : Math.min(eq, colon));
      if (sep <= 0) {
        continue;
      }
      String key = line.substring(0, sep).strip().toLowerCase(java.util.Locale.ROOT);
      if (key.equals("password")) {
        continue;
      }
      out.put(key, line.substring(sep + 1).strip().replace("%%", "%"));
    }
    return out;
  }

  @Override
  public String toString() {
    return "BundleDirectory[" + directory + ", " + addresses + "]";
  }
}
