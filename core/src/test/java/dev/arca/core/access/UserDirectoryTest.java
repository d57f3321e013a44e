package dev.arca.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.arca.core.access.UserDirectoryException.Reason;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.TestModules;
import dev.arca.core.key.testing.InMemoryObjectStore;
import dev.arca.core.key.testing.InMemoryReplicator;
import dev.arca.core.key.testing.InterferingReplicator;
import dev.arca.core.key.testing.MutableClock;
import dev.arca.core.state.ApplyFailedException;
import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.LocalReplicator;
import dev.arca.core.state.RecordFields;
import dev.arca.core.state.RecordKey;
import dev.arca.core.state.Replicator;
import dev.arca.core.store.SqliteStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;

class UserDirectoryTest {

  private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
  private static final String SECRET = "correct horse battery staple";
  private static final String OTHER = "another long passphrase";

  private final CryptoService crypto = new CryptoService(CryptoModule.instance());
  private final MutableClock clock = new MutableClock(START);
  private final UserDirectory.Settings settings =
      UserDirectory.Settings.defaults().withIterations(PasswordHash.TEST_ITERATIONS);

  @TempDir Path dir;

  private InMemoryObjectStore store;
  private InterferingReplicator replicator;
  private UserDirectory users;
  private ListAppender<ILoggingEvent> logs;

  @BeforeEach
  void open() throws Exception {
    store = new InMemoryObjectStore();
    replicator = new InterferingReplicator(new InMemoryReplicator(store));
    users = directory(settings);
    logs = new ListAppender<>();
    logs.start();
    rootLogger().addAppender(logs);
  }

  @AfterEach
  void checkLogs() {
    rootLogger().detachAppender(logs);
    // Whatever happened, no log line holds a password or a hash.
    for (ILoggingEvent e : logs.list) {
      String line = e.getFormattedMessage() + " " + e.getThrowableProxy();
      assertThat(line).doesNotContain(SECRET).doesNotContain(OTHER).doesNotContain("pbkdf2");
    }
  }

  private static Logger rootLogger() {
    return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
  }

  /** Another directory over the same store: another node, or another process after a restart. */
  private UserDirectory directory(UserDirectory.Settings s) throws Exception {
    return new UserDirectory(store, replicator, crypto, clock, s);
  }

  private static char[] pw(String s) {
    return s.toCharArray();
  }

