package dev.arca.client;

import java.util.Objects;
import java.util.Optional;

/**
 * The result of an Encrypt: the ciphertext, the IV or nonce the server generated (CBC, GCM, CTR;
 * KMIP 2.1 §6.1.17), and for GCM the authentication tag. Pass it back whole to {@link
 * KmipClient#decrypt(String, dev.arca.kmip.attribute.CryptographicParameters, Encrypted)}.
 *
 * <p>The byte arrays are copied in and out, and {@link #toString()} shows lengths only.
 */
public final class Encrypted {

  private final byte[] ciphertext;
  private final byte[] iv;
  private final byte[] tag;

  public Encrypted(byte[] ciphertext, Optional<byte[]> iv, Optional<byte[]> tag) {
    this.ciphertext = Objects.requireNonNull(ciphertext, "ciphertext").clone();
    this.iv = iv.map(byte[]::clone).orElse(null);
    this.tag = tag.map(byte[]::clone).orElse(null);
  }

  public byte[] ciphertext() {
    return ciphertext.clone();
  }

  /** The IV, counter or nonce, when the mode has one. */
  public Optional<byte[]> iv() {
    return Optional.ofNullable(iv).map(byte[]::clone);
  }

  /** The authentication tag of an AEAD mode (GCM). */
  public Optional<byte[]> tag() {
    return Optional.ofNullable(tag).map(byte[]::clone);
  }

  @Override
  public String toString() {
    return "Encrypted["
        + ciphertext.length
        + " bytes"
        + (iv == null ? "" : ", IV " + iv.length + " bytes")
        + (tag == null ? "" : ", tag " + tag.length + " bytes")
        + "]";
  }
}
