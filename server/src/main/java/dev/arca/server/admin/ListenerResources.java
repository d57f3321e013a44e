package dev.arca.server.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.admin.AdminPermission;
import dev.arca.server.config.CertificateField;
import dev.arca.server.config.ClientCertificateMode;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.kmip.KmipListener;
import dev.arca.server.kmip.ListenerStats;
import dev.arca.server.pki.PkiException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * KMIP listeners and their settings: {@code /api/v1/listeners}. Needs the network area.
 *
 * <p>A change is checked (the same rules as the configuration file's), applied to the running
 * listener at once — flags for the next request on open connections, a new address or port by
 * binding again, a new certificate or trust for new connections — and then stored (see {@link
 * ListenerSettingsStore}), so that it survives a restart. A change that cannot be applied (the port
 * is taken) is undone and nothing is stored.
 */
final class ListenerResources {

  /** The smallest and largest idle timeout, as in the configuration file. */
  static final Duration MIN_IDLE = Duration.ofSeconds(1);

  static final Duration MAX_IDLE = Duration.ofHours(24);

  /** A partial change: every field is optional, absent ones keep their value. */
  record Change(
      String bindAddress,
      Integer port,
      String serverCertificate,
      String trustedCaProfile,
      String clientCertificateMode,
      String usernameField,
      Boolean requireSourceIpInCertificate,
      Boolean passwordRequired,
      Boolean allowKeyAndPolicyConfiguration,
      Boolean allowKeyExport,
      Integer idleTimeoutSeconds,
      List<String> tlsProtocols) {}

  private final AdminServer server;
  private final Object changes = new Object();

  ListenerResources(AdminServer server) {
    this.server = server;
  }

  void register(RouteTable t) {
    t.get("/api/v1/listeners", "listener.list")
        .area(AdminPermission.NETWORK)
        .summary("Every KMIP listener with its settings and connection counts")
        .response("ListenerList")
        .handle(this::list);
    t.get("/api/v1/listeners/{name}", "listener.show")
        .area(AdminPermission.NETWORK)
        .summary("One KMIP listener")
        .response("Listener")
        .handle(this::show);
    t.patch("/api/v1/listeners/{name}", "listener.change")
        .area(AdminPermission.NETWORK)
        .summary("Change a listener's settings; applied at once and kept across restarts")
        .request("ListenerChange")
        .response("Listener")
        .errors(ErrorCode.LISTENER_NOT_APPLIED, ErrorCode.CONFLICT, ErrorCode.UNAVAILABLE)
        .handle(this::change);
  }

  private void list(Call call) {
    ArrayNode items = Json.array();
    for (ListenerSettingsStore.Stored s : server.backend().listenerSettings().list()) {
      items.add(view(s.config(), running(s.config().name())));
    }
    ObjectNode out = Json.object();
    out.set("items", items);
    call.ok(out);
  }

  private void show(Call call) throws ApiException {
    String name = call.pathParameter("name");
    call.touched(name);
    ListenerSettingsStore.Stored stored = stored(name);
    call.ok(view(stored.config(), running(name)));
  }

  private void change(Call call) throws ApiException {
    String name = call.pathParameter("name");
    call.touched(name);
    Change change = call.json(Change.class, server.settings().maxJsonBytes());
    synchronized (changes) {
      ListenerSettingsStore.Stored stored = stored(name);
      ListenerConfig next = apply(stored.config(), change);
      checkTls(next);
      List<ListenerConfig> before = new ArrayList<>();
      List<ListenerConfig> after = new ArrayList<>();
      for (ListenerSettingsStore.Stored s : server.backend().listenerSettings().list()) {
        before.add(s.config());
        after.add(s.config().name().equals(name) ? next : s.config());
      }
      try {
        server.backend().listeners().apply(after);
      } catch (IllegalStateException | IllegalArgumentException e) {
        undo(before);
        throw new ApiException(
            ErrorCode.LISTENER_NOT_APPLIED,
            "the new settings of listener " + name + " could not be applied: " + e.getMessage());
      }
      boolean written;
      try {
        written = server.backend().listenerSettings().replace(stored, next);
      } catch (IllegalStateException e) {
        undo(before);
        throw new ApiException(ErrorCode.UNAVAILABLE, e.getMessage(), e);
      }
      if (!written) {
        undo(before);
        throw new ApiException(
            ErrorCode.CONFLICT,
            "listener " + name + " was changed concurrently; nothing was changed, try again");
      }
      server.tlsChanged();
      call.ok(view(next, running(name)));
    }
  }

  private void undo(List<ListenerConfig> before) {
    try {
      server.backend().listeners().apply(before);
    } catch (RuntimeException e) {
      // The failure already reported says what is wrong; the log has this one.
    }
  }

  private ListenerSettingsStore.Stored stored(String name) throws ApiException {
    return server
        .backend()
        .listenerSettings()
        .get(name)
        .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "no KMIP listener " + name));
  }

  private Optional<KmipListener> running(String name) {
    for (KmipListener l : server.backend().listeners().running()) {
      if (l.name().equals(name)) {
        return Optional.of(l);
      }
    }
    return Optional.empty();
  }

  /** The settings with the change applied, checked by the listener's own rules. */
  static ListenerConfig apply(ListenerConfig c, Change change) throws ApiException {
    String bind = c.bindAddress();
    if (change.bindAddress() != null) {
      bind = bindAddress(change.bindAddress());
    }
    int port = c.port();
    if (change.port() != null) {
      if (change.port() < 0 || change.port() > 65535) {
        throw invalid("port", "must be from 0 (any free port) to 65535");
      }
      port = change.port();
    }
    Duration idle = c.idleTimeout();
    if (change.idleTimeoutSeconds() != null) {
      idle = Duration.ofSeconds(change.idleTimeoutSeconds());
      if (idle.compareTo(MIN_IDLE) < 0 || idle.compareTo(MAX_IDLE) > 0) {
        throw invalid("idleTimeoutSeconds", "must be from 1 to 86400");
      }
    }
    ClientCertificateMode mode = c.clientCertificateMode();
    if (change.clientCertificateMode() != null) {
      mode =
          choice(
              ClientCertificateMode.class, change.clientCertificateMode(), "clientCertificateMode");
    }
    CertificateField field = c.usernameField();
    if (change.usernameField() != null) {
      field = choice(CertificateField.class, change.usernameField(), "usernameField");
    }
    List<String> protocols = c.tlsProtocols();
    if (change.tlsProtocols() != null) {
      for (String p : change.tlsProtocols()) {
        if (p == null || !ListenerConfig.supportedTlsProtocols().contains(p)) {
          throw invalid(
              "tlsProtocols", "holds values from " + ListenerConfig.supportedTlsProtocols());
        }
      }
      protocols = change.tlsProtocols();
    }
    try {
      return new ListenerConfig(
          c.name(),
          bind,
          port,
          orElse(change.serverCertificate(), c.serverCertificate()),
          orElse(change.trustedCaProfile(), c.trustedCaProfile()),
          idle,
          orElse(change.allowKeyAndPolicyConfiguration(), c.allowKeyAndPolicyConfiguration()),
          orElse(change.allowKeyExport(), c.allowKeyExport()),
          mode,
          field,
          orElse(change.requireSourceIpInCertificate(), c.requireSourceIpInCertificate()),
          orElse(change.passwordRequired(), c.passwordRequired()),
          protocols);
    } catch (IllegalArgumentException e) {
      throw new ApiException(ErrorCode.INVALID_FIELD, e.getMessage());
    }
  }

  /** The certificate and profile must exist before the listener is touched. */
  private void checkTls(ListenerConfig next) throws ApiException {
    try {
      server.backend().pki().forServer(next.serverCertificate(), next.trustedCaProfile());
    } catch (PkiException e) {
      throw new ApiException(ErrorCode.INVALID_FIELD, e.getMessage());
    }
  }

  private static <T> T orElse(T value, T current) {
    return value == null ? current : value;
  }

  private static ApiException invalid(String field, String rule) {
    return new ApiException(ErrorCode.INVALID_FIELD, "field '" + field + "' " + rule);
  }

  private static String bindAddress(String text) throws ApiException {
    String t = text.strip();
    boolean literal =
        t.matches("\\d{1,3}(\\.\\d{1,3}){3}")
            || (t.indexOf(':') >= 0 && t.matches("[0-9A-Fa-f:.]+"));
    if (literal) {
      try {
        InetAddress.getByName(t);
        if (t.indexOf(':') < 0) {
          for (String part : t.split("\\.")) {
            if (Integer.parseInt(part) > 255) {
              literal = false;
            }
          }
        }
      } catch (UnknownHostException e) {
        literal = false;
      }
    }
    if (!literal) {
      throw invalid(
          "bindAddress",
          "must be an IP address such as 0.0.0.0 (all IPv4 interfaces), :: (all interfaces) or"
              + " 192.0.2.10");
    }
    return t;
  }

  private static <E extends Enum<E>> E choice(Class<E> type, String text, String field)
      throws ApiException {
    String wanted = text.strip().replace('-', '_').toUpperCase(Locale.ROOT);
    for (E e : type.getEnumConstants()) {
      if (e.name().equals(wanted)) {
        return e;
      }
    }
    List<String> allowed = new ArrayList<>();
    for (E e : type.getEnumConstants()) {
      allowed.add(spelling(e));
    }
    throw invalid(field, "is one of " + String.join(", ", allowed));
  }

  /** How the API writes an enumeration value: the configuration file's spelling. */
  static String spelling(Enum<?> e) {
    return e instanceof CertificateField
        ? e.name()
        : e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  static ObjectNode view(ListenerConfig c, Optional<KmipListener> running) {
    ObjectNode out = Json.object();
    out.put("name", c.name());
    out.put("running", running.isPresent());
    out.put("bindAddress", c.bindAddress());
    out.put("port", c.port());
    running.ifPresent(l -> out.put("boundPort", l.port()));
    out.put("serverCertificate", c.serverCertificate());
    out.put("trustedCaProfile", c.trustedCaProfile());
    out.put("clientCertificateMode", spelling(c.clientCertificateMode()));
    out.put("usernameField", spelling(c.usernameField()));
    out.put("requireSourceIpInCertificate", c.requireSourceIpInCertificate());
    out.put("passwordRequired", c.passwordRequired());
    out.put("allowKeyAndPolicyConfiguration", c.allowKeyAndPolicyConfiguration());
    out.put("allowKeyExport", c.allowKeyExport());
    out.put("idleTimeoutSeconds", c.idleTimeout().getSeconds());
    ArrayNode protocols = out.putArray("tlsProtocols");
    c.tlsProtocols().forEach(protocols::add);
    if (running.isPresent()) {
      ListenerStats s = running.get().stats();
      ObjectNode stats = out.putObject("connections");
      stats.put("open", s.openConnections());
      stats.put("accepted", s.acceptedConnections());
      stats.put("handshakesFailed", s.handshakesFailed());
      stats.put("requests", s.requests());
    }
    return out;
  }
}
