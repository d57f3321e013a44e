package dev.arca.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arca.kmip.ttlv.DecodeLimits;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Builds a {@link ServerConfig} from the YAML tree: the schema (which keys exist where, their
 * types, ranges and defaults) in one place, then the checks that span settings (unique listener
 * names, ports that would collide).
 */
final class ConfigParser {

  static final List<String> ROOT_KEYS =
      List.of(
          "node-name", "data-directory", "log-directory", "master-key", "fips", "kmip", "admin");
  static final List<String> MASTER_KEY_KEYS = List.of("passphrase-file");
  static final List<String> FIPS_KEYS = List.of("enabled", "status");
  static final List<String> STATUS_KEYS =
      List.of("enabled", "bind-address", "port", "server-certificate");
  static final List<String> KMIP_KEYS =
      List.of("listeners", "max-message-bytes", "max-nesting-depth");
  static final List<String> LISTENER_KEYS =
      List.of(
          "name",
          "bind-address",
          "port",
          "server-certificate",
          "trusted-ca-profile",
          "idle-timeout",
          "allow-key-and-policy-configuration",
          "allow-key-export",
          "client-certificate",
          "username-field",
          "require-source-ip-in-certificate",
          "password-required",
          "tls-protocols");
  static final List<String> ADMIN_KEYS = List.of("bind-address", "port", "server-certificate");

  private static final Pattern ANY_TEXT = Pattern.compile("(?s).+");
  private static final Pattern IP_CANDIDATE = Pattern.compile("[0-9A-Fa-f:.]+");

  private ConfigParser() {}

  static ServerConfig parse(JsonNode document, Optional<Path> dataDirectoryOverride)
      throws ConfigException {
    // The host name lookup for the default node name is made only when the name is not set.
    ServerConfig defaults =
        ServerConfig.defaults(Path.of(ServerConfig.DEFAULT_DATA_DIRECTORY), "arca");
    ConfigReader root = ConfigReader.root(document, ROOT_KEYS);

    String nodeName =
        root.has("node-name")
            ? root.text("node-name", "", ServerConfig.NODE_NAME, ServerConfig.NODE_NAME_RULE)
            : ServerConfig.defaultNodeName();
    Path dataDirectory;
    if (dataDirectoryOverride.isPresent()) {
      dataDirectory = dataDirectoryOverride.get().toAbsolutePath().normalize();
      root.text("data-directory", "", ANY_TEXT, "a directory path"); // still type-checked
    } else {
      String text =
          root.text(
              "data-directory", ServerConfig.DEFAULT_DATA_DIRECTORY, ANY_TEXT, "a directory path");
      dataDirectory = ServerConfig.path("data-directory", null, text);
    }
    Path logDirectory =
        ServerConfig.path(
            "log-directory",
            dataDirectory,
            root.text(
                "log-directory", ServerConfig.DEFAULT_LOG_DIRECTORY, ANY_TEXT, "a directory path"));

    ConfigReader masterKey = root.section("master-key", MASTER_KEY_KEYS);
    Optional<Path> passphraseFile = Optional.empty();
    Optional<String> passphraseText =
        masterKey.optionalText("passphrase-file", "the path of a file holding the passphrase");
    if (passphraseText.isPresent()) {
      passphraseFile =
          Optional.of(
              ServerConfig.path(
                  masterKey.pathOf("passphrase-file"), dataDirectory, passphraseText.get()));
    }

    ConfigReader fips = root.section("fips", FIPS_KEYS);
    boolean fipsEnabled = fips.bool("enabled", defaults.fips().enabled());
    ConfigReader status = fips.section("status", STATUS_KEYS);
    ServerConfig.StatusServer defaultStatus = defaults.fips().status();
    ServerConfig.StatusServer statusServer =
        new ServerConfig.StatusServer(
            status.bool("enabled", defaultStatus.enabled()),
            bindAddress(status, defaultStatus.bindAddress()),
            status.integer("port", defaultStatus.port(), 1, 65535),
            pkiName(status, "server-certificate", defaultStatus.serverCertificate()));

    ConfigReader kmip = root.section("kmip", KMIP_KEYS);
    int maxMessageBytes =
        kmip.integer(
            "max-message-bytes",
            DecodeLimits.DEFAULT.maxMessageBytes(),
            ServerConfig.MIN_MESSAGE_BYTES,
            ServerConfig.MAX_MESSAGE_BYTES);
    int maxDepth = kmip.integer("max-nesting-depth", DecodeLimits.DEFAULT.maxDepth(), 1, 1000);
    List<ListenerConfig> listeners = new ArrayList<>();
    Optional<List<ConfigReader>> listenerSections = kmip.sectionList("listeners", LISTENER_KEYS);
    if (listenerSections.isEmpty()) {
      listeners.addAll(defaults.kmip().listeners());
    } else {
      if (listenerSections.get().isEmpty()) {
        throw new ConfigException(kmip.pathOf("listeners"), "at least one listener is needed");
      }
      List<String> names = new ArrayList<>();
      for (ConfigReader section : listenerSections.get()) {
        ListenerConfig listener = listener(section);
        int earlier = names.indexOf(listener.name());
        if (earlier >= 0) {
          throw new ConfigException(
              section.pathOf("name"),
              "'"
                  + listener.name()
                  + "' is already the name of "
                  + kmip.pathOf("listeners")
                  + "["
                  + earlier
                  + "]");
        }
        names.add(listener.name());
        listeners.add(listener);
      }
    }

    ConfigReader admin = root.section("admin", ADMIN_KEYS);
    ServerConfig.Admin defaultAdmin = defaults.admin();
    ServerConfig.Admin adminConfig =
        new ServerConfig.Admin(
            bindAddress(admin, defaultAdmin.bindAddress()),
            admin.integer("port", defaultAdmin.port(), 1, 65535),
            pkiName(admin, "server-certificate", defaultAdmin.serverCertificate()));

    checkPortsDistinct(listeners, adminConfig, statusServer);
    return new ServerConfig(
        nodeName,
        dataDirectory,
        logDirectory,
        passphraseFile,
        new ServerConfig.Fips(fipsEnabled, statusServer),
        new ServerConfig.Kmip(listeners, new DecodeLimits(maxMessageBytes, maxDepth)),
        adminConfig);
  }

