package dev.arca.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipVersion;
import dev.arca.server.testing.NodeFixture;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Short loads against a real node (in this JVM): every operation of the mix succeeds, the figures
 * are filled in, and the pool and what Create made are removed. No timing is asserted.
 */
class LoadGeneratorIT {

  private static NodeFixture node;

  @BeforeAll
  static void start() {
    node = NodeFixture.start();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static LoadOptions.Builder load() throws Exception {
    return LoadOptions.builder()
        .bundle(node.bundle())
        .host("127.0.0.1")
        .port(node.port())
        .connections(2)
        .inFlight(2)
        .warmup(Duration.ofMillis(200))
        .keys(2)
        .label("arca");
  }

  @Test
  void everyOperationOfTheMixSucceedsAtKmip21() throws Exception {
    LoadOptions options =
        load()
            .mix(
                OperationMix.parse(
                    "create,get,locate,get-attributes,encrypt,decrypt,sign,mac,handshake"))
            .requests(180)
            .build();
    ByteArrayOutputStream progress = new ByteArrayOutputStream();

    LoadReport r =
        LoadGenerator.run(options, new PrintStream(progress, true, StandardCharsets.UTF_8), false);

    assertThat(r.requests()).isEqualTo(180);
    assertThat(r.total().errors()).as(ReportText.write(r)).isZero();
    assertThat(r.throughput()).isPositive();
    assertThat(r.operations())
        .extracting(LoadReport.OperationResult::operation)
        .containsExactly(
            "create",
            "get",
            "locate",
            "get-attributes",
            "encrypt",
            "decrypt",
            "sign",
            "mac",
            "handshake");
    // Each worker walks the mix from its own place, so the split of the permits is near, not exact.
    assertThat(r.operations()).allSatisfy(op -> assertThat(op.requests()).isBetween(15L, 25L));
    assertThat(r.total().latency().p99()).isPositive();
    assertThat(r.handshakes()).hasValueSatisfying(h -> assertThat(h.count()).isPositive());
    assertThat(r.tlsProtocol()).startsWith("TLSv1.");
    assertThat(r.kmipVersion()).isEqualTo("2.1");
    // 2 AES keys, 2 HMAC keys, 2 key pairs; then every one of them and every created key removed.
    assertThat(r.pool().objects()).isEqualTo(8);
    assertThat(r.pool().created()).isGreaterThanOrEqualTo(15);
    assertThat(r.pool().removed()).isEqualTo(r.pool().objects() + r.pool().created());
    assertThat(r.pool().cleanupErrors()).isZero();
    assertThat(progress.toString(StandardCharsets.UTF_8)).contains("preparing the key pool");
    // The node runs in this process: its CPU cannot be told apart from the load's.
    assertThat(r.server()).isEmpty();
    assertThat(ReportJson.write(r)).contains("\"schema\" : \"arca-bench/1\"");
  }

  @Test
  void kmip12WithCbcAndRsaAndResumedTls12Handshakes() throws Exception {
    LoadOptions options =
        load()
            .version(KmipVersion.V1_2)
            .aesMode(AesMode.CBC)
            .signature(SignatureKind.RSA)
            .tlsProtocols(List.of("TLSv1.2"))
            .mix(OperationMix.parse("get=2,encrypt,decrypt,sign,locate,handshake=2"))
            .duration(Duration.ofMillis(800))
            .build();

    LoadReport r = LoadGenerator.run(options, null, false);

    assertThat(r.requests()).isPositive();
    assertThat(r.total().errors()).as(ReportText.write(r)).isZero();
    assertThat(r.kmipVersion()).isEqualTo("1.2");
    assertThat(r.tlsProtocol()).isEqualTo("TLSv1.2");
    assertThat(r.handshakes().orElseThrow().resumed()).isPositive();
    assertThat(r.pool().removed()).isEqualTo(r.pool().objects());
  }

  @Test
  void fullHandshakesWhenResumptionIsOff() throws Exception {
    LoadOptions options =
        load()
            .tlsProtocols(List.of("TLSv1.2"))
            .resumeSessions(false)
            .mix(OperationMix.of(BenchOperation.HANDSHAKE))
            .requests(10)
            .build();

    LoadReport r = LoadGenerator.run(options, null, false);

    assertThat(r.total().errors()).isZero();
    assertThat(r.handshakes().orElseThrow().count()).isEqualTo(10);
    assertThat(r.handshakes().orElseThrow().resumed()).isZero();
    assertThat(r.pool().objects()).isZero();
  }
}
