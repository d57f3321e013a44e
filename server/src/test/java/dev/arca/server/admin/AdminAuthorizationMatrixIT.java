package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.access.Caller;
import dev.arca.core.admin.AdminPermission;
import dev.arca.core.key.AttributeSet;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.NodeFixture;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin API's side of the authorization matrix: every resource of identity and access, keys,
 * network, security and administrators, for an administrator holding the resource's permission
 * area, one holding every area but that one, a disabled administrator (with a session opened before
 * it was disabled), a wrong password and a locked-out administrator.
 */
class AdminAuthorizationMatrixIT {

  private static final String PASSWORD = "matrix-admin-password-0123";

  private static NodeFixture node;
  private static AdminClient root;
  private static String keyId;
  private static int serial;

  enum Subject {
    WITH_AREA,
    WITHOUT_AREA,
    DISABLED,
    WRONG_PASSWORD,
    LOCKED
  }

  /** A request of the matrix: what it needs, and how to make a fresh one. */
  record Resource(String label, AdminPermission area, Supplier<Request> request) {}

  record Request(String method, String path, JsonNode body) {}

  private static final Map<AdminPermission, String> WITH = new EnumMap<>(AdminPermission.class);
  private static final Map<AdminPermission, String> WITHOUT = new EnumMap<>(AdminPermission.class);

