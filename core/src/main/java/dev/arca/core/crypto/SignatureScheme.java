package dev.arca.core.crypto;

/** Signature schemes. */
public enum SignatureScheme {
  /** RSASSA-PKCS1-v1_5 (RFC 8017 §8.2). */
  RSA_PKCS1_V1_5,
  /** RSASSA-PSS with MGF1 using the message hash (RFC 8017 §8.1). */
  RSA_PSS,
  /** ECDSA (FIPS 186-5) with the DER encoding of (r, s) (RFC 3279 §2.2.3). */
  ECDSA
}
