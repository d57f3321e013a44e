package dev.arca.core.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.arca.core.access.PasswordHash;
import dev.arca.core.admin.AdminDirectoryException.Reason;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.TestModules;
import dev.arca.core.key.testing.InMemoryObjectStore;
import dev.arca.core.key.testing.InMemoryReplicator;
import dev.arca.core.key.testing.InterferingReplicator;
import dev.arca.core.key.testing.MutableClock;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.RecordFields;
import dev.arca.core.state.RecordKey;
import dev.arca.core.store.StoreException;
import dev.arca.core.store.StoredRecord;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class AdminDirectoryTest {

  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  private static final String SECRET = "correct horse battery staple";
  private static final String OTHER = "another long passphrase";

  private final CryptoService crypto = new CryptoService(CryptoModule.instance());
  private final MutableClock clock = new MutableClock(START);
  private final AdminDirectory.Settings settings =
      AdminDirectory.Settings.defaults()
          .withIterations(PasswordHash.TEST_ITERATIONS)
          .withLockout(3, Duration.ofMinutes(15));

  private InMemoryObjectStore store;
  private InterferingReplicator replicator;
  private AdminDirectory admins;
  private ListAppender<ILoggingEvent> logs;

  @BeforeEach
  void open() throws Exception {
    store = new InMemoryObjectStore();
    replicator = new InterferingReplicator(new InMemoryReplicator(store));
    admins = new AdminDirectory(store, replicator, crypto, clock, settings);
    logs = new ListAppender<>();
    logs.start();
    rootLogger().addAppender(logs);
    admins.createFirst("admin", pw(SECRET));
  }

  @AfterEach
  void checkLogs() {
    rootLogger().detachAppender(logs);
    for (ILoggingEvent e : logs.list) {
      String line = e.getFormattedMessage() + " " + e.getThrowableProxy();
      assertThat(line).doesNotContain(SECRET).doesNotContain(OTHER).doesNotContain("pbkdf2");
    }
  }

  private static Logger rootLogger() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  private static char[] pw(String s) {
    return s.toCharArray();
  }

  private static Reason reason(ThrowingCall call) {
    try {
      call.run();
    } catch (AdminDirectoryException e) {
      return e.reason();
    } catch (Exception e) {
      throw new AssertionError("unexpected " + e, e);
    }
    throw new AssertionError("no exception");
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }

  // ---- the first administrator ---------------------------------------------------------------

  @Test
  void theFirstAdministratorHasEveryAreaAndIsCreatedOnce() {
    Administrator admin = admins.get("admin").orElseThrow();
    assertThat(admin.permissions()).containsExactlyInAnyOrder(AdminPermission.values());
    assertThat(admin.enabled()).isTrue();
    assertThat(admin.created()).isEqualTo(START);
    assertThat(admin.passwordChanged()).isEqualTo(START);
    assertThat(admin.failedLogins()).isZero();
    assertThat(admin.lockedUntil()).isEmpty();
    assertThat(admin.toString()).doesNotContain("pbkdf2");
    assertThat(admins.isEmpty()).isFalse();
    assertThat(reason(() -> admins.createFirst("root", pw(SECRET))))
        .isEqualTo(Reason.NOT_PERMITTED);
  }

  @Test
  void administratorsAreStoredAsStrictRecords() throws Exception {
    admins.create("admin", "ops", pw(OTHER), EnumSet.of(AdminPermission.KEYS));
    StoredRecord r = store.record(RecordKey.of("admin", "ops")).orElseThrow();
    String body = new String(r.body(), StandardCharsets.UTF_8);
    assertThat(body)
        .contains("permissions=KEYS\n")
        .contains("failed-logins=0\n")
        .contains("locked-until=\n")
        .doesNotContain(OTHER);
    // A field nobody knows makes the record unreadable rather than guessed at.
    RecordFields f = RecordFields.decode(r.body());
    RecordFields.Builder extra = RecordFields.builder().put("surprise", "1");
    f.asMap().forEach(extra::put);
    replicator.submit(new PutRecord(RecordKey.of("admin", "ops"), extra.build().encode(), 2)).get();
    assertThatThrownBy(() -> admins.get("ops"))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("unknown field surprise");
  }

  // ---- who may manage administrators ---------------------------------------------------------

  @Test
  void onlyHighAccessManagesOtherAdministrators() throws Exception {
    admins.create("admin", "ops", pw(OTHER), EnumSet.of(AdminPermission.KEYS));
    admins.create("admin", "sec", pw(OTHER), EnumSet.of(AdminPermission.SECURITY));
    assertThat(reason(() -> admins.create("ops", "eve", pw(OTHER), Set.of())))
        .isEqualTo(Reason.NOT_PERMITTED);
    assertThat(reason(() -> admins.delete("ops", "sec"))).isEqualTo(Reason.NOT_PERMITTED);
    assertThat(reason(() -> admins.setPassword("ops", "sec", pw(SECRET), Optional.empty())))
        .isEqualTo(Reason.NOT_PERMITTED);
    assertThat(
            reason(() -> admins.setPermissions("ops", "ops", EnumSet.allOf(AdminPermission.class))))
        .isEqualTo(Reason.NOT_PERMITTED);
    assertThat(reason(() -> admins.setEnabled("ops", "sec", false)))
        .isEqualTo(Reason.NOT_PERMITTED);
    assertThat(reason(() -> admins.unlock("ops", "sec"))).isEqualTo(Reason.NOT_PERMITTED);
    assertThat(reason(() -> admins.create("ghost", "eve", pw(OTHER), Set.of())))
        .isEqualTo(Reason.NOT_PERMITTED);
    assertThat(admins.list())
        .extracting(Administrator::name)
        .containsExactly("admin", "ops", "sec");

    // A disabled high-access administrator manages no one.
    admins.create("admin", "root2", pw(OTHER), EnumSet.of(AdminPermission.HIGH_ACCESS));
    admins.setEnabled("admin", "root2", false);
    assertThat(reason(() -> admins.delete("root2", "ops"))).isEqualTo(Reason.NOT_PERMITTED);
  }

  @Test
  void everyoneChangesTheirOwnPasswordWithTheCurrentOne() throws Exception {
    admins.create("admin", "ops", pw(OTHER), EnumSet.of(AdminPermission.KEYS));
    assertThat(reason(() -> admins.setPassword("ops", "ops", pw(SECRET), Optional.empty())))
        .isEqualTo(Reason.WRONG_PASSWORD);
    assertThat(reason(() -> admins.setPassword("ops", "ops", pw(SECRET), Optional.of(pw(SECRET)))))
        .isEqualTo(Reason.WRONG_PASSWORD);
    assertThat(reason(() -> admins.setPassword("ops", "ops", pw("short"), Optional.of(pw(OTHER)))))
        .isEqualTo(Reason.INVALID_PASSWORD);
    clock.advance(Duration.ofDays(3));
    Administrator changed = admins.setPassword("ops", "ops", pw(SECRET), Optional.of(pw(OTHER)));
    assertThat(changed.passwordChanged()).isEqualTo(START.plus(Duration.ofDays(3)));
    assertThat(admins.authenticate("ops", pw(SECRET))).isPresent();
    assertThat(admins.authenticate("ops", pw(OTHER))).isEmpty();
    // High access resets another's password without the current one.
    admins.setPassword("admin", "ops", pw(OTHER), Optional.empty());
    assertThat(admins.authenticate("ops", pw(OTHER))).isPresent();
  }

  // ---- the last high-access administrator ----------------------------------------------------

  @Test
  void theLastHighAccessAdministratorStays() throws Exception {
    assertThat(reason(() -> admins.delete("admin", "admin"))).isEqualTo(Reason.LAST_HIGH_ACCESS);
    assertThat(
            reason(() -> admins.setPermissions("admin", "admin", EnumSet.of(AdminPermission.KEYS))))
        .isEqualTo(Reason.LAST_HIGH_ACCESS);
    assertThat(reason(() -> admins.setEnabled("admin", "admin", false)))
        .isEqualTo(Reason.LAST_HIGH_ACCESS);
    // A disabled one does not count.
    admins.create("admin", "root", pw(OTHER), EnumSet.of(AdminPermission.HIGH_ACCESS));
    admins.setEnabled("admin", "root", false);
    assertThat(reason(() -> admins.delete("admin", "admin"))).isEqualTo(Reason.LAST_HIGH_ACCESS);
    // With a second enabled one, either may go.
    admins.setEnabled("admin", "root", true);
    admins.setPermissions("admin", "admin", EnumSet.of(AdminPermission.KEYS));
    assertThat(admins.get("admin").orElseThrow().has(AdminPermission.HIGH_ACCESS)).isFalse();
    assertThat(reason(() -> admins.delete("root", "root"))).isEqualTo(Reason.LAST_HIGH_ACCESS);
    admins.delete("root", "admin");
    assertThat(admins.list()).extracting(Administrator::name).containsExactly("root");
  }

  @Test
  void twoConcurrentRemovalsCannotBothSucceed() throws Exception {
    admins.create("admin", "root", pw(OTHER), EnumSet.of(AdminPermission.HIGH_ACCESS));
    AdminDirectory otherNode =
        new AdminDirectory(store, new InMemoryReplicator(store), crypto, clock, settings);
    // Just before "admin" deletes "root", another node deletes "admin" (guarded by "root").
    replicator.interfere(1, r -> otherNode.delete("root", "admin"));
    assertThat(reason(() -> admins.delete("admin", "root")))
        .isIn(Reason.LAST_HIGH_ACCESS, Reason.NOT_PERMITTED);
    assertThat(admins.list()).extracting(Administrator::name).containsExactly("root");

    admins.create("root", "second", pw(OTHER), EnumSet.of(AdminPermission.HIGH_ACCESS));
    AdminDirectory concurrent = otherNode;
    // Both demote one another: the guard of the second sees the first and refuses.
    replicator.interfere(
        1, r -> concurrent.setPermissions("second", "root", EnumSet.of(AdminPermission.KEYS)));
    assertThat(
            reason(() -> admins.setPermissions("root", "second", EnumSet.of(AdminPermission.KEYS))))
        .isIn(Reason.NOT_PERMITTED, Reason.LAST_HIGH_ACCESS);
    long highAccess =
        admins.list().stream()
            .filter(a -> a.enabled() && a.has(AdminPermission.HIGH_ACCESS))
            .count();
    assertThat(highAccess).isEqualTo(1);
    replicator.interfere(0, r -> {});
  }

  // ---- login and lockout ---------------------------------------------------------------------

  @Test
  void unknownWrongDisabledAndLockedAllFailAlike() throws Exception {
    admins.create("admin", "ops", pw(OTHER), EnumSet.of(AdminPermission.KEYS));
    assertThat(admins.authenticate("ops", pw(OTHER))).isPresent();
    long checks = admins.passwordChecks();
    assertThat(admins.authenticate("ghost", pw(OTHER))).isEmpty();
    assertThat(admins.authenticate("not a name", pw(OTHER))).isEmpty();
    assertThat(admins.authenticate("ops", pw(SECRET))).isEmpty();
    admins.setEnabled("admin", "ops", false);
    assertThat(admins.authenticate("ops", pw(OTHER))).isEmpty();
    // Every one cost a full password check.
    assertThat(admins.passwordChecks() - checks).isEqualTo(4);
  }

  @Test
  void checksTheModuleCannotRunAreNotCountedAsFailures() throws Exception {
    admins.create("admin", "ops", pw(OTHER), EnumSet.of(AdminPermission.KEYS));
    CryptoModule failed = TestModules.failed("PBKDF2");
    AdminDirectory inErrorState =
        failed.openOwnState(
            () ->
                new AdminDirectory(store, replicator, new CryptoService(failed), clock, settings));
    for (int i = 0; i < 4; i++) {
      assertThat(inErrorState.authenticate("ops", pw(OTHER))).isEmpty();
    }
    Administrator ops = admins.get("ops").orElseThrow();
    assertThat(ops.failedLogins()).isZero();
    assertThat(ops.lockedUntil()).isEmpty();
    assertThat(admins.authenticate("ops", pw(OTHER))).isPresent();
  }

  @Test
  void failedLoginsLockAnAdministratorOutForAWhile() throws Exception {
    admins.create("admin", "ops", pw(OTHER), EnumSet.of(AdminPermission.KEYS));
    assertThat(admins.authenticate("ops", pw(SECRET))).isEmpty();
    assertThat(admins.get("ops").orElseThrow().failedLogins()).isEqualTo(1);
    assertThat(admins.authenticate("ops", pw(SECRET))).isEmpty();
    // A success in between resets the count.
    assertThat(admins.authenticate("ops", pw(OTHER))).isPresent();
    assertThat(admins.get("ops").orElseThrow().failedLogins()).isZero();
    for (int i = 0; i < 3; i++) {
      assertThat(admins.authenticate("ops", pw(SECRET))).isEmpty();
    }
    Administrator locked = admins.get("ops").orElseThrow();
    assertThat(locked.lockedUntil()).contains(START.plus(Duration.ofMinutes(15)));
    assertThat(locked.lockedAt(clock.instant())).isTrue();
    // Locked: even the right password fails, and failures do not prolong the lockout.
    assertThat(admins.authenticate("ops", pw(OTHER))).isEmpty();
    assertThat(admins.authenticate("ops", pw(SECRET))).isEmpty();
    assertThat(admins.get("ops").orElseThrow().lockedUntil()).isEqualTo(locked.lockedUntil());
    clock.advance(Duration.ofMinutes(15));
    Administrator back = admins.authenticate("ops", pw(OTHER)).orElseThrow();
    assertThat(back.lockedUntil()).isEmpty();
    assertThat(back.failedLogins()).isZero();

    // High access unlocks at once.
    for (int i = 0; i < 3; i++) {
      admins.authenticate("ops", pw(SECRET));
    }
    assertThat(admins.authenticate("ops", pw(OTHER))).isEmpty();
    admins.unlock("admin", "ops");
    assertThat(admins.authenticate("ops", pw(OTHER))).isPresent();
  }

  @Test
  void aPasswordResetEndsALockout() throws Exception {
    admins.create("admin", "ops", pw(OTHER), EnumSet.of(AdminPermission.KEYS));
    for (int i = 0; i < 3; i++) {
      admins.authenticate("ops", pw(SECRET));
    }
    admins.setPassword("admin", "ops", pw(SECRET), Optional.empty());
    assertThat(admins.authenticate("ops", pw(SECRET))).isPresent();
  }

  @Test
  void namesAndSettingsFollowTheRules() {
    for (String bad : List.of("", "has space", "x".repeat(65), "ünï", "a/b")) {
      assertThat(reason(() -> admins.create("admin", bad, pw(SECRET), Set.of())))
          .as(bad)
          .isEqualTo(Reason.INVALID_NAME);
    }
    assertThat(reason(() -> admins.create("admin", "admin", pw(SECRET), Set.of())))
        .isEqualTo(Reason.ALREADY_EXISTS);
    assertThat(reason(() -> admins.delete("admin", "ghost"))).isEqualTo(Reason.NOT_FOUND);
    assertThatThrownBy(() -> settings.withLockout(0, Duration.ofMinutes(1)))
        .hasMessageContaining("lockoutThreshold");
    assertThatThrownBy(() -> settings.withLockout(5, Duration.ZERO))
        .hasMessageContaining("lockoutDuration");
  }
}
