package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.server.testing.NodeFixture;
import dev.arca.server.tls.TlsContexts;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * FIPS mode on a node outside it: the FIPS status server over HTTPS, the admin API's {@code
 * /api/v1/fips} resources, the list of stored objects FIPS mode would refuse, a requested change
 * pending until the restart, and a node that refuses to claim FIPS mode in a JVM whose BC-FIPS is
 * not approved-only.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FipsResourcesIT {

  static final List<String> POWER_UP_TESTS =
      List.of(
          "BC-FIPS",
          "SHA-256",
          "HMAC-SHA-256",
          "AES-GCM",
          "AES-CBC",
          "AES-KW",
          "AES-XTS",
          "RSA-SIGN",
          "ECDSA",
          "RSA-OAEP",
          "PBKDF2",
          "KDF-CTR",
          "DRBG");

  private static NodeFixture node;
  private static HttpClient https;

  @BeforeAll
  static void start() {
    node = NodeFixture.start();
    https =
        HttpClient.newBuilder()
            .sslContext(TlsContexts.client(node.caCertificates()))
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static HttpResponse<String> status(String method, String path) throws Exception {
    return https.send(
        HttpRequest.newBuilder(URI.create(node.fipsStatusUrl() + path))
            .method(method, HttpRequest.BodyPublishers.noBody())
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(1)
  void theStatusServerListsEverySelfTestPassingOverHttps() throws Exception {
    HttpResponse<String> json = status("GET", "/status.json");
    assertThat(json.statusCode()).isEqualTo(200);
    assertThat(json.headers().firstValue("Content-Type")).hasValue("application/json");
    assertThat(json.sslSession()).isPresent();
    assertThat(json.sslSession().get().getProtocol()).isIn("TLSv1.3", "TLSv1.2");
    JsonNode report = AdminClient.JSON.readTree(json.body());
    assertThat(report.get("node").asText()).isEqualTo("test-node");
    assertThat(report.get("fipsMode").asBoolean()).isFalse();
    assertThat(report.get("restartPending").asBoolean()).isFalse();
    assertThat(report.at("/module/name").asText()).isEqualTo("BCFIPS");
    assertThat(report.at("/module/version").asText()).isNotEmpty();
    assertThat(report.at("/module/operational").asBoolean()).isTrue();
    assertThat(report.at("/module/errorState").isNull()).isTrue();
    assertThat(report.get("selfTestsPassed").asBoolean()).isTrue();
    List<String> powerUp = new ArrayList<>();
    List<String> conditional = new ArrayList<>();
    for (JsonNode t : report.get("selfTests")) {
      assertThat(t.get("result").asText()).as(t.get("name").asText()).isEqualTo("pass");
      assertThat(t.get("time").asText()).isNotEmpty();
      (t.get("kind").asText().equals("power-up") ? powerUp : conditional)
          .add(t.get("name").asText());
    }
    assertThat(powerUp).containsExactlyElementsOf(POWER_UP_TESTS);
    // The first start generated the CA and server key pairs, each pairwise-consistency tested.
    assertThat(conditional).containsExactly("ENTROPY-HEALTH", "PCT");

    HttpResponse<String> html = status("GET", "/status.html");
    assertThat(html.statusCode()).isEqualTo(200);
    assertThat(html.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
    assertThat(html.body())
        .contains("<h1>FIPS 140-3 status</h1>")
        .contains("<tr><th>FIPS mode</th><td>off</td></tr>")
        .contains("<tr><th>Module state</th><td>operational</td></tr>")
        .doesNotContain("FAIL")
        .doesNotContain("ERROR STATE");
    for (String name : POWER_UP_TESTS) {
      assertThat(html.body()).contains("<tr><td>" + name + "</td><td>power-up</td>");
    }

    assertThat(status("POST", "/status.json").statusCode()).isEqualTo(405);
    assertThat(status("GET", "/other").statusCode()).isEqualTo(404);
    assertThat(status("GET", "/").headers().firstValue("Location")).hasValue("/status.html");
  }

  @Test
  @Order(2)
  void theAdminApiShowsTheSameReportToTheSecurityArea() {
    assertThat(AdminClient.of(node).get("/api/v1/fips").status()).isEqualTo(401);
    AdminClient.Response r = AdminClient.of(node).asAdmin().get("/api/v1/fips");
    assertThat(r.status()).isEqualTo(200);
    JsonNode report = r.json();
    assertThat(report.get("fipsMode").asBoolean()).isFalse();
    assertThat(report.get("selfTestsPassed").asBoolean()).isTrue();
    // Only the default password policy, whose 12 characters approved PBKDF2 cannot check.
    assertThat(report.get("contradictions")).hasSize(1);
    assertThat(report.at("/contradictions/0").asText())
        .startsWith("the password policy allows passwords of 12 characters");
    assertThat(report.get("selfTests").size()).isEqualTo(POWER_UP_TESTS.size() + 2);
  }

  @Test
  @Order(3)
  void nonApprovedObjectsAreListed() {
    AdminClient admin = AdminClient.of(node).asAdmin();
    String tdes = createKey(admin, "DES3", 168);
    String aes = createKey(admin, "AES", 256);
    String shortHmac = createKey(admin, "HMAC_SHA256", 64);
    AdminClient.Response r = admin.get("/api/v1/fips/objects");
    assertThat(r.status()).as(r.toString()).isEqualTo(200);
    JsonNode items = r.json().get("items");
    List<String> ids = new ArrayList<>();
    items.forEach(i -> ids.add(i.get("id").asText()));
    assertThat(ids).containsExactlyInAnyOrder(tdes, shortHmac).doesNotContain(aes);
    for (JsonNode i : items) {
      if (i.get("id").asText().equals(tdes)) {
        assertThat(i.get("algorithm").asText()).isEqualTo("3DES");
        assertThat(i.get("length").asInt()).isEqualTo(168);
        assertThat(i.get("owner").asText()).isEqualTo(NodeFixture.USER);
        assertThat(i.get("reason").asText()).startsWith("3DES-168 key is not approved");
      } else {
        assertThat(i.get("reason").asText()).contains("from 112 bits");
      }
    }
    assertThat(r.json().get("more").asBoolean()).isFalse();
    assertThat(admin.get("/api/v1/fips/objects?limit=1").json().get("more").asBoolean()).isTrue();
  }

  @Test
  @Order(4)
  void turningFipsModeOnWaitsForTheRestart() throws Exception {
    AdminClient admin = AdminClient.of(node).asAdmin();
    assertThat(admin.post("/api/v1/fips/enable").status()).isEqualTo(409);
    assertThat(
            admin
                .put(
                    "/api/v1/password-policy",
                    AdminClient.JSON.createObjectNode().put("minLength", 14))
                .status())
        .isEqualTo(200);
    assertThat(admin.get("/api/v1/fips").json().get("contradictions")).isEmpty();
    JsonNode enabled = admin.post("/api/v1/fips/enable").json();
    assertThat(enabled.get("fipsMode").asBoolean()).isFalse();
    assertThat(enabled.get("requestedAtNextStart").asBoolean()).isTrue();
    assertThat(enabled.get("restartPending").asBoolean()).isTrue();
    assertThat(admin.get("/api/v1/status").json().get("fipsRestartPending").asBoolean()).isTrue();
    JsonNode report = AdminClient.JSON.readTree(status("GET", "/status.json").body());
    assertThat(report.get("restartPending").asBoolean()).isTrue();
    assertThat(status("GET", "/status.html").body())
        .contains("FIPS mode will be on after the next restart");

    JsonNode disabled = admin.post("/api/v1/fips/disable").json();
    assertThat(disabled.get("requestedAtNextStart").asBoolean()).isFalse();
    assertThat(disabled.get("restartPending").asBoolean()).isFalse();
  }

  @Test
  @Order(5)
  void aNodeInFipsModeRefusesToStartWhereBcFipsIsNotApprovedOnly() {
    assertThatThrownBy(NodeFixture::startInFipsMode)
        .hasMessageContaining("FIPS mode is on, but this JVM loaded BC-FIPS outside approved-only")
        .hasMessageContaining("-Dorg.bouncycastle.fips.approved_only=true");
  }

  private static String createKey(AdminClient admin, String algorithm, int length) {
    ObjectNode body = AdminClient.JSON.createObjectNode();
    body.put("owner", NodeFixture.USER);
    body.put("algorithm", algorithm);
    body.put("length", length);
    AdminClient.Response r = admin.post("/api/v1/keys", body);
    assertThat(r.status()).as(r.toString()).isIn(200, 201);
    return r.json().get("id").asText();
  }
}
