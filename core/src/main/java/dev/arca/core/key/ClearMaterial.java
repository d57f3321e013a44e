package dev.arca.core.key;

import dev.arca.kmip.enums.KeyFormatType;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;
import javax.security.auth.Destroyable;

/**
 * The value of a managed object in clear, in its canonical form: what Register takes and what
 * opening the stored material gives back.
 *
 * <p>The canonical forms are Raw bytes for symmetric keys and secret data, PKCS#8 PrivateKeyInfo
 * for private keys, X.509 SubjectPublicKeyInfo for public keys, the DER encoding for certificates
 * and Opaque bytes for opaque objects; {@link KeyFormats} converts to and from the other KMIP Key
 * Format Types.
 *
 * <p>The holder owns the bytes: {@link #destroy()} zeroes them, and should be called as soon as
 * they are no longer needed. {@link #toString()} shows the format and length, never the bytes.
 */
public final class ClearMaterial implements Destroyable {

  private final KeyFormatType format;
  private final byte[] bytes;
  private final OptionalInt dataType;
  private volatile boolean destroyed;

  private ClearMaterial(KeyFormatType format, byte[] bytes, OptionalInt dataType) {
    this.format = Objects.requireNonNull(format, "format");
    this.bytes = bytes;
    this.dataType = Objects.requireNonNull(dataType, "dataType");
  }

  /**
   * Material in {@code format}. The bytes are copied.
   *
   * @param dataType the Secret Data Type of secret data (KMIP 2.1 §2.2.7) or the Opaque Data Type
   *     of an opaque object (§2.2.8); empty for other objects
   */
  public static ClearMaterial of(KeyFormatType format, byte[] bytes, OptionalInt dataType) {
    return new ClearMaterial(format, bytes.clone(), dataType);
  }

  /** Raw key bytes of a symmetric key. */
  public static ClearMaterial raw(byte[] bytes) {
    return of(KeyFormatType.RAW, bytes, OptionalInt.empty());
  }

  /** The bytes of secret data, with its Secret Data Type (Password, Seed, …). */
  public static ClearMaterial secretData(int secretDataType, byte[] bytes) {
    return of(KeyFormatType.RAW, bytes, OptionalInt.of(secretDataType));
  }

  /** A private key as PKCS#8 PrivateKeyInfo DER. */
  public static ClearMaterial pkcs8(byte[] der) {
    return of(KeyFormatType.PKCS_8, der, OptionalInt.empty());
  }

  /** A public key as X.509 SubjectPublicKeyInfo DER, or a certificate as X.509 DER. */
  public static ClearMaterial x509(byte[] der) {
    return of(KeyFormatType.X_509, der, OptionalInt.empty());
  }

  /** The value of an opaque object, with its Opaque Data Type. */
  public static ClearMaterial opaque(int opaqueDataType, byte[] bytes) {
    return of(KeyFormatType.OPAQUE, bytes, OptionalInt.of(opaqueDataType));
  }

  public KeyFormatType format() {
    return format;
  }

  /**
   * A copy of the bytes.
   *
   * @throws IllegalStateException once destroyed
   */
  public byte[] bytes() {
    if (destroyed) {
      throw new IllegalStateException("the material has been destroyed");
    }
    return bytes.clone();
  }

  /** The length of the bytes. */
  public int length() {
    return bytes.length;
  }

  /** The Secret Data Type or Opaque Data Type, if the object has one. */
  public OptionalInt dataType() {
    return dataType;
  }

  /** Zeroes the bytes. Idempotent. */
  @Override
  public void destroy() {
    destroyed = true;
    Arrays.fill(bytes, (byte) 0);
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public String toString() {
    return "ClearMaterial["
        + format.specName()
        + ", "
        + bytes.length
        + " bytes"
        + (destroyed ? ", destroyed" : "")
        + "]";
  }
}
