package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.key.testing.MutableClock;
import dev.arca.server.NodeOptions;
import dev.arca.server.testing.NodeFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The password policy over the API, on a node whose clock the test moves. */
class PasswordPolicyIT {

  private final MutableClock clock = new MutableClock(Instant.now());
  private NodeFixture node;

  @BeforeEach
  void start() {
    node =
        NodeFixture.start(
            UnaryOperator.identity(),
            o ->
                new NodeOptions(
                    o.firstUser(),
                    o.firstUserPassword(),
                    o.extraServerNames(),
                    clock,
                    o.userSettings(),
                    o.masterKeyIterations(),
                    o.audit(),
                    o.adminPassword(),
                    o.adminSettings(),
                    o.adminApi()));
  }

  @AfterEach
  void stop() {
    node.close();
  }

  @Test
  void anExpiredPasswordAllowsOnlyItsOwnChange() {
    AdminClient root = AdminClient.of(node).asAdmin();
    AdminClient.Response set =
        root.put(
            "/api/v1/password-policy",
            AdminClient.JSON.createObjectNode().put("maxAgeDays", 30).put("history", 2));
    assertThat(set.status()).as(set.toString()).isEqualTo(200);
    assertThat(set.json().get("maxAgeDays").asInt()).isEqualTo(30);
    assertThat(node.audit())
        .anySatisfy(e -> assertThat(e.action()).isEqualTo("password-policy.set"));

    clock.advance(Duration.ofDays(31));
    AdminClient expired = AdminClient.of(node).asAdmin();
    AdminClient.Response refused = expired.get("/api/v1/users");
    assertThat(refused.status()).isEqualTo(403);
    assertThat(refused.error()).isEqualTo("password_expired");
    // The same password again is refused by the history.
    AdminClient.Response reused =
        expired.put(
            "/api/v1/admins/admin/password",
            AdminClient.JSON
                .createObjectNode()
                .put("password", NodeFixture.ADMIN_PASSWORD)
                .put("currentPassword", NodeFixture.ADMIN_PASSWORD));
    assertThat(reused.status()).as(reused.toString()).isEqualTo(400);
    assertThat(reused.error()).isEqualTo("invalid_password");
    AdminClient.Response changed =
        expired.put(
            "/api/v1/admins/admin/password",
            AdminClient.JSON
                .createObjectNode()
                .put("password", "a-brand-new-admin-password-42")
                .put("currentPassword", NodeFixture.ADMIN_PASSWORD));
    assertThat(changed.status()).as(changed.toString()).isEqualTo(204);
    // A password change ends the sessions of its administrator: log in with the new one.
    AdminClient renewed = AdminClient.of(node).login("admin", "a-brand-new-admin-password-42");
    assertThat(renewed.get("/api/v1/users").status()).isEqualTo(200);
  }

  @Test
  void policyValuesOutOfRangeAreRefusedWithTheirName() {
    AdminClient root = AdminClient.of(node).asAdmin();
    AdminClient.Response r =
        root.put(
            "/api/v1/password-policy", AdminClient.JSON.createObjectNode().put("minClasses", 5));
    assertThat(r.status()).isEqualTo(400);
    assertThat(r.text()).contains("minClasses must be between 0 and 4");
    AdminClient.Response tooShort =
        root.put(
            "/api/v1/password-policy", AdminClient.JSON.createObjectNode().put("minLength", 8));
    assertThat(tooShort.status()).isEqualTo(400);
    assertThat(root.get("/api/v1/password-policy").json().get("minLength").asInt()).isEqualTo(12);
  }

  @Test
  void aLockedClientUserIsUnlockedByAnAdministrator() throws Exception {
    for (int i = 0; i < 5; i++) {
      node.node.users().authenticate(NodeFixture.USER, "not-the-password-0123".toCharArray());
    }
    assertThat(node.node.users().authenticate(NodeFixture.USER, NodeFixture.PASSWORD.toCharArray()))
        .isEmpty();
    AdminClient root = AdminClient.of(node).asAdmin();
    assertThat(root.get("/api/v1/users/" + NodeFixture.USER).json().get("lockedUntil").isTextual())
        .isTrue();
    AdminClient.Response unlocked = root.post("/api/v1/users/" + NodeFixture.USER + "/unlock");
    assertThat(unlocked.status()).as(unlocked.toString()).isEqualTo(200);
    assertThat(unlocked.json().get("lockedUntil").isNull()).isTrue();
    assertThat(node.node.users().authenticate(NodeFixture.USER, NodeFixture.PASSWORD.toCharArray()))
        .isPresent();
  }

  @Test
  void deletingAUserEndsItsGroupMemberships() throws Exception {
    node.node.users().create("leaver", "leaver-password-0123456".toCharArray());
    node.node.sharing().createGroup("team");
    node.node.sharing().addMember("team", "leaver");
    AdminClient root = AdminClient.of(node).asAdmin();
    assertThat(root.delete("/api/v1/users/leaver").status()).isEqualTo(204);
    assertThat(node.node.sharing().group("team").orElseThrow().members()).isEmpty();
    // A new user of the same name starts with no membership.
    node.node.users().create("leaver", "leaver-password-0123456".toCharArray());
    assertThat(node.node.sharing().groupsOf("leaver")).isEmpty();
  }
}
