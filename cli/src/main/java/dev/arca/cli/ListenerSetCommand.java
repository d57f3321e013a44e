package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.server.config.CertificateField;
import dev.arca.server.config.ClientCertificateMode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code arca listener set}: changes some settings of a KMIP listener ({@code PATCH
 * /api/v1/listeners/{name}}); the others keep their values. The node checks the change by the
 * configuration file's rules, applies it at once and keeps it; a change it cannot apply (the port
 * is taken) is undone there and reported here.
 */
@Command(
    name = "set",
    description = {
      "Change settings of a KMIP listener; those not given keep their values. The change"
          + " applies at once — flags for the next request, a new address or port by binding"
          + " again — and is kept across restarts.",
      "Booleans take true or false."
    },
    footer = {
      "",
      "Client-certificate modes: not-used, tls-session-only, tls-session-and-username.",
      "Username fields: UID, CN, SN, E, OU.",
      "",
      "Examples:",
      "  arca listener set default --allow-key-export false",
      "  arca listener set default --allow-key-and-policy-configuration false",
      "  arca listener set default --client-certificate tls-session-and-username \\",
      "      --username-field UID --require-source-ip true",
      "  arca listener set external --port 5697 --bind-address 0.0.0.0 --idle-timeout 600s"
    })
final class ListenerSetCommand extends AdminApiCommand {

  @Parameters(index = "0", paramLabel = "NAME", description = "The listener, e.g. default.")
  String name;

  @Option(
      names = "--bind-address",
      paramLabel = "IP",
      description = "Address to listen on: 0.0.0.0 (all IPv4), :: (all) or one address.")
  String bindAddress;

  @Option(
      names = "--port",
      paramLabel = "PORT",
      description = "TCP port, 1 to 65535 (0: any free port).")
  Integer port;

  @Option(
      names = "--server-certificate",
      paramLabel = "NAME",
      description = "The server certificate it presents (see 'arca cert list').")
  String serverCertificate;

  @Option(
      names = "--trusted-ca-profile",
      paramLabel = "NAME",
      description = "The trusted-CA profile client certificates must chain to.")
  String trustedCaProfile;

  @Option(
      names = "--client-certificate",
      paramLabel = "MODE",
      converter = ModeConverter.class,
      completionCandidates = ModeNames.class,
      description = "not-used, tls-session-only or tls-session-and-username.")
  ClientCertificateMode clientCertificateMode;

  @Option(
      names = "--username-field",
      paramLabel = "FIELD",
      converter = FieldConverter.class,
      completionCandidates = FieldNames.class,
      description = "Certificate subject field that holds the username: UID, CN, SN, E or OU.")
  CertificateField usernameField;

  @Option(
      names = "--require-source-ip",
      arity = "1",
      paramLabel = "true|false",
      description = "Whether the client certificate must contain the client's IP address.")
  Boolean requireSourceIp;

  @Option(
      names = "--password-required",
      arity = "1",
      paramLabel = "true|false",
      description = "Whether requests must carry a KMIP username and password.")
  Boolean passwordRequired;

  @Option(
      names = "--allow-key-export",
      arity = "1",
      paramLabel = "true|false",
      description = "Whether clients may get key material (KMIP Get) through this listener.")
  Boolean allowKeyExport;

  @Option(
      names = "--allow-key-and-policy-configuration",
      arity = "1",
      paramLabel = "true|false",
      description = "Whether clients may create, change and destroy keys and policies through it.")
  Boolean allowKeyAndPolicyConfiguration;

  @Option(
      names = "--idle-timeout",
      paramLabel = "DURATION",
      converter = Durations.Converter.class,
      description = "Close connections idle this long: 600, 600s, 10m, 1h (1 s to 24 h).")
  Duration idleTimeout;

  @Option(
      names = "--tls-protocols",
      paramLabel = "PROTOCOL",
      split = ",",
      description = "TLS versions to accept, e.g. TLSv1.3,TLSv1.2.")
  List<String> tlsProtocols;

  private ObjectNode change;

