package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.server.testing.KmipTestClient;
import dev.arca.server.testing.NodeFixture;
import dev.arca.server.tls.TlsContexts;
import dev.arca.server.tls.TlsMaterial;
import java.net.InetSocketAddress;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Client users, their client bundles, and administrators, over real HTTPS. */
class UsersAndAdministratorsIT {

  private static NodeFixture node;
  private static AdminClient admin;

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

  @Test
  void clientUsersAreCreatedListedChangedAndDeleted() {
    AdminClient.Response created =
        admin.post(
            "/api/v1/users", json().put("name", "alice").put("password", "alice-password-1"));
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("name").asText()).isEqualTo("alice");
    assertThat(created.json().get("enabled").asBoolean()).isTrue();
    assertThat(created.text()).doesNotContain("alice-password-1").doesNotContain("pbkdf2");

    assertThat(
            admin
                .post(
                    "/api/v1/users", json().put("name", "alice").put("password", "another-one-123"))
                .error())
        .isEqualTo("already_exists");
    assertThat(
            admin
                .post(
                    "/api/v1/users",
                    json().put("name", "bad name").put("password", "password-123456"))
                .error())
        .isEqualTo("invalid_name");
    assertThat(
            admin.post("/api/v1/users", json().put("name", "bob").put("password", "short")).error())
        .isEqualTo("invalid_password");

    JsonNode list = admin.get("/api/v1/users").json().get("items");
    assertThat(list.findValuesAsText("name")).contains("alice", NodeFixture.USER);
    assertThat(admin.get("/api/v1/users/alice").json().get("name").asText()).isEqualTo("alice");

    assertThat(
            admin
                .put("/api/v1/users/alice/enabled", json().put("enabled", false))
                .json()
                .get("enabled")
                .asBoolean())
        .isFalse();
    assertThat(node.node.users().authenticate("alice", "alice-password-1".toCharArray())).isEmpty();
    admin.put("/api/v1/users/alice/enabled", json().put("enabled", true));
    assertThat(
            admin
                .put("/api/v1/users/alice/password", json().put("password", "alice-password-2"))
                .status())
        .isEqualTo(204);
    assertThat(node.node.users().authenticate("alice", "alice-password-2".toCharArray()))
        .isPresent();