  private static Reason reason(ThrowingCall call) {
    try {
      call.run();
    } catch (UserDirectoryException e) {
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

  // ---- creating and reading ------------------------------------------------------------------

  @Test
  void aNewUserIsEnabledWithoutPermissions() throws Exception {
    ClientUser alice = users.create("alice", pw(SECRET));
    assertThat(alice.name()).isEqualTo("alice");
    assertThat(alice.enabled()).isTrue();
    assertThat(alice.permissions()).isEmpty();
    assertThat(alice.has(UserPermission.CHANGE_PASSWORD)).isFalse();
    assertThat(alice.has(UserPermission.USER_ADMINISTRATION)).isFalse();
    assertThat(alice.created()).isEqualTo(START);
    assertThat(alice.revision()).isEqualTo(1);
    assertThat(alice.passwordHash().iterations()).isEqualTo(PasswordHash.TEST_ITERATIONS);
    assertThat(users.get("alice")).contains(alice);
    assertThat(users.get("bob")).isEmpty();
    assertThat(users.get("not a name")).isEmpty();
  }

  @Test
  void usersAreListedInNameOrder() throws Exception {
    for (String name : List.of("bob", "alice", "Carol", "svc.backup_01-x@corp")) {
      users.create(name, pw(SECRET));
    }
    assertThat(users.list())
        .extracting(ClientUser::name)
        .containsExactly("Carol", "alice", "bob", "svc.backup_01-x@corp");
  }

  @Test
  void aSecondUserWithTheSameNameIsRefused() throws Exception {
    users.create("alice", pw(SECRET));
    assertThatThrownBy(() -> users.create("alice", pw(OTHER)))
        .isInstanceOfSatisfying(
            UserDirectoryException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.ALREADY_EXISTS))
        .hasMessage("user alice already exists");
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
    assertThat(users.authenticate("alice", pw(OTHER))).isEmpty();
  }

  @Test
  void namesFollowTheRules() throws Exception {
    for (String bad :
        List.of("", "has space", "x".repeat(65), "ünï", "a/b", "tab\t", "a:b", "a+b")) {
      assertThat(reason(() -> users.create(bad, pw(SECRET))))
          .as(bad)
          .isEqualTo(Reason.INVALID_NAME);
    }
    assertThat(reason(() -> users.create(null, pw(SECRET)))).isEqualTo(Reason.INVALID_NAME);
    users.create("x".repeat(64), pw(SECRET));
    users.create("A.b_c-d@e1", pw(SECRET));
    assertThat(users.list()).hasSize(2);
  }

  @Test
  void passwordsFollowThePolicy() throws Exception {
    assertThat(reason(() -> users.create("a", pw("eleven char"))))
        .isEqualTo(Reason.INVALID_PASSWORD);
    assertThat(reason(() -> users.create("a", pw("x".repeat(1025)))))
        .isEqualTo(Reason.INVALID_PASSWORD);
    assertThat(reason(() -> users.create("a", pw("twelve chars\ud800"))))
        .isEqualTo(Reason.INVALID_PASSWORD);
    // Characters, not UTF-16 units: eleven clefs are eleven characters.
    assertThat(reason(() -> users.create("a", pw("𝄞".repeat(11)))))
        .isEqualTo(Reason.INVALID_PASSWORD);
    users.create("b", pw("twelve chars"));
    users.create("c", pw("𝄞".repeat(12)));
    users.create("d", pw("x".repeat(1024)));
    assertThat(users.list()).hasSize(3);
    assertThatThrownBy(() -> users.create("e", pw("eleven char")))
        .hasMessageContaining("12 to 1024 characters")
        .hasMessageNotContaining("eleven char");
  }

  @Test
  void inFipsModeAPasswordNeedsFourteenBytes() throws Exception {
    UserDirectory.checkPassword(pw("twelve chars"), false);
    assertThatThrownBy(() -> UserDirectory.checkPassword(pw("twelve chars"), true))
        .isInstanceOfSatisfying(
            UserDirectoryException.class,
            e -> assertThat(e.reason()).isEqualTo(Reason.INVALID_PASSWORD))
        .hasMessageContaining("FIPS");
    UserDirectory.checkPassword(pw("fourteen chars"), true);
    UserDirectory.checkPassword(pw("ääääääääääää"), true); // 12 characters, 24 bytes
  }

  // ---- changing ------------------------------------------------------------------------------

  @Test
  void changesBumpTheRevisionAndKeepTheRest() throws Exception {
    ClientUser created = users.create("alice", pw(SECRET));
    ClientUser granted = users.setPermissions("alice", EnumSet.of(UserPermission.CHANGE_PASSWORD));
    assertThat(granted.revision()).isEqualTo(2);
    assertThat(granted.permissions()).containsExactly(UserPermission.CHANGE_PASSWORD);
    ClientUser disabled = users.setEnabled("alice", false);
    assertThat(disabled.revision()).isEqualTo(3);
    assertThat(disabled.enabled()).isFalse();
    // No change, no write.
    assertThat(users.setEnabled("alice", false)).isEqualTo(disabled);
    clock.advance(Duration.ofDays(1));
    ClientUser renewed = users.setPassword("alice", pw(OTHER));
    assertThat(renewed.revision()).isEqualTo(4);
    assertThat(renewed.created()).isEqualTo(created.created());
    assertThat(renewed.permissions()).containsExactly(UserPermission.CHANGE_PASSWORD);
    assertThat(renewed.enabled()).isFalse();
    assertThat(users.get("alice")).contains(renewed);
    users.setPermissions(
        "alice", EnumSet.of(UserPermission.USER_ADMINISTRATION, UserPermission.CHANGE_PASSWORD));
    assertThat(users.get("alice").orElseThrow().permissions())
        .containsExactly(UserPermission.USER_ADMINISTRATION, UserPermission.CHANGE_PASSWORD);
    users.setPermissions("alice", Set.of());
    assertThat(users.get("alice").orElseThrow().permissions()).isEmpty();
    users.delete("alice");
    assertThat(users.get("alice")).isEmpty();
  }

  @Test
  void changingAMissingUserIsNotFound() {
    assertThat(reason(() -> users.setPassword("ghost", pw(SECRET)))).isEqualTo(Reason.NOT_FOUND);
    assertThat(reason(() -> users.setEnabled("ghost", false))).isEqualTo(Reason.NOT_FOUND);
    assertThat(reason(() -> users.setPermissions("ghost", Set.of()))).isEqualTo(Reason.NOT_FOUND);
    assertThat(reason(() -> users.delete("ghost"))).isEqualTo(Reason.NOT_FOUND);
    assertThat(reason(() -> users.delete("not a name"))).isEqualTo(Reason.INVALID_NAME);
  }

  @Test
  void aConcurrentChangeIsRetriedOnFreshState() throws Exception {
    users.create("alice", pw(SECRET));
    UserDirectory otherNode =
        new UserDirectory(store, new InMemoryReplicator(store), crypto, clock, settings);
    // Just before the change, another node grants a permission: the change is rebuilt on it.
    replicator.interfere(
        1, r -> otherNode.setPermissions("alice", EnumSet.of(UserPermission.CHANGE_PASSWORD)));
    ClientUser disabled = users.setEnabled("alice", false);
    assertThat(disabled.enabled()).isFalse();
    assertThat(disabled.permissions()).containsExactly(UserPermission.CHANGE_PASSWORD);
    assertThat(disabled.revision()).isEqualTo(3);

    // A user that keeps changing: refused after the retries, the last concurrent change stands.
    List<Set<UserPermission>> grants =
        List.of(EnumSet.noneOf(UserPermission.class), EnumSet.of(UserPermission.CHANGE_PASSWORD));
    int[] n = {0};
    replicator.interfere(100, r -> otherNode.setPermissions("alice", grants.get(n[0]++ % 2)));
    assertThatThrownBy(() -> users.setEnabled("alice", true))
        .isInstanceOfSatisfying(
            UserDirectoryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.CONFLICT))
        .hasMessageContaining("kept changing");
    assertThat(users.get("alice").orElseThrow().enabled()).isFalse();
    replicator.interfere(0, r -> {});
  }

