package dev.arca.core.crypto;

/**
 * Algorithms of secret (symmetric) key material held by the boundary.
 *
 * <p>This is the boundary's own vocabulary; mapping KMIP Cryptographic Algorithm values onto it
 * happens in the protocol layer. Which sizes exist and which are FIPS approved is in {@link
 * Algorithms}.
 */
public enum SymmetricAlgorithm {
  /** AES (FIPS 197). A 512-bit key is the pair of AES-256 keys used by XTS. */
  AES("AES", "AES"),
  /** Three-key Triple-DES (SP 800-67); decryption of legacy data only in FIPS terms. */
  TRIPLE_DES("3DES", "DESede"),
  /** Key for HMAC with SHA-1. */
  HMAC_SHA1("HMAC-SHA1", "HMACSHA1"),
  /** Key for HMAC with SHA-224. */
  HMAC_SHA224("HMAC-SHA224", "HMACSHA224"),
  /** Key for HMAC with SHA-256. */
  HMAC_SHA256("HMAC-SHA256", "HMACSHA256"),
  /** Key for HMAC with SHA-384. */
  HMAC_SHA384("HMAC-SHA384", "HMACSHA384"),
  /** Key for HMAC with SHA-512. */
  HMAC_SHA512("HMAC-SHA512", "HMACSHA512"),
  /** Blowfish; generated and registered as opaque material only, never used here. */
  BLOWFISH("BLOWFISH", "Blowfish"),
  /** IDEA; generated and registered as opaque material only, never used here. */
  IDEA("IDEA", "IDEA"),
  /** RC4; generated and registered as opaque material only, never used here. */
  RC4("RC4", "ARC4"),
  /** Opaque secret bytes (passwords, seeds, derivation inputs) of any length. */
  SECRET("SECRET", "RAW");

  private final String policyName;
  private final String jcaName;

  SymmetricAlgorithm(String policyName, String jcaName) {
    this.policyName = policyName;
    this.jcaName = jcaName;
  }

  /** The name of this algorithm's key row in {@link Algorithms}. */
  String policyName() {
    return policyName;
  }

  /** The JCA algorithm name used with the BC-FIPS provider. */
  String jcaName() {
    return jcaName;
  }
}
