package dev.arca.core.crypto;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;

/**
 * Key derivation methods. The base key is a {@link SecretKeyMaterial}: the password for PBKDF2, the
 * key-derivation key for SP 800-108, the HMAC key for HMAC derivation.
 */
public sealed interface Derivation {

  /** Row name in {@link Algorithms}. */
  String policyName();

  /**
   * PBKDF2 (RFC 8018 §5.2, SP 800-132) with an HMAC as PRF.
   *
   * @param prf hash of the HMAC used as PRF
   * @param salt salt; SP 800-132 §5.1 asks for at least 16 random bytes
   * @param iterations iteration count, 1..10,000,000
   */
  record Pbkdf2(DigestAlgorithm prf, byte[] salt, int iterations) implements Derivation {
    private static final Set<DigestAlgorithm> PRFS =
        EnumSet.of(
            DigestAlgorithm.SHA1,
            DigestAlgorithm.SHA224,
            DigestAlgorithm.SHA256,
            DigestAlgorithm.SHA384,
            DigestAlgorithm.SHA512);

    /** Validates and copies the salt. */
    public Pbkdf2 {
      if (prf == null || !PRFS.contains(prf)) {
        throw new IllegalArgumentException("PBKDF2 PRF must be HMAC with one of " + PRFS);
      }
      if (salt == null || salt.length == 0) {
        throw new IllegalArgumentException("PBKDF2 needs a salt");
      }
      // The upper bound keeps one request from occupying a core for minutes.
      if (iterations < 1 || iterations > 10_000_000) {
        throw new IllegalArgumentException("PBKDF2 iterations must be 1..10000000");
      }
      salt = salt.clone();
    }

    @Override
    public byte[] salt() {
      return salt.clone();
    }

    @Override
    public String policyName() {
      return "PBKDF2-HMAC-" + prf.shortName();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Pbkdf2 p
          && p.prf == prf
          && p.iterations == iterations
          && Arrays.equals(p.salt, salt);
    }

    @Override
    public int hashCode() {
      return 31 * (31 * prf.hashCode() + iterations) + Arrays.hashCode(salt);
    }

    @Override
    public String toString() {
      return "Pbkdf2[" + prf + ", " + iterations + " iterations, " + salt.length + "-byte salt]";
    }
  }

  /**
   * KDF in counter mode (SP 800-108r1 §4.1): K(i) = PRF(KI, [i]32 ‖ fixedInput), the counter 32
   * bits big-endian before the fixed input. The caller composes the fixed input (usually Label ‖
   * 0x00 ‖ Context ‖ [L]32).
   *
   * @param prf the PRF: an HMAC or AES-CMAC
   * @param fixedInput the fixed input data
   */
  record CounterMode(MacAlgorithm prf, byte[] fixedInput) implements Derivation {
    /** Validates and copies the fixed input. */
    public CounterMode {
      if (prf == null) {
        throw new IllegalArgumentException("SP 800-108 KDF needs a PRF");
      }
      if (fixedInput == null) {
        throw new IllegalArgumentException("SP 800-108 KDF needs fixed input data");
      }
      fixedInput = fixedInput.clone();
    }

    @Override
    public byte[] fixedInput() {
      return fixedInput.clone();
    }

    @Override
    public String policyName() {
      return "KDF-CTR-" + prf.policyName();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof CounterMode c && c.prf == prf && Arrays.equals(c.fixedInput, fixedInput);
    }

    @Override
    public int hashCode() {
      return 31 * prf.hashCode() + Arrays.hashCode(fixedInput);
    }

    @Override
    public String toString() {
      return "CounterMode[" + prf + ", " + fixedInput.length + "-byte fixed input]";
    }
  }

  /**
   * HMAC derivation: the derivation data is HMAC'd with the base key and the output truncated to
   * the requested length (KMIP Derive Key, Derivation Method HMAC). Not an approved KDF: it has no
   * counter or length binding, so it is offered for interoperability only.
   *
   * @param digest hash of the HMAC
   * @param data the derivation data
   */
  record Hmac(DigestAlgorithm digest, byte[] data) implements Derivation {
    private static final Set<DigestAlgorithm> DIGESTS =
        EnumSet.of(
            DigestAlgorithm.SHA1,
            DigestAlgorithm.SHA224,
            DigestAlgorithm.SHA256,
            DigestAlgorithm.SHA384,
            DigestAlgorithm.SHA512);

    /** Validates and copies the data. */
    public Hmac {
      if (digest == null || !DIGESTS.contains(digest)) {
        throw new IllegalArgumentException("HMAC derivation digest must be one of " + DIGESTS);
      }
      if (data == null) {
        throw new IllegalArgumentException("HMAC derivation needs derivation data");
      }
      data = data.clone();
    }

    @Override
    public byte[] data() {
      return data.clone();
    }

    @Override
    public String policyName() {
      return "HMAC-DERIVE-" + digest.shortName();
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Hmac h && h.digest == digest && Arrays.equals(h.data, data);
    }

    @Override
    public int hashCode() {
      return 31 * digest.hashCode() + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
      return "Hmac[" + digest + ", " + data.length + "-byte data]";
    }
  }
}