  @Test
  void aStoreFailureIsReportedWithoutThePassword() throws Exception {
    Replicator broken =
        new Replicator() {
          @Override
          public CompletableFuture<CommandResult> submit(Command command) {
            return CompletableFuture.failedFuture(new ApplyFailedException("disk full", null));
          }

          @Override
          public void close() {}
        };
    UserDirectory failing = new UserDirectory(store, broken, crypto, clock, settings);
    assertThatThrownBy(() -> failing.create("alice", pw(SECRET)))
        .isInstanceOfSatisfying(
            UserDirectoryException.class, e -> assertThat(e.reason()).isEqualTo(Reason.UNAVAILABLE))
        .hasMessageNotContaining(SECRET)
        .hasMessageNotContaining("pbkdf2");
  }

  // ---- authentication ------------------------------------------------------------------------

  @Test
  void onlyTheRightPasswordOfAnEnabledUserAuthenticates() throws Exception {
    noLockout();
    ClientUser alice = users.create("alice", pw(SECRET));
    assertThat(users.authenticate("alice", pw(SECRET))).contains(alice);
    assertThat(users.authenticate("alice", pw(OTHER))).isEmpty();
    assertThat(users.authenticate("alice", pw(SECRET.toUpperCase(Locale.ROOT)))).isEmpty();
    assertThat(users.authenticate("alice", new char[0])).isEmpty();
    assertThat(users.authenticate("bob", pw(SECRET))).isEmpty();
    assertThat(users.authenticate("not a name", pw(SECRET))).isEmpty();
    assertThat(users.authenticate(null, pw(SECRET))).isEmpty();
    assertThat(users.authenticate("alice", pw(SECRET + "\ud800"))).isEmpty();
    assertThat(users.authenticate("alice", pw("x".repeat(5000)))).isEmpty();
    users.setEnabled("alice", false);
    assertThat(users.authenticate("alice", pw(SECRET))).isEmpty();
    users.setEnabled("alice", true);
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
  }

