package dev.arca.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.server.testing.FipsNodeProcess;
import dev.arca.server.tls.TlsContexts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A self-test forced to fail on a node in FIPS mode: the status server, which listed every test as
 * passed, shows the failure and the error state; every KMIP request is then refused with
 * Cryptographic Failure, while the status server and the admin port's health still answer.
 *
 * <p>The failure is the pairwise consistency test of the next generated key pair (the test switch
 * {@code arca.selftest.fail=PCT}, set in the node's own JVM, whose module stays in its error state
 * until the process ends).
 */
class FipsSelfTestFailureIT {

  private static final byte[] MESSAGE = "before and after".getBytes(StandardCharsets.UTF_8);

  @Test
  void aFailedSelfTestShowsOnTheStatusServerAndStopsCryptoServices() throws Exception {
    try (FipsNodeProcess node = FipsNodeProcess.start();
        KmipClient client = KmipClient.builder().bundle(node.bundle()).build()) {
      HttpClient https =
          HttpClient.newBuilder()
              .sslContext(TlsContexts.client(node.caCertificates()))
              .version(HttpClient.Version.HTTP_1_1)
              .connectTimeout(Duration.ofSeconds(10))
              .build();
      String id =
          client.create(
              KeyAttributes.builder()
                  .algorithm(CryptographicAlgorithm.AES)
                  .length(256)
                  .usage(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT)
                  .build());
      client.activate(id);
      CryptographicParameters gcm =
          CryptographicParameters.builder()
              .blockCipherMode(BlockCipherMode.GCM)
              .tagLength(16)
              .randomIv(true)
              .build();
      Encrypted before = client.encrypt(id, gcm, MESSAGE);
      JsonNode healthy = json(https, node.statusUrl() + "/status.json");
      assertThat(healthy.get("selfTestsPassed").asBoolean()).isTrue();
      for (JsonNode t : healthy.get("selfTests")) {
        assertThat(t.get("result").asText()).as(t.get("name").asText()).isEqualTo("pass");
      }

      node.force(CryptoModule.PAIRWISE_CONSISTENCY_TEST);
      KmipClientException pct =
          catchThrowableOfType(
              () ->
                  client.createKeyPair(
                      KeyAttributes.builder()
                          .algorithm(CryptographicAlgorithm.ECDSA)
                          .length(256)
                          .build(),
                      KeyAttributes.builder().usage(CryptographicUsageMask.SIGN).build(),
                      KeyAttributes.builder().usage(CryptographicUsageMask.VERIFY).build()),
              KmipClientException.class);
      assertThat(pct).isNotNull();
      assertThat(pct.reason()).isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
      assertThat(pct.getMessage()).contains("pairwise consistency test failed");

      JsonNode failed = json(https, node.statusUrl() + "/status.json");
      assertThat(failed.get("selfTestsPassed").asBoolean()).isFalse();
      assertThat(failed.at("/module/operational").asBoolean()).isFalse();
      assertThat(failed.at("/module/errorState").asText())
          .isEqualTo("self-test PCT EC P-256 failed");
      List<String> failures = new ArrayList<>();
      for (JsonNode t : failed.get("selfTests")) {
        if (t.get("result").asText().equals("fail")) {
          failures.add(t.get("name").asText());
        }
      }
      assertThat(failures).containsExactly("PCT", "PCT EC P-256");
      String html = text(https, node.statusUrl() + "/status.html");
      assertThat(html)
          .contains("ERROR STATE: self-test PCT EC P-256 failed")
          .contains("<tr><th>Module state</th><td>error state</td></tr>")
          .contains("FAIL");

      // Every cryptographic request is refused now, with the reason.
      for (ThrowingCall call :
          List.<ThrowingCall>of(
              () -> client.encrypt(id, gcm, MESSAGE),
              () -> client.decrypt(id, gcm, before),
              () -> client.rngRetrieve(16),
              () -> client.getAttributes(id))) {
        KmipClientException e = catchThrowableOfType(call::run, KmipClientException.class);
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
        assertThat(e.getMessage())
            .contains("the cryptographic module is in its error state")
            .contains("self-test PCT EC P-256 failed");
      }

      // The admin port still answers for diagnosis.
      HttpResponse<String> health =
          https.send(
              HttpRequest.newBuilder(URI.create(node.adminUrl() + "/health")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertThat(health.statusCode()).isEqualTo(503);
      assertThat(new ObjectMapper().readTree(health.body()).at("/checks/crypto").asText())
          .isEqualTo("DOWN");
    }
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }

  private static JsonNode json(HttpClient https, String url) throws Exception {
    return new ObjectMapper().readTree(text(https, url));
  }

  private static String text(HttpClient https, String url) throws Exception {
    HttpResponse<String> r =
        https.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).isEqualTo(200);
    return r.body();
  }
}
