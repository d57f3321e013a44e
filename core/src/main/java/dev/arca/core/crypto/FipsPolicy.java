package dev.arca.core.crypto;

import java.util.Objects;
import java.util.Optional;

/**
 * FIPS mode as the boundary enforces it: every operation, key generation and key is checked against
 * the approval flags of {@link Algorithms} before BC-FIPS is asked, so that a refusal names the
 * algorithm and the standard behind it, and so that what FIPS mode allows does not depend on which
 * refusals BC-FIPS's approved-only mode happens to raise itself.
 *
 * <p>Off, the policy allows everything the boundary supports. On, a refusal is a {@link
 * CryptoException} with reason {@link CryptoException.Reason#NOT_APPROVED} and a message such as
 * {@code "FIPS mode: RSA-1024 key pair generation is not approved (FIPS 186-5; SP 800-131A Rev. 2;
 * from 2048 bits)"}.
 *
 * <p>PBKDF2 also needs FIPS-acceptable parameters (SP 800-132 §5.1–5.2): a salt of at least 128
 * bits and at least 1,000 iterations.
 */
public final class FipsPolicy {

  /** SP 800-132 §5.1: the salt has at least 128 bits. */
  public static final int PBKDF2_MIN_SALT_BYTES = 16;

  /** SP 800-132 §5.2: at least 1,000 iterations. */
  public static final int PBKDF2_MIN_ITERATIONS = 1000;

  private static final FipsPolicy OFF = new FipsPolicy(false);
  private static final FipsPolicy ON = new FipsPolicy(true);

  private final boolean enforced;

  private FipsPolicy(boolean enforced) {
    this.enforced = enforced;
  }

  /** The policy outside FIPS mode: nothing beyond what the boundary supports is refused. */
  public static FipsPolicy off() {
    return OFF;
  }

  /** The policy of FIPS mode: only approved algorithms, key sizes and parameters. */
  public static FipsPolicy on() {
    return ON;
  }

  /** The policy for FIPS mode on or off. */
  public static FipsPolicy of(boolean fipsMode) {
    return fipsMode ? ON : OFF;
  }

  /** Whether FIPS mode is on. */
  public boolean enforced() {
    return enforced;
  }

  // ---- what a key is ----------------------------------------------------------------------------

  /**
   * Why a secret key of {@code algorithm} and {@code bits} is not approved, if it is not: it may
   * neither be generated nor used in FIPS mode. Opaque secret bytes ({@link
   * SymmetricAlgorithm#SECRET}) are approved from 112 bits.
   */
  public static Optional<String> keyRefusal(SymmetricAlgorithm algorithm, int bits) {
    Objects.requireNonNull(algorithm, "algorithm");
    return refusal(
        algorithm.policyName(),
        Algorithms.Usage.KEY_GENERATION,
        bits,
        displayName(algorithm) + "-" + bits + " key");
  }

  /**
   * Why an asymmetric key of this shape is not approved, if it is not. RSA keys are approved from
   * 2048 bits whatever their exact size (imported keys may have any multiple of 8); EC keys on the
   * NIST curves P-256, P-384 and P-521.
   */
  public static Optional<String> keyRefusal(AsymmetricSpec spec) {
    Objects.requireNonNull(spec, "spec");
    if (spec instanceof AsymmetricSpec.Rsa rsa) {
      Algorithms.Entry row = Algorithms.entry("RSA", Algorithms.Usage.KEY_GENERATION).orElseThrow();
      return rsa.bits() >= row.approvedFromBits()
          ? Optional.empty()
          : Optional.of(
              ascii(
                  spec
                      + " key is not approved ("
                      + row.basis()
                      + "; from "
                      + row.approvedFromBits()
                      + " bits)"));
    }
    return refusal(
        spec.policyName(), Algorithms.Usage.KEY_GENERATION, spec.sizeBits(), spec + " key");
  }

  // ---- checks before an operation ------------------------------------------------------------

  void generateSymmetric(SymmetricAlgorithm algorithm, int bits) throws CryptoException {
    if (enforced) {
      refuse(keyRefusal(algorithm, bits), " generation");
    }
  }

  void generateKeyPair(AsymmetricSpec spec) throws CryptoException {
    if (enforced) {
      refuse(
          refusal(
              spec.policyName(),
              Algorithms.Usage.KEY_GENERATION,
              spec.sizeBits(),
              spec + " key pair generation"),
          "");
    }
  }

  void cipher(SecretKeyMaterial key, CipherSpec spec, Algorithms.Usage usage)
      throws CryptoException {
    if (!enforced) {
      return;
    }
    refuse(keyRefusal(key.algorithm(), key.lengthBits()), " use");
    String row = Algorithms.cipherRowName(key.algorithm(), spec.mode());
    refuse(
        refusal(
            row,
            usage,
            key.lengthBits(),
            row + " " + (usage == Algorithms.Usage.ENCRYPT ? "encryption" : "decryption")),
        "");
  }