    assertThat(admin.delete("/api/v1/users/alice").status()).isEqualTo(204);
    assertThat(admin.get("/api/v1/users/alice").status()).isEqualTo(404);
    assertThat(admin.delete("/api/v1/users/alice").error()).isEqualTo("not_found");
  }

  @Test
  void aClientBundleIsIssuedOnceAndWorksOnTheKmipListener() throws Exception {
    admin.post("/api/v1/users", json().put("name", "carol").put("password", "carol-password-1"));
    int before = node.audit().size();
    AdminClient.Response issued =
        admin.post("/api/v1/users/carol/bundle", json().put("host", "kms.example.com"));
    assertThat(issued.status()).as(issued.toString()).isEqualTo(201);
    JsonNode bundle = issued.json();
    assertThat(bundle.get("certificate").asText()).startsWith("-----BEGIN CERTIFICATE-----");
    assertThat(bundle.get("privateKey").asText()).startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(bundle.get("caCertificates").asText()).contains("BEGIN CERTIFICATE");
    assertThat(bundle.get("subject").asText()).contains("CN=carol");
    assertThat(bundle.at("/server/host").asText()).isEqualTo("kms.example.com");
    assertThat(bundle.at("/server/port").asInt()).isEqualTo(node.port());
    assertThat(bundle.get("pykmipConf").asText())
        .contains("[client]", "host=kms.example.com", "port=" + node.port(), "username=carol")
        .doesNotContain("carol-password-1");
    assertThat(issued.header("Cache-Control")).contains("no-store");
    assertThat(node.audit().subList(before, node.audit().size()))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("user.bundle.issue");
              assertThat(e.objects()).contains("carol");
              assertThat(e.toString()).doesNotContain("PRIVATE KEY");
            });

    TlsMaterial carol =
        KmipRequests.material(
            bundle.get("certificate").asText(),
            bundle.get("privateKey").asText(),
            bundle.get("caCertificates").asText());
    try (KmipTestClient kmip =
        KmipTestClient.connect(
            TlsContexts.client(carol), new InetSocketAddress("127.0.0.1", node.port()))) {
      ResponseBatchItem created =
          KmipRequests.item(
              kmip.call(
                  KmipRequests.createAes(
                      Optional.of(KmipRequests.credential("carol", "carol-password-1")))));
      assertThat(created.resultStatus())
          .as(created.resultMessage().orElse(""))
          .isEqualTo(ResultStatus.SUCCESS);
    }

    // Empty body: the defaults; an unknown user: not found.
    assertThat(admin.post("/api/v1/users/carol/bundle").status()).isEqualTo(201);
    assertThat(admin.post("/api/v1/users/nobody/bundle").error()).isEqualTo("not_found");
    assertThat(admin.post("/api/v1/users/carol/bundle", json().put("host", "[::1]")).error())
        .isEqualTo("invalid_field");
  }

  @Test
  void administratorsAreManagedByHighAccess() {
    ObjectNode create = json().put("name", "ops").put("password", "ops-password-123");
    create.putArray("permissions").add("keys").add("Users");
    AdminClient.Response created = admin.post("/api/v1/admins", create);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.json().get("permissions").toString()).isEqualTo("[\"USERS\",\"KEYS\"]");
    assertThat(created.text()).doesNotContain("ops-password-123").doesNotContain("pbkdf2");

    ObjectNode bad = json().put("name", "x1").put("password", "x1-password-123");
    bad.putArray("permissions").add("GOD_MODE");
    AdminClient.Response refused = admin.post("/api/v1/admins", bad);
    assertThat(refused.error()).isEqualTo("invalid_field");
    assertThat(refused.json().at("/error/message").asText()).contains("GOD_MODE", "HIGH_ACCESS");

    AdminClient ops = AdminClient.of(node).login("ops", "ops-password-123");
    assertThat(ops.get("/api/v1/users").status()).isEqualTo(200);

    ObjectNode areas = json();
    areas.putArray("permissions").add("KEYS");
    assertThat(
            admin.put("/api/v1/admins/ops/permissions", areas).json().get("permissions").toString())
        .isEqualTo("[\"KEYS\"]");
    // Areas are read on every request: the change applies at once.
    assertThat(ops.get("/api/v1/users").status()).isEqualTo(403);

    // A reset by high access ends the administrator's sessions.
    assertThat(
            admin
                .put("/api/v1/admins/ops/password", json().put("password", "ops-password-456"))
                .status())
        .isEqualTo(204);
    assertThat(ops.get("/api/v1/keys").status()).isEqualTo(401);
    ops = AdminClient.of(node).login("ops", "ops-password-456");

    assertThat(admin.put("/api/v1/admins/ops/enabled", json().put("enabled", false)).status())
        .isEqualTo(200);
    assertThat(ops.get("/api/v1/keys").status()).isEqualTo(401);

    assertThat(admin.get("/api/v1/admins").json().get("items").findValuesAsText("name"))
        .contains("admin", "ops");
    assertThat(admin.delete("/api/v1/admins/ops").status()).isEqualTo(204);
    assertThat(admin.get("/api/v1/admins/ops").error()).isEqualTo("not_found");

    // With a second high-access administrator, either may go; the last one may not.
    ObjectNode root = json().put("name", "root2").put("password", "root2-password-123");
    root.putArray("permissions").add("HIGH_ACCESS");
    admin.post("/api/v1/admins", root);
    AdminClient root2 = AdminClient.of(node).login("root2", "root2-password-123");
    assertThat(root2.get("/api/v1/admins").status()).isEqualTo(200);
    assertThat(root2.delete("/api/v1/admins/root2").status()).isEqualTo(204);
    assertThat(admin.delete("/api/v1/admins/admin").error()).isEqualTo("last_high_access");
  }
}
