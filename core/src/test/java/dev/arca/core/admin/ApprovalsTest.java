package dev.arca.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.access.PasswordHash;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.key.testing.InMemoryObjectStore;
import dev.arca.core.key.testing.InMemoryReplicator;
import dev.arca.core.key.testing.MutableClock;
import dev.arca.core.key.testing.TestMasterKeys;
import dev.arca.core.state.RecordKey;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** M-of-N approval and time-limited grants, with a test clock. */
class ApprovalsTest {

  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  private static final char[] PW = "approvals-password-0123".toCharArray();

  private final MutableClock clock = new MutableClock(START);
  private InMemoryObjectStore store;
  private AdminDirectory admins;
  private Approvals approvals;

  @BeforeEach
  void open() throws Exception {
    store = new InMemoryObjectStore();
    InMemoryReplicator replicator = new InMemoryReplicator(store);
    admins =
        new AdminDirectory(
            store,
            replicator,
            new CryptoService(CryptoModule.instance()),
            clock,
            AdminDirectory.Settings.defaults().withIterations(PasswordHash.TEST_ITERATIONS));
    admins.createFirst("admin", PW);
    admins.create("admin", "keys-a", PW, EnumSet.of(AdminPermission.KEYS));
    admins.create("admin", "keys-b", PW, EnumSet.of(AdminPermission.KEYS));
    admins.create("admin", "logs", PW, EnumSet.of(AdminPermission.LOGS));
    approvals =
        new Approvals(
            store,
            replicator,
            TestMasterKeys.shared().envelope(),
            admins,
            clock,
            Duration.ofSeconds(30));
    approvals.setSettings(new Approvals.Settings(3, Duration.ofHours(1), Duration.ofMinutes(20)));
  }

  private ApprovalRequest ask() throws Exception {
    return approvals.submit(
        "keys-a",
        "key.destroy",
        AdminPermission.KEYS,
        "POST /api/v1/keys/k/destroy",
        Map.of("id", "k"),
        "{\"secret\":\"do-not-store-in-clear\"}".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void theRequestIsSealedAndEachApprovalRightCountsOnce() throws Exception {
    ApprovalRequest r = ask();
    byte[] stored = store.record(new RecordKey("approval", r.id())).orElseThrow().body();
    assertThat(new String(stored, StandardCharsets.UTF_8)).doesNotContain("do-not-store-in-clear");
    assertThat(new String(approvals.body(r), StandardCharsets.UTF_8))
        .contains("do-not-store-in-clear");
    assertThatThrownBy(() -> approvals.approve(r.id(), "keys-a"))
        .isInstanceOf(AdminDirectoryException.class)
        .hasMessageContaining("already");
    ApprovalRequest two = approvals.approve(r.id(), "keys-b");
    assertThat(two.status()).isEqualTo(ApprovalRequest.Status.PENDING);
    assertThatThrownBy(() -> approvals.approve(r.id(), "keys-b"))
        .isInstanceOf(AdminDirectoryException.class);
    ApprovalRequest three = approvals.approve(r.id(), "admin");
    assertThat(three.status()).isEqualTo(ApprovalRequest.Status.APPROVED);
    assertThat(approvals.finish(r.id(), true, "applied").status())
        .isEqualTo(ApprovalRequest.Status.APPLIED);
    assertThatThrownBy(() -> approvals.approve(r.id(), "logs"))
        .isInstanceOf(AdminDirectoryException.class)
        .extracting(e -> ((AdminDirectoryException) e).reason())
        .isEqualTo(AdminDirectoryException.Reason.WRONG_STATE);
  }

  @Test
  void aGrantLendsTheLendersRightUntilItLapses() throws Exception {
    ApprovalRequest r = ask();
    assertThatThrownBy(() -> approvals.approve(r.id(), "logs"))
        .extracting(e -> ((AdminDirectoryException) e).reason())
        .isEqualTo(AdminDirectoryException.Reason.NOT_PERMITTED);
    approvals.grant("keys-b", "logs", EnumSet.of(AdminPermission.KEYS), Duration.ofMinutes(20));
    assertThatThrownBy(
            () ->
                approvals.grant(
                    "keys-b", "logs", EnumSet.of(AdminPermission.KEYS), Duration.ofMinutes(21)))
        .extracting(e -> ((AdminDirectoryException) e).reason())
        .isEqualTo(AdminDirectoryException.Reason.INVALID_FIELD);
    clock.advance(Duration.ofMinutes(19));
    ApprovalRequest lent = approvals.approve(r.id(), "logs");
    assertThat(lent.approvals().get(1).administrator()).isEqualTo("keys-b");
    assertThat(lent.approvals().get(1).via()).contains("logs");
    // keys-b's right is used: keys-b itself cannot approve again.
    assertThatThrownBy(() -> approvals.approve(r.id(), "keys-b"))
        .isInstanceOf(AdminDirectoryException.class);

    ApprovalRequest later = ask();
    clock.advance(Duration.ofMinutes(1));
    assertThatThrownBy(() -> approvals.approve(later.id(), "logs"))
        .extracting(e -> ((AdminDirectoryException) e).reason())
        .isEqualTo(AdminDirectoryException.Reason.NOT_PERMITTED);
    assertThat(approvals.removeLapsed()).hasSize(1);
    assertThat(approvals.grants()).isEmpty();
  }

  @Test
  void expiredAndDeniedRequestsCannotBeApproved() throws Exception {
    ApprovalRequest denied = ask();
    approvals.deny(denied.id(), "keys-b");
    assertThatThrownBy(() -> approvals.approve(denied.id(), "admin"))
        .extracting(e -> ((AdminDirectoryException) e).reason())
        .isEqualTo(AdminDirectoryException.Reason.WRONG_STATE);
    ApprovalRequest expiring = ask();
    clock.advance(Duration.ofHours(1));
    assertThat(approvals.get(expiring.id()).orElseThrow().statusAt(clock.instant()))
        .isEqualTo(ApprovalRequest.Status.EXPIRED);
    assertThatThrownBy(() -> approvals.approve(expiring.id(), "keys-b"))
        .extracting(e -> ((AdminDirectoryException) e).reason())
        .isEqualTo(AdminDirectoryException.Reason.WRONG_STATE);
  }

  @Test
  void moreApprovalsThanEnabledAdministratorsAreRefused() {
    assertThatThrownBy(
            () ->
                approvals.setSettings(
                    new Approvals.Settings(5, Duration.ofHours(1), Duration.ofMinutes(20))))
        .extracting(e -> ((AdminDirectoryException) e).reason())
        .isEqualTo(AdminDirectoryException.Reason.INVALID_FIELD);
    assertThat(approvals.settings().requiredApprovals()).isEqualTo(3);
  }
}
