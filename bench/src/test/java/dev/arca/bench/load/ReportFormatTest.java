package dev.arca.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The JSON report's fields and types (schema arca-bench/1), and the one-screen summary. */
class ReportFormatTest {

  static LoadOptions options(String mix) {
    return LoadOptions.builder()
        .host("127.0.0.1")
        .port(5696)
        .certificate(Path.of("client.pem"), Path.of("client-key.pem"))
        .trustedCas(List.of(Path.of("ca.pem")))
        .connections(32)
        .inFlight(2)
        .duration(Duration.ofSeconds(20))
        .warmup(Duration.ofSeconds(5))
        .mix(OperationMix.parse(mix))
        .label("arca")
        .build();
  }

  static LoadReport report(boolean withErrors) {
    Tally t = new Tally();
    for (int i = 1; i <= 1000; i++) {
      t.success(BenchOperation.GET, i * 10L);
      t.success(BenchOperation.ENCRYPT, i * 20L);
    }
    if (withErrors) {
      t.failure(BenchOperation.ENCRYPT, 50, "Permission Denied");
      t.failure(BenchOperation.ENCRYPT, 50, "I/O: connection reset");
    }
    LoadReport.Latency get = LoadReport.Latency.of(t.histogram(BenchOperation.GET));
    LoadReport.Latency enc = LoadReport.Latency.of(t.histogram(BenchOperation.ENCRYPT));
    org.HdrHistogram.Histogram all = t.histogram(BenchOperation.GET).copy();
    all.add(t.histogram(BenchOperation.ENCRYPT));
    Map<String, Long> encErrors = t.errors(BenchOperation.ENCRYPT);
    long errors = encErrors.values().stream().mapToLong(Long::longValue).sum();
    return new LoadReport(
        "arca",
        "127.0.0.1:5696",
        Instant.parse("2030-01-01T00:00:00Z"),
        "2.1",
        "TLSv1.3",
        "TLS_AES_256_GCM_SHA384",
        options("get=1,encrypt=1"),
        20.0,
        new LoadReport.OperationResult(
            "total",
            all.getTotalCount(),
            errors,
            all.getTotalCount() / 20.0,
            LoadReport.Latency.of(all),
            Map.of()),
        List.of(
            new LoadReport.OperationResult("get", 1000, 0, 50, get, Map.of()),
            new LoadReport.OperationResult("encrypt", 1000 + errors, errors, 50, enc, encErrors)),
        Optional.empty(),
        Optional.of(new LoadReport.ServerUsage(1234, 30.0, 1.5, 15_000.0, 300L << 20, 320L << 20)),
        new LoadReport.ClientUsage(99, 0.4),
        new LoadReport.MachineUsage(2, 97.5),
        new LoadReport.PoolSummary(16, 0.5, 0, 16, 0),
        List.of("Encrypt/Decrypt: AES-256-GCM, Tag Length 16, IV from the server"));
  }

  /** Every field of schema arca-bench/1 with its JSON type; a change here is a new schema. */
  private static final Map<String, String> SCHEMA =
      Map.ofEntries(
          Map.entry("schema", "STRING"),
          Map.entry("label", "STRING"),
          Map.entry("target", "STRING"),
          Map.entry("started", "STRING"),
          Map.entry("kmip_version", "STRING"),
          Map.entry("tls", "OBJECT"),
          Map.entry("load", "OBJECT"),
          Map.entry("elapsed_s", "NUMBER"),
          Map.entry("requests", "NUMBER"),
          Map.entry("errors", "NUMBER"),
          Map.entry("throughput_per_s", "NUMBER"),
          Map.entry("latency_ms", "OBJECT"),
          Map.entry("latency_distribution_ms", "ARRAY"),
          Map.entry("operations", "ARRAY"),
          Map.entry("errors_by_reason", "OBJECT"),
          Map.entry("handshakes", "NULL"),
          Map.entry("server", "OBJECT"),
          Map.entry("client", "OBJECT"),
          Map.entry("machine", "OBJECT"),
          Map.entry("pool", "OBJECT"),
          Map.entry("notes", "ARRAY"));

