package dev.arca.core.access;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoService;
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
 * The local client users: creation, password changes, enabling, permissions, deletion and
 * authentication.
 *
 * <p>Users are records of kind {@code user} (see {@code UserRecords}), changed only through the
 * {@link Replicator} with {@link PutRecord} and {@link DeleteRecord}, each built on the revision
 * just read and retried a few times when a concurrent change wins the compare-and-set, as the key
 * service does for objects.
 *
 * <h2>Authentication</h2>
 *
 * {@link #authenticate} answers the same empty result for an unknown user, a disabled user and a
 * wrong password, and takes comparable time for all three: an unknown name is checked against a
 * hash no password matches, a disabled user's password is checked before the answer. Only a right
 * password of an enabled user succeeds.
 *
 * <p>KMIP clients send the password with every request, and a PBKDF2 check at the default 600,000
 * iterations costs a few hundred milliseconds of CPU. So a successful check is remembered for a
 * while (default 5 minutes, up to 10,000 users), bound to the user's revision and stored hash; a
 * change of the user (password, enabling, permissions, deletion) ends the shortcut. The policy, the
 * hashing and the cache are the {@link PasswordVerifier}'s, shared with the administrators.
 *
 * <p>Passwords are taken as {@code char[]}, never as {@code String}; the array is left as it is,
 * and every copy made of it here is zeroed. No message and no log line holds a password or a hash.
 * Thread-safe.
 */
public final class UserDirectory {

  /** The minimum password length, in characters (Unicode code points). */
  public static final int MIN_PASSWORD_LENGTH = PasswordVerifier.MIN_PASSWORD_LENGTH;

  /** The maximum password length, in characters: beyond any passphrase, and bounded work. */
  public static final int MAX_PASSWORD_LENGTH = PasswordVerifier.MAX_PASSWORD_LENGTH;

  /** The fewest UTF-8 bytes BC-FIPS accepts as a PBKDF2 password in approved-only mode. */
  static final int FIPS_MIN_PASSWORD_BYTES = PasswordVerifier.FIPS_MIN_PASSWORD_BYTES;

  private static final Logger LOG = LoggerFactory.getLogger(UserDirectory.class);

  private final RecordStore records;
  private final Replicator replicator;
  private final CryptoService crypto;
  private final Clock clock;
  private final Settings settings;
  private final PasswordVerifier passwords;
  private final PasswordPolicies policies;

  /**
   * A directory over {@code records}, changing them through {@code replicator}.
   *
   * @throws CryptoException if the crypto module cannot provide the random cache key
   */
  public UserDirectory(
      RecordStore records,
      Replicator replicator,
      CryptoService crypto,
      Clock clock,
      Settings settings)
      throws CryptoException {
    this.records = Objects.requireNonNull(records, "records");
    this.replicator = Objects.requireNonNull(replicator, "replicator");
    this.crypto = Objects.requireNonNull(crypto, "crypto");
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
   * The settings of a user directory.
   *
   * @param iterations PBKDF2 iterations for new password hashes; see {@link
   *     PasswordHash#checkIterations}
   * @param cacheLifetime how long a successful password check is remembered, 0 to 1 hour; 0 turns
   *     the cache off
   * @param cacheCapacity how many users' checks are remembered, 0 to 1,000,000; 0 turns the cache
   *     off
   * @param conflictRetries how often a change is rebuilt when a concurrent one wins, 1 to 100
   * @param commandTimeout how long a change may take to become durable, 1 ms to 10 minutes
   */
  public record Settings(
      int iterations,
      Duration cacheLifetime,
      int cacheCapacity,
      int conflictRetries,
      Duration commandTimeout) {

    public Settings {
      PasswordHash.checkIterations(iterations);
      Objects.requireNonNull(cacheLifetime, "cacheLifetime");
      Objects.requireNonNull(commandTimeout, "commandTimeout");
      if (cacheLifetime.isNegative() || cacheLifetime.compareTo(Duration.ofHours(1)) > 0) {
        throw new IllegalArgumentException(
            "cacheLifetime must be between 0 and 1 hour: " + cacheLifetime);
      }
      if (cacheCapacity < 0 || cacheCapacity > 1_000_000) {
        throw new IllegalArgumentException(
            "cacheCapacity must be between 0 and 1000000: " + cacheCapacity);
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
     * 10,000 users, 5 retries, 30 s per change.
     */
    public static Settings defaults() {
      return new Settings(
          PasswordHash.DEFAULT_ITERATIONS,
          Duration.ofMinutes(5),
          10_000,
          5,
          Duration.ofSeconds(30));
    }

    public Settings withIterations(int count) {
      return new Settings(count, cacheLifetime, cacheCapacity, conflictRetries, commandTimeout);
    }

    public Settings withCache(Duration lifetime, int capacity) {
      return new Settings(iterations, lifetime, capacity, conflictRetries, commandTimeout);
    }

    public Settings withConflictRetries(int retries) {
      return new Settings(iterations, cacheLifetime, cacheCapacity, retries, commandTimeout);
    }

    public Settings withCommandTimeout(Duration timeout) {
      return new Settings(iterations, cacheLifetime, cacheCapacity, conflictRetries, timeout);
    }
  }

  // ---- reads -----------------------------------------------------------------------------------

  /**
   * The user called {@code name}, if there is one.
   *
   * @throws StoreException if the stored user cannot be read
   */
  public Optional<ClientUser> get(String name) {
    if (!ClientUser.isValidName(name)) {
      return Optional.empty();
    }
    return records.record(UserRecords.key(name)).map(UserRecords::read);
  }

  /** Every user, in name order. */
  public List<ClientUser> list() {
    List<ClientUser> out = new ArrayList<>();
    for (StoredRecord r : records.records(UserRecords.KIND)) {
      out.add(UserRecords.read(r));
    }
    return List.copyOf(out);
  }

  // ---- changes ---------------------------------------------------------------------------------

  /**
   * Creates an enabled user without permissions.
   *
   * @throws UserDirectoryException INVALID_NAME, INVALID_PASSWORD, ALREADY_EXISTS or UNAVAILABLE
   */
  public ClientUser create(String name, char[] password) throws UserDirectoryException {
    checkName(name);
    PasswordHash hash = hash(password);
    ClientUser user =
        ClientUser.created(name, hash, clock.instant().truncatedTo(ChronoUnit.MILLIS));
    CommandResult result =
        submit(new PutRecord(UserRecords.key(name), UserRecords.body(user), user.revision()));
    if (!result.applied()) {
      CommandResult.Rejected rejected = (CommandResult.Rejected) result;
      if (rejected.reason() == CommandResult.Reason.ALREADY_EXISTS) {
        throw new UserDirectoryException(
            UserDirectoryException.Reason.ALREADY_EXISTS, "user " + name + " already exists");
      }
      throw new UserDirectoryException(
          UserDirectoryException.Reason.CONFLICT,
          "user " + name + " was not created: " + rejected.message());
    }
    LOG.info("Created client user {}", name);
    return user;
  }

  /**
   * Sets a new password, which must not be the current one nor one of the earlier ones the password
   * policy's history remembers. Clears the failed-login count and any lockout.
   *
   * @throws UserDirectoryException INVALID_PASSWORD, NOT_FOUND, CONFLICT or UNAVAILABLE
   */
  public ClientUser setPassword(String name, char[] password) throws UserDirectoryException {
    checkName(name);
    PasswordPolicy policy = policies.current();
    ClientUser current = get(name).orElseThrow(() -> notFound(name));
    List<PasswordHash> earlier = new ArrayList<>();
    earlier.add(current.passwordHash());
    earlier.addAll(
        current
            .passwordHistory()
            .subList(0, Math.min(policy.history(), current.passwordHistory().size())));
    if (policy.history() > 0 && passwords.matchesAny(earlier, password)) {
      throw new UserDirectoryException(
          UserDirectoryException.Reason.INVALID_PASSWORD,
          "the password was used before; the policy forbids reusing the last "
              + policy.history()
              + " passwords");
    }
    // Hashed once, outside the retries: it is the expensive part.
    PasswordHash hash = hash(password);
    Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
    ClientUser changed = change(name, u -> u.withPasswordHash(hash, now, policy.history()));
    LOG.info("Changed the password of client user {}", name);
    return changed;
  }

  /**
   * Enables or disables a user; a disabled user cannot authenticate.
   *
   * @throws UserDirectoryException NOT_FOUND, CONFLICT or UNAVAILABLE
   */
  public ClientUser setEnabled(String name, boolean enabled) throws UserDirectoryException {
    checkName(name);
    ClientUser changed = change(name, u -> u.enabled() == enabled ? u : u.withEnabled(enabled));
    LOG.info("Client user {} is {}", name, enabled ? "enabled" : "disabled");
    return changed;
  }

  /**
   * Replaces the user's permissions.
   *
   * @throws UserDirectoryException NOT_FOUND, CONFLICT or UNAVAILABLE
   */
  public ClientUser setPermissions(String name, Set<UserPermission> permissions)
      throws UserDirectoryException {
    checkName(name);
    Objects.requireNonNull(permissions, "permissions");
    Set<UserPermission> granted =
        permissions.isEmpty() ? EnumSet.noneOf(UserPermission.class) : EnumSet.copyOf(permissions);
    ClientUser changed =
        change(name, u -> u.permissions().equals(granted) ? u : u.withPermissions(granted));
    LOG.info("Client user {} has permissions {}", name, granted);
    return changed;
  }

  /**
   * Clears a user's failed-login count and lockout.
   *
   * @throws UserDirectoryException NOT_FOUND, CONFLICT or UNAVAILABLE
   */
  public ClientUser unlock(String name) throws UserDirectoryException {
    checkName(name);
    ClientUser changed =
        change(
            name,
            u ->
                u.failedLogins() == 0 && u.lockedUntil().isEmpty()
                    ? u
                    : u.withLoginFailures(0, Optional.empty()));
    LOG.info("Client user {} is unlocked", name);
    return changed;
  }

  /** The password policy, shared with the administrators. */
  public PasswordPolicies policies() {
    return policies;
  }

  /**
   * Deletes a user.
   *
   * @throws UserDirectoryException NOT_FOUND, CONFLICT or UNAVAILABLE
   */
  public void delete(String name) throws UserDirectoryException {
    checkName(name);
    for (int attempt = 1; attempt <= settings.conflictRetries(); attempt++) {
      StoredRecord stored = records.record(UserRecords.key(name)).orElseThrow(() -> notFound(name));
      CommandResult result = submit(new DeleteRecord(stored.key(), stored.revision()));
      if (result.applied()) {
        passwords.forget(name);
        LOG.info("Deleted client user {}", name);
        return;
      }
      LOG.debug("Deleting client user {} conflicted on attempt {}", name, attempt);
    }
    throw kept(name);
  }

  /** Reads, changes and writes back the user, again while a concurrent change wins. */
  private ClientUser change(String name, UnaryOperator<ClientUser> edit)
      throws UserDirectoryException {
    for (int attempt = 1; attempt <= settings.conflictRetries(); attempt++) {
      StoredRecord stored = records.record(UserRecords.key(name)).orElseThrow(() -> notFound(name));
      ClientUser current = UserRecords.read(stored);
      ClientUser next = edit.apply(current);
      if (next == current) {
        return current;
      }
      CommandResult result =
          submit(new PutRecord(stored.key(), UserRecords.body(next), next.revision()));
      if (result.applied()) {
        passwords.forget(name);
        return next;
      }
      LOG.debug("Changing client user {} conflicted on attempt {}", name, attempt);
    }
    throw kept(name);
  }

  private CommandResult submit(Command command) throws UserDirectoryException {
    try {
      return replicator.submitAndWait(command, settings.commandTimeout());
    } catch (NotDurableException e) {
      throw new UserDirectoryException(
          UserDirectoryException.Reason.UNAVAILABLE, e.getMessage(), e);
    }
  }

  private static void checkName(String name) throws UserDirectoryException {
    if (!ClientUser.isValidName(name)) {
      throw new UserDirectoryException(
          UserDirectoryException.Reason.INVALID_NAME, ClientUser.nameRule());
    }
  }

  private static UserDirectoryException notFound(String name) {
    return new UserDirectoryException(
        UserDirectoryException.Reason.NOT_FOUND, "no client user " + name);
  }

  private static UserDirectoryException kept(String name) {
    return new UserDirectoryException(
        UserDirectoryException.Reason.CONFLICT,
        "client user " + name + " kept changing concurrently; nothing was changed, try again");
  }

  /** Checks the password against the policy and hashes it. */
  private PasswordHash hash(char[] password) throws UserDirectoryException {
    Objects.requireNonNull(password, "password");
    checkPassword(password, crypto.module().isApprovedOnly());
    Optional<String> problem = policies.current().violation(password);
    if (problem.isPresent()) {
      throw new UserDirectoryException(
          UserDirectoryException.Reason.INVALID_PASSWORD, problem.get());
    }
    try {
      return passwords.hash(password);
    } catch (CryptoException e) {
      // The boundary's messages never hold the password.
      LOG.error("Hashing a client user password failed: {}", e.getMessage());
      throw new UserDirectoryException(
          UserDirectoryException.Reason.UNAVAILABLE,
          "the password could not be hashed: " + e.getMessage(),
          e);
    }
  }

  /**
   * The password policy, all of it in this one place: for now 12 to 1024 characters of valid
   * Unicode; in FIPS approved-only mode also at least 14 bytes in UTF-8, since BC-FIPS refuses
   * PBKDF2 on shorter passwords (SP 800-132 and the module's 112-bit rule).
   *
   * @throws UserDirectoryException INVALID_PASSWORD, naming the rule broken
   */
  static void checkPassword(char[] password, boolean approvedOnly) throws UserDirectoryException {
    Optional<String> problem = PasswordVerifier.policyViolation(password, approvedOnly);
    if (problem.isPresent()) {
      throw new UserDirectoryException(
          UserDirectoryException.Reason.INVALID_PASSWORD, problem.get());
    }
  }

  // ---- authentication --------------------------------------------------------------------------

  /**
   * The user, if {@code name} is an enabled user and {@code password} is theirs; empty otherwise,
   * the same for every reason: unknown, disabled, locked out, password expired under the policy's
   * maximum age, or wrong. Counts a wrong password of an existing user and, at the policy's
   * threshold, locks it out for the policy's duration; a success clears the count. The password
   * array is left as it is.
   */
  public Optional<ClientUser> authenticate(String name, char[] password) {
    Objects.requireNonNull(password, "password");
    Optional<ClientUser> found;
    PasswordPolicy policy;
    try {
      found = get(name);
      policy = policies.current();
    } catch (StoreException e) {
      LOG.error("Client user {} cannot be read for authentication: {}", name, e.getMessage());
      found = Optional.empty();
      policy = PasswordPolicy.DEFAULT;
    }
    Instant now = clock.instant();
    PasswordPolicy rules = policy;
    boolean usable =
        found
            .filter(
                u -> u.enabled() && !u.lockedAt(now) && !rules.expired(u.passwordChanged(), now))
            .isPresent();
    boolean verified =
        passwords.verify(
            found.map(
                u ->
                    new PasswordVerifier.Account(u.name(), u.revision(), u.passwordHash(), usable)),
            password);
    if (found.isEmpty()) {
      return Optional.empty();
    }
    ClientUser user = found.get();
    if (user.lockedAt(now)) {
      // Refused whatever the password; failures during a lockout do not prolong it.
      return Optional.empty();
    }
    if (!verified) {
      if (policy.locksOut() && passwords.canVerify()) {
        recordFailure(name, policy);
      }
      return Optional.empty();
    }
    if (!usable) {
      return Optional.empty();
    }
    if (user.failedLogins() > 0 || user.lockedUntil().isPresent()) {
      try {
        return Optional.of(unlock(name));
      } catch (UserDirectoryException e) {
        LOG.warn("Could not clear the failed logins of client user {}: {}", name, e.getMessage());
      }
    }
    return found;
  }

  /** Counts a wrong password; at the threshold, locks the user out and restarts the count. */
  private void recordFailure(String name, PasswordPolicy policy) {
    try {
      ClientUser after =
          change(
              name,
              u -> {
                int failures = u.failedLogins() + 1;
                if (failures >= policy.lockoutThreshold()) {
                  return u.withLoginFailures(
                      0,
                      Optional.of(
                          clock
                              .instant()
                              .truncatedTo(ChronoUnit.MILLIS)
                              .plus(policy.lockoutDuration())));
                }
                return u.withLoginFailures(failures, Optional.empty());
              });
      if (after.lockedUntil().isPresent() && after.failedLogins() == 0) {
        LOG.warn(
            "Client user {} is locked out until {} after {} wrong passwords",
            name,
            after.lockedUntil().get(),
            policy.lockoutThreshold());
      }
    } catch (UserDirectoryException | StoreException e) {
      LOG.warn("Could not count a wrong password of client user {}: {}", name, e.getMessage());
    }
  }

  /** How many full password checks (PBKDF2) {@link #authenticate} ran, for metrics and tests. */
  public long passwordChecks() {
    return passwords.passwordChecks();
  }

  /** How many authentications the verification cache answered, for metrics and tests. */
  public long cacheHits() {
    return passwords.cacheHits();
  }

  /** Forgets every remembered password check, e.g. after a restore. */
  public void clearCache() {
    passwords.forgetAll();
  }

  @Override
  public String toString() {
    return "UserDirectory[" + settings.iterations() + " iterations]";
  }
}
