package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.audit.AuditEvent;
import dev.arca.server.testing.NodeFixture;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The admin API's common ground over real HTTPS: login and sessions, authorization by permission
 * area, the error format for every kind of bad request, the security headers, the audit trail.
 */
class AdminApiIT {

  private static NodeFixture node;

  @BeforeAll
  static void start() {
    node = NodeFixture.start();
  }

  @AfterAll
  static void stop() {
    node.close();
  }

  private static ObjectNode json() {
    return AdminClient.JSON.createObjectNode();
  }

  private static AdminClient admin() {
    return AdminClient.of(node).asAdmin();
  }

  /** Creates an administrator with these areas and returns a client logged in as it. */
  private static AdminClient administratorWith(String name, String... areas) {
    ObjectNode body = json().put("name", name).put("password", "password-of-" + name);
    ArrayNode permissions = body.putArray("permissions");
    for (String area : areas) {
      permissions.add(area);
    }
    AdminClient.Response created = admin().post("/api/v1/admins", body);
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    return AdminClient.of(node).login(name, "password-of-" + name);
  }

  // ---- login and sessions --------------------------------------------------------------------

  @Test
  void loginGivesABearerTokenAndLogoutEndsIt() {
    AdminClient c = AdminClient.of(node);
    AdminClient.Response login =
        c.post(
            "/api/v1/login",
            json().put("username", NodeFixture.ADMIN).put("password", NodeFixture.ADMIN_PASSWORD));
    assertThat(login.status()).isEqualTo(200);
    JsonNode session = login.json();
    assertThat(session.get("token").asText()).hasSize(43); // 256 bits, base64url
    assertThat(session.get("tokenType").asText()).isEqualTo("Bearer");
    assertThat(session.get("expiresAt").asText()).isNotEmpty();
    assertThat(session.get("idleTimeoutSeconds").asLong()).isEqualTo(900);
    assertThat(login.header("Set-Cookie")).isEmpty();

    c.withToken(session.get("token").asText());
    AdminClient.Response me = c.get("/api/v1/me");
    assertThat(me.status()).isEqualTo(200);
    assertThat(me.json().get("name").asText()).isEqualTo("admin");
    assertThat(me.json().get("permissions")).hasSize(10);
    assertThat(me.text()).doesNotContain("pbkdf2");

    assertThat(c.post("/api/v1/logout").status()).isEqualTo(204);
    AdminClient.Response after = c.get("/api/v1/me");
    assertThat(after.status()).isEqualTo(401);
    assertThat(after.error()).isEqualTo("authentication_required");
  }

  @Test
  void noTokenOrABadTokenIsRefused() {
    AdminClient c = AdminClient.of(node);
    AdminClient.Response none = c.get("/api/v1/users");
    assertThat(none.status()).isEqualTo(401);
    assertThat(none.error()).isEqualTo("authentication_required");
    AdminClient.Response bad = c.withToken("x".repeat(43)).get("/api/v1/users");
    assertThat(bad.status()).isEqualTo(401);
    assertThat(bad.error()).isEqualTo("authentication_required");
    AdminClient.Response basic =
        AdminClient.of(node).send("GET", "/api/v1/users", Optional.empty(), null);
    assertThat(basic.status()).isEqualTo(401);
  }

  @Test
  void everyLoginFailureGetsTheSameAnswer() {
    administratorWith("disabled-one", "KEYS");
    assertThat(
            admin()
                .put("/api/v1/admins/disabled-one/enabled", json().put("enabled", false))
                .status())
        .isEqualTo(200);
    List<String> answers =
        List.of(
                new String[] {"admin", "wrong password!!"},
                new String[] {"ghost", "some password 123"},
                new String[] {"disabled-one", "password-of-disabled-one"},
                new String[] {"not a name", "some password 123"})
            .stream()
            .map(
                up -> {
                  AdminClient.Response r =
                      AdminClient.of(node)
                          .post(
                              "/api/v1/login",
                              json().put("username", up[0]).put("password", up[1]));
                  assertThat(r.status()).isEqualTo(401);
                  return r.text();
                })
            .distinct()
            .collect(Collectors.toList());
    assertThat(answers)
        .containsExactly(
            "{\"error\":{\"code\":\"authentication_failed\",\"message\":\"authentication failed\"}}");
  }

