package dev.arca.server.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.server.kmip.KmipListener;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The node's health, status, metrics and the API's own description: {@code /health}, {@code
 * /api/v1/status}, {@code /metrics}, {@code /api/v1/openapi.json}.
 */
final class StatusResources {

  private final AdminServer server;

  StatusResources(AdminServer server) {
    this.server = server;
  }

  void register(RouteTable t) {
    t.get("/health", "health.show")
        .access(Route.Access.PUBLIC)
        .summary(
            "Liveness and readiness: 200 when the node serves, 503 when a part is down; no"
                + " authentication")
        .response("Health")
        .errors(ErrorCode.UNAVAILABLE)
        .handle(this::health);
    t.get("/api/v1/status", "status.show")
        .summary("The node: name, version, FIPS mode, uptime, listeners, keys stored")
        .response("Status")
        .handle(this::status);
    t.get("/api/v1/openapi.json", "openapi.show")
        .summary("This API's OpenAPI 3.1 document")
        .response("OpenApiDocument")
        .handle(this::openapi);
    t.get("/metrics", "metrics.show")
        .access(Route.Access.METRICS)
        .summary(
            "Prometheus metrics (text format 0.0.4); needs the services area unless metrics are"
                + " open")
        .handle(this::metrics);
  }

  private void health(Call call) {
    ObjectNode checks = Json.object();
    boolean ready = true;
    CryptoModule module = CryptoModule.instance();
    checks.put("crypto", module.isOperational() ? "UP" : "DOWN");
    ready &= module.isOperational();
    try {
      server.backend().objects().count();
      checks.put("store", "UP");
    } catch (RuntimeException e) {
      checks.put("store", "DOWN");
      ready = false;
    }
    int configured = server.backend().listenerSettings().list().size();
    int running = server.backend().listeners().running().size();
    checks.put("kmipListeners", running + "/" + configured);
    ready &= running == configured && running > 0;
    ObjectNode out = Json.object();
    out.put("status", ready ? "UP" : "DOWN");
    out.put("live", true);
    out.put("ready", ready);
    out.set("checks", checks);
    // The failed self-test, as the FIPS status server shows it to anyone.
    module.errorState().ifPresent(e -> out.put("cryptoErrorState", e));
    if (!ready) {
      call.failed(ErrorCode.UNAVAILABLE, "not ready: " + checks);
    }
    call.json(ready ? 200 : 503, out);
  }

  private void status(Call call) {
    AdminServer.Backend b = server.backend();
    Instant now = b.clock().instant();
    ObjectNode out = Json.object();
    out.put("vendor", b.server().vendor());
    out.put("version", b.server().version());
    out.put("node", b.server().node());
    out.put("fipsMode", b.fips().active());
    out.put("fipsRestartPending", b.fips().restartPending());
    CryptoModule module = CryptoModule.instance();
    out.put("cryptoModule", module.moduleName() + " " + module.moduleVersion());
    out.put("approvedOnly", module.isApprovedOnly());
    out.put("startedAt", server.started().toString());
    out.put("uptimeSeconds", Duration.between(server.started(), now).getSeconds());
    out.put("keysStored", b.objects().count());
    ArrayNode listeners = out.putArray("kmipListeners");
    List<KmipListener> running = b.listeners().running();
    for (KmipListener l : running) {
      ObjectNode item = listeners.addObject();
      item.put("name", l.name());
      item.put("address", l.config().bindAddress());
      item.put("port", l.port());
      item.put("openConnections", l.stats().openConnections());
    }
    ObjectNode admin = out.putObject("admin");
    admin.put("port", server.port());
    admin.put("sessionsOpen", server.sessions().count());
    admin.put(
        "clientCertificateAuthentication", server.settings().clientCertificateAuthentication());
    call.ok(out);
  }

  private void openapi(Call call) {
    call.ok(OpenApi.document(server.routes(), server.backend().server().version()));
  }

  private void metrics(Call call) {
    call.text(200, "text/plain; version=0.0.4; charset=utf-8", server.backend().metrics().scrape());
  }
}