  private static ListenerConfig listener(ConfigReader section) throws ConfigException {
    if (!section.has("name")) {
      throw new ConfigException(
          section.pathOf("name"), "is required: " + ServerConfig.LISTENER_NAME_RULE);
    }
    String name = section.text("name", "", ANY_TEXT, ServerConfig.LISTENER_NAME_RULE);
    if (!ListenerConfig.isValidName(name)) {
      throw new ConfigException(
          section.pathOf("name"),
          "'" + name + "' is not valid: " + ServerConfig.LISTENER_NAME_RULE);
    }
    ListenerConfig defaults = ListenerConfig.defaults(name, ServerConfig.KMIP_CERTIFICATE);
    String bindAddress = bindAddress(section, defaults.bindAddress());
    int port = section.integer("port", defaults.port(), 1, 65535);
    String certificate = pkiName(section, "server-certificate", defaults.serverCertificate());
    String profile = pkiName(section, "trusted-ca-profile", defaults.trustedCaProfile());
    Duration idleTimeout =
        section.duration(
            "idle-timeout",
            defaults.idleTimeout(),
            ServerConfig.MIN_IDLE_TIMEOUT,
            ServerConfig.MAX_IDLE_TIMEOUT);
    boolean allowConfiguration =
        section.bool(
            "allow-key-and-policy-configuration", defaults.allowKeyAndPolicyConfiguration());
    boolean allowExport = section.bool("allow-key-export", defaults.allowKeyExport());
    ClientCertificateMode mode =
        section.choice(
            "client-certificate",
            defaults.clientCertificateMode(),
            ConfigReader.spellings(ClientCertificateMode.class, false));
    CertificateField usernameField =
        section.choice(
            "username-field",
            defaults.usernameField(),
            ConfigReader.spellings(CertificateField.class, true));
    boolean sourceIp =
        section.bool("require-source-ip-in-certificate", defaults.requireSourceIpInCertificate());
    boolean passwordRequired = section.bool("password-required", defaults.passwordRequired());
    List<String> protocols =
        section.words(
            "tls-protocols", defaults.tlsProtocols(), ListenerConfig.supportedTlsProtocols());
    try {
      return new ListenerConfig(
          name,
          bindAddress,
          port,
          certificate,
          profile,
          idleTimeout,
          allowConfiguration,
          allowExport,
          mode,
          usernameField,
          sourceIp,
          passwordRequired,
          protocols);
    } catch (IllegalArgumentException e) {
      // Rules that span settings (source-IP check, password-less mode) are the record's.
      throw new ConfigException(section.path(), e.getMessage(), e);
    }
  }

  private static String bindAddress(ConfigReader section, String defaultValue)
      throws ConfigException {
    String text =
        section.text("bind-address", defaultValue, IP_CANDIDATE, ServerConfig.BIND_ADDRESS_RULE);
    if (!ServerConfig.isIpLiteral(text)) {
      throw new ConfigException(
          section.pathOf("bind-address"),
          "'" + text + "' is not valid: " + ServerConfig.BIND_ADDRESS_RULE);
    }
    return text;
  }

  private static String pkiName(ConfigReader section, String key, String defaultValue)
      throws ConfigException {
    return section.text(key, defaultValue, ServerConfig.PKI_NAME, ServerConfig.PKI_NAME_RULE);
  }

  /** Refuses two endpoints on one port whose bind addresses overlap. */
  private static void checkPortsDistinct(
      List<ListenerConfig> listeners, ServerConfig.Admin admin, ServerConfig.StatusServer status)
      throws ConfigException {
    List<String[]> endpoints = new ArrayList<>();
    for (int i = 0; i < listeners.size(); i++) {
      ListenerConfig listener = listeners.get(i);
      endpoints.add(
          new String[] {
            "kmip.listeners[" + i + "]", listener.bindAddress(), Integer.toString(listener.port())
          });
    }
    endpoints.add(new String[] {"admin", admin.bindAddress(), Integer.toString(admin.port())});
    if (status.enabled()) {
      endpoints.add(
          new String[] {"fips.status", status.bindAddress(), Integer.toString(status.port())});
    }
    for (int i = 0; i < endpoints.size(); i++) {
      for (int j = 0; j < i; j++) {
        String[] later = endpoints.get(i);
        String[] earlier = endpoints.get(j);
        if (later[2].equals(earlier[2]) && ServerConfig.overlap(later[1], earlier[1])) {
          throw new ConfigException(
              later[0] + ".port",
              later[2]
                  + " on "
                  + later[1]
                  + " is already used by "
                  + earlier[0]
                  + " ("
                  + earlier[1]
                  + "); give each a different port or bind address");
        }
      }
    }
  }
}
