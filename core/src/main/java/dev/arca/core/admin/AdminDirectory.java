package dev.arca.core.admin;

import dev.arca.core.access.PasswordHash;
import dev.arca.core.access.PasswordPolicies;
import dev.arca.core.access.PasswordPolicy;
import dev.arca.core.access.PasswordVerifier;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.state.Atomic;
import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.DeleteRecord;
import dev.arca.core.state.NotDurableException;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.Replicator;
import dev.arca.core.store.RecordStore;
import dev.arca.core.store.StoreException;
import dev.arca.core.store.StoredRecord;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The administrators: creation, passwords, permission areas, enabling, deletion, and login with a
 * failed-login lockout.
 *
 * <p>Administrators are records of kind {@code admin} (see {@code AdminRecords}), changed only
 * through the {@link Replicator} with {@link PutRecord} and {@link DeleteRecord} built on the
 * revision just read and rebuilt when a concurrent change wins the compare-and-set, as the client
 * users are. The password policy, hashing and verification cache are the {@link
 * PasswordVerifier}'s, shared with {@link dev.arca.core.access.UserDirectory}.
 *
 * <h2>Rules</h2>
 *
 * <ul>
 *   <li>Only an enabled administrator holding {@link AdminPermission#HIGH_ACCESS} creates, deletes,
 *       enables, disables or unlocks another administrator, changes its areas or resets its
 *       password. Every administrator may change its own password, giving the current one.
 *   <li>The node always keeps one enabled administrator with high access: deleting, demoting or
 *       disabling the last one is refused. So that two concurrent changes cannot each remove "the
 *       other" one, such a change rewrites another remaining high-access administrator unchanged at
 *       its next revision in the same atomic command: if that one changed meanwhile, the whole
 *       command is rejected and rebuilt on fresh state.
 * </ul>
 *
 * <h2>Login</h2>
 *
 * {@link #authenticate} answers the same empty result for an unknown name, a wrong password, a
 * disabled administrator and a locked one, and checks the password in every case, so that all four
 * take comparable time. Each wrong password of an existing administrator counts; after {@link
 * Settings#lockoutThreshold()} in a row its logins are refused for {@link
 * Settings#lockoutDuration()}, whatever the password, and the count starts again. A successful
 * login resets the count.
 *
 * <p>Passwords are taken as {@code char[]}; the arrays are left as they are. No message and no log
 * line holds a password or a hash. Thread-safe.
 */
public final class AdminDirectory {

  /** The administrator the first start of a node creates, with every permission area. */
  public static final String FIRST_ADMINISTRATOR = "admin";

  private static final Logger LOG = LoggerFactory.getLogger(AdminDirectory.class);

  private final RecordStore records;
  private final Replicator replicator;
  private final Clock clock;
  private final Settings settings;
  private final PasswordVerifier passwords;
  private final PasswordPolicies policies;

  /**
   * A directory over {@code records}, changing them through {@code replicator}.
   *
   * @throws CryptoException if the crypto module cannot provide the random cache key
   */
  public AdminDirectory(
      RecordStore records,
      Replicator replicator,
      CryptoService crypto,
      Clock clock,
      Settings settings)
      throws CryptoException {
    this.records = Objects.requireNonNull(records, "records");
    this.replicator = Objects.requireNonNull(replicator, "replicator");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.settings = Objects.requireNonNull(settings, "settings");
    this.passwords =
        new PasswordVerifier(
            crypto,
            clock,
            settings.iterations(),
            settings.cacheLifetime(),
            settings.cacheCapacity());
    this.policies = new PasswordPolicies(records, replicator, settings.commandTimeout());
  }

  /**
   * The settings of the administrator directory.
   *
   * @param iterations PBKDF2 iterations for new password hashes; see {@link
   *     PasswordHash#checkIterations}
   * @param cacheLifetime how long a successful password check is remembered, 0 to 1 hour; 0 turns
   *     the cache off
   * @param cacheCapacity how many administrators' checks are remembered, 0 to 100,000
   * @param lockoutThreshold failed logins in a row that lock an administrator out, 1 to 100
   * @param lockoutDuration how long a lockout lasts, 1 second to 24 hours
   * @param conflictRetries how often a change is rebuilt when a concurrent one wins, 1 to 100
   * @param commandTimeout how long a change may take to become durable, 1 ms to 10 minutes
   */
  public record Settings(
      int iterations,
      Duration cacheLifetime,
      int cacheCapacity,
      int lockoutThreshold,
      Duration lockoutDuration,
      int conflictRetries,
      Duration commandTimeout) {

    public Settings {
      PasswordHash.checkIterations(iterations);
      Objects.requireNonNull(cacheLifetime, "cacheLifetime");
      Objects.requireNonNull(lockoutDuration, "lockoutDuration");
      Objects.requireNonNull(commandTimeout, "commandTimeout");
      if (cacheLifetime.isNegative() || cacheLifetime.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException(
            "cacheLifetime must be between 0 and 1 hour: " + cacheLifetime);
      }
      if (cacheCapacity < 0 || cacheCapacity > 100_000) {
        throw new IllegalArgumentException(
            "cacheCapacity must be between 0 and 100000: " + cacheCapacity);
      }
      if (lockoutThreshold < 1 || lockoutThreshold > 100) {
        throw new IllegalArgumentException(
            "lockoutThreshold must be between 1 and 100: " + lockoutThreshold);
      }
      if (lockoutDuration.compareTo(Duration.ofSeconds(1)) < 0
          || lockoutDuration.compareTo(Duration.ofHours(24)) > 0) {
        throw new IllegalArgumentException(
            "lockoutDuration must be between 1 second and 24 hours: " + lockoutDuration);
      }
      if (conflictRetries < 1 || conflictRetries > 100) {
        throw new IllegalArgumentException(
            "conflictRetries must be between 1 and 100: " + conflictRetries);
      }
      if (commandTimeout.toMillis() < 1 || commandTimeout.compareTo(Duration.ofMinutes(10)) > 0) {
        throw new IllegalArgumentException(
            "commandTimeout must be between 1 ms and 10 minutes: " + commandTimeout);
      }
    }

    /**
     * {@value PasswordHash#DEFAULT_ITERATIONS} iterations, checks remembered 5 minutes for up to
     * 1,000 administrators, lockout after 5 failed logins for 15 minutes, 5 retries, 30 s per
     * change.
     */
    public static Settings defaults() {
      return new Settings(
          PasswordHash.DEFAULT_ITERATIONS,
          Duration.ofMinutes(5),
          1_000,
          5,
          Duration.ofMinutes(15),
          5,
          Duration.ofSeconds(30));
    }

    public Settings withIterations(int count) {
      return new Settings(
          count,
          cacheLifetime,
          cacheCapacity,
          lockoutThreshold,
          lockoutDuration,
          conflictRetries,
          commandTimeout);
    }

    public Settings withCache(Duration lifetime, int capacity) {
      return new Settings(
          iterations,
          lifetime,
          capacity,
          lockoutThreshold,
          lockoutDuration,
          conflictRetries,
          commandTimeout);
    }

    public Settings withLockout(int threshold, Duration duration) {
      return new Settings(
          iterations,
          cacheLifetime,
          cacheCapacity,
          threshold,
          duration,
          conflictRetries,
          commandTimeout);
    }

    public Settings withConflictRetries(int retries) {
      return new Settings(
          iterations,
          cacheLifetime,
          cacheCapacity,
          lockoutThreshold,
          lockoutDuration,
          retries,
          commandTimeout);
    }
  }

  // ---- reads -----------------------------------------------------------------------------------

  /**
   * The administrator called {@code name}, if there is one.
   *
   * @throws StoreException if the stored administrator cannot be read
   */
  public Optional<Administrator> get(String name) {
    if (!Administrator.isValidName(name)) {
      return Optional.empty();
    }
    return records.record(AdminRecords.key(name)).map(AdminRecords::read);
  }

  /** Every administrator, in name order. */
  public List<Administrator> list() {
    List<Administrator> out = new ArrayList<>();
    for (StoredRecord r : records.records(AdminRecords.KIND)) {
      out.add(AdminRecords.read(r));
    }
    return List.copyOf(out);
  }

  /** Whether no administrator exists yet: a node's first start. */
  public boolean isEmpty() {
    return records.records(AdminRecords.KIND).isEmpty();
  }

  // ---- the first administrator -----------------------------------------------------------------

  /**
   * Creates the first administrator, with every permission area, on a node that has none. No acting
   * administrator is needed: this is how a node gets its first.
   *
   * @throws AdminDirectoryException NOT_PERMITTED when administrators exist already; INVALID_NAME,
   *     INVALID_PASSWORD, ALREADY_EXISTS or UNAVAILABLE
   */
  public Administrator createFirst(String name, char[] password) throws AdminDirectoryException {
    if (!isEmpty()) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.NOT_PERMITTED,
          "administrators exist already; the first administrator is created only once");
    }
    Administrator created = insert(name, password, EnumSet.allOf(AdminPermission.class));
    LOG.info("Created the first administrator {} with every permission area", name);
    return created;
  }

  // ---- changes by an administrator -------------------------------------------------------------

  /**
   * Creates an enabled administrator.
   *
   * @param actor the administrator making the change; needs high access
   * @throws AdminDirectoryException NOT_PERMITTED, INVALID_NAME, INVALID_PASSWORD, ALREADY_EXISTS,
   *     CONFLICT or UNAVAILABLE
   */
  public Administrator create(
      String actor, String name, char[] password, Set<AdminPermission> permissions)
      throws AdminDirectoryException {
    requireHighAccess(actor, "create administrators");
    Administrator created = insert(name, password, permissions);
    LOG.info("Administrator {} created administrator {} with areas {}", actor, name, permissions);
    return created;
  }

  /**
   * Sets a new password. An administrator changing its own password gives the current one; one with
   * high access may reset another's without it. Either way the failed-login count and any lockout
   * are cleared.
   *
   * @param currentPassword the current password, required when {@code actor} is {@code name}
   * @throws AdminDirectoryException NOT_PERMITTED, WRONG_PASSWORD, INVALID_PASSWORD, NOT_FOUND,
   *     CONFLICT or UNAVAILABLE
   */
  public Administrator setPassword(
      String actor, String name, char[] password, Optional<char[]> currentPassword)
      throws AdminDirectoryException {
    checkName(name);
    if (actor.equals(name)) {
      Administrator self = get(name).orElseThrow(() -> notFound(name));
      char[] current =
          currentPassword.orElseThrow(
              () ->
                  new AdminDirectoryException(
                      AdminDirectoryException.Reason.WRONG_PASSWORD,
                      "give the current password to change your own"));
      if (!passwords.verify(Optional.of(account(self, false)), current)) {
        throw new AdminDirectoryException(
            AdminDirectoryException.Reason.WRONG_PASSWORD, "the current password is not right");
      }
    } else {
      requireHighAccess(actor, "reset the password of another administrator");
    }
    PasswordPolicy policy = policies.current();
    if (policy.history() > 0) {
      Administrator target = get(name).orElseThrow(() -> notFound(name));
      List<PasswordHash> earlier = new ArrayList<>();
      earlier.add(target.passwordHash());
      earlier.addAll(
          target
              .passwordHistory()
              .subList(0, Math.min(policy.history(), target.passwordHistory().size())));
      if (passwords.matchesAny(earlier, password)) {
        throw new AdminDirectoryException(
            AdminDirectoryException.Reason.INVALID_PASSWORD,
            "the password was used before; the policy forbids reusing the last "
                + policy.history()
                + " passwords");
      }
    }
    PasswordHash hash = hash(password);
    Administrator changed = change(name, a -> a.withPasswordHash(hash, now(), policy.history()));
    LOG.info("Administrator {} changed the password of administrator {}", actor, name);
    return changed;
  }

  /**
   * Replaces an administrator's permission areas.
   *
   * @throws AdminDirectoryException NOT_PERMITTED, LAST_HIGH_ACCESS, NOT_FOUND, CONFLICT or
   *     UNAVAILABLE
   */
  public Administrator setPermissions(String actor, String name, Set<AdminPermission> permissions)
      throws AdminDirectoryException {
    checkName(name);
    Objects.requireNonNull(permissions, "permissions");
    requireHighAccess(actor, "change the areas of administrators");
    Set<AdminPermission> granted =
        permissions.isEmpty() ? EnumSet.noneOf(AdminPermission.class) : EnumSet.copyOf(permissions);
    Administrator changed =
        changeGuarded(
            name,
            a -> a.permissions().equals(granted) ? a : a.withPermissions(granted),
            "take the high access area from");
    LOG.info("Administrator {} gave administrator {} the areas {}", actor, name, granted);
    return changed;
  }

  /**
   * Enables or disables an administrator; a disabled one cannot log in.
   *
   * @throws AdminDirectoryException NOT_PERMITTED, LAST_HIGH_ACCESS, NOT_FOUND, CONFLICT or
   *     UNAVAILABLE
   */
  public Administrator setEnabled(String actor, String name, boolean enabled)
      throws AdminDirectoryException {
    checkName(name);
    requireHighAccess(actor, (enabled ? "enable" : "disable") + " administrators");
    Administrator changed =
        changeGuarded(name, a -> a.enabled() == enabled ? a : a.withEnabled(enabled), "disable");
    LOG.info("Administrator {} {} administrator {}", actor, enabled ? "enabled" : "disabled", name);
    return changed;
  }

  /**
   * Clears an administrator's failed-login count and lockout.
   *
   * @throws AdminDirectoryException NOT_PERMITTED, NOT_FOUND, CONFLICT or UNAVAILABLE
   */
  public Administrator unlock(String actor, String name) throws AdminDirectoryException {
    checkName(name);
    requireHighAccess(actor, "unlock administrators");
    Administrator changed =
        change(
            name,
            a ->
                a.failedLogins() == 0 && a.lockedUntil().isEmpty()
                    ? a
                    : a.withLoginFailures(0, Optional.empty()));
    LOG.info("Administrator {} unlocked administrator {}", actor, name);
    return changed;
  }

  /**
   * Deletes an administrator.
   *
   * @throws AdminDirectoryException NOT_PERMITTED, LAST_HIGH_ACCESS, NOT_FOUND, CONFLICT or
   *     UNAVAILABLE
   */
  public void delete(String actor, String name) throws AdminDirectoryException {
    checkName(name);
    requireHighAccess(actor, "delete administrators");
    for (int attempt = 1; attempt <= settings.conflictRetries(); attempt++) {
      StoredRecord stored =
          records.record(AdminRecords.key(name)).orElseThrow(() -> notFound(name));
      Administrator current = AdminRecords.read(stored);
      Command delete = new DeleteRecord(stored.key(), stored.revision());
      Command command = guard(current, Optional.empty(), delete, "delete");
      if (submit(command).applied()) {
        passwords.forget(name);
        LOG.info("Administrator {} deleted administrator {}", actor, name);
        return;
      }
      LOG.debug("Deleting administrator {} conflicted on attempt {}", name, attempt);
    }
    throw kept(name);
  }

  // ---- login -----------------------------------------------------------------------------------

  /**
   * The administrator, if {@code name} is an enabled, unlocked administrator and {@code password}
   * is its password; empty otherwise, the same for every reason. Counts a wrong password and locks
   * the administrator out after too many; clears the count on success. The password array is left
   * as it is.
   */
  public Optional<Administrator> authenticate(String name, char[] password) {
    Objects.requireNonNull(password, "password");
    Optional<Administrator> found;
    try {
      found = get(name);
    } catch (StoreException e) {
      LOG.error("Administrator {} cannot be read for login: {}", name, e.getMessage());
      found = Optional.empty();
    }
    Instant now = now();
    boolean usable = found.filter(a -> a.enabled() && !a.lockedAt(now)).isPresent();
    boolean verified = passwords.verify(found.map(a -> account(a, usable)), password);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Administrator admin = found.get();
    if (admin.lockedAt(now)) {
      // Refused whatever the password; failures during a lockout do not prolong it.
      return Optional.empty();
    }
    if (!verified) {
      if (lockoutThreshold() > 0 && passwords.canVerify()) {
        recordFailure(name);
      }
      return Optional.empty();
    }
    if (!admin.enabled()) {
      return Optional.empty();
    }
    if (admin.failedLogins() > 0 || admin.lockedUntil().isPresent()) {
      try {
        return Optional.of(
            change(
                name,
                a ->
                    a.failedLogins() == 0 && a.lockedUntil().isEmpty()
                        ? a
                        : a.withLoginFailures(0, Optional.empty())));
      } catch (AdminDirectoryException e) {
        LOG.warn("Could not clear the failed logins of administrator {}: {}", name, e.getMessage());
      }
    }
    return found;
  }

  /**
   * Counts a failed login; at the threshold, locks the administrator out and restarts the count.
   */
  private void recordFailure(String name) {
    try {
      Administrator after =
          change(
              name,
              a -> {
                int failures = a.failedLogins() + 1;
                if (failures >= lockoutThreshold()) {
                  return a.withLoginFailures(0, Optional.of(now().plus(lockoutDuration())));
                }
                return a.withLoginFailures(failures, Optional.empty());
              });
      if (after.lockedUntil().isPresent() && after.failedLogins() == 0) {
        LOG.warn(
            "Administrator {} is locked out until {} after {} failed logins",
            name,
            after.lockedUntil().get(),
            lockoutThreshold());
      }
    } catch (AdminDirectoryException e) {
      LOG.warn("Could not count a failed login of administrator {}: {}", name, e.getMessage());
    }
  }

  /**
   * Failed logins in a row that lock an administrator out: the password policy's once one is set,
   * else the directory's setting; 0 when lockout is off.
   */
  private int lockoutThreshold() {
    return policies
        .stored()
        .map(PasswordPolicy::lockoutThreshold)
        .orElse(settings.lockoutThreshold());
  }

  private Duration lockoutDuration() {
    return policies
        .stored()
        .map(PasswordPolicy::lockoutDuration)
        .orElse(settings.lockoutDuration());
  }

  /**
   * Whether {@code admin}'s password is older than the password policy's maximum age: such an
   * administrator may log in only to change its password.
   */
  public boolean passwordExpired(Administrator admin) {
    return policies.current().expired(admin.passwordChanged(), clock.instant());
  }

  /** The password policy, shared with the client users. */
  public PasswordPolicies policies() {
    return policies;
  }

  /** How many full password checks (PBKDF2) logins and password changes ran. */
  public long passwordChecks() {
    return passwords.passwordChecks();
  }

  /** The settings in force. */
  public Settings settings() {
    return settings;
  }

  // ---- internals -------------------------------------------------------------------------------

  private Administrator insert(String name, char[] password, Set<AdminPermission> permissions)
      throws AdminDirectoryException {
    checkName(name);
    Objects.requireNonNull(permissions, "permissions");
    PasswordHash hash = hash(password);
    Instant now = now();
    Administrator created =
        new Administrator(
            name, hash, permissions, true, now, now, 0, Optional.empty(), List.of(), 1);
    CommandResult result =
        submit(new PutRecord(AdminRecords.key(name), AdminRecords.body(created), 1));
    if (!result.applied()) {
      CommandResult.Rejected rejected = (CommandResult.Rejected) result;
      if (rejected.reason() == CommandResult.Reason.ALREADY_EXISTS) {
        throw new AdminDirectoryException(
            AdminDirectoryException.Reason.ALREADY_EXISTS,
            "administrator " + name + " already exists");
      }
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.CONFLICT,
          "administrator " + name + " was not created: " + rejected.message());
    }
    return created;
  }

  private void requireHighAccess(String actor, String what) throws AdminDirectoryException {
    Optional<Administrator> acting = get(actor);
    if (acting.isEmpty()
        || !acting.get().enabled()
        || !acting.get().has(AdminPermission.HIGH_ACCESS)) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.NOT_PERMITTED,
          "only an administrator with the high access area may " + what);
    }
  }

  /** Reads, changes and writes back the administrator, again while a concurrent change wins. */
  private Administrator change(String name, UnaryOperator<Administrator> edit)
      throws AdminDirectoryException {
    for (int attempt = 1; attempt <= settings.conflictRetries(); attempt++) {
      StoredRecord stored =
          records.record(AdminRecords.key(name)).orElseThrow(() -> notFound(name));
      Administrator current = AdminRecords.read(stored);
      Administrator next = edit.apply(current);
      if (next == current) {
        return current;
      }
      if (submit(put(next)).applied()) {
        passwords.forget(name);
        return next;
      }
      LOG.debug("Changing administrator {} conflicted on attempt {}", name, attempt);
    }
    throw kept(name);
  }

  /**
   * {@link #change}, refusing to leave the node without an enabled high-access administrator and
   * guarding against a concurrent change that would (see the class comment).
   */
  private Administrator changeGuarded(String name, UnaryOperator<Administrator> edit, String verb)
      throws AdminDirectoryException {
    for (int attempt = 1; attempt <= settings.conflictRetries(); attempt++) {
      StoredRecord stored =
          records.record(AdminRecords.key(name)).orElseThrow(() -> notFound(name));
      Administrator current = AdminRecords.read(stored);
      Administrator next = edit.apply(current);
      if (next == current) {
        return current;
      }
      Command command = guard(current, Optional.of(next), put(next), verb);
      if (submit(command).applied()) {
        passwords.forget(name);
        return next;
      }
      LOG.debug("Changing administrator {} conflicted on attempt {}", name, attempt);
    }
    throw kept(name);
  }

  /**
   * The command that turns {@code current} into {@code next} (empty: deletes it), with a guard when
   * it takes away one of the enabled high-access administrators.
   */
  private Command guard(
      Administrator current, Optional<Administrator> next, Command change, String verb)
      throws AdminDirectoryException {
    boolean removesHighAccess =
        holdsHighAccess(current) && next.filter(AdminDirectory::holdsHighAccess).isEmpty();
    if (!removesHighAccess) {
      return change;
    }
    List<Administrator> others = new ArrayList<>();
    for (Administrator a : list()) {
      if (!a.name().equals(current.name()) && holdsHighAccess(a)) {
        others.add(a);
      }
    }
    if (others.isEmpty()) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.LAST_HIGH_ACCESS,
          "cannot "
              + verb
              + " "
              + current.name()
              + ": it is the last enabled administrator with the high access area");
    }
    // Rewritten unchanged: the command fails if this one was changed or deleted meanwhile.
    return Atomic.of(change, put(others.get(0).touched()));
  }

  private static boolean holdsHighAccess(Administrator a) {
    return a.enabled() && a.has(AdminPermission.HIGH_ACCESS);
  }

  private static PutRecord put(Administrator a) {
    return new PutRecord(AdminRecords.key(a.name()), AdminRecords.body(a), a.revision());
  }

  private static PasswordVerifier.Account account(Administrator a, boolean remember) {
    return new PasswordVerifier.Account(a.name(), a.revision(), a.passwordHash(), remember);
  }

  private CommandResult submit(Command command) throws AdminDirectoryException {
    try {
      return replicator.submitAndWait(command, settings.commandTimeout());
    } catch (NotDurableException e) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.UNAVAILABLE, e.getMessage(), e);
    }
  }

  /** Checks the password against the policy and hashes it. */
  private PasswordHash hash(char[] password) throws AdminDirectoryException {
    Objects.requireNonNull(password, "password");
    Optional<String> problem =
        passwords.policyViolation(password).or(() -> policies.current().violation(password));
    if (problem.isPresent()) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.INVALID_PASSWORD, problem.get());
    }
    try {
      return passwords.hash(password);
    } catch (CryptoException e) {
      LOG.error("Hashing an administrator password failed: {}", e.getMessage());
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.UNAVAILABLE,
          "the password could not be hashed: " + e.getMessage(),
          e);
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static void checkName(String name) throws AdminDirectoryException {
    if (!Administrator.isValidName(name)) {
      throw new AdminDirectoryException(
          AdminDirectoryException.Reason.INVALID_NAME, Administrator.nameRule());
    }
  }

  private static AdminDirectoryException notFound(String name) {
    return new AdminDirectoryException(
        AdminDirectoryException.Reason.NOT_FOUND, "no administrator " + name);
  }

  private static AdminDirectoryException kept(String name) {
    return new AdminDirectoryException(
        AdminDirectoryException.Reason.CONFLICT,
        "administrator " + name + " kept changing concurrently; nothing was changed, try again");
  }

  @Override
  public String toString() {
    return "AdminDirectory["
        + settings.iterations()
        + " iterations, lockout after "
        + settings.lockoutThreshold()
        + " failures for "
        + settings.lockoutDuration()
        + "]";
  }
}
