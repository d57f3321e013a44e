package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.server.testing.KmipTestClient;
import dev.arca.server.testing.NodeFixture;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keys through the admin API: an administrator with the keys area manages every client user's keys
 * and never sees their material.
 */
class KeysIT {

  private static NodeFixture node;
  private static AdminClient admin;
  private static final List<AdminClient.Response> SEEN = new ArrayList<>();

  @BeforeAll
  static void start() {
    node = NodeFixture.start();
    admin = AdminClient.of(node).asAdmin();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static ObjectNode json() {
    return AdminClient.JSON.createObjectNode();
  }

  private static AdminClient.Response seen(AdminClient.Response r) {
    synchronized (SEEN) {
      SEEN.add(r);
    }
    return r;
  }

  private static JsonNode create(String name) {
    ObjectNode body = json().put("owner", NodeFixture.USER).put("name", name).put("length", 256);
    body.putArray("usageMask").add("Encrypt").add("Decrypt");
    AdminClient.Response r = seen(admin.post("/api/v1/keys", body));
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
    return r.json();
  }

  @Test
  void aKeyIsCreatedForAnOwnerAndShownWithoutItsMaterial() throws Exception {
    JsonNode key = create("payroll");
    String id = key.get("id").asText();
    assertThat(key.get("owner").asText()).isEqualTo(NodeFixture.USER);
    assertThat(key.get("objectType").asText()).isEqualTo("SymmetricKey");
    assertThat(key.get("state").asText()).isEqualTo("PreActive");
    assertThat(key.get("algorithm").asText()).isEqualTo("AES");
    assertThat(key.get("length").asInt()).isEqualTo(256);
    assertThat(key.get("name").asText()).isEqualTo("payroll");
    assertThat(key.get("version").asInt()).isZero();
    assertThat(key.get("attributes").findValuesAsText("name"))
        .contains("Cryptographic Algorithm", "Cryptographic Usage Mask", "Name", "State");
    JsonNode mask = null;
    for (JsonNode a : key.get("attributes")) {
      if (a.get("name").asText().equals("Cryptographic Usage Mask")) {
        mask = a;
      }
    }
    assertThat(mask.get("type").asText()).isEqualTo("Integer");
    assertThat(mask.get("value").asText()).isEqualTo("Encrypt|Decrypt");

    // The owner gets the material over KMIP; no admin API answer ever holds it.
    seen(admin.post("/api/v1/keys/" + id + "/activate"));
    byte[] material;
    try (KmipTestClient kmip = node.connect()) {
      ResponseBatchItem got =
          KmipRequests.item(kmip.call(KmipRequests.get(Optional.of(NodeFixture.credential()), id)));
      assertThat(got.resultStatus()).isEqualTo(ResultStatus.SUCCESS);
      material =
          KmipRequests.byteStrings(got.responsePayload().orElseThrow()).stream()
              .filter(b -> b.length == 32)
              .findFirst()
              .orElseThrow();
    }
    seen(admin.get("/api/v1/keys/" + id));
    seen(admin.get("/api/v1/keys?limit=1000&versions=all"));
    String hex = HexFormat.of().formatHex(material);
    String upperHex = hex.toUpperCase(Locale.ROOT);
    String base64 = Base64.getEncoder().encodeToString(material);
    synchronized (SEEN) {
      for (AdminClient.Response r : SEEN) {
        assertThat(r.text()).doesNotContain(hex).doesNotContain(upperHex).doesNotContain(base64);
      }
    }
  }

  @Test
  void keysAreListedWithFiltersAndPages() {
    for (int i = 0; i < 5; i++) {
      create("paged-" + i);
    }
    JsonNode page1 = seen(admin.get("/api/v1/keys?limit=2")).json();
    assertThat(page1.get("items")).hasSize(2);
    assertThat(page1.get("more").asBoolean()).isTrue();
    JsonNode page2 = seen(admin.get("/api/v1/keys?limit=2&offset=2")).json();
    assertThat(page2.get("items").get(0).get("id"))
        .isNotEqualTo(page1.get("items").get(0).get("id"));
    JsonNode byName = seen(admin.get("/api/v1/keys?name=paged-3")).json().get("items");
    assertThat(byName).hasSize(1);
    assertThat(byName.get(0).get("name").asText()).isEqualTo("paged-3");
    assertThat(
            seen(admin.get("/api/v1/keys?owner=" + NodeFixture.USER + "&limit=1000"))
                .json()
                .get("items")
                .size())
        .isGreaterThanOrEqualTo(5);
    assertThat(seen(admin.get("/api/v1/keys?owner=nobody")).json().get("items")).isEmpty();
    assertThat(
            seen(admin.get("/api/v1/keys?state=PreActive&algorithm=AES&type=SymmetricKey"))
                .json()
                .get("items")
                .size())
        .isGreaterThanOrEqualTo(5);
    assertThat(seen(admin.get("/api/v1/keys?state=Bogus")).error()).isEqualTo("invalid_parameter");
    assertThat(seen(admin.get("/api/v1/keys?limit=0")).error()).isEqualTo("invalid_parameter");
    assertThat(seen(admin.get("/api/v1/keys?limit=abc")).status()).isEqualTo(400);
  }

  @Test
  void aKeyGoesThroughItsLifecycleAndVersions() {
    String id = create("rotating").get("id").asText();
    assertThat(seen(admin.post("/api/v1/keys/" + id + "/activate")).json().get("state").asText())
        .isEqualTo("Active");
    AdminClient.Response rekeyed = seen(admin.post("/api/v1/keys/" + id + "/rekey", json()));
    assertThat(rekeyed.status()).as(rekeyed.toString()).isEqualTo(201);
    JsonNode next = rekeyed.json();
    assertThat(next.get("version").asInt()).isEqualTo(1);
    assertThat(next.get("owner").asText()).isEqualTo(NodeFixture.USER);
    assertThat(next.get("versions")).hasSize(2);

    // An active key cannot be destroyed: revoke it first.
    AdminClient.Response early = seen(admin.post("/api/v1/keys/" + id + "/destroy"));
    assertThat(early.status()).isEqualTo(409);
    assertThat(early.error()).isEqualTo("wrong_state");
    AdminClient.Response revoked =
        seen(
            admin.post(
                "/api/v1/keys/" + id + "/revoke",
                json().put("reason", "CessationOfOperation").put("message", "rotated")));
    assertThat(revoked.json().get("state").asText()).isEqualTo("Deactivated");
    assertThat(
            seen(admin.post("/api/v1/keys/" + id + "/revoke", json().put("reason", "Oops")))
                .error())
        .isEqualTo("invalid_field");
    AdminClient.Response destroyed = seen(admin.post("/api/v1/keys/" + id + "/destroy"));
    assertThat(destroyed.json().get("state").asText()).isEqualTo("Destroyed");
    assertThat(destroyed.json().get("material").asText()).isEqualTo("destroyed");
    assertThat(seen(admin.get("/api/v1/keys/no-such-id")).error()).isEqualTo("not_found");
  }

  @Test
  void customAttributesAreSetAndDeleted() {
    String id = create("tagged").get("id").asText();
    AdminClient.Response set =
        seen(
            admin.put(
                "/api/v1/keys/" + id + "/attributes/x-expiry", json().put("value", "2031-01-01")));
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(attribute(set.json(), "x-expiry").get("value").asText()).isEqualTo("2031-01-01");
    AdminClient.Response changed =
        seen(
            admin.put(
                "/api/v1/keys/" + id + "/attributes/x-expiry",
                json().put("type", "DateTime").put("value", "2032-01-01T00:00:00Z")));
    assertThat(attribute(changed.json(), "x-expiry").get("type").asText()).isEqualTo("DateTime");
    seen(admin.put("/api/v1/keys/" + id + "/attributes/x-rotations", json().put("value", 3)));
    assertThat(
            attribute(seen(admin.get("/api/v1/keys/" + id)).json(), "x-rotations")
                .get("value")
                .asInt())
        .isEqualTo(3);
    assertThat(
            seen(admin.put("/api/v1/keys/" + id + "/attributes/Name", json().put("value", "x")))
                .error())
        .isEqualTo("invalid_parameter");
    AdminClient.Response deleted =
        seen(admin.delete("/api/v1/keys/" + id + "/attributes/x-expiry"));
    assertThat(deleted.status()).isEqualTo(200);
    assertThat(attribute(deleted.json(), "x-expiry")).isNull();
    assertThat(seen(admin.delete("/api/v1/keys/" + id + "/attributes/x-expiry")).error())
        .isEqualTo("not_found");
  }

  @Test
  void aKeyIsGivenToAnotherUser() {
    admin.post("/api/v1/users", json().put("name", "dave").put("password", "dave-password-1"));
    String id = create("handover").get("id").asText();
    String v1 = seen(admin.post("/api/v1/keys/" + id + "/rekey")).json().get("id").asText();
    AdminClient.Response moved =
        seen(admin.put("/api/v1/keys/" + id + "/owner", json().put("owner", "dave")));
    assertThat(moved.status()).as(moved.toString()).isEqualTo(200);
    assertThat(moved.json().get("changed").toString()).contains(id, v1);
    assertThat(seen(admin.get("/api/v1/keys/" + v1)).json().get("owner").asText())
        .isEqualTo("dave");
    assertThat(
            seen(admin.put("/api/v1/keys/" + id + "/owner", json().put("owner", "ghost"))).error())
        .isEqualTo("invalid_field");
  }

  @Test
  void creatingNeedsAnExistingOwnerAndAUniqueName() {
    create("unique");
    ObjectNode again = json().put("owner", NodeFixture.USER).put("name", "unique");
    assertThat(seen(admin.post("/api/v1/keys", again)).error()).isEqualTo("already_exists");
    assertThat(seen(admin.post("/api/v1/keys", json().put("name", "x"))).error())
        .isEqualTo("missing_field");
    assertThat(seen(admin.post("/api/v1/keys", json().put("owner", "nobody"))).error())
        .isEqualTo("invalid_field");
    assertThat(
            seen(admin.post(
                    "/api/v1/keys",
                    json().put("owner", NodeFixture.USER).put("algorithm", "ROT13")))
                .error())
        .isEqualTo("invalid_field");
  }

  private static JsonNode attribute(JsonNode key, String name) {
    for (JsonNode a : key.get("attributes")) {
      if (a.get("name").asText().equals(name)) {
        return a;
      }
    }
    return null;
  }
}
