package dev.arca.server.admin;

import dev.arca.core.store.ObjectStore;
import dev.arca.server.kmip.KmipListener;
import dev.arca.server.kmip.KmipService;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The node's metrics, in Prometheus text at {@code /metrics}:
 *
 * <ul>
 *   <li>{@code arca_kmip_operations_total{operation,result,transport}}: KMIP batch items by
 *       operation (KMIP encoding name, e.g. {@code Create}), result ({@code Success} or the result
 *       reason, e.g. {@code ItemNotFound}) and transport (the listener's name, {@code https} for
 *       KMIP over HTTPS);
 *   <li>{@code arca_kmip_request_duration_seconds{operation,transport}}: the time the dispatcher
 *       took per request message, as a histogram ({@code _bucket}, {@code _count}, {@code _sum});
 *       the operation of a batch of several is {@code Batch};
 *   <li>{@code arca_kmip_connections_open{listener}}: TCP connections open now on each KMIP
 *       listener;
 *   <li>{@code arca_keys_stored}: managed objects in the store;
 *   <li>{@code arca_admin_requests_total{method,route,status}}: admin port requests by route
 *       template (e.g. {@code /api/v1/users/{name}}) and HTTP status;
 *   <li>{@code arca_admin_sessions_open}: administrator sessions open now.
 * </ul>
 *
 * KMIP requests are counted in one place, {@link #observe}, which wraps the dispatcher for every
 * transport, so handlers never count anything.
 */
public final class NodeMetrics {

  private final PrometheusMeterRegistry registry =
      new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
  private final MultiGauge openConnections;
  private volatile Supplier<List<KmipListener>> listeners = List::of;

  public NodeMetrics() {
    openConnections =
        MultiGauge.builder("arca.kmip.connections.open")
            .description("TCP connections open now on each KMIP listener")
            .register(registry);
  }

  /** The KMIP service that records every request it passes to {@code service}. */
  public KmipService observe(KmipService service) {
    return new MeteredKmipService(service, this);
  }

  /** Reports the open connections of these listeners and the objects of this store. */
  public void watch(Supplier<List<KmipListener>> running, ObjectStore store) {
    this.listeners = Objects.requireNonNull(running, "running");
    Gauge.builder("arca.keys.stored", store, s -> (double) s.count())
        .description("Managed objects in the store")
        .register(registry);
  }

  /** Reports the open administrator sessions. */
  void watchSessions(Sessions sessions) {
    Gauge.builder("arca.admin.sessions.open", sessions, s -> (double) s.count())
        .description("Administrator sessions open now")
        .register(registry);
  }

  void kmipItem(String operation, String result, String transport) {
    Counter.builder("arca.kmip.operations")
        .description("KMIP batch items by operation and result")
        .tags("operation", operation, "result", result, "transport", transport)
        .register(registry)
        .increment();
  }

  void kmipRequest(String operation, String transport, Duration took) {
    Timer.builder("arca.kmip.request.duration")
        .description("Time to answer a KMIP request message")
        .tags("operation", operation, "transport", transport)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(30))
        .register(registry)
        .record(took);
  }

  void adminRequest(String method, String route, int status) {
    Counter.builder("arca.admin.requests")
        .description("Admin port requests by route and status")
        .tags("method", method, "route", route, "status", Integer.toString(status))
        .register(registry)
        .increment();
  }

  /** The Prometheus text exposition (format 0.0.4). */
  public String scrape() {
    List<MultiGauge.Row<?>> rows = new ArrayList<>();
    for (KmipListener l : listeners.get()) {
      rows.add(MultiGauge.Row.of(Tags.of("listener", l.name()), l.stats().openConnections()));
    }
    openConnections.register(rows, true);
    return registry.scrape();
  }
}
