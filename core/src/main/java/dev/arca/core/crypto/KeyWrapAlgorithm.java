package dev.arca.core.crypto;

/** Algorithms for wrapping key material under a key-encryption key. */
public enum KeyWrapAlgorithm {
  /** AES Key Wrap (RFC 3394, SP 800-38F KW); input a multiple of 8 bytes, at least 16. */
  AES_KW("AES-KW"),
  /** AES Key Wrap with Padding (RFC 5649, SP 800-38F KWP); any input length from 1 byte. */
  AES_KWP("AES-KWP"),
  /** AES-GCM: output is 12-byte IV, ciphertext and 16-byte tag (SP 800-38D). */
  AES_GCM("AES-GCM");

  private final String policyName;

  KeyWrapAlgorithm(String policyName) {
    this.policyName = policyName;
  }

  String policyName() {
    return policyName;
  }
}
