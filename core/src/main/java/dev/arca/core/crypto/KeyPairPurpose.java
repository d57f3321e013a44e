package dev.arca.core.crypto;

/**
 * What a generated key pair is for.
 *
 * <p>It matters for RSA: BC-FIPS binds an RSA modulus to its first use, signature or encryption,
 * for the life of the JVM (key-usage separation, SP 800-57 Part 1 §5.2), so the pairwise
 * consistency test must exercise the purpose the key will serve.
 */
public enum KeyPairPurpose {
  /** Signature generation and verification. */
  SIGNATURE,
  /** Encryption and decryption (RSA-OAEP or PKCS#1 v1.5 key transport); RSA only. */
  ENCRYPTION
}
