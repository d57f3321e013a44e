package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arca.kmip.codec.Encoding;
import dev.arca.server.testing.KmipTestClient;
import dev.arca.server.testing.NodeFixture;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** {@code /health}, {@code /api/v1/status} and {@code /metrics}. */
class MetricsAndStatusIT {

  @Test
  void healthIsPublicAndStatusNeedsALogin() {
    try (NodeFixture node = NodeFixture.start()) {
      AdminClient.Response health = AdminClient.of(node).get("/health");
      assertThat(health.status()).isEqualTo(200);
      assertThat(health.json().get("status").asText()).isEqualTo("UP");
      assertThat(health.json().get("ready").asBoolean()).isTrue();
      assertThat(health.json().at("/checks/kmipListeners").asText()).isEqualTo("1/1");

      assertThat(AdminClient.of(node).get("/api/v1/status").status()).isEqualTo(401);
      JsonNode status = AdminClient.of(node).asAdmin().get("/api/v1/status").json();
      assertThat(status.get("node").asText()).isEqualTo("test-node");
      assertThat(status.get("vendor").asText()).isEqualTo("Arca");
      assertThat(status.get("version").asText()).isNotEmpty();
      assertThat(status.get("fipsMode").asBoolean()).isFalse();
      assertThat(status.get("kmipListeners").get(0).get("port").asInt()).isEqualTo(node.port());
      assertThat(status.at("/admin/port").asInt()).isEqualTo(node.adminPort());
      assertThat(status.get("keysStored").asLong()).isZero();
    }
  }

  @Test
  void metricsCountKmipRequestsConnectionsKeysAndAdminRequests() throws Exception {
    try (NodeFixture node = NodeFixture.start()) {
      assertThat(AdminClient.of(node).get("/metrics").status()).isEqualTo(401);
      try (KmipTestClient kmip = node.connect()) {
        kmip.call(KmipRequests.createAes(Optional.of(NodeFixture.credential())));
        kmip.call(KmipRequests.get(Optional.of(NodeFixture.credential()), "no-such-key"));
        // KMIP over HTTPS is counted by the same observer, as transport https.
        AdminClient.of(node, node.clientMaterial())
            .send(
                "POST",
                "/kmip",
                Optional.of(
                    Encoding.TTLV.encode(
                        KmipRequests.query(Optional.of(NodeFixture.credential())))),
                "application/octet-stream");
        AdminClient.Response metrics = AdminClient.of(node).asAdmin().get("/metrics");
        assertThat(metrics.status()).isEqualTo(200);
        assertThat(metrics.header("Content-Type").orElseThrow()).startsWith("text/plain");
        String text = metrics.text();
        assertThat(text)
            .contains(
                "arca_kmip_operations_total{operation=\"Create\",result=\"Success\",transport=\"default\"} 1.0")
            .contains(
                "arca_kmip_operations_total{operation=\"Get\",result=\"ItemNotFound\",transport=\"default\"} 1.0")
            .contains(
                "arca_kmip_operations_total{operation=\"Query\",result=\"Success\",transport=\"https\"} 1.0")
            .contains("arca_kmip_request_duration_seconds_bucket{")
            .contains(
                "arca_kmip_request_duration_seconds_count{operation=\"Create\",transport=\"default\"} 1")
            .contains("arca_kmip_connections_open{listener=\"default\"} 1.0")
            .contains("arca_keys_stored 1.0")
            .contains(
                "arca_admin_requests_total{method=\"POST\",route=\"/api/v1/login\",status=\"200\"}")
            .contains("arca_admin_sessions_open");
      }
    }
  }

  @Test
  void metricsCanBeOpenedToScrapersThatCannotLogIn() {
    try (NodeFixture node =
        NodeFixture.start(l -> l, o -> o.withAdminApi(o.adminApi().withMetricsOpen(true)))) {
      AdminClient.Response metrics = AdminClient.of(node).get("/metrics");
      assertThat(metrics.status()).isEqualTo(200);
      assertThat(metrics.text()).contains("arca_keys_stored");
    }
  }
}