  void rsaCipher(AsymmetricSpec key, RsaEncryptionSpec spec, Algorithms.Usage usage)
      throws CryptoException {
    if (!enforced) {
      return;
    }
    refuse(keyRefusal(key), " use");
    refuse(
        refusal(
            spec.policyName(),
            Algorithms.Usage.ENCRYPT,
            key.sizeBits(),
            spec.policyName()
                + (usage == Algorithms.Usage.ENCRYPT ? " encryption" : " decryption")
                + " with an "
                + key
                + " key"),
        "");
  }

  void signature(AsymmetricSpec key, SignatureSpec spec, Algorithms.Usage usage)
      throws CryptoException {
    if (!enforced) {
      return;
    }
    refuse(keyRefusal(key), " use");
    String what =
        spec.policyName()
            + (usage == Algorithms.Usage.SIGN ? " signature" : " verification")
            + " with an "
            + key
            + " key";
    if (spec.scheme() == SignatureScheme.ECDSA) {
      refuse(refusal(spec.policyName(), usage, 0, what), "");
    } else {
      refuse(refusal(spec.policyName(), usage, key.sizeBits(), what), "");
    }
  }

  void mac(SecretKeyMaterial key, MacAlgorithm algorithm) throws CryptoException {
    if (!enforced) {
      return;
    }
    refuse(
        refusal(
            algorithm.policyName(),
            Algorithms.Usage.MAC,
            key.lengthBits(),
            algorithm.policyName() + " with a " + key.lengthBits() + "-bit key"),
        "");
  }

  void hash(DigestAlgorithm algorithm) throws CryptoException {
    if (enforced) {
      refuse(
          refusal(
              algorithm.policyName(), Algorithms.Usage.HASH, 0, algorithm.policyName() + " hash"),
          "");
    }
  }

  void wrap(SecretKeyMaterial kek, KeyWrapAlgorithm algorithm) throws CryptoException {
    if (!enforced) {
      return;
    }
    refuse(keyRefusal(kek.algorithm(), kek.lengthBits()), " use as key-encryption key");
    refuse(
        refusal(
            algorithm.policyName(),
            Algorithms.Usage.WRAP,
            kek.lengthBits(),
            algorithm.policyName() + " with a " + kek.lengthBits() + "-bit key"),
        "");
  }

  void derive(SecretKeyMaterial base, Derivation derivation, SymmetricAlgorithm result, int bits)
      throws CryptoException {
    if (!enforced) {
      return;
    }
    refuse(
        refusal(
            derivation.policyName(),
            Algorithms.Usage.DERIVE,
            base.lengthBits(),
            derivation.policyName() + " from a " + base.lengthBits() + "-bit base key"),
        "");
    if (derivation instanceof Derivation.Pbkdf2 p) {
      if (p.salt().length < PBKDF2_MIN_SALT_BYTES) {
        throw notApproved(
            derivation.policyName()
                + " with a "
                + p.salt().length * 8
                + "-bit salt is not approved (SP 800-132 section 5.1: at least 128 bits)");
      }
      if (p.iterations() < PBKDF2_MIN_ITERATIONS) {
        throw notApproved(
            derivation.policyName()
                + " with "
                + p.iterations()
                + " iterations is not approved (SP 800-132 section 5.2: at least "
                + PBKDF2_MIN_ITERATIONS
                + ")");
      }
    }
    refuse(keyRefusal(result, bits), " derivation");
  }

  // ---- internals -------------------------------------------------------------------------------

  private static Optional<String> refusal(
      String row, Algorithms.Usage usage, int bits, String what) {
    Optional<Algorithms.Entry> entry = Algorithms.entry(row, usage);
    if (entry.isEmpty()) {
      return Optional.of(what + " is not approved (not in the approved algorithm table)");
    }
    Algorithms.Entry e = entry.get();
    if (e.approved(bits)) {
      return Optional.empty();
    }
    String basis = e.basis();
    if (e.approvedFromBits() != Algorithms.NEVER && e.approvedFromBits() > 0) {
      basis += "; from " + e.approvedFromBits() + " bits";
    }
    return Optional.of(ascii(what + " is not approved (" + basis + ")"));
  }

  private static void refuse(Optional<String> refusal, String suffix) throws CryptoException {
    if (refusal.isPresent()) {
      String message = refusal.get();
      if (!suffix.isEmpty()) {
        // "3DES-168 key is not approved (...)" becomes "3DES-168 key generation is not approved".
        message = message.replaceFirst(" is not approved", suffix + " is not approved");
      }
      throw notApproved(message);
    }
  }

  private static CryptoException notApproved(String message) {
    return new CryptoException(CryptoException.Reason.NOT_APPROVED, "FIPS mode: " + ascii(message));
  }

  /**
   * Refusals travel as KMIP Result Messages, and some clients (PyKMIP 0.10) decode a Text String
   * byte by byte, failing on any non-ASCII character: the section sign is spelled out.
   */
  private static String ascii(String message) {
    return message.replace("§", "section ");
  }

  private static String displayName(SymmetricAlgorithm algorithm) {
    switch (algorithm) {
      case TRIPLE_DES:
        return "3DES";
      case BLOWFISH:
        return "Blowfish";
      case SECRET:
        return "secret";
      default:
        return algorithm.policyName();
    }
  }

  @Override
  public String toString() {
    return enforced ? "FIPS mode" : "not FIPS mode";
  }
}
