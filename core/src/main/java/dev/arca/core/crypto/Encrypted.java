package dev.arca.core.crypto;

/**
 * Result of symmetric encryption: the ciphertext, the IV that was used (given or generated) and,
 * for GCM, the authentication tag kept apart from the ciphertext as KMIP carries it.
 */
public final class Encrypted {

  private final byte[] ciphertext;
  private final byte[] iv;
  private final byte[] tag;

  Encrypted(byte[] ciphertext, byte[] iv, byte[] tag) {
    this.ciphertext = ciphertext;
    this.iv = iv;
    this.tag = tag;
  }

  /** The ciphertext, without the GCM tag. */
  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  /** The IV, counter block or tweak that was used; empty for ECB. */
  public byte[] iv() {
    return iv.clone();
  }

  /** The GCM authentication tag; empty for other modes. */
  public byte[] tag() {
    return tag.clone();
  }

  @Override
  public String toString() {
    return "Encrypted["
        + ciphertext.length
        + " bytes, iv "
        + iv.length
        + " bytes, tag "
        + tag.length
        + " bytes]";
  }
}