  @Test
  void anAccountIsLockedAfterFiveFailures() {
    administratorWith("clumsy", "KEYS");
    for (int i = 0; i < 5; i++) {
      AdminClient.Response r =
          AdminClient.of(node)
              .post(
                  "/api/v1/login",
                  json().put("username", "clumsy").put("password", "nope nope nope"));
      assertThat(r.status()).isEqualTo(401);
    }
    AdminClient.Response locked =
        AdminClient.of(node)
            .post(
                "/api/v1/login",
                json().put("username", "clumsy").put("password", "password-of-clumsy"));
    assertThat(locked.status()).isEqualTo(401);
    assertThat(locked.error()).isEqualTo("authentication_failed");
    JsonNode shown = admin().get("/api/v1/admins/clumsy").json();
    assertThat(shown.get("locked").asBoolean()).isTrue();
    assertThat(shown.get("lockedUntil").asText()).isNotEmpty();
    assertThat(admin().post("/api/v1/admins/clumsy/unlock").status()).isEqualTo(200);
    AdminClient.of(node).login("clumsy", "password-of-clumsy");
  }

  // ---- authorization -------------------------------------------------------------------------

  @Test
  void aRouteNeedsItsPermissionArea() {
    AdminClient keysOnly = administratorWith("keys-officer", "KEYS");
    AdminClient.Response users = keysOnly.get("/api/v1/users");
    assertThat(users.status()).isEqualTo(403);
    assertThat(users.error()).isEqualTo("not_permitted");
    assertThat(users.json().at("/error/message").asText()).contains("users");
    assertThat(keysOnly.get("/api/v1/keys").status()).isEqualTo(200);
    assertThat(keysOnly.get("/api/v1/listeners").status()).isEqualTo(403);
    assertThat(keysOnly.get("/api/v1/cas").status()).isEqualTo(403);
    assertThat(keysOnly.get("/metrics").status()).isEqualTo(403);
    // Any administrator sees the status and its own session.
    assertThat(keysOnly.get("/api/v1/status").status()).isEqualTo(200);
    assertThat(keysOnly.get("/api/v1/me").json().get("permissions").toString())
        .isEqualTo("[\"KEYS\"]");
  }

  @Test
  void onlyHighAccessManagesAdministrators() {
    AdminClient usersOfficer = administratorWith("users-officer", "USERS", "SECURITY");
    ObjectNode create = json().put("name", "mallory").put("password", "password-of-mallory");
    create.putArray("permissions").add("HIGH_ACCESS");
    assertThat(usersOfficer.post("/api/v1/admins", create).error()).isEqualTo("not_permitted");
    assertThat(usersOfficer.get("/api/v1/admins").status()).isEqualTo(403);
    assertThat(usersOfficer.delete("/api/v1/admins/admin").status()).isEqualTo(403);
    AdminClient.Response reset =
        usersOfficer.put(
            "/api/v1/admins/admin/password", json().put("password", "hijacked password!"));
    assertThat(reset.status()).isEqualTo(403);
    assertThat(reset.error()).isEqualTo("not_permitted");
    // Its own password it may change, with the current one.
    assertThat(
            usersOfficer
                .put(
                    "/api/v1/admins/users-officer/password",
                    json().put("password", "a new password 123"))
                .error())
        .isEqualTo("wrong_password");
    assertThat(
            usersOfficer
                .put(
                    "/api/v1/admins/users-officer/password",
                    json()
                        .put("password", "a new password 123")
                        .put("currentPassword", "password-of-users-officer"))
                .status())
        .isEqualTo(204);
    // The change ended its sessions.
    assertThat(usersOfficer.get("/api/v1/me").status()).isEqualTo(401);
    AdminClient.of(node).login("users-officer", "a new password 123");
  }

  @Test
  void theLastHighAccessAdministratorCannotBeDeletedOrDemoted() {
    AdminClient admin = admin();
    AdminClient.Response delete = admin.delete("/api/v1/admins/admin");
    assertThat(delete.status()).isEqualTo(409);
    assertThat(delete.error()).isEqualTo("last_high_access");
    ObjectNode demote = json();
    demote.putArray("permissions").add("KEYS");
    assertThat(admin.put("/api/v1/admins/admin/permissions", demote).error())
        .isEqualTo("last_high_access");
    assertThat(admin.put("/api/v1/admins/admin/enabled", json().put("enabled", false)).error())
        .isEqualTo("last_high_access");
  }

