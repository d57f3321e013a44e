package dev.arca.server.admin;

import dev.arca.core.access.KeySharing;
import dev.arca.core.access.UserDirectory;
import dev.arca.core.access.UserDirectoryException;
import dev.arca.core.admin.AdminDirectory;
import dev.arca.core.admin.AdminDirectoryException;
import dev.arca.core.admin.AdminPermission;
import dev.arca.core.admin.Approvals;
import dev.arca.core.admin.KeyOwnership;
import dev.arca.core.audit.AuditEvent;
import dev.arca.core.audit.AuditSink;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.key.KeyService;
import dev.arca.core.store.ObjectStore;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.ttlv.DecodeLimits;
import dev.arca.server.MasterKeyRotation;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.config.ServerConfig;
import dev.arca.server.dispatch.ServerInfo;
import dev.arca.server.fips.FipsMode;
import dev.arca.server.kmip.KmipListener;
import dev.arca.server.kmip.KmipService;
import dev.arca.server.pki.Pki;
import dev.arca.server.pki.PkiException;
import dev.arca.server.tls.TlsContexts;
import dev.arca.server.tls.TlsMaterial;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.ParsedEndpoint;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import javax.net.ssl.SSLContext;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The admin HTTPS port (9443 by default): the JSON API under {@code /api/v1}, its OpenAPI document,
 * KMIP over HTTPS at {@code /kmip} and {@code /kmip/{version}}, {@code /health} and {@code
 * /metrics}.
 *
 * <h2>Transport</h2>
 *
 * Javalin on Jetty 12, with one connector of our own: Jetty's {@link SslContextFactory.Server} fed
 * the BCJSSE context of {@link TlsContexts#server}, which already allows only TLS 1.3 and 1.2 and
 * the forward-secret AEAD suites of the policy. The server presents the configured certificate
 * ({@code web} by default). It <em>asks</em> for a client certificate without requiring one, and
 * trusts the CAs of two trusted-CA profiles together: the administrators' ({@link
 * AdminApiSettings#clientCertificateProfile()}) and that of the listener whose rules KMIP over
 * HTTPS follows; each use then checks that the chain leads to its own profile's CAs. No cookie is
 * ever set: an administrator's session travels as a bearer token.
 *
 * <h2>Every request</h2>
 *
 * Gets the security headers ({@link SecurityHeaders}); is authenticated and authorized by its
 * route's access and permission area ({@link Route}); and is written to the audit trail — channel
 * {@code https}, the administrator, the action (e.g. {@code user.create}), the names and
 * identifiers touched and the outcome ({@code Success} or the error code) — and counted in the
 * metrics. KMIP over HTTPS is audited by the dispatcher, batch item by batch item, as {@code
 * kmip:https}. Errors are JSON ({@link ErrorCode}); an unexpected failure answers {@code
 * internal_error} with a correlation id that the server log also carries.
 */
public final class AdminServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(AdminServer.class);

  /**
   * What the admin API works with: the node's parts.
   *
   * @param server the vendor, version and node name {@code /api/v1/status} reports
   * @param keys the key service, which the API calls as an administrative caller
   * @param objects the object store, for counts
   * @param ownership reassigns keys to other client users
   * @param sharing key sharing groups and their grants on keys
   * @param users the client users
   * @param admins the administrators
   * @param approvals pending changes, their approvals and time-limited grants
   * @param pki certificates, CAs and client bundles
   * @param listeners the running KMIP listeners
   * @param listenerSettings the stored KMIP listener settings
   * @param kmip the (metered) dispatcher KMIP over HTTPS goes to
   * @param kmipLimits the largest KMIP message and deepest nesting accepted
   * @param metrics the node's metrics
   * @param audit where audit events go
   * @param crypto random tokens and hashes
   * @param clock session and audit times
   * @param fips the node's FIPS mode: running, requested for the next start, preconditions
   * @param masterKey rotation of the node's master key
   */
  public record Backend(
      ServerInfo server,
      KeyService keys,
      ObjectStore objects,
      KeyOwnership ownership,
      KeySharing sharing,
      UserDirectory users,
      AdminDirectory admins,
      Approvals approvals,
      Pki pki,
      ListenerControl listeners,
      ListenerSettingsStore listenerSettings,
      KmipService kmip,
      DecodeLimits kmipLimits,
      NodeMetrics metrics,
      AuditSink audit,
      CryptoService crypto,
      Clock clock,
      FipsMode fips,
      MasterKeyRotation masterKey) {
    public Backend {
      Objects.requireNonNull(server, "server");
      Objects.requireNonNull(keys, "keys");
      Objects.requireNonNull(objects, "objects");
      Objects.requireNonNull(ownership, "ownership");
      Objects.requireNonNull(sharing, "sharing");
      Objects.requireNonNull(users, "users");
      Objects.requireNonNull(admins, "admins");
      Objects.requireNonNull(approvals, "approvals");
      Objects.requireNonNull(pki, "pki");
      Objects.requireNonNull(listeners, "listeners");
      Objects.requireNonNull(listenerSettings, "listenerSettings");
      Objects.requireNonNull(kmip, "kmip");
      Objects.requireNonNull(kmipLimits, "kmipLimits");
      Objects.requireNonNull(metrics, "metrics");
      Objects.requireNonNull(audit, "audit");
      Objects.requireNonNull(crypto, "crypto");
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(fips, "fips");
      Objects.requireNonNull(masterKey, "masterKey");
    }

    /** Whether the node runs in FIPS mode now; global keys are off then. */
    public boolean fipsMode() {
      return fips.active();
    }
  }

  private final ServerConfig.Admin address;
  private final AdminApiSettings settings;
  private final Backend backend;
  private final Sessions sessions;
  private final AdminAuthentication authentication;
  private final RouteTable table = new RouteTable();
  private final ApprovalResources approvals = new ApprovalResources(this);
  private final SslContextFactory.Server ssl = new SslContextFactory.Server();
  private final SecureRandom random = new SecureRandom();
  private final Instant started;
  private Javalin app;

  private AdminServer(ServerConfig.Admin address, AdminApiSettings settings, Backend backend) {
    this.address = address;
    this.settings = settings;
    this.backend = backend;
    this.started = backend.clock().instant();
    this.sessions = new Sessions(backend.crypto(), backend.clock(), settings);
    this.authentication =
        new AdminAuthentication(
            backend.admins(), sessions, backend.crypto(), settings, this::administratorCas);
    backend.metrics().watchSessions(sessions);
  }

  /**
   * Starts the admin port.
   *
   * @throws IllegalStateException if the TLS material cannot be loaded or the port not bound
   */
  public static AdminServer start(
      ServerConfig.Admin address, AdminApiSettings settings, Backend backend) {
    AdminServer server = new AdminServer(address, settings, backend);
    server.register();
    server.run();
    return server;
  }

  private void register() {
    new AuthResources(this).register(table);
    new StatusResources(this).register(table);
    new KeyResources(this).register(table);
    new UserResources(this).register(table);
    new GroupResources(this).register(table);
    new PasswordPolicyResources(this).register(table);
    approvals.register(table);
    new AdministratorResources(this).register(table);
    new ListenerResources(this).register(table);
    new PkiResources(this).register(table);
    new MasterKeyResources(this).register(table);
    new FipsResources(this).register(table);
    new KmipOverHttps(this).register(table);
  }

  private void run() {
    ssl.setSslContext(sslContext());
    ssl.setWantClientAuth(true);
    ssl.setNeedClientAuth(false);
    int maxBody = Math.max(settings.maxJsonBytes(), backend.kmipLimits().maxMessageBytes());
    try {
      app =
          Javalin.create(
              config -> {
                config.startup.showJavalinBanner = false;
                config.startup.showOldJavalinVersionWarning = false;
                config.startup.startupWatcherEnabled = false;
                config.http.prefer405over404 = true;
                config.http.compressionStrategy = CompressionStrategy.NONE;
                config.http.maxRequestSize = maxBody;
                config.http.defaultContentType = "application/json";
                config.jetty.modifyServer(
                    server -> {
                      server.insertHandler(new SecurityHeaders());
                      server.setErrorHandler(new JsonErrorHandler());
                    });
                config.jetty.addConnector(this::connector);
                config.routes.before(this::begin);
                for (Route route : table.routes()) {
                  config.routes.addHttpHandler(
                      HandlerType.findOrCreate(route.method()),
                      route.path(),
                      ctx -> serve(route, ctx));
                }
                config.routes.exception(HttpResponseException.class, this::webServerError);
                config.routes.exception(Exception.class, this::unexpected);
                config.routes.after(this::finish);
              });
      app.start();
    } catch (RuntimeException e) {
      if (app != null) {
        try {
          app.stop();
        } catch (RuntimeException ignored) {
          // The start failure is what matters.
        }
      }
      throw new IllegalStateException(
          "admin port "
              + address.bindAddress()
              + ":"
              + address.port()
              + " could not be started: "
              + e.getMessage(),
          e);
    }
    LOG.info(
        "Admin API on https://{}:{}/api/v1 (client certificate authentication {})",
        address.bindAddress(),
        port(),
        settings.clientCertificateAuthentication() ? "on" : "off");
  }

  private ServerConnector connector(Server server, HttpConfiguration base) {
    HttpConfiguration https = new HttpConfiguration(base);
    https.setSendServerVersion(false);
    https.setSendXPoweredBy(false);
    // SNI is not required nor checked against the host: clients reach the node by IP address as
    // often as by name, and the certificate carries both.
    https.addCustomizer(new SecureRequestCustomizer(false));
    ServerConnector connector =
        new ServerConnector(
            server, new SslConnectionFactory(ssl, "http/1.1"), new HttpConnectionFactory(https));
    connector.setHost(address.bindAddress());
    connector.setPort(address.port());
    connector.setIdleTimeout(30_000);
    return connector;
  }

  /**
   * The admin port's TLS context: its certificate, trusting the administrators' profile and the
   * KMIP-over-HTTPS listener's profile.
   */
  private SSLContext sslContext() {
    try {
      TlsMaterial own =
          backend.pki().forServer(address.serverCertificate(), settings.clientCertificateProfile());
      Set<X509Certificate> trusted = new LinkedHashSet<>(own.trustedCas());
      trusted.addAll(kmipListenerCas());
      return TlsContexts.server(
          new TlsMaterial(own.privateKey(), own.chain(), new ArrayList<>(trusted)));
    } catch (PkiException e) {
      throw new IllegalStateException("admin port: " + e.getMessage(), e);
    }
  }

  /** Rebuilds the TLS context for new connections, after a change of certificates or trust. */
  public void tlsChanged() {
    try {
      SSLContext next = sslContext();
      ssl.reload(factory -> factory.setSslContext(next));
    } catch (Exception e) {
      LOG.error("Admin port: the new TLS settings could not be loaded: {}", e.getMessage());
    }
  }

  /** The port bound. */
  public int port() {
    return app.port();
  }

  /** The routes the web server serves, as {@code METHOD path}, for tests and diagnostics. */
  public List<String> servedRoutes() {
    List<String> out = new ArrayList<>();
    for (ParsedEndpoint e : app.unsafe.internalRouter.allHttpHandlers()) {
      if (e.endpoint.method.isHttpMethod()) {
        out.add(e.endpoint.method.name() + " " + e.endpoint.path);
      }
    }
    return out;
  }

  @Override
  public void close() {
    if (app != null) {
      app.stop();
    }
  }

  // ---- for the resources ---------------------------------------------------------------------

  Backend backend() {
    return backend;
  }

  AdminApiSettings settings() {
    return settings;
  }

  Sessions sessions() {
    return sessions;
  }

  AdminAuthentication authentication() {
    return authentication;
  }

  List<Route> routes() {
    return table.routes();
  }

  Instant started() {
    return started;
  }

  ServerConfig.Admin address() {
    return address;
  }

  /** The CA certificates of the administrators' trusted-CA profile. */
  List<X509Certificate> administratorCas() {
    return profileCas(settings.clientCertificateProfile());
  }

  /** The CA certificates of the KMIP-over-HTTPS listener's trusted-CA profile. */
  List<X509Certificate> kmipListenerCas() {
    return kmipListener().map(l -> profileCas(l.trustedCaProfile())).orElse(List.of());
  }

  /**
   * The settings KMIP over HTTPS follows: those of the listener named {@code default} when it runs,
   * else of the first running listener.
   */
  Optional<ListenerConfig> kmipListener() {
    List<KmipListener> running = backend.listeners().running();
    for (KmipListener l : running) {
      if (l.name().equals("default")) {
        return Optional.of(l.config());
      }
    }
    return running.isEmpty() ? Optional.empty() : Optional.of(running.get(0).config());
  }

  private List<X509Certificate> profileCas(String profile) {
    try {
      return backend.pki().forServer(address.serverCertificate(), profile).trustedCas();
    } catch (PkiException e) {
      LOG.warn("Admin port: trusted-CA profile {}: {}", profile, e.getMessage());
      return List.of();
    }
  }

  // ---- the request pipeline ------------------------------------------------------------------

  /**
   * Before every request: its call. HEAD is refused: the web server would answer it for every GET
   * route without running the route, and so without authentication.
   */
  private void begin(Context ctx) {
    ctx.attribute(Call.ATTRIBUTE, new Call(ctx, cid()));
    if (ctx.method().equals(HandlerType.HEAD)) {
      throw new MethodNotAllowedResponse();
    }
  }

  private void serve(Route route, Context ctx) {
    Call call = Call.of(ctx);
    call.route(route);
    try {
      switch (route.access()) {
        case ADMINISTRATOR:
          authentication.require(call, route.area());
          // With multiple credentials on, a change waits for approvals instead of running now.
          if (approvals.hold(call, route)) {
            return;
          }
          break;
        case METRICS:
          if (!settings.metricsOpen()) {
            authentication.require(call, Optional.of(AdminPermission.SERVICES));
          }
          break;
        default:
          break;
      }
      route.handler().handle(call);
    } catch (ApiException e) {
      call.fail(e.code(), e.getMessage());
    } catch (KmipException e) {
      call.fail(ErrorCode.of(e.reason()), e.getMessage());
    } catch (UserDirectoryException e) {
      call.fail(ErrorCode.of(e.reason()), e.getMessage());
    } catch (AdminDirectoryException e) {
      call.fail(ErrorCode.of(e.reason()), e.getMessage());
    } catch (VirtualMachineError e) {
      throw e;
    } catch (Exception | Error e) {
      // Error too: BC-FIPS refuses in approved-only mode with FipsUnapprovedOperationError.
      LOG.error(
          "[{}] {} {} failed unexpectedly", call.correlationId, route.method(), route.path(), e);
      call.fail(
          ErrorCode.INTERNAL_ERROR,
          "internal error " + call.correlationId + " (see the server log)");
    }
  }

  /** 404 for an unknown route, 405 for a wrong method, 413 for a body over Javalin's limit. */
  private void webServerError(HttpResponseException e, Context ctx) {
    Call call = callOf(ctx);
    ErrorCode code = ErrorCode.ofStatus(e.getStatus());
    String message;
    switch (code) {
      case NOT_FOUND:
        message = "no such resource: " + Call.shorten(ctx.path());
        break;
      case METHOD_NOT_ALLOWED:
        message =
            "method " + ctx.method().name() + " is not allowed on " + Call.shorten(ctx.path());
        break;
      default:
        message = e.getMessage() == null ? "HTTP " + e.getStatus() : e.getMessage();
        break;
    }
    call.fail(code, message);
  }

  private void unexpected(Exception e, Context ctx) {
    Call call = callOf(ctx);
    LOG.error("[{}] {} {} failed unexpectedly", call.correlationId, ctx.method(), ctx.path(), e);
    call.fail(
        ErrorCode.INTERNAL_ERROR, "internal error " + call.correlationId + " (see the server log)");
  }

  private Call callOf(Context ctx) {
    Call call = ctx.attribute(Call.ATTRIBUTE);
    if (call == null) {
      call = new Call(ctx, cid());
      ctx.attribute(Call.ATTRIBUTE, call);
    }
    return call;
  }

  /** After every request: the audit event and the metrics. */
  private void finish(Context ctx) {
    Call call = callOf(ctx);
    int status = ctx.statusCode();
    String route = call.route().map(Route::path).orElse("unmatched");
    backend.metrics().adminRequest(ctx.method().name(), route, status);
    if (call.isAuditedElsewhere()) {
      return;
    }
    String outcome =
        call.error().map(ErrorCode::code).orElse(status < 400 ? "Success" : "http_" + status);
    Optional<String> detail = call.errorMessage();
    if (call.route().isEmpty() && detail.isPresent()) {
      detail =
          Optional.of(ctx.method().name() + " " + Call.shorten(ctx.path()) + ": " + detail.get());
    }
    try {
      backend
          .audit()
          .record(
              new AuditEvent(
                  backend.clock().instant(),
                  "https",
                  call.source(),
                  call.actor(),
                  call.route().map(Route::action).orElse("unmatched"),
                  call.objects(),
                  outcome,
                  outcome.equals("Success") ? Optional.empty() : detail,
                  call.correlationId));
    } catch (RuntimeException e) {
      LOG.error("[{}] the audit event could not be written", call.correlationId, e);
    }
  }

  private String cid() {
    byte[] b = new byte[6];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