  @Test
  void unknownDisabledAndWrongAllCostAFullCheck() throws Exception {
    users.create("alice", pw(SECRET));
    users.create("dora", pw(SECRET));
    users.setEnabled("dora", false);
    long before = users.passwordChecks();
    assertThat(users.authenticate("nobody", pw(SECRET))).isEmpty();
    assertThat(users.authenticate("alice", pw(OTHER))).isEmpty();
    assertThat(users.authenticate("dora", pw(SECRET))).isEmpty();
    assertThat(users.passwordChecks() - before).isEqualTo(3);
  }

  @Test
  void aSuccessfulCheckIsRememberedAndAWrongPasswordStillCostsAFullCheck() throws Exception {
    // Without lockout a wrong password changes nothing stored, so the shortcut survives it.
    noLockout();
    users.create("alice", pw(SECRET));
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
    long checks = users.passwordChecks();
    for (int i = 0; i < 5; i++) {
      assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
    }
    assertThat(users.passwordChecks()).isEqualTo(checks);
    assertThat(users.cacheHits()).isEqualTo(5);
    assertThat(users.authenticate("alice", pw(OTHER))).isEmpty();
    assertThat(users.passwordChecks()).isEqualTo(checks + 1);
    // The right password still hits afterwards.
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
    assertThat(users.cacheHits()).isEqualTo(6);
  }

  @Test
  void aPasswordChangeElsewhereEndsTheShortcut() throws Exception {
    users.create("alice", pw(SECRET));
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
    // Another node changes the password: this directory's cache was not told, the revision was.
    directory(settings).setPassword("alice", pw(OTHER));
    assertThat(users.authenticate("alice", pw(SECRET))).isEmpty();
    assertThat(users.authenticate("alice", pw(OTHER))).isPresent();
    assertThat(users.cacheHits()).isZero();
  }

  @Test
  void disablingElsewhereEndsTheShortcut() throws Exception {
    users.create("alice", pw(SECRET));
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
    directory(settings).setEnabled("alice", false);
    assertThat(users.authenticate("alice", pw(SECRET))).isEmpty();
    assertThat(users.cacheHits()).isZero();
  }

  @Test
  void aUserDeletedAndCreatedAgainDoesNotInheritTheShortcut() throws Exception {
    users.create("alice", pw(SECRET));
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
    UserDirectory otherNode = directory(settings);
    otherNode.delete("alice");
    // The same name and the same revision 1, with a new hash: the old password must not pass.
    otherNode.create("alice", pw(OTHER));
    assertThat(users.get("alice").orElseThrow().revision()).isEqualTo(1);
    assertThat(users.authenticate("alice", pw(SECRET))).isEmpty();
    assertThat(users.authenticate("alice", pw(OTHER))).isPresent();
  }

  @Test
  void rememberedChecksExpire() throws Exception {
    users.create("alice", pw(SECRET));
    users.authenticate("alice", pw(SECRET));
    clock.advance(Duration.ofMinutes(4));
    users.authenticate("alice", pw(SECRET));
    assertThat(users.cacheHits()).isEqualTo(1);
    clock.advance(Duration.ofMinutes(1)); // 5 minutes after the check
    long checks = users.passwordChecks();
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
    assertThat(users.passwordChecks()).isEqualTo(checks + 1);
  }

