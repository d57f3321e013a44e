package dev.arca.server.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import dev.arca.kmip.ttlv.DecodeLimits;
import java.io.IOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The node's configuration: a typed, validated record built once at start from one YAML file,
 * {@code <data>/arca.yaml}, and never changed while the node runs (STYLE rule 8).
 *
 * <p>Every setting has a default, so a node starts without any file; {@link #write(Path)} writes
 * the defaults as a commented example for the first start. Keys are kebab-case ({@code
 * bind-address}), durations {@code <n>s}, {@code <n>m} or {@code <n>h}. An unknown key, a value of
 * the wrong type or out of range stops start-up with one {@link ConfigException} naming the
 * setting's path and what is allowed:
 *
 * <pre>
 * arca.yaml: kmip.listeners[1].port: 70000 is not between 1 and 65535
 * </pre>
 *
 * <p>Relative paths: {@code data-directory} is relative to the working directory; {@code
 * log-directory} and {@code master-key.passphrase-file} to the data directory.
 *
 * @param nodeName the node's name in logs, certificates and the cluster
 * @param dataDirectory where the master key, the database and the PKI live (absolute)
 * @param logDirectory where the four logs are written (absolute)
 * @param masterKeyPassphraseFile a file holding the master key passphrase; when absent the
 *     passphrase comes from {@code ARCA_MASTER_PASSPHRASE} or the generated development file
 * @param fips FIPS mode and the FIPS status server
 * @param kmip the KMIP listeners and decoding limits
 * @param admin the admin HTTPS port (API, console, KMIP over HTTPS)
 */
public record ServerConfig(
    String nodeName,
    Path dataDirectory,
    Path logDirectory,
    Optional<Path> masterKeyPassphraseFile,
    Fips fips,
    Kmip kmip,
    Admin admin) {

  /** The configuration file's name in the data directory. */
  public static final String FILE_NAME = "arca.yaml";

  /** The data directory when none is given, relative to the working directory. */
  public static final String DEFAULT_DATA_DIRECTORY = "arca-data";

  /** The log directory's name inside the data directory, by default. */
  public static final String DEFAULT_LOG_DIRECTORY = "logs";

  /** The admin HTTPS port (API, web console, KMIP over HTTPS). */
  public static final int ADMIN_PORT = 9443;

  /** The FIPS status server's port. */
  public static final int FIPS_STATUS_PORT = 9081;

  /** The server certificate of the admin port and the FIPS status server. */
  public static final String WEB_CERTIFICATE = "web";

  /** The server certificate of the default KMIP listener. */
  public static final String KMIP_CERTIFICATE = "kmip";

  /** The trusted-CA profile listeners use by default. */
  public static final String DEFAULT_PROFILE = "Default";

  /** The smallest and largest accepted {@code kmip.max-message-bytes}. */
  static final int MIN_MESSAGE_BYTES = 1024;

  static final int MAX_MESSAGE_BYTES = 64 << 20;

  /** Bounds of a listener's idle timeout. */
  static final Duration MIN_IDLE_TIMEOUT = Duration.ofSeconds(1);

  static final Duration MAX_IDLE_TIMEOUT = Duration.ofHours(24);

  /** The largest configuration file read. */
  private static final int MAX_FILE_BYTES = 1 << 20;

  static final Pattern NODE_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.-]{0,62}");
  static final String NODE_NAME_RULE =
      "1-63 of letters, digits, '.' and '-', starting with a letter or digit";

  /** Certificate and profile names: the PKI's rule, since they name files under pki/. */
  static final Pattern PKI_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  static final String PKI_NAME_RULE =
      "1-64 of letters, digits, '.', '-' and '_', starting with a letter or digit";

  static final String LISTENER_NAME_RULE =
      "1-32 of a-z, 0-9, '-' and '_', starting with a letter or digit";

  static final String BIND_ADDRESS_RULE =
      "an IP address such as 0.0.0.0 (all IPv4 interfaces), :: (all interfaces) or 192.0.2.10";

  public ServerConfig {
    Objects.requireNonNull(nodeName, "nodeName");
    if (!NODE_NAME.matcher(nodeName).matches()) {
      throw new IllegalArgumentException("node name '" + nodeName + "': use " + NODE_NAME_RULE);
    }
    dataDirectory = dataDirectory.toAbsolutePath().normalize();
    logDirectory = logDirectory.toAbsolutePath().normalize();
    masterKeyPassphraseFile = masterKeyPassphraseFile.map(p -> p.toAbsolutePath().normalize());
    Objects.requireNonNull(fips, "fips");
    Objects.requireNonNull(kmip, "kmip");
    Objects.requireNonNull(admin, "admin");
  }

  /**
   * FIPS mode.
   *
   * @param enabled run BC-FIPS in approved-only mode: non-approved algorithms, key sizes, TLS
   *     versions and cipher suites are refused, global keys and LDAP are off. The launcher sets
   *     {@code -Dorg.bouncycastle.fips.approved_only=true} before the JVM loads BC, so a change
   *     takes effect at the next start.
   * @param status the FIPS status report server ({@code https://host:9081/status.html})
   */
  public record Fips(boolean enabled, StatusServer status) {
    public Fips {
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * The FIPS status server.
   *
   * @param enabled whether it listens
   * @param bindAddress an IP address of this host, or {@code 0.0.0.0} / {@code ::}
   * @param port its TCP port
   * @param serverCertificate the server certificate it presents
   */
  public record StatusServer(
      boolean enabled, String bindAddress, int port, String serverCertificate) {
    public StatusServer {
      checkBindAddress("FIPS status server", bindAddress);
      checkPort("FIPS status server", port);
      checkPkiName("FIPS status server certificate", serverCertificate);
    }
  }

  /**
   * KMIP over TLS.
   *
   * @param listeners the listeners, each with a unique name
   * @param decodeLimits bounds every decoder enforces before it allocates
   */
  public record Kmip(List<ListenerConfig> listeners, DecodeLimits decodeLimits) {
    public Kmip {
      listeners = List.copyOf(listeners);
      Objects.requireNonNull(decodeLimits, "decodeLimits");
      List<String> names = new ArrayList<>();
      for (ListenerConfig listener : listeners) {
        if (names.contains(listener.name())) {
          throw new IllegalArgumentException(
              "listener name '" + listener.name() + "' is used twice");
        }
        names.add(listener.name());
      }
    }

    /** The listener of that name. */
    public Optional<ListenerConfig> listener(String name) {
      for (ListenerConfig listener : listeners) {
        if (listener.name().equals(name)) {
          return Optional.of(listener);
        }
      }
      return Optional.empty();
    }
  }

  /**
   * The admin HTTPS port: API, web console and KMIP over HTTPS ({@code POST /kmip/{version}}).
   *
   * @param bindAddress an IP address of this host, or {@code 0.0.0.0} / {@code ::}
   * @param port its TCP port
   * @param serverCertificate the server certificate it presents
   */
  public record Admin(String bindAddress, int port, String serverCertificate) {
    public Admin {
      checkBindAddress("admin", bindAddress);
      checkPort("admin", port);
      checkPkiName("admin server certificate", serverCertificate);
    }
  }

  // ---- construction ------------------------------------------------------------------------

  /** The defaults, with the data directory {@value #DEFAULT_DATA_DIRECTORY}. */
  public static ServerConfig defaults() {
    return defaults(Path.of(DEFAULT_DATA_DIRECTORY));
  }

  /**
   * The defaults for a data directory: node name from the host name, logs in {@code <data>/logs},
   * one KMIP listener {@code default} on {@code 0.0.0.0:5696} with certificate {@code kmip} and
   * profile {@code Default}, the admin port 9443 and the FIPS status server 9081 on all interfaces
   * with certificate {@code web}, FIPS mode off.
   */
  public static ServerConfig defaults(Path dataDirectory) {
    return defaults(dataDirectory, defaultNodeName());
  }

  static ServerConfig defaults(Path dataDirectory, String nodeName) {
    Path data = dataDirectory.toAbsolutePath().normalize();
    return new ServerConfig(
        nodeName,
        data,
        data.resolve(DEFAULT_LOG_DIRECTORY),
        Optional.empty(),
        new Fips(false, new StatusServer(true, "0.0.0.0", FIPS_STATUS_PORT, WEB_CERTIFICATE)),
        new Kmip(
            List.of(ListenerConfig.defaults("default", KMIP_CERTIFICATE)), DecodeLimits.DEFAULT),
        new Admin("0.0.0.0", ADMIN_PORT, WEB_CERTIFICATE));
  }

  /**
   * Reads a configuration file.
   *
   * @throws ConfigException naming the file and the offending setting
   */
  public static ServerConfig load(Path file) throws ConfigException {
    return load(file, Optional.empty());
  }

  /**
   * Reads a configuration file; {@code dataDirectory}, when given (the command line's {@code
   * --data-dir}), wins over the file's {@code data-directory}.
   *
   * @throws ConfigException naming the file and the offending setting
   */
  public static ServerConfig load(Path file, Optional<Path> dataDirectory) throws ConfigException {
    String source = file.toString();
    byte[] bytes;
    try {
      if (Files.size(file) > MAX_FILE_BYTES) {
        throw new ConfigException(source, "larger than " + MAX_FILE_BYTES + " bytes");
      }
      bytes = Files.readAllBytes(file);
    } catch (NoSuchFileException e) {
      throw new ConfigException(source, "no such file", e);
    } catch (IOException e) {
      throw new ConfigException(source, "cannot be read: " + e.getMessage(), e);
    }
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes))
              .toString();
    } catch (CharacterCodingException e) {
      throw new ConfigException(source, "is not UTF-8 text", e);
    }
    try {
      return parse(text, dataDirectory);
    } catch (ConfigException e) {
      throw e.in(source);
    }
  }

  /**
   * Reads {@code <dataDirectory>/arca.yaml}, or on a first start writes the defaults there as a
   * commented example and returns them.
   */
  public static ServerConfig loadOrWriteDefaults(Path dataDirectory)
      throws ConfigException, IOException {
    Path file = dataDirectory.resolve(FILE_NAME);
    if (Files.exists(file)) {
      return load(file, Optional.of(dataDirectory));
    }
    ServerConfig defaults = defaults(dataDirectory);
    Files.createDirectories(dataDirectory);
    defaults.write(file);
    return defaults;
  }

  /**
   * Parses YAML text.
   *
   * @param dataDirectory overrides the text's {@code data-directory} when given
   * @throws ConfigException naming the offending setting
   */
  public static ServerConfig parse(String yaml, Optional<Path> dataDirectory)
      throws ConfigException {
    JsonNode document;
    try {
      // YAML 1.2 words: only true and false are booleans ("yes" is text and gets a clear
      // message); an empty value is null (the builder does not start from the factory's own
      // defaults, so both are set here).
      YAMLFactory factory =
          YAMLFactory.builder()
              .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
              .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
              .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
              .build();
      ObjectMapper mapper =
          new ObjectMapper(factory).enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
      document = mapper.readTree(yaml);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : "line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr()
                  + ": ";
      throw new ConfigException("", "not valid YAML: " + where + e.getOriginalMessage(), e);
    }
    return ConfigParser.parse(document, dataDirectory);
  }

  // ---- writing -----------------------------------------------------------------------------

  /**
   * Writes this configuration as a commented YAML file that {@link #load} reads back to an equal
   * record: the example an operator edits after the first start. Refuses to replace an existing
   * file, so an operator's edits are never lost.
   *
   * @throws FileAlreadyExistsException if the file exists
   */
  public void write(Path file) throws IOException {
    if (Files.exists(file)) {
      throw new FileAlreadyExistsException(file.toString());
    }
    Path directory = file.toAbsolutePath().getParent();
    Path temporary = directory.resolve("." + file.getFileName() + "." + System.nanoTime() + ".tmp");
    try {
      Files.writeString(temporary, toYaml(), StandardCharsets.UTF_8);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temporary);
    }
  }

  /** This configuration as commented YAML. */
  public String toYaml() {
    return ConfigWriter.yaml(this);
  }

  // ---- checks shared by the records and the parser ---------------------------------------

  /** The default node name: this host's name, or {@code arca} if it has none usable. */
  static String defaultNodeName() {
    try {
      String host = InetAddress.getLocalHost().getHostName();
      int dot = host.indexOf('.');
      String shortName = (dot > 0 ? host.substring(0, dot) : host).toLowerCase(Locale.ROOT);
      if (NODE_NAME.matcher(shortName).matches()) {
        return shortName;
      }
    } catch (UnknownHostException | SecurityException e) {
      // No resolvable host name: fall back below.
    }
    return "arca";
  }

  /** Whether {@code text} is an IP address literal; no DNS lookup is made. */
  static boolean isIpLiteral(String text) {
    if (text.matches("\\d{1,3}(\\.\\d{1,3}){3}")) {
      for (String part : text.split("\\.")) {
        if (Integer.parseInt(part) > 255) {
          return false;
        }
      }
      return true;
    }
    if (text.indexOf(':') < 0 || text.indexOf('%') >= 0 || !text.matches("[0-9A-Fa-f:.]+")) {
      return false;
    }
    try {
      // With a ':' and only hex digits, ':' and '.', this parses an IPv6 literal, never resolves.
      InetAddress.getByName(text);
      return true;
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Whether {@code address} binds every interface. */
  static boolean isWildcard(String address) {
    try {
      return InetAddress.getByName(address).isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /** Two bind addresses that would contend for the same port. */
  static boolean overlap(String a, String b) {
    if (isWildcard(a) || isWildcard(b)) {
      return true;
    }
    try {
      return InetAddress.getByName(a).equals(InetAddress.getByName(b));
    } catch (UnknownHostException e) {
      return a.equals(b);
    }
  }

  private static void checkBindAddress(String what, String address) {
    Objects.requireNonNull(address, "bindAddress");
    if (!isIpLiteral(address)) {
      throw new IllegalArgumentException(
          what + " bind address '" + address + "' is not " + BIND_ADDRESS_RULE);
    }
  }

  /** A TCP port; 0 lets the system choose a free one (for tests and side-by-side runs). */
  private static void checkPort(String what, int port) {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(what + " port " + port + " is not between 0 and 65535");
    }
  }

  private static void checkPkiName(String what, String name) {
    if (name == null || !PKI_NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(what + " '" + name + "': use " + PKI_NAME_RULE);
    }
  }

  /** Resolves a configured path; {@link InvalidPathException} becomes a message for the setting. */
  static Path path(String setting, Path base, String text) throws ConfigException {
    try {
      Path path = Path.of(text);
      return (base == null ? path : base.resolve(path)).toAbsolutePath().normalize();
    } catch (InvalidPathException e) {
      throw new ConfigException(setting, "'" + text + "' is not a valid path: " + e.getReason());
    }
  }
}
