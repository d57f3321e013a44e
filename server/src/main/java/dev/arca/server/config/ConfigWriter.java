package dev.arca.server.config;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Renders a {@link ServerConfig} as the commented YAML file operators edit. Every setting is
 * written with its value and a comment saying what it does and what is allowed, so that the file
 * documents itself.
 */
final class ConfigWriter {

  /** Plain scalars that YAML would read back as text; everything else is double-quoted. */
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_/][A-Za-z0-9_./-]*");

  private static final Pattern NOT_TEXT =
      Pattern.compile(
          "(?i)true|false|yes|no|on|off|y|n|null|~|[-+]?[0-9][0-9_]*(\\.[0-9_]*)?([eE][-+]?[0-9]+)?"
              + "|0x[0-9a-f_]+|0o?[0-7_]+|[-+]?\\.(inf|nan)");

  private ConfigWriter() {}

  static String yaml(ServerConfig config) {
    StringBuilder out = new StringBuilder();
    out.append("# Arca server configuration.\n")
        .append("#\n")
        .append("# Every setting is optional: one left out takes the default written here.\n")
        .append("# Keys are kebab-case; durations are <n>s, <n>m or <n>h. A wrong key or value\n")
        .append("# stops the server at start with a message naming the setting. Changes take\n")
        .append("# effect at the next start.\n\n");

    out.append("# Name of this node in logs, certificates and the cluster.\n");
    line(out, 0, "node-name", scalar(config.nodeName()));
    out.append("\n# Master key, database and PKI. A relative path is relative to the working\n")
        .append("# directory; the command line's --data-dir wins over this setting.\n");
    line(out, 0, "data-directory", scalar(config.dataDirectory().toString()));
    out.append(
        "\n# System, audit, activity and client event logs (relative: to the data directory).\n");
    line(out, 0, "log-directory", scalar(relative(config.dataDirectory(), config.logDirectory())));

    out.append("\nmaster-key:\n");
    out.append("  # File holding the master key passphrase (relative: to the data directory).\n")
        .append("  # Without it the passphrase comes from ARCA_MASTER_PASSPHRASE, or from a\n")
        .append("  # generated development file beside the data.\n");
    if (config.masterKeyPassphraseFile().isPresent()) {
      line(out, 1, "passphrase-file", scalar(config.masterKeyPassphraseFile().get().toString()));
    } else {
      out.append("  # passphrase-file: /etc/arca/master-passphrase\n");
    }

    ServerConfig.Fips fips = config.fips();
    out.append("\nfips:\n");
    out.append(
            "  # FIPS 140-3 approved-only mode of BC-FIPS: non-approved algorithms, key sizes,\n")
        .append("  # TLS versions and cipher suites are refused; global keys and LDAP are off.\n")
        .append("  # 'arca fips enable|disable' overrides this; a change needs a restart.\n");
    line(out, 1, "enabled", Boolean.toString(fips.enabled()));
    out.append("  # FIPS status report, https://<host>:<port>/status.html (and JSON).\n");
    out.append("  status:\n");
    line(out, 2, "enabled", Boolean.toString(fips.status().enabled()));
    line(out, 2, "bind-address", scalar(fips.status().bindAddress()));
    line(out, 2, "port", Integer.toString(fips.status().port()));
    line(out, 2, "server-certificate", scalar(fips.status().serverCertificate()));

    ServerConfig.Kmip kmip = config.kmip();
    out.append("\nkmip:\n");
    out.append("  # Largest request accepted: bytes of TTLV, characters of XML or JSON (")
        .append(ServerConfig.MIN_MESSAGE_BYTES)
        .append("..")
        .append(ServerConfig.MAX_MESSAGE_BYTES)
        .append(").\n");
    line(out, 1, "max-message-bytes", Integer.toString(kmip.decodeLimits().maxMessageBytes()));
    out.append("  # Deepest nesting of structures accepted (1..1000).\n");
    line(out, 1, "max-nesting-depth", Integer.toString(kmip.decodeLimits().maxDepth()));
    out.append("  # KMIP over mutual TLS; several listeners may serve different interfaces.\n");
    out.append("  listeners:\n");
    for (ListenerConfig listener : kmip.listeners()) {
      listener(out, listener);
    }

    ServerConfig.Admin admin = config.admin();
    out.append("\n# Admin HTTPS: API, web console and KMIP over HTTPS.\n");
    out.append("admin:\n");
    line(out, 1, "bind-address", scalar(admin.bindAddress()));
    line(out, 1, "port", Integer.toString(admin.port()));
    line(out, 1, "server-certificate", scalar(admin.serverCertificate()));
    return out.toString();
  }

  private static void listener(StringBuilder out, ListenerConfig listener) {
    String indent = "      ";
    out.append("    - name: ").append(scalar(listener.name())).append('\n');
    out.append(indent)
        .append("# 0.0.0.0: all IPv4 interfaces; ::: all interfaces; or one address.\n");
    out.append(indent).append("bind-address: ").append(scalar(listener.bindAddress())).append('\n');
    out.append(indent).append("port: ").append(listener.port()).append('\n');
    out.append(indent).append("# Server certificate (PKI name) the listener presents.\n");
    out.append(indent)
        .append("server-certificate: ")
        .append(scalar(listener.serverCertificate()))
        .append('\n');
    out.append(indent).append("# Trusted-CA profile client certificates must chain to.\n");
    out.append(indent)
        .append("trusted-ca-profile: ")
        .append(scalar(listener.trustedCaProfile()))
        .append('\n');
    out.append(indent)
        .append("# A connection with no complete request for this long is closed (")
        .append(ConfigReader.formatDuration(ServerConfig.MIN_IDLE_TIMEOUT))
        .append("..")
        .append(ConfigReader.formatDuration(ServerConfig.MAX_IDLE_TIMEOUT))
        .append(").\n");
    out.append(indent)
        .append("idle-timeout: ")
        .append(listener.idleTimeout().getSeconds())
        .append("s\n");
    out.append(indent)
        .append("# false: only Get, Locate, Get Attributes, Get Attribute List, Check, Query,\n")
        .append(indent)
        .append("# Discover Versions and the cryptographic operations are served.\n");
    out.append(indent)
        .append("allow-key-and-policy-configuration: ")
        .append(listener.allowKeyAndPolicyConfiguration())
        .append('\n');
    out.append(indent)
        .append("# false: key material never leaves through Get (crypto operations still work).\n");
    out.append(indent).append("allow-key-export: ").append(listener.allowKeyExport()).append('\n');
    out.append(indent).append("# not-used | tls-session-only | tls-session-and-username\n");
    out.append(indent)
        .append("client-certificate: ")
        .append(listener.clientCertificateMode().name().toLowerCase(Locale.ROOT).replace('_', '-'))
        .append('\n');
    out.append(indent)
        .append(
            "# Subject field holding the username (tls-session-and-username): UID, CN, SN, E, OU.\n");
    out.append(indent)
        .append("username-field: ")
        .append(listener.usernameField().name())
        .append('\n');
    out.append(indent)
        .append("# The client certificate must carry the client's source IP in subjectAltName.\n");
    out.append(indent)
        .append("require-source-ip-in-certificate: ")
        .append(listener.requireSourceIpInCertificate())
        .append('\n');
    out.append(indent).append("# The KMIP request must carry a valid username and password.\n");
    out.append(indent)
        .append("password-required: ")
        .append(listener.passwordRequired())
        .append('\n');
    out.append(indent).append("# TLS versions offered, from TLSv1.3 and TLSv1.2.\n");
    out.append(indent)
        .append("tls-protocols: ")
        .append(flowList(listener.tlsProtocols()))
        .append('\n');
  }

  private static void line(StringBuilder out, int level, String key, String value) {
    out.append("  ".repeat(level)).append(key).append(": ").append(value).append('\n');
  }

  private static String flowList(List<String> items) {
    StringBuilder out = new StringBuilder("[");
    for (int i = 0; i < items.size(); i++) {
      if (i > 0) {
        out.append(", ");
      }
      out.append(scalar(items.get(i)));
    }
    return out.append(']').toString();
  }

  /** Log directory inside the data directory is written relative, so the file moves with it. */
  private static String relative(Path base, Path path) {
    if (path.startsWith(base) && !path.equals(base)) {
      return base.relativize(path).toString();
    }
    return path.toString();
  }

  /** A YAML scalar that reads back as this exact text. */
  static String scalar(String text) {
    if (PLAIN.matcher(text).matches() && !NOT_TEXT.matcher(text).matches()) {
      return text;
    }
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"':
          out.append("\\\"");
          break;
        case '\\':
          out.append("\\\\");
          break;
        case '\n':
          out.append("\\n");
          break;
        case '\t':
          out.append("\\t");
          break;
        default:
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
      }
    }
    return out.append('"').toString();
  }
}