  @Test
  void theCacheHoldsAtMostItsCapacityLeastRecentlyUsedFirstOut() throws Exception {
    UserDirectory small = directory(settings.withCache(Duration.ofMinutes(5), 2));
    for (String name : List.of("a", "b", "c")) {
      small.create(name, pw(SECRET));
    }
    small.authenticate("a", pw(SECRET));
    small.authenticate("b", pw(SECRET));
    small.authenticate("a", pw(SECRET)); // a is now the most recently used
    small.authenticate("c", pw(SECRET)); // b goes
    long checks = small.passwordChecks();
    small.authenticate("a", pw(SECRET));
    small.authenticate("c", pw(SECRET));
    assertThat(small.passwordChecks()).isEqualTo(checks);
    small.authenticate("b", pw(SECRET));
    assertThat(small.passwordChecks()).isEqualTo(checks + 1);
  }

  @Test
  void withTheCacheOffEveryRequestIsAFullCheck() throws Exception {
    UserDirectory uncached = directory(settings.withCache(Duration.ZERO, 10));
    uncached.create("alice", pw(SECRET));
    for (int i = 0; i < 3; i++) {
      assertThat(uncached.authenticate("alice", pw(SECRET))).isPresent();
    }
    assertThat(uncached.passwordChecks()).isEqualTo(3);
    assertThat(uncached.cacheHits()).isZero();
  }

  @Test
  void theCallersPasswordArrayIsLeftAsItWas() throws Exception {
    char[] password = pw(SECRET);
    users.create("alice", password);
    users.authenticate("alice", password);
    users.authenticate("alice", password);
    users.setPassword("alice", password);
    assertThat(new String(password)).isEqualTo(SECRET);
  }

  // ---- what is stored and shown --------------------------------------------------------------

  @Test
  void noPasswordOrHashIsEverShown() throws Exception {
    ClientUser alice = users.create("alice", pw(SECRET));
    String encoded = alice.passwordHash().encoded();
    String[] parts = encoded.split("\\$");
    for (String shown :
        List.of(
            alice.toString(),
            alice.passwordHash().toString(),
            users.toString(),
            users.list().toString(),
            String.valueOf(store.record(RecordKey.of("user", "alice"))))) {
      assertThat(shown).doesNotContain(SECRET).doesNotContain(parts[2]).doesNotContain(parts[3]);
    }
    List<String> messages = new ArrayList<>();
    for (ThrowingCall call :
        List.<ThrowingCall>of(
            () -> users.create("alice", pw(SECRET)),
            () -> users.create("bad name", pw(SECRET)),
            () -> users.create("bob", pw("short")),
            () -> users.setPassword("ghost", pw(SECRET)))) {
      try {
        call.run();
      } catch (UserDirectoryException e) {
        messages.add(e.getMessage());
      }
    }
    assertThat(messages).hasSize(4);
    for (String m : messages) {
      assertThat(m).doesNotContain(SECRET).doesNotContain("short").doesNotContain(parts[3]);
    }
  }

  @Test
  void theStoredRecordIsReadableTextFields() throws Exception {
    users.create("alice", pw(SECRET));
    users.setPermissions(
        "alice", EnumSet.of(UserPermission.CHANGE_PASSWORD, UserPermission.USER_ADMINISTRATION));
    byte[] body = store.record(RecordKey.of("user", "alice")).orElseThrow().body();
    String text = new String(body, StandardCharsets.UTF_8);
    assertThat(text)
        .startsWith(
            "created=2030-01-01T00:00:00Z\nenabled=true\nfailed-logins=0\nformat=1\nhistory=\n"
                + "locked-until=\npassword=pbkdf2-sha256$1000$")
        .endsWith(
            "\npassword-changed=2030-01-01T00:00:00Z\n"
                + "permissions=USER_ADMINISTRATION,CHANGE_PASSWORD\n");
    assertThat(RecordFields.decode(body).encode()).isEqualTo(body);
  }