  @Test
  void jsonHasEveryFieldOfTheSchemaWithItsType() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ReportJson.write(report(true)));

    assertThat(root.get("schema").asText()).isEqualTo(LoadReport.SCHEMA);
    for (Map.Entry<String, String> field : SCHEMA.entrySet()) {
      assertThat(root.get(field.getKey())).as(field.getKey()).isNotNull();
      assertThat(root.get(field.getKey()).getNodeType().name())
          .as(field.getKey())
          .isEqualTo(field.getValue());
    }
    assertThat(root.size()).isEqualTo(SCHEMA.size());
    assertThat(root.get("tls").fieldNames())
        .toIterable()
        .containsExactly("protocol", "cipher_suite", "resume_sessions");
    assertThat(root.get("load").fieldNames())
        .toIterable()
        .containsExactly(
            "connections",
            "in_flight",
            "duration_s",
            "requests",
            "warmup_s",
            "mix",
            "payload_bytes",
            "aes_mode",
            "signature",
            "keys");
    assertThat(root.get("load").get("requests").isNull()).isTrue();
    assertThat(root.get("load").get("duration_s").asDouble()).isEqualTo(20.0);
    assertThat(root.get("latency_ms").fieldNames())
        .toIterable()
        .containsExactly("mean", "p50", "p90", "p99", "p99_9", "max");
    assertThat(root.get("server").fieldNames())
        .toIterable()
        .containsExactly(
            "pid", "cpu_s", "cpu_cores", "cpu_us_per_request", "rss_mib", "rss_peak_mib");
    assertThat(root.get("server").get("rss_mib").asDouble()).isEqualTo(300.0);
    JsonNode point = root.get("latency_distribution_ms").get(0);
    assertThat(point.get("percentile").isNumber()).isTrue();
    assertThat(point.get("ms").isNumber()).isTrue();
  }

  @Test
  void jsonCountsErrorsByOperationAndReason() throws Exception {
    JsonNode root = new ObjectMapper().readTree(ReportJson.write(report(true)));

    assertThat(root.get("errors").asLong()).isEqualTo(2);
    assertThat(root.get("errors_by_reason").get("encrypt: Permission Denied").asLong())
        .isEqualTo(1);
    JsonNode encrypt = root.get("operations").get(1);
    assertThat(encrypt.get("operation").asText()).isEqualTo("encrypt");
    assertThat(encrypt.get("errors_by_reason").get("I/O: connection reset").asLong()).isEqualTo(1);
    assertThat(encrypt.get("latency_ms").get("p50").asDouble()).isBetween(9.9, 10.1);
  }

  @Test
  void summaryFitsOneScreenAndSaysWhatMatters() {
    String text = ReportText.write(report(true));
    List<String> lines = text.lines().toList();

    assertThat(lines.size()).isLessThanOrEqualTo(24);
    assertThat(lines).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(100));
    assertThat(lines.get(0)).contains("arca", "127.0.0.1:5696", "KMIP 2.1", "TLSv1.3");
    assertThat(lines.get(1)).contains("32 connections x 2 in flight", "mix get=1,encrypt=1");
    assertThat(text).contains("operation", "p50 ms", "p99 ms", "p99.9 ms", "max ms", "errors");
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("get ").contains("1,000"));
    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("total "));
    assertThat(text).contains("error 1 x encrypt: Permission Denied");
    assertThat(text).contains("server pid 1234: CPU 1.50 cores", "RSS 300 MiB (peak 320 MiB)");
    assertThat(text).contains("machine: 2 cores, 98% busy");
  }

  @Test
  void summaryWithoutErrorsOrServerSaysSo() {
    LoadReport r = report(false);
    LoadReport noServer =
        new LoadReport(
            r.label(),
            r.target(),
            r.started(),
            r.kmipVersion(),
            r.tlsProtocol(),
            r.cipherSuite(),
            r.options(),
            r.elapsedSeconds(),
            r.total(),
            r.operations(),
            Optional.of(new LoadReport.Handshakes(10, 4, 0.5)),
            Optional.empty(),
            r.client(),
            r.machine(),
            r.pool(),
            List.of());

    String text = ReportText.write(noServer);

    assertThat(text).contains("errors: none", "server: CPU and memory not measured");
    assertThat(text).contains("handshakes: 10 (4 resumed)");
  }
}
