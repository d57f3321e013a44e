package dev.arca.core.crypto;

/** Hash functions offered for hashing, signatures, HMAC-based derivation and OAEP. */
public enum DigestAlgorithm {
  /** MD5 (RFC 1321); never FIPS approved, offered for legacy interoperability. */
  MD5("MD5", "MD5", "1.2.840.113549.2.5", 16),
  /** SHA-1 (FIPS 180-4); approved for hashing, not for new signatures. */
  SHA1("SHA-1", "SHA1", "1.3.14.3.2.26", 20),
  /** SHA-224 (FIPS 180-4). */
  SHA224("SHA-224", "SHA224", "2.16.840.1.101.3.4.2.4", 28),
  /** SHA-256 (FIPS 180-4). */
  SHA256("SHA-256", "SHA256", "2.16.840.1.101.3.4.2.1", 32),
  /** SHA-384 (FIPS 180-4). */
  SHA384("SHA-384", "SHA384", "2.16.840.1.101.3.4.2.2", 48),
  /** SHA-512 (FIPS 180-4). */
  SHA512("SHA-512", "SHA512", "2.16.840.1.101.3.4.2.3", 64),
  /** SHA3-224 (FIPS 202). */
  SHA3_224("SHA3-224", "SHA3-224", "2.16.840.1.101.3.4.2.7", 28),
  /** SHA3-256 (FIPS 202). */
  SHA3_256("SHA3-256", "SHA3-256", "2.16.840.1.101.3.4.2.8", 32),
  /** SHA3-384 (FIPS 202). */
  SHA3_384("SHA3-384", "SHA3-384", "2.16.840.1.101.3.4.2.9", 48),
  /** SHA3-512 (FIPS 202). */
  SHA3_512("SHA3-512", "SHA3-512", "2.16.840.1.101.3.4.2.10", 64);

  private final String jcaName;
  private final String shortName;
  private final String oid;
  private final int lengthBytes;

  DigestAlgorithm(String jcaName, String shortName, String oid, int lengthBytes) {
    this.jcaName = jcaName;
    this.shortName = shortName;
    this.oid = oid;
    this.lengthBytes = lengthBytes;
  }

  /** Length of the digest in bytes. */
  public int lengthBytes() {
    return lengthBytes;
  }

  /** JCA MessageDigest name, e.g. {@code SHA-256}. */
  String jcaName() {
    return jcaName;
  }

  /** Name without the hyphen as used in signature and HMAC names, e.g. {@code SHA256}. */
  String shortName() {
    return shortName;
  }

  /** Object identifier of the hash, for PKCS#1 DigestInfo (RFC 8017 §9.2). */
  String oid() {
    return oid;
  }

  /** Row name in {@link Algorithms}. */
  String policyName() {
    return jcaName;
  }
}
