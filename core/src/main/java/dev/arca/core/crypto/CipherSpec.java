package dev.arca.core.crypto;

import java.util.Optional;

/**
 * Parameters of a symmetric encryption or decryption: mode, padding, IV, tag length and associated
 * data. Immutable; arrays are copied in and out.
 *
 * <p>The IV is optional on encryption for GCM, CBC and CTR: the module's DRBG then generates one
 * and returns it in {@link Encrypted#iv()}. XTS needs the tweak (the data unit sequence number,
 * IEEE 1619 §5.1) and ECB takes none. Decryption always needs the IV that encryption used.
 */
public final class CipherSpec {

  /** Default GCM tag length in bytes (SP 800-38D §5.2.1.2: 128 bits). */
  public static final int DEFAULT_TAG_LENGTH = 16;

  private final CipherMode mode;
  private final Padding padding;
  private final byte[] iv;
  private final int tagLength;
  private final byte[] aad;

  private CipherSpec(CipherMode mode, Padding padding, byte[] iv, int tagLength, byte[] aad) {
    if (mode == null || padding == null) {
      throw new IllegalArgumentException("mode and padding are required");
    }
    if (padding != Padding.NONE && mode != CipherMode.CBC && mode != CipherMode.ECB) {
      throw new IllegalArgumentException(mode + " takes no padding");
    }
    if (mode == CipherMode.ECB && iv != null) {
      throw new IllegalArgumentException("ECB takes no IV");
    }
    if (mode == CipherMode.GCM) {
      // SP 800-38D §5.2.1.2 allows 128, 120, 112, 104, 96 and, for special uses, 64 and 32 bits.
      if (tagLength < 4 || tagLength > 16) {
        throw new IllegalArgumentException("GCM tag length must be 4..16 bytes");
      }
    } else if (tagLength != 0) {
      throw new IllegalArgumentException("a tag length applies to GCM only");
    }
    if (aad != null && aad.length > 0 && mode != CipherMode.GCM) {
      throw new IllegalArgumentException("associated data applies to GCM only");
    }
    this.mode = mode;
    this.padding = padding;
    this.iv = iv == null ? null : iv.clone();
    this.tagLength = tagLength;
    this.aad = aad == null ? new byte[0] : aad.clone();
  }

  /** GCM with a generated 12-byte IV, 16-byte tag and no associated data. */
  public static CipherSpec gcm() {
    return new CipherSpec(CipherMode.GCM, Padding.NONE, null, DEFAULT_TAG_LENGTH, null);
  }

  /**
   * GCM with explicit parameters.
   *
   * @param iv the IV, or {@code null} to have one generated (12 bytes) on encryption
   * @param tagLength tag length in bytes, 4..16
   * @param aad associated data, or {@code null} for none
   */
  public static CipherSpec gcm(byte[] iv, int tagLength, byte[] aad) {
    return new CipherSpec(CipherMode.GCM, Padding.NONE, iv, tagLength, aad);
  }

  /**
   * CBC.
   *
   * @param padding padding of the last block
   * @param iv the IV (one block), or {@code null} to have one generated on encryption
   */
  public static CipherSpec cbc(Padding padding, byte[] iv) {
    return new CipherSpec(CipherMode.CBC, padding, iv, 0, null);
  }

  /** ECB with the given padding. */
  public static CipherSpec ecb(Padding padding) {
    return new CipherSpec(CipherMode.ECB, padding, null, 0, null);
  }

  /**
   * CTR.
   *
   * @param initialCounter the 16-byte initial counter block, or {@code null} to generate one
   */
  public static CipherSpec ctr(byte[] initialCounter) {
    return new CipherSpec(CipherMode.CTR, Padding.NONE, initialCounter, 0, null);
  }

  /**
   * XTS-AES.
   *
   * @param tweak the 16-byte tweak: the data unit sequence number, little-endian (IEEE 1619)
   */
  public static CipherSpec xts(byte[] tweak) {
    if (tweak == null) {
      throw new IllegalArgumentException("XTS needs the 16-byte tweak");
    }
    return new CipherSpec(CipherMode.XTS, Padding.NONE, tweak, 0, null);
  }

  /** Returns a copy of this spec with the given IV (as needed to decrypt). */
  public CipherSpec withIv(byte[] newIv) {
    return new CipherSpec(mode, padding, newIv, tagLength, aad);
  }

  /** Returns a copy of this spec with the given associated data (GCM only). */
  public CipherSpec withAad(byte[] newAad) {
    return new CipherSpec(mode, padding, iv, tagLength, newAad);
  }

  /** The mode. */
  public CipherMode mode() {
    return mode;
  }

  /** The padding. */
  public Padding padding() {
    return padding;
  }

  /** The IV, if one was given. */
  public Optional<byte[]> iv() {
    return iv == null ? Optional.empty() : Optional.of(iv.clone());
  }

  /** GCM tag length in bytes; 0 for other modes. */
  public int tagLength() {
    return tagLength;
  }

  /** Associated data (GCM); empty if none. */
  public byte[] aad() {
    return aad.clone();
  }

  /** Direct reference for the boundary's internals; never handed out. */
  byte[] ivOrNull() {
    return iv;
  }

  byte[] aadRef() {
    return aad;
  }

  @Override
  public String toString() {
    return "CipherSpec["
        + mode
        + (mode == CipherMode.CBC || mode == CipherMode.ECB ? "/" + padding : "")
        + (iv == null ? "" : ", iv " + iv.length + " bytes")
        + (mode == CipherMode.GCM ? ", tag " + tagLength + " bytes, aad " + aad.length : "")
        + "]";
  }
}
