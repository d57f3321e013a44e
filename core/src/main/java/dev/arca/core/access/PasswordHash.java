package dev.arca.core.access;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.Derivation;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.core.crypto.SecretKeyMaterial;
import dev.arca.core.crypto.SymmetricAlgorithm;
import java.nio.charset.CharacterCodingException;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A salted, slow hash of a password: PBKDF2 with HMAC-SHA-256 (SP 800-132) through the crypto
 * boundary, a 16-byte random salt, a 32-byte output and the iteration count kept with the hash, so
 * that the count can grow over the years without invalidating stored hashes.
 *
 * <p>The password enters PBKDF2 as its UTF-8 bytes, as the JDK's {@code PBKDF2WithHmacSHA256} does,
 * without Unicode normalization. The encoded form is {@code
 * pbkdf2-sha256$<iterations>$<salt>$<hash>}, salt and hash in Base64 (RFC 4648 §4) without padding.
 *
 * <p>{@link #verify} compares in constant time. {@link #toString()} shows the scheme and the
 * iteration count only; no message here holds the password, the salt or the hash.
 *
 * <p>BC-FIPS in approved-only mode refuses PBKDF2 on passwords shorter than 14 bytes (112 bits) and
 * salts shorter than 16 bytes; the salt here always has 16, the password is the caller's to check.
 */
public final class PasswordHash {

  /** The scheme name in the encoded form. */
  public static final String SCHEME = "pbkdf2-sha256";

  /** Iterations for new hashes unless configured otherwise (OWASP's figure for PBKDF2-SHA-256). */
  public static final int DEFAULT_ITERATIONS = 600_000;

  /** The fewest iterations accepted for a new hash in production. */
  public static final int MIN_ITERATIONS = 100_000;

  /** The most iterations accepted: beyond this one verification occupies a core for seconds. */
  public static final int MAX_ITERATIONS = 10_000_000;

  /**
   * The one count below {@link #MIN_ITERATIONS} that is accepted, and only when passed explicitly:
   * tests use it so that a hash costs microseconds. Never configure it.
   */
  public static final int TEST_ITERATIONS = 1_000;

  /** Salt length in bytes (SP 800-132 §5.1 asks for at least 16). */
  public static final int SALT_BYTES = 16;

  /** Hash length in bytes: the output size of SHA-256. */
  public static final int HASH_BYTES = 32;

  private static final Pattern ITERATIONS = Pattern.compile("[1-9][0-9]{0,7}");
  private static final Base64.Encoder B64 = Base64.getEncoder().withoutPadding();

  private final int iterations;
  private final byte[] salt;
  private final byte[] hash;

  private PasswordHash(int iterations, byte[] salt, byte[] hash) {
    this.iterations = iterations;
    this.salt = salt;
    this.hash = hash;
  }

  /**
   * Checks an iteration count for new hashes.
   *
   * @throws IllegalArgumentException unless {@value #MIN_ITERATIONS} ≤ iterations ≤ {@value
   *     #MAX_ITERATIONS}, or iterations = {@value #TEST_ITERATIONS}
   */
  public static int checkIterations(int iterations) {
    if (iterations != TEST_ITERATIONS
        && (iterations < MIN_ITERATIONS || iterations > MAX_ITERATIONS)) {
      throw new IllegalArgumentException(
          "password hash iterations must be between "
              + MIN_ITERATIONS
              + " and "
              + MAX_ITERATIONS
              + ": "
              + iterations);
    }
    return iterations;
  }

  /** Hashes {@code password} with {@value #DEFAULT_ITERATIONS} iterations and a fresh salt. */
  public static PasswordHash create(CryptoService crypto, char[] password) throws CryptoException {
    return create(crypto, password, DEFAULT_ITERATIONS);
  }

  /**
   * Hashes {@code password} with a fresh random salt from the module DRBG. The password array is
   * left as it is; the copies made of it are zeroed.
   *
   * @param iterations see {@link #checkIterations}
   * @throws IllegalArgumentException if the password is not valid Unicode (an unpaired surrogate)
   * @throws CryptoException if the boundary refuses, e.g. a password under 14 bytes in FIPS mode
   */
  public static PasswordHash create(CryptoService crypto, char[] password, int iterations)
      throws CryptoException {
    Objects.requireNonNull(crypto, "crypto");
    Objects.requireNonNull(password, "password");
    checkIterations(iterations);
    byte[] bytes = utf8(password);
    try {
      return derive(crypto, bytes, crypto.randomBytes(SALT_BYTES), iterations);
    } finally {
      Passwords.zero(bytes);
    }
  }

  /** PBKDF2 of UTF-8 password bytes with a given salt; the bytes are not kept. */
  static PasswordHash derive(CryptoService crypto, byte[] password, byte[] salt, int iterations)
      throws CryptoException {
    byte[] saltCopy = salt.clone();
    return new PasswordHash(iterations, saltCopy, compute(crypto, password, saltCopy, iterations));
  }

  /**
   * A hash that no password matches in practice (its value is random), costing what a real one does
   * to check: what an unknown user's password is checked against, so that an unknown name takes as
   * long as a wrong password.
   */
  static PasswordHash unmatchable(CryptoService crypto, int iterations) throws CryptoException {
    return new PasswordHash(
        iterations, crypto.randomBytes(SALT_BYTES), crypto.randomBytes(HASH_BYTES));
  }

  /**
   * Whether {@code password} is the one hashed here; compares in constant time. A password that is
   * not valid Unicode, empty or longer than the boundary takes does not match.
   *
   * @throws CryptoException if the boundary fails (module error state); a refusal of a short
   *     password in FIPS mode is a mismatch, not an exception
   */
  public boolean verify(CryptoService crypto, char[] password) throws CryptoException {
    Objects.requireNonNull(password, "password");
    byte[] bytes;
    try {
      bytes = Passwords.utf8(password);
    } catch (CharacterCodingException e) {
      return false;
    }
    try {
      return verify(crypto, bytes);
    } finally {
      Passwords.zero(bytes);
    }
  }

  /** {@link #verify(CryptoService, char[])} on UTF-8 bytes. */
  boolean verify(CryptoService crypto, byte[] password) throws CryptoException {
    byte[] candidate;
    try {
      candidate = compute(crypto, password, salt, iterations);
    } catch (CryptoException e) {
      if (e.reason() == CryptoException.Reason.INVALID_INPUT
          || e.reason() == CryptoException.Reason.NOT_APPROVED) {
        return false; // empty or oversized, or too short for approved-only mode
      }
      throw e;
    }
    try {
      return MessageDigest.isEqual(candidate, hash);
    } finally {
      Passwords.zero(candidate);
    }
  }

  private static byte[] compute(CryptoService crypto, byte[] password, byte[] salt, int iterations)
      throws CryptoException {
    SecretKeyMaterial base = SecretKeyMaterial.of(SymmetricAlgorithm.SECRET, password);
    try {
      SecretKeyMaterial out =
          crypto.derive(
              base,
              new Derivation.Pbkdf2(DigestAlgorithm.SHA256, salt, iterations),
              SymmetricAlgorithm.SECRET,
              HASH_BYTES * 8);
      try {
        return out.encoded();
      } finally {
        out.destroy();
      }
    } finally {
      base.destroy();
    }
  }

  private static byte[] utf8(char[] password) {
    try {
      return Passwords.utf8(password);
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the password is not valid Unicode");
    }
  }

  /** The iteration count this hash was made with. */
  public int iterations() {
    return iterations;
  }

  /** The encoded form, {@code pbkdf2-sha256$<iterations>$<salt>$<hash>}; store it, never log it. */
  public String encoded() {
    return SCHEME
        + "$"
        + iterations
        + "$"
        + B64.encodeToString(salt)
        + "$"
        + B64.encodeToString(hash);
  }

  /**
   * Reads an encoded hash, strictly: the scheme, a count from {@value #TEST_ITERATIONS} to {@value
   * #MAX_ITERATIONS} without leading zeros, a {@value #SALT_BYTES}-byte salt and a {@value
   * #HASH_BYTES}-byte hash in canonical unpadded Base64.
   *
   * @throws IllegalArgumentException if it is anything else; the message does not repeat the input
   */
  public static PasswordHash parse(String encoded) {
    Objects.requireNonNull(encoded, "encoded");
    String[] parts = encoded.split("\\$", -1);
    if (parts.length != 4 || !parts[0].equals(SCHEME)) {
      throw invalid("expected " + SCHEME + "$<iterations>$<salt>$<hash>");
    }
    if (!ITERATIONS.matcher(parts[1]).matches()) {
      throw invalid("the iteration count is not a number");
    }
    int iterations = Integer.parseInt(parts[1]);
    if (iterations < TEST_ITERATIONS || iterations > MAX_ITERATIONS) {
      throw invalid("the iteration count is outside " + TEST_ITERATIONS + ".." + MAX_ITERATIONS);
    }
    return new PasswordHash(
        iterations, base64(parts[2], SALT_BYTES, "salt"), base64(parts[3], HASH_BYTES, "hash"));
  }

  private static byte[] base64(String text, int length, String what) {
    byte[] b;
    try {
      b = Base64.getDecoder().decode(text);
    } catch (IllegalArgumentException e) {
      throw invalid("the " + what + " is not Base64");
    }
    // Only the canonical form: one stored hash has one spelling.
    if (b.length != length || !B64.encodeToString(b).equals(text)) {
      throw invalid("the " + what + " is not " + length + " bytes in unpadded Base64");
    }
    return b;
  }

  private static IllegalArgumentException invalid(String problem) {
    return new IllegalArgumentException("not a " + SCHEME + " password hash: " + problem);
  }

  /** Same scheme, count, salt and hash; the hashes are compared in constant time. */
  @Override
  public boolean equals(Object o) {
    return o instanceof PasswordHash p
        && p.iterations == iterations
        && Arrays.equals(p.salt, salt)
        && MessageDigest.isEqual(p.hash, hash);
  }

  @Override
  public int hashCode() {
    return 31 * iterations + Arrays.hashCode(salt);
  }

  @Override
  public String toString() {
    return "PasswordHash[" + SCHEME + ", " + iterations + " iterations]";
  }
}
