package dev.arca.core.access;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.MacAlgorithm;
import dev.arca.core.crypto.SecretKeyMaterial;
import dev.arca.core.crypto.SymmetricAlgorithm;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The password machinery every kind of account shares — client users ({@link UserDirectory}) and
 * administrators ({@code dev.arca.core.admin.AdminDirectory}): the password policy, hashing, a
 * verification that takes comparable time whether the account exists or not, and the cache of
 * successful checks.
 *
 * <h2>Timing</h2>
 *
 * {@link #verify} checks an unknown account's password against a hash no password matches, so that
 * an unknown name costs what a wrong password costs. The caller decides what a disabled or locked
 * account means, after the check.
 *
 * <h2>Verification cache</h2>
 *
 * A PBKDF2 check at the default 600,000 iterations costs a few hundred milliseconds of CPU, and
 * KMIP clients send their password with every request. So a successful check may be remembered for
 * a while: the account's name and revision and an HMAC-SHA-256, under a key drawn at start-up and
 * never stored, of the password together with the stored hash. A later check is then one HMAC and a
 * constant-time comparison. A change of the account changes its revision and so ends the shortcut;
 * binding the stored hash as well means that an account deleted and created again, back at revision
 * 1, does not inherit it. The password itself is never kept.
 *
 * <p>Passwords are taken as {@code char[]}; the arrays are left as they are and every copy made of
 * them here is zeroed. No message and no log line holds a password or a hash. Thread-safe.
 */
public final class PasswordVerifier {

  /** The minimum password length, in characters (Unicode code points). */
  public static final int MIN_PASSWORD_LENGTH = 12;

  /** The maximum password length, in characters: beyond any passphrase, and bounded work. */
  public static final int MAX_PASSWORD_LENGTH = 1024;

  /** The fewest UTF-8 bytes BC-FIPS accepts as a PBKDF2 password in approved-only mode. */
  public static final int FIPS_MIN_PASSWORD_BYTES = 14;

  private static final Logger LOG = LoggerFactory.getLogger(PasswordVerifier.class);

  private final CryptoService crypto;
  private final Clock clock;
  private final int iterations;
  private final Duration cacheLifetime;
  private final int cacheCapacity;
  private final SecretKeyMaterial cacheKey;
  private final PasswordHash unknownAccountHash;
  private final VerificationCache cache;
  private final AtomicLong passwordChecks = new AtomicLong();
  private final AtomicLong cacheHits = new AtomicLong();

  /**
   * What {@link #verify} checks a password against.
   *
   * @param name the account's name, the cache's key
   * @param revision the account record's revision: a remembered check holds for this one only
   * @param hash the stored password hash
   * @param remember whether a successful check may be remembered and a remembered one used; false
   *     for an account that cannot log in anyway (disabled), so that it never enters the cache
   */
  public record Account(String name, long revision, PasswordHash hash, boolean remember) {
    public Account {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(hash, "hash");
    }

    @Override
    public String toString() {
      return "Account[" + name + ", rev " + revision + "]";
    }
  }

  /**
   * @param crypto the crypto boundary: PBKDF2, HMAC and random numbers
   * @param clock when remembered checks expire
   * @param iterations PBKDF2 iterations for new hashes; see {@link PasswordHash#checkIterations}
   * @param cacheLifetime how long a successful check is remembered; zero turns the cache off
   * @param cacheCapacity how many accounts' checks are remembered; zero turns the cache off
   * @throws CryptoException if the crypto module cannot provide the random cache key
   */
  public PasswordVerifier(
      CryptoService crypto, Clock clock, int iterations, Duration cacheLifetime, int cacheCapacity)
      throws CryptoException {
    this.crypto = Objects.requireNonNull(crypto, "crypto");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.iterations = PasswordHash.checkIterations(iterations);
    this.cacheLifetime = Objects.requireNonNull(cacheLifetime, "cacheLifetime");
    if (cacheCapacity < 0) {
      throw new IllegalArgumentException("cacheCapacity must not be negative: " + cacheCapacity);
    }
    this.cacheCapacity = cacheCapacity;
    byte[] key = crypto.randomBytes(32);
    try {
      this.cacheKey = SecretKeyMaterial.of(SymmetricAlgorithm.HMAC_SHA256, key);
    } finally {
      Passwords.zero(key);
    }
    this.unknownAccountHash = PasswordHash.unmatchable(crypto, iterations);
    this.cache = new VerificationCache(cacheCapacity);
  }

  // ---- policy and hashing -------------------------------------------------------------------

  /**
   * The password policy, all of it in this one place: 12 to 1024 characters of valid Unicode; in
   * FIPS approved-only mode also at least 14 bytes in UTF-8, since BC-FIPS refuses PBKDF2 on
   * shorter passwords (SP 800-132 and the module's 112-bit rule).
   *
   * @return the rule the password breaks, for a message; empty when it is acceptable
   */
  public static Optional<String> policyViolation(char[] password, boolean approvedOnly) {
    Objects.requireNonNull(password, "password");
    int length = Passwords.codePoints(password);
    if (length < MIN_PASSWORD_LENGTH || length > MAX_PASSWORD_LENGTH) {
      return Optional.of(
          "a password has "
              + MIN_PASSWORD_LENGTH
              + " to "
              + MAX_PASSWORD_LENGTH
              + " characters, this one has "
              + length);
    }
    byte[] bytes;
    try {
      bytes = Passwords.utf8(password);
    } catch (CharacterCodingException e) {
      return Optional.of("a password must be valid Unicode");
    }
    int byteLength = bytes.length;
    Passwords.zero(bytes);
    if (approvedOnly && byteLength < FIPS_MIN_PASSWORD_BYTES) {
      return Optional.of(
          "in FIPS mode a password needs at least "
              + FIPS_MIN_PASSWORD_BYTES
              + " bytes in UTF-8 (14 ASCII characters)");
    }
    return Optional.empty();
  }

  /** {@link #policyViolation(char[], boolean)} in the module's current mode. */
  public Optional<String> policyViolation(char[] password) {
    return policyViolation(password, crypto.module().isApprovedOnly());
  }

  /**
   * Hashes a password with the configured iterations and a fresh salt. Check the policy first.
   *
   * @throws CryptoException if the boundary refuses or fails; its message never holds the password
   */
  public PasswordHash hash(char[] password) throws CryptoException {
    return PasswordHash.create(crypto, password, iterations);
  }

  // ---- verification -------------------------------------------------------------------------

  /**
   * Whether {@code password} is the account's. An empty account (unknown name) is checked against a
   * hash no password matches and answers false, in comparable time. A password that is not valid
   * Unicode or longer than the policy allows is refused before any work: it cannot be anyone's, and
   * refusing it tells the sender only what it knows, the length of what it sent.
   */
  public boolean verify(Optional<Account> account, char[] password) {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(password, "password");
    if (password.length > 2 * MAX_PASSWORD_LENGTH) {
      return false;
    }
    byte[] bytes;
    try {
      bytes = Passwords.utf8(password);
    } catch (CharacterCodingException e) {
      return false;
    }
    try {
      if (account.isEmpty()) {
        check(unknownAccountHash, bytes);
        return false;
      }
      return verify(account.get(), bytes);
    } finally {
      Passwords.zero(bytes);
    }
  }

  /**
   * Whether passwords can be checked at all: false while the cryptographic module is in its error
   * state, when every check answers false. A false answer then says nothing about the password, so
   * callers do not count it as a failed login.
   */
  public boolean canVerify() {
    return crypto.module().isOperational();
  }

  /**
   * Whether {@code password} is any of {@code hashes}, each checked in full (no cache): for the
   * password history, whose hashes are never used to log in.
   */
  public boolean matchesAny(List<PasswordHash> hashes, char[] password) {
    Objects.requireNonNull(hashes, "hashes");
    byte[] bytes;
    try {
      bytes = Passwords.utf8(password);
    } catch (CharacterCodingException e) {
      return false;
    }
    try {
      boolean any = false;
      for (PasswordHash h : hashes) {
        // Every hash is checked, so that the time does not tell which one matched.
        any |= check(h, bytes);
      }
      return any;
    } finally {
      Passwords.zero(bytes);
    }
  }

  private boolean verify(Account account, byte[] password) {
    byte[] tag = account.remember() ? tag(password, account.hash()) : null;
    try {
      if (tag != null && cache.matches(account, tag, clock.instant())) {
        cacheHits.incrementAndGet();
        return true;
      }
      boolean verified = check(account.hash(), password);
      if (verified && tag != null) {
        cache.put(account, tag.clone(), clock.instant().plus(cacheLifetime));
      }
      return verified;
    } finally {
      Passwords.zero(tag);
    }
  }

  private boolean check(PasswordHash hash, byte[] password) {
    passwordChecks.incrementAndGet();
    try {
      return hash.verify(crypto, password);
    } catch (CryptoException e) {
      LOG.error("Password verification failed in the crypto module: {}", e.getMessage());
      return false;
    }
  }

  private boolean cacheEnabled() {
    return cacheCapacity > 0 && !cacheLifetime.isZero();
  }

  /**
   * HMAC-SHA-256 under the per-process key of the password and the stored hash, length-prefixed so
   * that no two pairs give the same input; null when the cache is off or the HMAC fails.
   */
  private byte[] tag(byte[] password, PasswordHash stored) {
    if (!cacheEnabled()) {
      return null;
    }
    byte[] hash = stored.encoded().getBytes(StandardCharsets.US_ASCII);
    byte[] input = new byte[4 + password.length + hash.length];
    try {
      ByteBuffer.wrap(input).putInt(password.length).put(password).put(hash);
      return crypto.mac(cacheKey, MacAlgorithm.HMAC_SHA256, input);
    } catch (CryptoException e) {
      LOG.warn("Verification cache unavailable: {}", e.getMessage());
      return null;
    } finally {
      Passwords.zero(input);
    }
  }

  /** Forgets the remembered check of one account, after it changed. */
  public void forget(String account) {
    cache.remove(account);
  }

  /** Forgets every remembered check, e.g. after a restore. */
  public void forgetAll() {
    cache.clear();
  }

  /** How many full password checks (PBKDF2) {@link #verify} ran, for metrics and tests. */
  public long passwordChecks() {
    return passwordChecks.get();
  }

  /** How many verifications the cache answered, for metrics and tests. */
  public long cacheHits() {
    return cacheHits.get();
  }

  /** The PBKDF2 iterations of new hashes. */
  public int iterations() {
    return iterations;
  }

  @Override
  public String toString() {
    return "PasswordVerifier[" + iterations + " iterations]";
  }

  /** Remembered successful checks, by account name, least recently used first out. */
  private static final class VerificationCache {

    private record Entry(long revision, byte[] tag, Instant expires) {}

    private final Map<String, Entry> entries;

    VerificationCache(int capacity) {
      this.entries =
          new LinkedHashMap<>(16, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
              return size() > capacity;
            }
          };
    }

    synchronized boolean matches(Account account, byte[] tag, Instant now) {
      Entry e = entries.get(account.name());
      if (e == null) {
        return false;
      }
      if (e.revision() != account.revision() || !now.isBefore(e.expires())) {
        entries.remove(account.name());
        Passwords.zero(e.tag());
        return false;
      }
      return MessageDigest.isEqual(e.tag(), tag);
    }

    synchronized void put(Account account, byte[] tag, Instant expires) {
      Entry old = entries.put(account.name(), new Entry(account.revision(), tag, expires));
      if (old != null) {
        Passwords.zero(old.tag());
      }
    }

    synchronized void remove(String name) {
      Entry old = entries.remove(name);
      if (old != null) {
        Passwords.zero(old.tag());
      }
    }

    synchronized void clear() {
      for (Entry e : entries.values()) {
        Passwords.zero(e.tag());
      }
      entries.clear();
    }
  }
}