  @BeforeAll
  static void start() throws Exception {
    node = NodeFixture.start();
    root = AdminClient.of(node).asAdmin();
    node.node.users().create("am-user", "am-user-password-0123".toCharArray());
    node.node.sharing().createGroup("am-group");
    keyId =
        node.node
            .keys()
            .create(
                Caller.of("am-user"),
                ObjectType.SYMMETRIC_KEY,
                AttributeSet.builder()
                    .add(
                        Ttlv.enumeration(
                            Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()))
                    .add(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256))
                    .add(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 12))
                    .build())
            .id();
    for (AdminPermission area : AdminPermission.values()) {
      String with = "am-with-" + area.name().toLowerCase(Locale.ROOT).replace('_', '-');
      String without = "am-without-" + area.name().toLowerCase(Locale.ROOT).replace('_', '-');
      createAdmin(with, EnumSet.of(area));
      EnumSet<AdminPermission> rest = EnumSet.allOf(AdminPermission.class);
      rest.remove(area);
      createAdmin(without, rest);
      WITH.put(area, with);
      WITHOUT.put(area, without);
    }
    createAdmin("am-disabled", EnumSet.allOf(AdminPermission.class));
    createAdmin("am-locked", EnumSet.allOf(AdminPermission.class));
    for (int i = 0; i < node.node.admins().settings().lockoutThreshold(); i++) {
      assertThat(login("am-locked", "not-the-password-0123").status()).isEqualTo(401);
    }
    assertThat(node.node.admins().get("am-locked").orElseThrow().lockedUntil()).isPresent();
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  private static void createAdmin(String name, Set<AdminPermission> areas) {
    ObjectNode body =
        AdminClient.JSON.createObjectNode().put("name", name).put("password", PASSWORD);
    areas.forEach(a -> body.withArray("permissions").add(a.name()));
    AdminClient.Response r = root.post("/api/v1/admins", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  private static AdminClient.Response login(String name, String password) {
    return AdminClient.of(node)
        .post(
            "/api/v1/login",
            AdminClient.JSON.createObjectNode().put("username", name).put("password", password));
  }

  static List<Resource> resources() {
    List<Resource> r = new ArrayList<>();
    r.add(
        new Resource("list users", AdminPermission.USERS, () -> req("GET", "/api/v1/users", null)));
    r.add(
        new Resource(
            "create group",
            AdminPermission.USERS,
            () ->
                req(
                    "POST",
                    "/api/v1/groups",
                    AdminClient.JSON.createObjectNode().put("name", "am-g-" + (++serial)))));
    r.add(
        new Resource(
            "add group member",
            AdminPermission.USERS,
            () -> req("PUT", "/api/v1/groups/am-group/members/am-user", null)));
    r.add(
        new Resource(
            "set user permissions",
            AdminPermission.USERS,
            () -> req("PUT", "/api/v1/users/am-user/permissions", permissions("permissions"))));
    r.add(
        new Resource(
            "unlock user",
            AdminPermission.USERS,
            () -> req("POST", "/api/v1/users/am-user/unlock", null)));
    r.add(new Resource("list keys", AdminPermission.KEYS, () -> req("GET", "/api/v1/keys", null)));
    r.add(
        new Resource(
            "show key", AdminPermission.KEYS, () -> req("GET", "/api/v1/keys/" + keyId, null)));
    r.add(
        new Resource(
            "grant key to group",
            AdminPermission.KEYS,
            () ->
                req(
                    "PUT",
                    "/api/v1/keys/" + keyId + "/groups/am-group",
                    permissions("permissions", "encrypt"))));
    r.add(
        new Resource(
            "show key groups",
            AdminPermission.KEYS,
            () -> req("GET", "/api/v1/keys/" + keyId + "/groups", null)));
    r.add(
        new Resource(
            "reassign owner",
            AdminPermission.KEYS,
            () ->
                req(
                    "PUT",
                    "/api/v1/keys/" + keyId + "/owner",
                    AdminClient.JSON.createObjectNode().put("owner", "am-user"))));
    r.add(
        new Resource(
            "list listeners",
            AdminPermission.NETWORK,
            () -> req("GET", "/api/v1/listeners", null)));
    r.add(
        new Resource("list CAs", AdminPermission.SECURITY, () -> req("GET", "/api/v1/cas", null)));
    r.add(
        new Resource(
            "show master key",
            AdminPermission.SECURITY,
            () -> req("GET", "/api/v1/master-key", null)));
    r.add(
        new Resource(
            "list administrators",
            AdminPermission.HIGH_ACCESS,
            () -> req("GET", "/api/v1/admins", null)));
    r.add(
        new Resource(
            "create administrator",
            AdminPermission.HIGH_ACCESS,
            () -> {
              ObjectNode body =
                  AdminClient.JSON
                      .createObjectNode()
                      .put("name", "am-new-" + (++serial))
                      .put("password", PASSWORD);
              body.putArray("permissions").add("LOGS");
              return req("POST", "/api/v1/admins", body);
            }));
    r.add(
        new Resource(
            "set password policy",
            AdminPermission.HIGH_ACCESS,
            () ->
                req(
                    "PUT",
                    "/api/v1/password-policy",
                    AdminClient.JSON.createObjectNode().put("history", 0))));
    return r;
  }

  private static JsonNode permissions(String field, String... values) {
    ObjectNode body = AdminClient.JSON.createObjectNode();
    for (String v : values) {
      body.withArray(field).add(v);
    }
    if (values.length == 0) {
      body.putArray(field);
    }
    return body;
  }

  private static Request req(String method, String path, JsonNode body) {
    return new Request(method, path, body);
  }

  @Test
  void everyResourceAnswersEveryAdministratorAsItsAreaSays() {
    // A session of am-disabled opened while it was enabled, then the account is disabled.
    AdminClient disabledSession = AdminClient.of(node).login("am-disabled", PASSWORD);
    AdminClient.Response off =
        root.put(
            "/api/v1/admins/am-disabled/enabled",
            AdminClient.JSON.createObjectNode().put("enabled", false));
    assertThat(off.status()).as(off.toString()).isEqualTo(200);

    List<String> wrong = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    int cells = 0;
    for (Resource resource : resources()) {
      table.append(String.format(Locale.ROOT, "%-22s", resource.label()));
      for (Subject s : Subject.values()) {
        int status;
        switch (s) {
          case WITH_AREA:
            status =
                send(AdminClient.of(node).login(WITH.get(resource.area()), PASSWORD), resource);
            break;
          case WITHOUT_AREA:
            status =
                send(AdminClient.of(node).login(WITHOUT.get(resource.area()), PASSWORD), resource);
            break;
          case DISABLED:
            status = send(disabledSession, resource);
            assertThat(login("am-disabled", PASSWORD).status()).isEqualTo(401);
            break;
          case WRONG_PASSWORD:
            status = login(WITH.get(resource.area()), "not-the-password-0123").status();
            break;
          default:
            status = login("am-locked", PASSWORD).status();
            break;
        }
        int want = expected(s);
        boolean ok = want == 200 ? status >= 200 && status < 300 : status == want;
        cells++;
        table.append(String.format(Locale.ROOT, " %-6d", status));
        if (!ok) {
          wrong.add(resource.label() + " by " + s + ": expected " + want + ", got " + status);
        }
      }
      table.append('\n');
    }
    System.out.println(table);
    assertThat(cells).isEqualTo(resources().size() * Subject.values().length);
    assertThat(wrong).isEmpty();
  }

  /** 200 stands for any success. */
  static int expected(Subject s) {
    switch (s) {
      case WITH_AREA:
        return 200;
      case WITHOUT_AREA:
        return 403;
      default:
        return 401;
    }
  }

  private static int send(AdminClient client, Resource resource) {
    Request r = resource.request().get();
    AdminClient.Response answer =
        r.body() == null
            ? client.send(r.method(), r.path(), java.util.Optional.empty(), null)
            : client.send(
                r.method(),
                r.path(),
                java.util.Optional.of(AdminClient.bytes(r.body())),
                "application/json");
    if (answer.status() == 403) {
      assertThat(answer.error()).isEqualTo("not_permitted");
    }
    return answer.status();
  }
}
