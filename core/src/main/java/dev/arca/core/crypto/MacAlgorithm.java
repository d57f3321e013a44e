package dev.arca.core.crypto;

/** Message authentication codes, also the PRFs of the SP 800-108 key derivation. */
public enum MacAlgorithm {
  /** HMAC-SHA-1 (FIPS 198-1). */
  HMAC_SHA1("HMACSHA1", DigestAlgorithm.SHA1),
  /** HMAC-SHA-224 (FIPS 198-1). */
  HMAC_SHA224("HMACSHA224", DigestAlgorithm.SHA224),
  /** HMAC-SHA-256 (FIPS 198-1). */
  HMAC_SHA256("HMACSHA256", DigestAlgorithm.SHA256),
  /** HMAC-SHA-384 (FIPS 198-1). */
  HMAC_SHA384("HMACSHA384", DigestAlgorithm.SHA384),
  /** HMAC-SHA-512 (FIPS 198-1). */
  HMAC_SHA512("HMACSHA512", DigestAlgorithm.SHA512),
  /** AES-CMAC (SP 800-38B, RFC 4493). */
  AES_CMAC("AESCMAC", null);

  private final String jcaName;
  private final DigestAlgorithm digest;

  MacAlgorithm(String jcaName, DigestAlgorithm digest) {
    this.jcaName = jcaName;
    this.digest = digest;
  }

  /** Length of the MAC in bytes. */
  public int lengthBytes() {
    return digest == null ? 16 : digest.lengthBytes();
  }

  /** Whether this is an HMAC (as opposed to a block-cipher MAC). */
  public boolean isHmac() {
    return digest != null;
  }

  String jcaName() {
    return jcaName;
  }

  /** The hash of an HMAC; only valid when {@link #isHmac()}. */
  DigestAlgorithm digest() {
    return digest;
  }

  /** Row name in {@link Algorithms}. */
  String policyName() {
    return digest == null ? "AES-CMAC" : "HMAC-" + digest.shortName();
  }
}