  @Test
  void usersSurviveARestartOfTheSqliteStore() throws Exception {
    Path data = dir.resolve("data");
    try (SqliteStore s = SqliteStore.open(data);
        LocalReplicator r = new LocalReplicator(s)) {
      UserDirectory d = new UserDirectory(s, r, crypto, clock, settings);
      d.create("alice", pw(SECRET));
      d.create("bob", pw(OTHER));
      d.setEnabled("bob", false);
    }
    try (SqliteStore s = SqliteStore.open(data);
        LocalReplicator r = new LocalReplicator(s)) {
      UserDirectory d = new UserDirectory(s, r, crypto, clock, settings);
      assertThat(d.list()).extracting(ClientUser::name).containsExactly("alice", "bob");
      assertThat(d.authenticate("alice", pw(SECRET))).isPresent();
      assertThat(d.authenticate("bob", pw(OTHER))).isEmpty();
      d.delete("alice");
      assertThat(d.authenticate("alice", pw(SECRET))).isEmpty();
    }
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> settings.withIterations(50_000))
        .hasMessageContaining("iterations must be between 100000 and 10000000");
    assertThatThrownBy(() -> settings.withCache(Duration.ofHours(2), 10))
        .hasMessageContaining("cacheLifetime");
    assertThatThrownBy(() -> settings.withCache(Duration.ofMinutes(1), -1))
        .hasMessageContaining("cacheCapacity");
    assertThatThrownBy(() -> settings.withConflictRetries(0))
        .hasMessageContaining("conflictRetries");
    assertThatThrownBy(() -> settings.withCommandTimeout(Duration.ZERO))
        .hasMessageContaining("commandTimeout");
    assertThat(UserDirectory.Settings.defaults().iterations()).isEqualTo(600_000);
    assertThat(UserDirectory.Settings.defaults().cacheLifetime()).isEqualTo(Duration.ofMinutes(5));
    assertThat(UserDirectory.Settings.defaults().cacheCapacity()).isEqualTo(10_000);
  }

  /**
   * At the production iteration count: the cost of a check, with and without the cache, printed for
   * the record. The only assertion is that a remembered check is far cheaper than a full one.
   */
  @Test
  void aRememberedCheckIsFarCheaperThanAFullOne() throws Exception {
    UserDirectory real = directory(UserDirectory.Settings.defaults());
    real.create("alice", pw(SECRET));
    real.create("dora", pw(SECRET));
    real.setEnabled("dora", false);
    long miss = time(() -> assertThat(real.authenticate("alice", pw(SECRET))).isPresent());
    long unknown = time(() -> assertThat(real.authenticate("nobody", pw(SECRET))).isEmpty());
    long wrong = time(() -> assertThat(real.authenticate("alice", pw(OTHER))).isEmpty());
    long disabled = time(() -> assertThat(real.authenticate("dora", pw(SECRET))).isEmpty());
    for (int i = 0; i < 2_000; i++) { // warm up the hit path
      real.authenticate("alice", pw(SECRET));
    }
    int rounds = 2_000;
    long hits =
        time(
            () -> {
              for (int i = 0; i < rounds; i++) {
                real.authenticate("alice", pw(SECRET));
              }
            });
    long hit = hits / rounds;
    System.out.printf(
        "UserDirectory.authenticate at %d iterations: miss %.1f ms, hit %.1f µs;"
            + " unknown user %.1f ms, wrong password %.1f ms, disabled %.1f ms%n",
        PasswordHash.DEFAULT_ITERATIONS,
        miss / 1e6,
        hit / 1e3,
        unknown / 1e6,
        wrong / 1e6,
        disabled / 1e6);
    assertThat(hit).isLessThan(miss / 20);
  }

  private static long time(ThrowingCall call) throws Exception {
    long start = System.nanoTime();
    call.run();
    return System.nanoTime() - start;
  }

  private void noLockout() throws Exception {
    users.policies().set(new PasswordPolicy(12, 0, 0, Duration.ZERO, 0, Duration.ofMinutes(15)));
  }

  @Test
  void wrongPasswordsLockTheUserOutUntilTheLockoutEnds() throws Exception {
    users.policies().set(new PasswordPolicy(12, 0, 0, Duration.ZERO, 3, Duration.ofMinutes(10)));
    users.create("alice", pw(SECRET));
    assertThat(users.authenticate("alice", pw(OTHER))).isEmpty();
    assertThat(users.authenticate("alice", pw(OTHER))).isEmpty();
    assertThat(users.get("alice").orElseThrow().failedLogins()).isEqualTo(2);
    // A success clears the count.
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
    assertThat(users.get("alice").orElseThrow().failedLogins()).isZero();
    for (int i = 0; i < 3; i++) {
      assertThat(users.authenticate("alice", pw(OTHER))).isEmpty();
    }
    assertThat(users.get("alice").orElseThrow().lockedUntil())
        .contains(START.plus(Duration.ofMinutes(10)));
    // Locked: even the right password is refused, and answers as a wrong one does.
    assertThat(users.authenticate("alice", pw(SECRET))).isEmpty();
    clock.advance(Duration.ofMinutes(10));
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
    assertThat(users.get("alice").orElseThrow().lockedUntil()).isEmpty();
  }

  @Test
  void checksTheModuleCannotRunAreNotCountedAsFailures() throws Exception {
    users.policies().set(new PasswordPolicy(12, 0, 0, Duration.ZERO, 1, Duration.ofHours(1)));
    users.create("alice", pw(SECRET));
    CryptoModule failed = TestModules.failed("HMAC-SHA-256");
    UserDirectory inErrorState =
        failed.openOwnState(
            () -> new UserDirectory(store, replicator, new CryptoService(failed), clock, settings));
    for (int i = 0; i < 3; i++) {
      assertThat(inErrorState.authenticate("alice", pw(SECRET))).isEmpty();
    }
    assertThat(users.get("alice").orElseThrow().failedLogins()).isZero();
    assertThat(users.get("alice").orElseThrow().lockedUntil()).isEmpty();
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
  }

  @Test
  void anAdministratorUnlocksALockedUser() throws Exception {
    users.policies().set(new PasswordPolicy(12, 0, 0, Duration.ZERO, 1, Duration.ofHours(1)));
    users.create("alice", pw(SECRET));
    assertThat(users.authenticate("alice", pw(OTHER))).isEmpty();
    assertThat(users.authenticate("alice", pw(SECRET))).isEmpty();
    users.unlock("alice");
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
  }

  @Test
  void thePolicyRulesLengthClassesAndHistory() throws Exception {
    users.policies().set(new PasswordPolicy(16, 3, 2, Duration.ZERO, 5, Duration.ofMinutes(1)));
    assertThatThrownBy(() -> users.create("alice", pw("alllowercaseletters")))
        .isInstanceOf(UserDirectoryException.class)
        .hasMessageContaining("at least 3 of")
        .hasMessageNotContaining("alllowercaseletters");
    assertThatThrownBy(() -> users.create("alice", pw("Short1short-12")))
        .hasMessageContaining("at least 16 characters");
    String first = "First-password-0001";
    String second = "Second-password-0002";
    String third = "Third-password-0003";
    users.create("alice", pw(first));
    users.setPassword("alice", pw(second));
    assertThatThrownBy(() -> users.setPassword("alice", pw(first)))
        .isInstanceOf(UserDirectoryException.class)
        .hasMessageContaining("used before");
    assertThatThrownBy(() -> users.setPassword("alice", pw(second)))
        .hasMessageContaining("used before");
    users.setPassword("alice", pw(third));
    users.setPassword("alice", pw("Fourth-password-0004"));
    // Two earlier ones are remembered besides the current one: the first is free again.
    users.setPassword("alice", pw(first));
    assertThat(users.authenticate("alice", pw(first))).isPresent();
  }

  @Test
  void aPasswordOlderThanTheMaximumAgeNoLongerAuthenticates() throws Exception {
    users.create("alice", pw(SECRET));
    users
        .policies()
        .set(new PasswordPolicy(12, 0, 0, Duration.ofDays(30), 5, Duration.ofMinutes(1)));
    clock.advance(Duration.ofDays(29));
    assertThat(users.authenticate("alice", pw(SECRET))).isPresent();
    clock.advance(Duration.ofDays(1));
    assertThat(users.authenticate("alice", pw(SECRET))).isEmpty();
    users.setPassword("alice", pw(OTHER));
    assertThat(users.authenticate("alice", pw(OTHER))).isPresent();
  }
}
