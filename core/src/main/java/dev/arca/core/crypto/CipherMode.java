package dev.arca.core.crypto;

/** Block cipher modes the boundary offers for symmetric encryption. */
public enum CipherMode {
  /** Galois/Counter Mode, authenticated (SP 800-38D). */
  GCM,
  /** Cipher block chaining (SP 800-38A). */
  CBC,
  /** Electronic codebook (SP 800-38A). */
  ECB,
  /** Counter mode (SP 800-38A); the IV is the initial 16-byte counter block. */
  CTR,
  /** XTS-AES for storage (IEEE 1619, SP 800-38E); the IV is the 16-byte tweak. */
  XTS
}
