package dev.arca.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.AddAttributeRequest;
import dev.arca.kmip.payload.AddAttributeResponse;
import dev.arca.kmip.payload.DeleteAttributeResponse;
import dev.arca.kmip.payload.ModifyAttributeRequest;
import dev.arca.kmip.payload.ModifyAttributeResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.NodeFixture;
import dev.arca.server.tls.TlsContexts;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A key's owner shares it with a key sharing group over KMIP, through the share attribute ({@value
 * ArcaAttributes#SHARE_V1}), over real TLS with the Java client: the grant lets the group's members
 * do what it names and nothing more, covers every version, shows in Get Attributes and in the admin
 * API alike, and only the owner changes it.
 */
class OwnerSharingIT {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] DATA = "shared data".getBytes(StandardCharsets.UTF_8);
  private static final String PASSWORD = "sharing-password-0123456789";
  private static final String TEAM = "sh-team";

  /** What KMIP 2.x answers for a missing object (1.x calls it Item Not Found). */
  private static final ResultReason MISSING = ResultReason.OBJECT_NOT_FOUND;

  private static final CryptographicParameters GCM =
      CryptographicParameters.builder()
          .blockCipherMode(BlockCipherMode.GCM)
          .tagLength(16)
          .randomIv(true)
          .build();

  private static NodeFixture node;
  private static HttpClient http;
  private static String token;
  private static KmipClient owner;
  private static KmipClient member;
  private static KmipClient other;
  private static KmipClient owner14;
  private static int serial;

  @BeforeAll
  static void start() throws Exception {
    node = NodeFixture.start();
    http =
        HttpClient.newBuilder()
            .sslContext(TlsContexts.client(node.caCertificates()))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    token =
        admin(
                "POST",
                "/api/v1/login",
                JSON.createObjectNode()
                    .put("username", NodeFixture.ADMIN)
                    .put("password", NodeFixture.ADMIN_PASSWORD),
                200)
            .get("token")
            .asText();
    for (String user : List.of("sh-owner", "sh-member", "sh-other")) {
      admin(
          "POST",
          "/api/v1/users",
          JSON.createObjectNode().put("name", user).put("password", PASSWORD),
          201);
    }
    for (String group : List.of(TEAM, "sh-auditors")) {
      admin("POST", "/api/v1/groups", JSON.createObjectNode().put("name", group), 201);
    }
    admin("PUT", "/api/v1/groups/" + TEAM + "/members/sh-member", null, 200);
    admin("PUT", "/api/v1/groups/sh-auditors/members/sh-other", null, 200);
    owner = client("sh-owner", KmipVersion.V2_1);
    member = client("sh-member", KmipVersion.V2_1);
    other = client("sh-other", KmipVersion.V2_1);
    owner14 = client("sh-owner", KmipVersion.V1_4);
  }

  @AfterAll
  static void stop() {
    for (KmipClient c : new KmipClient[] {owner, member, other, owner14}) {
      if (c != null) {
        c.close();
      }
    }
    if (node != null) {
      node.close();
    }
  }

  private static KmipClient client(String user, KmipVersion version) throws IOException {
    return KmipClient.builder()
        .bundle(node.bundle())
        .credential(user, PASSWORD.toCharArray())
        .protocolVersion(version)
        .build();
  }

  @Test
  void ownerSharesAMemberUsesWithinThePermissionsAndUnsharingRevokes() throws Exception {
    String id = newKey();
    Encrypted sealed = owner.encrypt(id, GCM, DATA);
    assertThat(reason(() -> member.encrypt(id, GCM, DATA))).isEqualTo(MISSING);

    share(owner, id, TEAM, List.of("encrypt"));

    assertThat(ArcaAttributes.shares(owner.getAttributes(id)))
        .isEqualTo(Map.of(TEAM, List.of("encrypt")));
    assertThat(grantsInAdminApi(id)).isEqualTo(Map.of(TEAM, List.of("encrypt")));
    // The member may encrypt and decrypt, and see the grant; nothing more.
    assertThat(member.decrypt(id, GCM, member.encrypt(id, GCM, DATA))).isEqualTo(DATA);
    assertThat(member.decrypt(id, GCM, sealed)).isEqualTo(DATA);
    assertThat(ArcaAttributes.shares(member.getAttributes(id))).containsOnlyKeys(TEAM);
    assertThat(reason(() -> member.get(id))).isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(reason(() -> member.destroy(id))).isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(reason(() -> member.rekey(id))).isEqualTo(ResultReason.PERMISSION_DENIED);
    // Another user, in another group, sees nothing.
    assertThat(reason(() -> other.encrypt(id, GCM, DATA))).isEqualTo(MISSING);

    // Sharing again replaces the group's permissions.
    share(owner, id, TEAM, List.of("get", "encrypt"));
    assertThat(ArcaAttributes.shares(owner.getAttributes(id)))
        .isEqualTo(Map.of(TEAM, List.of("get", "encrypt")));
    assertThat(member.get(id).uniqueIdentifier()).isEqualTo(id);

    unshare(owner, id, TEAM);

    assertThat(ArcaAttributes.shares(owner.getAttributes(id))).isEmpty();
    assertThat(grantsInAdminApi(id)).isEmpty();
    assertThat(reason(() -> member.encrypt(id, GCM, DATA))).isEqualTo(MISSING);
    assertThat(reason(() -> member.getAttributes(id))).isEqualTo(MISSING);
  }

  @Test
  void aShareCoversEveryVersionAndAnAdministratorsGrantShowsInTheAttribute() throws Exception {
    String id = newKey();
    share(owner, id, TEAM, List.of("encrypt"));
    String next = owner.rekey(id);

    assertThat(ArcaAttributes.shares(owner.getAttributes(next)))
        .isEqualTo(Map.of(TEAM, List.of("encrypt")));
    assertThat(member.decrypt(next, GCM, member.encrypt(next, GCM, DATA))).isEqualTo(DATA);

    ObjectNode body = JSON.createObjectNode();
    body.putArray("permissions").add("mac");
    admin("PUT", "/api/v1/keys/" + id + "/groups/sh-auditors", body, 200);
    assertThat(ArcaAttributes.shares(owner.getAttributes(next)))
        .isEqualTo(Map.of(TEAM, List.of("encrypt"), "sh-auditors", List.of("mac")));
  }

  @Test
  void aMemberCannotChangeTheShareAndAnotherUserIsAnsweredAsForAMissingKey() throws Exception {
    String id = newKey();
    share(owner, id, TEAM, List.of("encrypt", "modify"));
    Map<String, List<String>> before = ArcaAttributes.shares(owner.getAttributes(id));

    // Even a member whose group may modify attributes does not share the owner's key.
    assertThat(reason(() -> share(member, id, TEAM, List.of("get"))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(reason(() -> unshare(member, id, TEAM))).isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(reason(() -> share(member, id, "sh-auditors", List.of("get"))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);

    KmipClientException hidden =
        catchThrowableOfType(
            () -> share(other, id, "sh-auditors", List.of("get")), KmipClientException.class);
    KmipClientException missing =
        catchThrowableOfType(
            () -> share(other, UUID.randomUUID().toString(), "sh-auditors", List.of("get")),
            KmipClientException.class);
    assertThat(hidden.reason()).isEqualTo(MISSING);
    assertThat(hidden.reason()).isEqualTo(missing.reason());
    assertThat(hidden.status()).isEqualTo(missing.status());
    assertThat(hidden.resultMessage()).isEqualTo(missing.resultMessage());

    assertThat(ArcaAttributes.shares(owner.getAttributes(id))).isEqualTo(before);
    assertThat(reason(() -> other.getAttributes(id))).isEqualTo(MISSING);
  }

  @Test
  void anUnknownGroupOrPermissionIsRefusedByName() throws Exception {
    String id = newKey();

    KmipClientException group =
        catchThrowableOfType(
            () -> share(owner, id, "sh-nosuch", List.of("encrypt")), KmipClientException.class);
    assertThat(group.reason()).isEqualTo(ResultReason.INVALID_ATTRIBUTE_VALUE);
    assertThat(group.resultMessage()).contains("sh-nosuch");

    KmipClientException permission =
        catchThrowableOfType(
            () -> share(owner, id, TEAM, List.of("encrypt", "launch")), KmipClientException.class);
    assertThat(permission.reason()).isEqualTo(ResultReason.INVALID_ATTRIBUTE_VALUE);
    assertThat(permission.resultMessage()).contains("launch");

    // KMIP 1.x has no Invalid Attribute Value: Invalid Field.
    KmipClientException v1 =
        catchThrowableOfType(
            () -> share(owner14, id, "sh-nosuch", List.of("encrypt")), KmipClientException.class);
    assertThat(v1.reason()).isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(v1.resultMessage()).contains("sh-nosuch");

    assertThat(ArcaAttributes.shares(owner.getAttributes(id))).isEmpty();
    assertThat(grantsInAdminApi(id)).isEmpty();
  }

  @Test
  void kmip14ModifyAndDeleteByIndexChangeTheGrants() throws Exception {
    String id = newKey();
    share(owner14, id, "sh-auditors", List.of("mac"));
    share(owner14, id, TEAM, List.of("encrypt"));
    // Instances are in group order: sh-auditors at index 0, sh-team at index 1.
    assertThat(List.copyOf(ArcaAttributes.shares(owner14.getAttributes(id)).keySet()))
        .containsExactly("sh-auditors", TEAM);

    owner14.call(
        Operation.MODIFY_ATTRIBUTE,
        ModifyAttributeRequest.of(
            id,
            Attribute.of(
                ArcaAttributes.SHARE_V1, 1, Ttlv.text(Tag.ATTRIBUTE_VALUE, TEAM + ":get,encrypt"))),
        ModifyAttributeResponse.class);
    assertThat(grantsInAdminApi(id))
        .isEqualTo(Map.of("sh-auditors", List.of("mac"), TEAM, List.of("get", "encrypt")));
    assertThat(member.get(id).uniqueIdentifier()).isEqualTo(id);

    unshare(owner14, id, "sh-auditors");
    assertThat(grantsInAdminApi(id)).isEqualTo(Map.of(TEAM, List.of("get", "encrypt")));
  }

  @Test
  void theShareIsNotACreationAttributeNorStoredAsACustomOne() throws Exception {
    assertThatThrownBy(
            () ->
                owner.create(
                    KeyAttributes.builder()
                        .name("sh-created-" + (++serial))
                        .algorithm(CryptographicAlgorithm.AES)
                        .length(256)
                        .custom(ArcaAttributes.SHARE_V1, TEAM + ":get")
                        .build()))
        .isInstanceOfSatisfying(
            KmipClientException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_ATTRIBUTE));
    String id = newKey();
    AttributeReference share =
        AttributeReference.vendor(ArcaAttributes.SHARE_VENDOR, ArcaAttributes.SHARE);
    assertThat(owner.getAttributeList(id)).doesNotContain(share);
    share(owner, id, TEAM, List.of("encrypt"));
    assertThat(owner.getAttributeList(id)).contains(share);
    // The grants are the attribute: taken away by an administrator, the instance is gone too.
    admin("DELETE", "/api/v1/keys/" + id + "/groups/" + TEAM, null, 200);
    assertThat(ArcaAttributes.shares(owner.getAttributes(id))).isEmpty();
    assertThat(owner.getAttributeList(id)).doesNotContain(share);
  }

  // ---- helpers ---------------------------------------------------------------------------------

  private static String newKey() throws Exception {
    String id =
        owner.createSymmetricKey(
            "sh-key-" + (++serial),
            CryptographicAlgorithm.AES,
            256,
            CryptographicUsageMask.ENCRYPT,
            CryptographicUsageMask.DECRYPT);
    owner.activate(id);
    return id;
  }

  private static void share(KmipClient c, String id, String group, List<String> permissions)
      throws Exception {
    AddAttributeRequest request =
        ArcaAttributes.shareRequest(c.protocolVersion(), id, group, permissions);
    c.call(Operation.ADD_ATTRIBUTE, request, AddAttributeResponse.class);
  }

  private static void unshare(KmipClient c, String id, String group) throws Exception {
    // The instance to delete, as the owner sees it: a caller that is refused never sees it.
    Map<String, List<String>> current = ArcaAttributes.shares(owner.getAttributes(id));
    c.call(
        Operation.DELETE_ATTRIBUTE,
        ArcaAttributes.unshareRequest(c.protocolVersion(), id, group, current),
        DeleteAttributeResponse.class);
  }

  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  private static ResultReason reason(Call call) throws Exception {
    try {
      call.run();
    } catch (KmipClientException e) {
      return e.reason();
    }
    throw new AssertionError("the request succeeded");
  }

  private static Map<String, List<String>> grantsInAdminApi(String id) throws Exception {
    JsonNode groups = admin("GET", "/api/v1/keys/" + id + "/groups", null, 200).get("groups");
    Map<String, List<String>> out = new java.util.TreeMap<>();
    groups
        .fields()
        .forEachRemaining(
            e -> {
              List<String> names = new java.util.ArrayList<>();
              e.getValue().forEach(p -> names.add(p.asText()));
              out.put(e.getKey(), names);
            });
    return out;
  }

  private static JsonNode admin(String method, String path, JsonNode body, int expected)
      throws IOException, InterruptedException {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(node.adminUrl() + path))
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    b.method(
        method,
        body == null
            ? HttpRequest.BodyPublishers.noBody()
            : HttpRequest.BodyPublishers.ofByteArray(JSON.writeValueAsBytes(body)));
    HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    String text = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(r.statusCode()).as(method + " " + path + ": " + text).isEqualTo(expected);
    return text.isEmpty() ? JSON.createObjectNode() : JSON.readTree(text);
  }
}