  // ---- bad requests --------------------------------------------------------------------------

  @Test
  void badBodiesGetPreciseErrors() {
    AdminClient admin = admin();
    AdminClient.Response malformed =
        admin.send(
            "POST",
            "/api/v1/users",
            Optional.of("{\"name\": ".getBytes(StandardCharsets.UTF_8)),
            "application/json");
    assertThat(malformed.status()).isEqualTo(400);
    assertThat(malformed.error()).isEqualTo("malformed_json");

    AdminClient.Response unknown =
        admin.post(
            "/api/v1/users",
            json().put("name", "u1").put("password", "password-of-u1").put("admin", true));
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.error()).isEqualTo("unknown_field");
    assertThat(unknown.json().at("/error/message").asText()).contains("'admin'");

    AdminClient.Response wrongType =
        admin.post("/api/v1/users", json().put("name", 5).put("password", "password-of-u1"));
    assertThat(wrongType.status()).isEqualTo(400);
    assertThat(wrongType.error()).isEqualTo("invalid_field");
    assertThat(wrongType.json().at("/error/message").asText()).contains("'name'");

    AdminClient.Response stringForBoolean =
        admin.put("/api/v1/users/client/enabled", json().put("enabled", "false"));
    assertThat(stringForBoolean.error()).isEqualTo("invalid_field");
    assertThat(stringForBoolean.json().at("/error/message").asText()).contains("'enabled'");

    AdminClient.Response missing = admin.post("/api/v1/users", json().put("name", "u2"));
    assertThat(missing.error()).isEqualTo("missing_field");
    assertThat(missing.json().at("/error/message").asText()).contains("'password'");

    AdminClient.Response notAnObject =
        admin.send(
            "POST",
            "/api/v1/users",
            Optional.of("[1,2]".getBytes(StandardCharsets.UTF_8)),
            "application/json");
    assertThat(notAnObject.error()).isEqualTo("malformed_json");

    AdminClient.Response duplicate =
        admin.send(
            "POST",
            "/api/v1/users",
            Optional.of(
                "{\"name\":\"a1\",\"name\":\"a2\",\"password\":\"password-of-a1\"}"
                    .getBytes(StandardCharsets.UTF_8)),
            "application/json");
    assertThat(duplicate.status()).isEqualTo(400);

    AdminClient.Response text =
        admin.send(
            "POST",
            "/api/v1/users",
            Optional.of("name=x".getBytes(StandardCharsets.UTF_8)),
            "application/x-www-form-urlencoded");
    assertThat(text.status()).isEqualTo(415);
    assertThat(text.error()).isEqualTo("unsupported_media_type");

