package dev.arca.core.crypto;

import java.util.Objects;

/**
 * The operations of the crypto boundary: key generation, encryption, signatures, MACs, hashing, key
 * wrapping, key derivation and random numbers, all through BC-FIPS.
 *
 * <p>Protocol code calls this class with the boundary's own vocabulary ({@link CipherSpec}, {@link
 * SignatureSpec}, …) and key handles ({@link SecretKeyMaterial}, {@link PrivateKeyMaterial}, {@link
 * PublicKeyMaterial}); it never touches {@code javax.crypto} or BC classes. Every method checks
 * that the module is operational and reports every failure as a {@link CryptoException}, including
 * BC-FIPS refusals in approved-only mode.
 *
 * <p>Thread-safe. Engines ({@code Cipher}, {@code Mac}, {@code Signature}) are cached per thread
 * and re-initialised per call, so repeated operations do not pay for provider lookups.
 */
public final class CryptoService {

  private final CryptoModule module;
  private final FipsPolicy policy;

  /** A service over {@code module}, outside FIPS mode. */
  public CryptoService(CryptoModule module) {
    this(module, FipsPolicy.off());
  }

  /**
   * A service over {@code module} that enforces {@code policy}: in FIPS mode every non-approved
   * algorithm, key size or parameter is refused before the module is asked.
   */
  public CryptoService(CryptoModule module, FipsPolicy policy) {
    this.module = Objects.requireNonNull(module, "module");
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /** The module this service runs on. */
  public CryptoModule module() {
    return module;
  }

  /** The algorithm policy this service enforces. */
  public FipsPolicy policy() {
    return policy;
  }

  /**
   * Whether the node runs in FIPS mode: only approved cryptography, and features FIPS mode turns
   * off (global keys, LDAP directories) stay off.
   */
  public boolean fipsMode() {
    return policy.enforced();
  }

  // ---- key generation ------------------------------------------------------------------------

  /**
   * Generates a secret key with the module DRBG.
   *
   * @param algorithm the key's algorithm
   * @param bits key length; allowed lengths are in {@link Algorithms} (AES 128/192/256, or 512 for
   *     XTS; 3DES 112/168/192; HMAC and opaque secrets in bytes)
   */
  public SecretKeyMaterial generateSymmetric(SymmetricAlgorithm algorithm, int bits)
      throws CryptoException {
    Objects.requireNonNull(algorithm, "algorithm");
    policy.generateSymmetric(algorithm, bits);
    return Boundary.run(
        module,
        algorithm + "-" + bits + " key generation",
        () -> KeyGeneration.symmetric(module, algorithm, bits));
  }

  /**
   * Generates a key pair for signatures; see {@link #generateKeyPair(AsymmetricSpec,
   * KeyPairPurpose)}.
   */
  public KeyPairMaterial generateKeyPair(AsymmetricSpec spec) throws CryptoException {
    return generateKeyPair(spec, KeyPairPurpose.SIGNATURE);
  }

  /**
   * Generates a key pair (RSA 1024–4096 bits with e = 65537, or EC on a named curve) and runs the
   * pairwise consistency test for its purpose before returning it. A failed test puts the module in
   * its error state.
   */
  public KeyPairMaterial generateKeyPair(AsymmetricSpec spec, KeyPairPurpose purpose)
      throws CryptoException {
    Objects.requireNonNull(spec, "spec");
    Objects.requireNonNull(purpose, "purpose");
    policy.generateKeyPair(spec);
    return Boundary.run(
        module, spec + " key pair generation", () -> KeyGeneration.keyPair(module, spec, purpose));
  }

  // ---- symmetric encryption --------------------------------------------------------------------

  /**
   * Encrypts with an AES or Triple-DES key.
   *
   * @return ciphertext, the IV used (generated when the spec has none) and, for GCM, the tag
   */
  public Encrypted encrypt(SecretKeyMaterial key, CipherSpec spec, byte[] plaintext)
      throws CryptoException {
    Objects.requireNonNull(plaintext, "plaintext");
    policy.cipher(key, spec, Algorithms.Usage.ENCRYPT);
    return Boundary.run(
        module,
        cipherName(key, spec) + " encryption",
        () -> SymmetricCiphers.encrypt(module, key, spec, plaintext));
  }

  /**
   * Decrypts. For GCM the tag is expected appended to the ciphertext ({@link
   * CipherSpec#tagLength()} bytes); use {@link #decrypt(SecretKeyMaterial, CipherSpec, byte[],
   * byte[])} when it comes apart.
   */
  public byte[] decrypt(SecretKeyMaterial key, CipherSpec spec, byte[] ciphertext)
      throws CryptoException {
    Objects.requireNonNull(ciphertext, "ciphertext");
    policy.cipher(key, spec, Algorithms.Usage.DECRYPT);
    return Boundary.run(
        module,
        cipherName(key, spec) + " decryption",
        () -> SymmetricCiphers.decrypt(module, key, spec, ciphertext, null));
  }

  /** Decrypts GCM ciphertext with a separate tag of 4..16 bytes. */
  public byte[] decrypt(SecretKeyMaterial key, CipherSpec spec, byte[] ciphertext, byte[] tag)
      throws CryptoException {
    Objects.requireNonNull(ciphertext, "ciphertext");
    Objects.requireNonNull(tag, "tag");
    if (spec.mode() != CipherMode.GCM) {
      throw Boundary.invalid("a separate tag applies to GCM only");
    }
    policy.cipher(key, spec, Algorithms.Usage.DECRYPT);
    return Boundary.run(
        module,
        cipherName(key, spec) + " decryption",
        () -> SymmetricCiphers.decrypt(module, key, spec, ciphertext, tag));
  }

  // ---- asymmetric encryption ---------------------------------------------------------------

  /** Encrypts with an RSA public key (OAEP or PKCS#1 v1.5). */
  public byte[] encrypt(PublicKeyMaterial key, RsaEncryptionSpec spec, byte[] plaintext)
      throws CryptoException {
    Objects.requireNonNull(plaintext, "plaintext");
    policy.rsaCipher(key.spec(), spec, Algorithms.Usage.ENCRYPT);
    return Boundary.run(
        module,
        spec.policyName() + " encryption",
        () -> RsaCiphers.encrypt(module, key, spec, plaintext));
  }

  /** Decrypts with an RSA private key; every decryption failure reads the same. */
  public byte[] decrypt(PrivateKeyMaterial key, RsaEncryptionSpec spec, byte[] ciphertext)
      throws CryptoException {
    Objects.requireNonNull(ciphertext, "ciphertext");
    policy.rsaCipher(key.spec(), spec, Algorithms.Usage.DECRYPT);
    return Boundary.run(
        module, spec.policyName() + " decryption", () -> RsaCiphers.decrypt(key, spec, ciphertext));
  }

  // ---- signatures ------------------------------------------------------------------------------

  /** Signs a message (the hash is computed here). */
  public byte[] sign(PrivateKeyMaterial key, SignatureSpec spec, byte[] message)
      throws CryptoException {
    Objects.requireNonNull(message, "message");
    policy.signature(key.spec(), spec, Algorithms.Usage.SIGN);
    return Boundary.run(
        module,
        spec.policyName() + " signature",
        () -> Signatures.sign(module, key, spec, message, false));
  }

  /**
   * Signs a pre-computed digest of {@code spec.digest()}: PKCS#1 v1.5 (the DigestInfo is built
   * here) and ECDSA. BC-FIPS offers no PSS over a pre-computed digest.
   */
  public byte[] signDigest(PrivateKeyMaterial key, SignatureSpec spec, byte[] digest)
      throws CryptoException {
    Objects.requireNonNull(digest, "digest");
    policy.signature(key.spec(), spec, Algorithms.Usage.SIGN);
    return Boundary.run(
        module,
        spec.policyName() + " signature over a digest",
        () -> Signatures.sign(module, key, spec, digest, true));
  }

  /** Verifies a signature over a message; false for a wrong or malformed signature. */
  public boolean verify(PublicKeyMaterial key, SignatureSpec spec, byte[] message, byte[] signature)
      throws CryptoException {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(signature, "signature");
    policy.signature(key.spec(), spec, Algorithms.Usage.VERIFY);
    return Boundary.run(
        module,
        spec.policyName() + " verification",
        () -> Signatures.verify(key, spec, message, signature, false));
  }

  /** Verifies a signature over a pre-computed digest (PKCS#1 v1.5, ECDSA). */
  public boolean verifyDigest(
      PublicKeyMaterial key, SignatureSpec spec, byte[] digest, byte[] signature)
      throws CryptoException {
    Objects.requireNonNull(digest, "digest");
    Objects.requireNonNull(signature, "signature");
    policy.signature(key.spec(), spec, Algorithms.Usage.VERIFY);
    return Boundary.run(
        module,
        spec.policyName() + " verification over a digest",
        () -> Signatures.verify(key, spec, digest, signature, true));
  }

  // ---- MACs and hashes -------------------------------------------------------------------------

  /** Computes a MAC. HMAC takes an HMAC or opaque-secret key; AES-CMAC an AES key. */
  public byte[] mac(SecretKeyMaterial key, MacAlgorithm algorithm, byte[] data)
      throws CryptoException {
    Objects.requireNonNull(data, "data");
    policy.mac(key, algorithm);
    return Boundary.run(
        module, algorithm.policyName() + " computation", () -> Macs.mac(key, algorithm, data));
  }

  /** Verifies a full-length MAC in constant time; false on mismatch. */
  public boolean verifyMac(SecretKeyMaterial key, MacAlgorithm algorithm, byte[] data, byte[] mac)
      throws CryptoException {
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(mac, "mac");
    policy.mac(key, algorithm);
    return Boundary.run(
        module,
        algorithm.policyName() + " verification",
        () -> Macs.verify(key, algorithm, data, mac));
  }

  /** Hashes {@code data}. */
  public byte[] hash(DigestAlgorithm algorithm, byte[] data) throws CryptoException {
    Objects.requireNonNull(data, "data");
    policy.hash(algorithm);
    return Boundary.run(module, algorithm.policyName(), () -> Macs.hash(algorithm, data));
  }

  // ---- key wrapping
  // ------------------------------------------------------------------------------

  /**
   * Wraps key material (raw secret bytes, or a PKCS#8 encoding) under an AES key-encryption key.
   * AES-GCM output is 12-byte IV ‖ ciphertext ‖ 16-byte tag.
   */
  public byte[] wrap(SecretKeyMaterial kek, KeyWrapAlgorithm algorithm, byte[] keyMaterial)
      throws CryptoException {
    Objects.requireNonNull(keyMaterial, "keyMaterial");
    policy.wrap(kek, algorithm);
    return Boundary.run(
        module,
        algorithm.policyName() + " key wrap",
        () -> KeyWraps.wrap(module, kek, algorithm, keyMaterial));
  }

  /** Unwraps; a failed integrity check gives reason {@code AUTHENTICATION_FAILED}. */
  public byte[] unwrap(SecretKeyMaterial kek, KeyWrapAlgorithm algorithm, byte[] wrapped)
      throws CryptoException {
    Objects.requireNonNull(wrapped, "wrapped");
    policy.wrap(kek, algorithm);
    return Boundary.run(
        module,
        algorithm.policyName() + " key unwrap",
        () -> KeyWraps.unwrap(kek, algorithm, wrapped));
  }

  // ---- derivation
  // --------------------------------------------------------------------------------

  /**
   * Derives a secret key from {@code base}: PBKDF2 (base = password bytes), SP 800-108 counter mode
   * (base = key-derivation key) or HMAC derivation (base = HMAC key).
   *
   * @param resultAlgorithm the derived key's algorithm
   * @param resultBits the derived key's length, a size {@link Algorithms} allows for that algorithm
   */
  public SecretKeyMaterial derive(
      SecretKeyMaterial base,
      Derivation derivation,
      SymmetricAlgorithm resultAlgorithm,
      int resultBits)
      throws CryptoException {
    Objects.requireNonNull(base, "base");
    Objects.requireNonNull(derivation, "derivation");
    Objects.requireNonNull(resultAlgorithm, "resultAlgorithm");
    policy.derive(base, derivation, resultAlgorithm, resultBits);
    return Boundary.run(
        module,
        derivation.policyName() + " derivation",
        () -> Kdfs.derive(base, derivation, resultAlgorithm, resultBits));
  }

  // ---- random numbers
  // ----------------------------------------------------------------------------

  /** Returns {@code length} bytes (0..65536) from the module DRBG (SP 800-90A). */
  public byte[] randomBytes(int length) throws CryptoException {
    if (length < 0 || length > 65536) {
      throw Boundary.invalid("random length must be 0..65536 bytes");
    }
    return Boundary.run(
        module,
        "random generation",
        () -> {
          byte[] out = new byte[length];
          module.drbg().nextBytes(out);
          return out;
        });
  }

  /**
   * Mixes caller-supplied seed data into the DRBG (KMIP RNG Seed): the DRBG reseeds from its
   * entropy source with the data as additional input (SP 800-90A Rev. 1 §9.2). The data adds to the
   * state and never replaces entropy, so a hostile seed cannot weaken the generator.
   *
   * @param additionalInput seed data, 1..65536 bytes
   */
  public void seedRandom(byte[] additionalInput) throws CryptoException {
    Objects.requireNonNull(additionalInput, "additionalInput");
    if (additionalInput.length == 0 || additionalInput.length > 65536) {
      throw Boundary.invalid("seed data must be 1..65536 bytes");
    }
    Boundary.run(
        module,
        "DRBG reseed",
        () -> {
          module.drbg().reseed(additionalInput.clone());
          return null;
        });
  }

  private static String cipherName(SecretKeyMaterial key, CipherSpec spec) {
    return Algorithms.cipherRowName(key.algorithm(), spec.mode());
  }
}