  @Override
  void prepare() {
    ObjectNode c = ApiViews.object();
    if (bindAddress != null) {
      c.put("bindAddress", bindAddress);
    }
    if (port != null) {
      c.put("port", port);
    }
    if (serverCertificate != null) {
      c.put("serverCertificate", serverCertificate);
    }
    if (trustedCaProfile != null) {
      c.put("trustedCaProfile", trustedCaProfile);
    }
    if (clientCertificateMode != null) {
      c.put("clientCertificateMode", spelling(clientCertificateMode));
    }
    if (usernameField != null) {
      c.put("usernameField", usernameField.name());
    }
    if (requireSourceIp != null) {
      c.put("requireSourceIpInCertificate", requireSourceIp);
    }
    if (passwordRequired != null) {
      c.put("passwordRequired", passwordRequired);
    }
    if (allowKeyExport != null) {
      c.put("allowKeyExport", allowKeyExport);
    }
    if (allowKeyAndPolicyConfiguration != null) {
      c.put("allowKeyAndPolicyConfiguration", allowKeyAndPolicyConfiguration);
    }
    if (idleTimeout != null) {
      if (idleTimeout.getSeconds() > Integer.MAX_VALUE) {
        throw usage("--idle-timeout " + idleTimeout.getSeconds() + " s is too long");
      }
      c.put("idleTimeoutSeconds", (int) idleTimeout.getSeconds());
    }
    if (tlsProtocols != null) {
      ArrayNode list = c.putArray("tlsProtocols");
      tlsProtocols.forEach(p -> list.add(p.strip()));
    }
    if (c.isEmpty()) {
      throw usage("nothing to change: give at least one setting, e.g. --allow-key-export false");
    }
    change = c;
  }

  /** The request body, once {@link #prepare} has run. */
  ObjectNode change() {
    return change;
  }

  @Override
  int run(AdminConnectionOptions.Connection c, Output out)
      throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
    JsonNode changed = c.api().patch(ListenerCommand.path(name), change);
    out.line("Changed listener " + name + ": " + describe(change) + "; in effect now.");
    ListenerCommand.print(out, changed);
    return 0;
  }

  /** {@code allow key export false, idle timeout 10 min}: a change as people read it. */
  static String describe(ObjectNode change) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, JsonNode> f : change.properties()) {
      String key = f.getKey();
      JsonNode v = f.getValue();
      if (key.equals("idleTimeoutSeconds")) {
        parts.add("idle timeout " + Durations.human(v.asLong()));
        continue;
      }
      String label = ListenerCommand.LABELS.getOrDefault(key, key);
      String value = v.isArray() ? String.join(",", texts(v)) : v.asText();
      boolean word = label.length() > 1 && Character.isLowerCase(label.charAt(1));
      parts.add(
          (word ? label.substring(0, 1).toLowerCase(Locale.ROOT) + label.substring(1) : label)
              + " "
              + value);
    }
    return String.join(", ", parts);
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(e -> out.add(e.asText()));
    return out;
  }

  /** How the API spells a mode: {@code tls-session-and-username}. */
  static String spelling(ClientCertificateMode mode) {
    return mode.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Parses a client-certificate mode: case, '-' and '_' do not matter. */
  static final class ModeConverter implements ITypeConverter<ClientCertificateMode> {
    @Override
    public ClientCertificateMode convert(String value) {
      String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (ClientCertificateMode m : ClientCertificateMode.values()) {
        if (m.name().equals(wanted)) {
          return m;
        }
      }
      throw new TypeConversionException(
          "'"
              + value
              + "' is not a mode; choose not-used, tls-session-only or"
              + " tls-session-and-username");
    }
  }

  /** Parses a certificate subject field. */
  static final class FieldConverter implements ITypeConverter<CertificateField> {
    @Override
    public CertificateField convert(String value) {
      String wanted = value.strip().toUpperCase(Locale.ROOT);
      for (CertificateField f : CertificateField.values()) {
        if (f.name().equals(wanted)) {
          return f;
        }
      }
      throw new TypeConversionException(
          "'" + value + "' is not a subject field; choose UID, CN, SN, E or OU");
    }
  }

  /** The modes' CLI names, for shell completion. */
  static final class ModeNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (ClientCertificateMode m : ClientCertificateMode.values()) {
        names.add(spelling(m));
      }
      return names.iterator();
    }
  }

  /** The fields' names, for shell completion. */
  static final class FieldNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (CertificateField f : CertificateField.values()) {
        names.add(f.name());
      }
      return names.iterator();
    }
  }
}