    byte[] big =
        ("{\"name\":\"big\",\"password\":\"" + "x".repeat(100_000) + "\"}")
            .getBytes(StandardCharsets.UTF_8);
    AdminClient.Response tooLarge =
        admin.send("POST", "/api/v1/users", Optional.of(big), "application/json");
    assertThat(tooLarge.status()).isEqualTo(413);
    assertThat(tooLarge.error()).isEqualTo("payload_too_large");
    assertThat(admin.get("/api/v1/users/big").status()).isEqualTo(404);
  }

  @Test
  void unknownRoutesAndWrongMethodsAnswerJson() {
    AdminClient admin = admin();
    AdminClient.Response unknown = admin.get("/api/v1/nothing-here");
    assertThat(unknown.status()).isEqualTo(404);
    assertThat(unknown.error()).isEqualTo("not_found");
    assertThat(AdminClient.of(node).get("/favicon.ico").error()).isEqualTo("not_found");
    AdminClient.Response method = admin.delete("/api/v1/status");
    assertThat(method.status()).isEqualTo(405);
    assertThat(method.error()).isEqualTo("method_not_allowed");
    // HEAD would answer for GET routes without running them: refused.
    assertThat(AdminClient.of(node).send("HEAD", "/api/v1/users", Optional.empty(), null).status())
        .isEqualTo(405);
    AdminClient.Response missing = admin.get("/api/v1/users/nobody");
    assertThat(missing.status()).isEqualTo(404);
    assertThat(missing.error()).isEqualTo("not_found");
  }

  // ---- headers and audit ---------------------------------------------------------------------

  @Test
  void everyResponseCarriesTheSecurityHeadersAndNoCookie() {
    AdminClient admin = admin();
    List<AdminClient.Response> responses =
        List.of(
            admin.get("/api/v1/status"),
            AdminClient.of(node).get("/health"),
            AdminClient.of(node).get("/api/v1/users"),
            admin.get("/api/v1/nothing"),
            admin.delete("/api/v1/status"),
            admin.send("POST", "/api/v1/users", Optional.of(new byte[70_000]), "application/json"),
            AdminClient.of(node)
                .post("/api/v1/login", json().put("username", "x").put("password", "y")));
    for (AdminClient.Response r : responses) {
      assertThat(r.header("Strict-Transport-Security")).as(r.toString()).isPresent();
      assertThat(r.header("X-Content-Type-Options")).contains("nosniff");
      assertThat(r.header("Cache-Control")).contains("no-store");
      assertThat(r.header("Content-Security-Policy"))
          .contains("default-src 'none'; frame-ancestors 'none'");
      assertThat(r.header("Referrer-Policy")).contains("no-referrer");
      assertThat(r.header("Set-Cookie")).isEmpty();
      assertThat(r.header("Server")).isEmpty();
    }
  }

  @Test
  void noResponseHoldsASecret() {
    AdminClient admin = admin();
    admin.post("/api/v1/users", json().put("name", "quiet").put("password", "quiet-user-secret"));
    administratorWith("quiet-admin", "KEYS");
    ObjectNode key = json().put("owner", "quiet").put("name", "quiet-key");
    String id = admin.post("/api/v1/keys", key).json().get("id").asText();
    List<String> paths =
        List.of(
            "/api/v1/me",
            "/api/v1/status",
            "/api/v1/users",
            "/api/v1/users/quiet",
            "/api/v1/admins",
            "/api/v1/admins/quiet-admin",
            "/api/v1/keys",
            "/api/v1/keys/" + id,
            "/api/v1/listeners",
            "/api/v1/cas",
            "/api/v1/cas/local",
            "/api/v1/certificates",
            "/api/v1/certificates/web",
            "/api/v1/openapi.json",
            "/metrics",
            "/health");
    for (String path : paths) {
      AdminClient.Response r = admin.get(path);
      assertThat(r.status()).as(path).isEqualTo(200);
      assertThat(r.text())
          .as(path)
          .doesNotContain("quiet-user-secret")
          .doesNotContain("password-of-quiet-admin")
          .doesNotContain(NodeFixture.ADMIN_PASSWORD)
          .doesNotContain("pbkdf2")
          .doesNotContain("PRIVATE KEY")
          .doesNotContain(admin.token());
    }
  }

  @Test
  void everyRequestIsAudited() {
    int before = node.audit().size();
    AdminClient admin = admin();
    admin.post("/api/v1/users", json().put("name", "audited").put("password", "secret-of-audited"));
    admin.get("/api/v1/users/audited");
    AdminClient.of(node).get("/api/v1/users");
    admin.get("/api/v1/bogus");
    List<AuditEvent> events = node.audit().subList(before, node.audit().size());
    List<AuditEvent> https =
        events.stream().filter(e -> e.channel().equals("https")).collect(Collectors.toList());
    assertThat(https)
        .extracting(AuditEvent::action)
        .containsSubsequence("login", "user.create", "user.show", "user.list", "unmatched");
    AuditEvent create =
        https.stream().filter(e -> e.action().equals("user.create")).findFirst().orElseThrow();
    assertThat(create.actor()).isEqualTo("admin");
    assertThat(create.objects()).containsExactly("audited");
    assertThat(create.outcome()).isEqualTo("Success");
    assertThat(create.source()).isEqualTo("127.0.0.1");
    AuditEvent refused =
        https.stream()
            .filter(e -> e.action().equals("user.list"))
            .reduce((a, b) -> b)
            .orElseThrow();
    assertThat(refused.actor()).isEqualTo("-");
    assertThat(refused.outcome()).isEqualTo("authentication_required");
    for (AuditEvent e : node.audit()) {
      assertThat(e.toString())
          .doesNotContain("secret-of-audited")
          .doesNotContain(NodeFixture.ADMIN_PASSWORD)
          .doesNotContain(admin.token());
    }
  }
}
