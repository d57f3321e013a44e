package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.audit.AuditEvent;
import dev.arca.core.key.testing.MutableClock;
import dev.arca.server.NodeOptions;
import dev.arca.server.testing.NodeFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Multiple credentials over the API on a node whose clock the test moves: with two approvals
 * required a change does nothing until the second approval; a denied or expired request changes
 * nothing; a time-limited grant lets its borrower approve before it lapses and not after.
 */
class ApprovalQuorumIT {

  private static final String PASSWORD = "quorum-officer-password-01";

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
    AdminClient root = root();
    officer(root, "officer-b", "USERS", "KEYS");
    officer(root, "officer-c", "USERS");
    officer(root, "officer-n", "LOGS");
    AdminClient.Response on =
        root.put(
            "/api/v1/approval-settings",
            AdminClient.JSON
                .createObjectNode()
                .put("requiredApprovals", 2)
                .put("requestLifetimeMinutes", 60)
                .put("maxGrantMinutes", 30));
    // Turning approvals on is itself a change made while they were off: it applies at once.
    assertThat(on.status()).as(on.toString()).isEqualTo(200);
    assertThat(on.json().get("requiredApprovals").asInt()).isEqualTo(2);
  }

  @AfterEach
  void stop() {
    node.close();
  }

  private AdminClient root() {
    return AdminClient.of(node).asAdmin();
  }

  private AdminClient as(String officer) {
    return AdminClient.of(node).login(officer, PASSWORD);
  }

  private static void officer(AdminClient root, String name, String... areas) {
    ObjectNode body =
        AdminClient.JSON.createObjectNode().put("name", name).put("password", PASSWORD);
    for (String a : areas) {
      body.withArray("permissions").add(a);
    }
    AdminClient.Response r = root.post("/api/v1/admins", body);
    assertThat(r.status()).as(r.toString()).isEqualTo(201);
  }

  /** Asks for a new client user as {@code admin}; returns the pending request. */
  private JsonNode askForUser(AdminClient admin, String user) {
    AdminClient.Response r =
        admin.post(
            "/api/v1/users",
            AdminClient.JSON
                .createObjectNode()
                .put("name", user)
                .put("password", "quorum-user-password-0123"));
    assertThat(r.status()).as(r.toString()).isEqualTo(202);
    JsonNode request = r.json();
    assertThat(request.get("status").asText()).isEqualTo("pending");
    assertThat(request.get("action").asText()).isEqualTo("user.create");
    assertThat(request.get("summary").asText()).contains("POST /api/v1/users").contains("password");
    assertThat(r.text()).doesNotContain("quorum-user-password-0123");
    return request;
  }

  private boolean userExists(String name) {
    return node.node.users().get(name).isPresent();
  }

  @Test
  void aChangeNeedingTwoApprovalsDoesNothingUntilTheSecond() {
    AdminClient root = root();
    String id = askForUser(root, "q-user").get("id").asText();
    assertThat(userExists("q-user")).isFalse();
    assertThat(root.get("/api/v1/users/q-user").status()).isEqualTo(404);
    // The requester's approval is the first: it cannot give a second.
    AdminClient.Response again = root.post("/api/v1/approvals/" + id + "/approve");
    assertThat(again.status()).isEqualTo(403);
    assertThat(userExists("q-user")).isFalse();
    // An administrator without the users area cannot approve it either.
    assertThat(as("officer-n").post("/api/v1/approvals/" + id + "/approve").status())
        .isEqualTo(403);
    assertThat(userExists("q-user")).isFalse();

    AdminClient.Response second = as("officer-b").post("/api/v1/approvals/" + id + "/approve");
    assertThat(second.status()).as(second.toString()).isEqualTo(201);
    assertThat(second.header("Arca-Approval-Status")).contains("applied");
    assertThat(second.json().get("name").asText()).isEqualTo("q-user");
    assertThat(userExists("q-user")).isTrue();

    JsonNode shown = root.get("/api/v1/approvals/" + id).json();
    assertThat(shown.get("status").asText()).isEqualTo("applied");
    assertThat(shown.get("approvals")).hasSize(2);
    // Applied once: another approval is refused and nothing runs twice.
    AdminClient.Response third = as("officer-c").post("/api/v1/approvals/" + id + "/approve");
    assertThat(third.status()).isEqualTo(409);
    assertThat(third.error()).isEqualTo("wrong_state");

    List<AuditEvent> applied =
        node.audit().stream()
            .filter(e -> e.action().equals("user.create") && e.objects().contains(id))
            .toList();
    assertThat(applied).hasSize(1);
    assertThat(applied.get(0).actor()).isEqualTo(NodeFixture.ADMIN);
    assertThat(applied.get(0).outcome()).isEqualTo("Success");
    assertThat(applied.get(0).detail())
        .hasValueSatisfying(d -> assertThat(d).contains("approved by admin, officer-b"));
    assertThat(node.audit().stream().filter(e -> e.action().equals("approval.request")))
        .anySatisfy(e -> assertThat(e.outcome()).isEqualTo("Pending"));
  }

  @Test
  void aDeniedRequestChangesNothing() {
    String id = askForUser(root(), "q-denied").get("id").asText();
    AdminClient.Response denied = as("officer-b").post("/api/v1/approvals/" + id + "/deny");
    assertThat(denied.status()).as(denied.toString()).isEqualTo(200);
    assertThat(denied.json().get("status").asText()).isEqualTo("denied");
    assertThat(denied.json().get("outcome").asText()).isEqualTo("denied by officer-b");
    AdminClient.Response late = as("officer-c").post("/api/v1/approvals/" + id + "/approve");
    assertThat(late.status()).isEqualTo(409);
    assertThat(userExists("q-denied")).isFalse();
  }

  @Test
  void anExpiredRequestChangesNothing() {
    String id = askForUser(root(), "q-expired").get("id").asText();
    clock.advance(Duration.ofMinutes(60));
    AdminClient.Response late = as("officer-b").post("/api/v1/approvals/" + id + "/approve");
    assertThat(late.status()).as(late.toString()).isEqualTo(409);
    assertThat(late.error()).isEqualTo("wrong_state");
    assertThat(late.text()).contains("expired");
    assertThat(root().get("/api/v1/approvals/" + id).json().get("status").asText())
        .isEqualTo("expired");
    assertThat(userExists("q-expired")).isFalse();
  }

  @Test
  void aTimeLimitedGrantWorksBeforeItLapsesAndNotAfter() {
    // officer-n has no users area; officer-b lends it its approval right for 10 minutes.
    AdminClient.Response lent =
        as("officer-b")
            .post(
                "/api/v1/grants",
                AdminClient.JSON
                    .createObjectNode()
                    .put("borrower", "officer-n")
                    .put("minutes", 10)
                    .set("areas", AdminClient.JSON.createArrayNode().add("USERS")));
    assertThat(lent.status()).as(lent.toString()).isEqualTo(201);
    // Longer than the configured maximum is refused.
    AdminClient.Response tooLong =
        as("officer-b")
            .post(
                "/api/v1/grants",
                AdminClient.JSON
                    .createObjectNode()
                    .put("borrower", "officer-n")
                    .put("minutes", 31)
                    .set("areas", AdminClient.JSON.createArrayNode().add("USERS")));
    assertThat(tooLong.status()).isEqualTo(400);
    // Nor can one lend an area it does not hold.
    AdminClient.Response notHeld =
        as("officer-c")
            .post(
                "/api/v1/grants",
                AdminClient.JSON
                    .createObjectNode()
                    .put("borrower", "officer-n")
                    .put("minutes", 5)
                    .set("areas", AdminClient.JSON.createArrayNode().add("KEYS")));
    assertThat(notHeld.status()).isEqualTo(403);

    String before = askForUser(root(), "q-granted").get("id").asText();
    clock.advance(Duration.ofMinutes(9));
    AdminClient.Response inTime = as("officer-n").post("/api/v1/approvals/" + before + "/approve");
    assertThat(inTime.status()).as(inTime.toString()).isEqualTo(201);
    assertThat(userExists("q-granted")).isTrue();
    JsonNode approvals = root().get("/api/v1/approvals/" + before).json().get("approvals");
    assertThat(approvals.get(1).get("administrator").asText()).isEqualTo("officer-b");
    assertThat(approvals.get(1).get("via").asText()).isEqualTo("officer-n");

    String after = askForUser(root(), "q-lapsed").get("id").asText();
    clock.advance(Duration.ofMinutes(1));
    AdminClient.Response tooLate = as("officer-n").post("/api/v1/approvals/" + after + "/approve");
    assertThat(tooLate.status()).as(tooLate.toString()).isEqualTo(403);
    assertThat(userExists("q-lapsed")).isFalse();
    assertThat(root().get("/api/v1/grants").json().get("items")).isEmpty();
    assertThat(node.audit().stream().filter(e -> e.action().equals("grant.lapsed")).count())
        .isEqualTo(1);
  }

  @Test
  void changingTheSettingsWhileApprovalsAreOnNeedsApprovalToo() {
    AdminClient.Response off =
        root()
            .put(
                "/api/v1/approval-settings",
                AdminClient.JSON.createObjectNode().put("requiredApprovals", 1));
    assertThat(off.status()).isEqualTo(202);
    assertThat(root().get("/api/v1/approval-settings").json().get("requiredApprovals").asInt())
        .isEqualTo(2);
    // Only high access approves a change of the settings; officer-b has none.
    String id = off.json().get("id").asText();
    assertThat(as("officer-b").post("/api/v1/approvals/" + id + "/approve").status())
        .isEqualTo(403);
    assertThat(root().get("/api/v1/approval-settings").json().get("requiredApprovals").asInt())
        .isEqualTo(2);
    // The requester withdraws it: nothing changed.
    AdminClient.Response withdrawn = root().post("/api/v1/approvals/" + id + "/deny");
    assertThat(withdrawn.json().get("outcome").asText()).isEqualTo("withdrawn by admin");
    assertThat(root().get("/api/v1/approval-settings").json().get("requiredApprovals").asInt())
        .isEqualTo(2);
  }
}
