package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.server.testing.KmipTestClient;
import dev.arca.server.testing.NodeFixture;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Master key rotation through the admin API while the node serves: every key created before keeps
 * its material, keys are created between two rotations, and everything still opens after a restart,
 * when only the master key file is there to unseal the store.
 */
class MasterKeyRotationIT {

  private static NodeFixture node;

  @BeforeAll
  static void start() {
    node = NodeFixture.start();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static String create(KmipTestClient kmip) throws Exception {
    ResponseBatchItem item =
        KmipRequests.item(kmip.call(KmipRequests.createAes(Optional.of(NodeFixture.credential()))));
    assertThat(item.resultStatus()).isEqualTo(ResultStatus.SUCCESS);
    return KmipRequests.uniqueIdentifier(item);
  }

  private static byte[] material(KmipTestClient kmip, String id) throws Exception {
    ResponseBatchItem item =
        KmipRequests.item(kmip.call(KmipRequests.get(Optional.of(NodeFixture.credential()), id)));
    assertThat(item.resultStatus())
        .as(item.resultMessage().orElse(""))
        .isEqualTo(ResultStatus.SUCCESS);
    List<byte[]> bytes = KmipRequests.byteStrings(item.responsePayload().orElseThrow());
    return bytes.get(bytes.size() - 1);
  }

  @Test
  void keysKeepTheirMaterialThroughRotationsAndARestart() throws Exception {
    Map<String, byte[]> keys = new HashMap<>();
    try (KmipTestClient kmip = node.connect()) {
      for (int i = 0; i < 5; i++) {
        String id = create(kmip);
        keys.put(id, material(kmip, id));
      }
    }
    AdminClient admin = AdminClient.of(node).asAdmin();
    int before = admin.get("/api/v1/master-key").json().get("masterKeyId").asInt();

    AdminClient.Response first = admin.post("/api/v1/master-key/rotate");
    assertThat(first.status()).as(first.toString()).isEqualTo(200);
    JsonNode report = first.json();
    assertThat(report.get("masterKeyId").asInt()).isEqualTo(before + 1);
    assertThat(report.get("objectsRewrapped").asLong()).isEqualTo(5);
    assertThat(report.get("complete").asBoolean()).isTrue();

    try (KmipTestClient kmip = node.connect()) {
      for (int i = 0; i < 3; i++) {
        String id = create(kmip);
        keys.put(id, material(kmip, id));
      }
    }
    JsonNode second = admin.post("/api/v1/master-key/rotate").json();
    assertThat(second.get("masterKeyId").asInt()).isEqualTo(before + 2);
    assertThat(second.get("objectsRewrapped").asLong()).isEqualTo(8);

    node.restart();
    assertThat(
            AdminClient.of(node)
                .asAdmin()
                .get("/api/v1/master-key")
                .json()
                .get("masterKeyId")
                .asInt())
        .isEqualTo(before + 2);
    List<String> wrong = new ArrayList<>();
    try (KmipTestClient kmip = node.connect()) {
      for (Map.Entry<String, byte[]> e : keys.entrySet()) {
        if (!Arrays.equals(material(kmip, e.getKey()), e.getValue())) {
          wrong.add(e.getKey());
        }
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(node.audit()).anySatisfy(e -> assertThat(e.action()).isEqualTo("master-key.rotate"));
  }

  @Test
  void anAdministratorWithoutTheSecurityAreaIsRefused() {
    AdminClient admin = AdminClient.of(node).asAdmin();
    admin.post(
        "/api/v1/admins",
        AdminClient.JSON
            .createObjectNode()
            .put("name", "keys-only")
            .put("password", "keys-only-password-123")
            .set("permissions", AdminClient.JSON.createArrayNode().add("KEYS")));
    AdminClient keysOnly = AdminClient.of(node).login("keys-only", "keys-only-password-123");
    AdminClient.Response r = keysOnly.post("/api/v1/master-key/rotate");
    assertThat(r.status()).isEqualTo(403);
    assertThat(r.json().get("error").get("code").asText()).isEqualTo("not_permitted");
  }
}
