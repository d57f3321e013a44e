package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arca.client.KeyAttributes;
import dev.arca.client.KmipClient;
import dev.arca.client.KmipClientException;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.server.pki.ClientBundle;
import dev.arca.server.testing.NodeFixture;
import dev.arca.server.tls.TlsContexts;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A power-up self-test forced to fail ({@code -Darca.selftest.fail=AES-GCM} through {@code
 * ARCA_JAVA_OPTS}) on a node in FIPS mode, started with the real launcher ({@code ./arca server},
 * {@code ARCA_NO_BUILD=1}) in its own process: the node comes up in the error state. The status
 * server shows the failed test, {@code /health} answers 503, a login is refused with the reason
 * (and not counted as a failure), and KMIP refuses a Create with Cryptographic Failure naming the
 * test. The next start without the switch passes its self-tests and serves as before. A first start
 * with a failing self-test is refused, since it would have to generate keys, and so is a start that
 * would have to create a server certificate.
 */
class PowerUpSelfTestFailureIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String ADMIN_PASSWORD = "power-up-admin-password-1";
  private static final String USER_PASSWORD = "power-up-user-password-1";
  private static final long START_LIMIT_SECONDS = 180;

  @TempDir Path dir;

  @Test
  void aFailedPowerUpTestStartsTheNodeInTheErrorState() throws Exception {
    Path data = dir.resolve("data");
    Files.createDirectories(data);
    int kmip = freePort();
    int admin = freePort();
    int status = freePort();
    Files.writeString(data.resolve("arca.yaml"), config(data, kmip, admin, status));

    try (Server first = Server.start(dir, data, Map.of(), "Ready.")) {
      assertThat(first.output()).contains("First start: created the client user 'client'");
    }
    Path bundle = data.resolve("clients").resolve("client");
    // The bundle's PEM files are read through the BC-FIPS provider of this JVM.
    CryptoModule.instance();
    HttpClient https =
        HttpClient.newBuilder()
            .sslContext(
                TlsContexts.client(NodeFixture.certificates(bundle.resolve(ClientBundle.CA_FILE))))
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    String statusUrl = "https://127.0.0.1:" + status;
    String adminUrl = "https://127.0.0.1:" + admin;

    try (Server failed =
        Server.start(
            dir,
            data,
            Map.of("ARCA_JAVA_OPTS", "-D" + CryptoModule.FORCE_FAILURE_PROPERTY + "=AES-GCM"),
            "ERROR STATE")) {
      assertThat(failed.output())
          .contains("ERROR STATE: self-test AES-GCM failed.")
          .doesNotContain("Ready.");

      JsonNode report = JSON.readTree(get(https, statusUrl + "/status.json", 200));
      assertThat(report.get("fipsMode").asBoolean()).isTrue();
      assertThat(report.get("selfTestsPassed").asBoolean()).isFalse();
      assertThat(report.at("/module/operational").asBoolean()).isFalse();
      assertThat(report.at("/module/errorState").asText()).isEqualTo("self-test AES-GCM failed");
      List<String> failures = new ArrayList<>();
      int powerUp = 0;
      for (JsonNode t : report.get("selfTests")) {
        if (t.get("kind").asText().equals("power-up")) {
          powerUp++;
        }
        if (t.get("result").asText().equals("fail")) {
          failures.add(t.get("name").asText());
        }
      }
      assertThat(powerUp).isEqualTo(13);
      assertThat(failures).containsExactly("AES-GCM");
      assertThat(get(https, statusUrl + "/status.html", 200))
          .contains("ERROR STATE: self-test AES-GCM failed");

      JsonNode health = JSON.readTree(get(https, adminUrl + "/health", 503));
      assertThat(health.at("/checks/crypto").asText()).isEqualTo("DOWN");
      assertThat(health.at("/checks/store").asText()).isEqualTo("UP");
      assertThat(health.get("cryptoErrorState").asText()).isEqualTo("self-test AES-GCM failed");

      HttpResponse<String> login = login(https, adminUrl);
      assertThat(login.statusCode()).isEqualTo(503);
      assertThat(JSON.readTree(login.body()).at("/error/message").asText())
          .contains("the cryptographic module is in its error state (self-test AES-GCM failed)");

      try (KmipClient client = KmipClient.builder().bundle(bundle).build()) {
        KmipClientException e =
            catchThrowableOfType(
                () ->
                    client.create(
                        KeyAttributes.builder()
                            .algorithm(CryptographicAlgorithm.AES)
                            .length(256)
                            .build()),
                KmipClientException.class);
        assertThat(e).isNotNull();
        assertThat(e.reason()).isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
        assertThat(e.getMessage())
            .contains("the cryptographic module is in its error state")
            .contains("self-test AES-GCM failed");
      }
    }

    // A server certificate the error state would have to create stops the start instead.
    Path yaml = data.resolve("arca.yaml");
    String configured = Files.readString(yaml);
    Files.writeString(
        yaml,
        configured.replace(
            "    server-certificate: web\nkmip:", "    server-certificate: status-only\nkmip:"));
    Server.Exit refused =
        Server.run(
            dir,
            data,
            Map.of("ARCA_JAVA_OPTS", "-D" + CryptoModule.FORCE_FAILURE_PROPERTY + "=AES-GCM"));
    assertThat(refused.code()).isNotZero();
    assertThat(refused.output())
        .contains("server certificate 'status-only' would have to be created");
    Files.writeString(yaml, configured);

    // Without the switch the self-tests pass again; the refused login locked nobody out.
    try (Server healed = Server.start(dir, data, Map.of(), "Ready.")) {
      assertThat(login(https, adminUrl).statusCode()).isEqualTo(200);
      JsonNode report = JSON.readTree(get(https, statusUrl + "/status.json", 200));
      assertThat(report.get("selfTestsPassed").asBoolean()).isTrue();
      try (KmipClient client = KmipClient.builder().bundle(bundle).build()) {
        String id =
            client.create(
                KeyAttributes.builder().algorithm(CryptographicAlgorithm.AES).length(256).build());
        assertThat(client.getAttributes(id)).isNotNull();
      }
    }
  }

  @Test
  void aFirstStartWithAFailedPowerUpTestIsRefused() throws Exception {
    Path data = dir.resolve("new");
    Files.createDirectories(data);
    Files.writeString(data.resolve("arca.yaml"), config(data, freePort(), freePort(), freePort()));
    Server.Exit exit =
        Server.run(
            dir,
            data,
            Map.of("ARCA_JAVA_OPTS", "-D" + CryptoModule.FORCE_FAILURE_PROPERTY + "=HMAC-SHA-256"));
    assertThat(exit.code()).isNotZero();
    assertThat(exit.output())
        .contains("self-test HMAC-SHA-256 failed")
        .contains("a new node cannot be set up in the error state");
    assertThat(data.resolve("master-key.json")).doesNotExist();
  }

  private static HttpResponse<String> login(HttpClient https, String adminUrl) throws Exception {
    String body = JSON.writeValueAsString(Map.of("username", "admin", "password", ADMIN_PASSWORD));
    return https.send(
        HttpRequest.newBuilder(URI.create(adminUrl + "/api/v1/login"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(body))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static String get(HttpClient https, String url, int expected) throws Exception {
    HttpResponse<String> r =
        https.send(
            HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    assertThat(r.statusCode()).as(url + ": " + r.body()).isEqualTo(expected);
    return r.body();
  }

  private static String config(Path data, int kmip, int admin, int status) {
    return String.join(
        "\n",
        "node-name: power-up-test",
        "data-directory: " + data,
        "fips:",
        "  enabled: true",
        "  status:",
        "    enabled: true",
        "    bind-address: 127.0.0.1",
        "    port: " + status,
        "    server-certificate: web",
        "kmip:",
        "  listeners:",
        "    - name: default",
        "      bind-address: 127.0.0.1",
        "      port: " + kmip,
        "      server-certificate: kmip",
        "      trusted-ca-profile: Default",
        "admin:",
        "  bind-address: 127.0.0.1",
        "  port: " + admin,
        "  server-certificate: web",
        "");
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }

  /** {@code ./arca server} in its own process, its output in a file. */
  private static final class Server implements AutoCloseable {
    private final Process process;
    private final Path output;

    record Exit(int code, String output) {}

    private Server(Process process, Path output) {
      this.process = process;
      this.output = output;
    }

    static Server start(Path dir, Path data, Map<String, String> env, String readyLine)
        throws Exception {
      Server s = launch(dir, data, env);
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(START_LIMIT_SECONDS);
      while (!s.output().contains(readyLine)) {
        if (!s.process.isAlive() || System.nanoTime() > deadline) {
          s.close();
          throw new AssertionError("arca server did not print '" + readyLine + "':\n" + s.output());
        }
        Thread.sleep(100);
      }
      return s;
    }

    /** Runs {@code arca server} until it exits by itself. */
    static Exit run(Path dir, Path data, Map<String, String> env) throws Exception {
      try (Server s = launch(dir, data, env)) {
        if (!s.process.waitFor(START_LIMIT_SECONDS, TimeUnit.SECONDS)) {
          throw new AssertionError("arca server did not exit:\n" + s.output());
        }
        return new Exit(s.process.exitValue(), s.output());
      }
    }

    private static Server launch(Path dir, Path data, Map<String, String> env) throws Exception {
      Path root = Path.of("").toAbsolutePath().getParent();
      ProcessBuilder pb =
          new ProcessBuilder(
              root.resolve("arca").toString(), "server", "--data-dir", data.toString());
      pb.environment().keySet().removeIf(k -> k.startsWith("ARCA_"));
      pb.environment().put("ARCA_NO_BUILD", "1");
      pb.environment().put("ARCA_ADMIN_PASSWORD", ADMIN_PASSWORD);
      pb.environment().put("ARCA_FIRST_USER_PASSWORD", USER_PASSWORD);
      pb.environment().putAll(env);
      Path output = Files.createTempFile(dir, "server-", ".log");
      pb.redirectErrorStream(true).redirectOutput(output.toFile());
      return new Server(pb.start(), output);
    }

    String output() throws IOException {
      return Files.readString(output, StandardCharsets.UTF_8);
    }

    @Override
    public void close() throws Exception {
      if (process.isAlive()) {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor();
        }
      }
    }
  }
}
