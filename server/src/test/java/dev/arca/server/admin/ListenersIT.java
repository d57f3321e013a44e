package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.server.testing.KmipTestClient;
import dev.arca.server.testing.NodeFixture;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * KMIP listener settings through the admin API: a change applies at once on the KMIP port and
 * survives a restart, because it is stored.
 */
class ListenersIT {

  private NodeFixture node;
  private AdminClient admin;

  @BeforeEach
  void start() {
    node = NodeFixture.start();
    admin = AdminClient.of(node).asAdmin();
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private static ObjectNode json() {
    return AdminClient.JSON.createObjectNode();
  }

  /** Creates a key as the first user over KMIP and returns its id. */
  private String createKey() throws Exception {
    try (KmipTestClient kmip = node.connect()) {
      ResponseBatchItem created =
          KmipRequests.item(
              kmip.call(KmipRequests.createAes(Optional.of(NodeFixture.credential()))));
      assertThat(created.resultStatus()).isEqualTo(ResultStatus.SUCCESS);
      return KmipRequests.uniqueIdentifier(created);
    }
  }

  private ResponseBatchItem getKey(String id) throws Exception {
    try (KmipTestClient kmip = node.connect()) {
      return KmipRequests.item(
          kmip.call(KmipRequests.get(Optional.of(NodeFixture.credential()), id)));
    }
  }

  @Test
  void listenersAreListedWithTheirSettings() {
    JsonNode items = admin.get("/api/v1/listeners").json().get("items");
    assertThat(items).hasSize(1);
    JsonNode l = items.get(0);
    assertThat(l.get("name").asText()).isEqualTo("default");
    assertThat(l.get("running").asBoolean()).isTrue();
    assertThat(l.get("boundPort").asInt()).isEqualTo(node.port());
    assertThat(l.get("clientCertificateMode").asText()).isEqualTo("tls-session-only");
    assertThat(l.get("usernameField").asText()).isEqualTo("CN");
    assertThat(l.get("allowKeyExport").asBoolean()).isTrue();
    assertThat(l.get("idleTimeoutSeconds").asInt()).isEqualTo(3600);
    assertThat(l.get("connections").get("open").asInt()).isGreaterThanOrEqualTo(0);
    assertThat(admin.get("/api/v1/listeners/default").json().get("name").asText())
        .isEqualTo("default");
    assertThat(admin.get("/api/v1/listeners/nope").error()).isEqualTo("not_found");
  }

  @Test
  void turningKeyExportOffAppliesAtOnceAndSurvivesARestart() throws Exception {
    String id = createKey();
    assertThat(getKey(id).resultStatus()).isEqualTo(ResultStatus.SUCCESS);

    AdminClient.Response changed =
        admin.patch("/api/v1/listeners/default", json().put("allowKeyExport", false));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(200);
    assertThat(changed.json().get("allowKeyExport").asBoolean()).isFalse();
    ResponseBatchItem refused = getKey(id);
    assertThat(refused.resultStatus()).isEqualTo(ResultStatus.OPERATION_FAILED);
    assertThat(refused.resultReason()).contains(ResultReason.PERMISSION_DENIED);

    node.restart();
    admin = AdminClient.of(node).asAdmin();
    assertThat(admin.get("/api/v1/listeners/default").json().get("allowKeyExport").asBoolean())
        .isFalse();
    assertThat(node.listener().config().allowKeyExport()).isFalse();
    assertThat(getKey(id).resultReason()).contains(ResultReason.PERMISSION_DENIED);

    admin.patch("/api/v1/listeners/default", json().put("allowKeyExport", true));
    assertThat(getKey(id).resultStatus()).isEqualTo(ResultStatus.SUCCESS);
  }

  @Test
  void aNewPortBindsAgainAndAFailedChangeIsUndone() throws Exception {
    int before = node.port();
    AdminClient.Response moved = admin.patch("/api/v1/listeners/default", json().put("port", 0));
    assertThat(moved.status()).isEqualTo(200);
    // Port 0 was configured already: the listener keeps its binding.
    assertThat(node.port()).isEqualTo(before);

    AdminClient.Response taken =
        admin.patch("/api/v1/listeners/default", json().put("port", node.adminPort()));
    assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
    assertThat(taken.error()).isEqualTo("listener_not_applied");
    JsonNode after = admin.get("/api/v1/listeners/default").json();
    assertThat(after.get("port").asInt()).isZero();
    assertThat(after.get("running").asBoolean()).isTrue();
    createKey();
  }

  @Test
  void invalidSettingsAreRefusedNamingTheField() {
    assertThat(
            admin
                .patch("/api/v1/listeners/default", json().put("port", 70000))
                .json()
                .at("/error/message")
                .asText())
        .contains("port");
    assertThat(
            admin
                .patch("/api/v1/listeners/default", json().put("bindAddress", "localhost"))
                .error())
        .isEqualTo("invalid_field");
    assertThat(
            admin
                .patch("/api/v1/listeners/default", json().put("clientCertificateMode", "maybe"))
                .json()
                .at("/error/message")
                .asText())
        .contains("tls-session-and-username");
    assertThat(
            admin.patch("/api/v1/listeners/default", json().put("passwordRequired", false)).error())
        .isEqualTo("invalid_field");
    assertThat(
            admin
                .patch("/api/v1/listeners/default", json().put("serverCertificate", "missing"))
                .error())
        .isEqualTo("invalid_field");
    assertThat(
            admin.patch("/api/v1/listeners/default", json().put("idleTimeoutSeconds", 0)).error())
        .isEqualTo("invalid_field");
    assertThat(admin.patch("/api/v1/listeners/default", json().put("colour", "blue")).error())
        .isEqualTo("unknown_field");
    // Password-less needs the certificate to name the user: both together are accepted.
    AdminClient.Response both =
        admin.patch(
            "/api/v1/listeners/default",
            json()
                .put("passwordRequired", false)
                .put("clientCertificateMode", "tls-session-and-username")
                .put("usernameField", "cn")
                .put("idleTimeoutSeconds", 120));
    assertThat(both.status()).as(both.toString()).isEqualTo(200);
    assertThat(node.listener().config().idleTimeout().getSeconds()).isEqualTo(120);
    assertThat(admin.get("/api/v1/listeners/default").json().get("passwordRequired").asBoolean())
        .isFalse();
    // A listener of this area only: an administrator without the network area may not.
    ObjectNode keysOnly = json().put("name", "k1").put("password", "k1-password-123");
    keysOnly.putArray("permissions").add("KEYS");
    admin.post("/api/v1/admins", keysOnly);
    assertThat(
            AdminClient.of(node)
                .login("k1", "k1-password-123")
                .patch("/api/v1/listeners/default", json().put("allowKeyExport", false))
                .status())
        .isEqualTo(403);
  }
}
