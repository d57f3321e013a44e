package dev.arca.kmip.object;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.KeyCompressionType;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvByteString;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §2.1.3 Table 7, KMIP 2.1 §3.1 Table 12 Key Block: a key's value with its format,
 * algorithm and length, and how it was wrapped.
 *
 * @param keyValue a Byte String when the Key Value is wrapped, a {@link KeyValue} Structure when it
 *     is in plaintext; read it with {@link #plaintextKeyValue} and {@link #wrappedKeyValue}. Absent
 *     when the server does not hold the key material (Key Value Present, KMIP 1.4 §3.41).
 * @param cryptographicAlgorithm absent for Secret Data and Opaque Objects, and where the Key Value
 *     says it
 */
@KmipStructure(Tag.KEY_BLOCK)
public record KeyBlock(
    @KmipField(Tag.KEY_FORMAT_TYPE) KeyFormatType keyFormatType,
    @KmipField(Tag.KEY_COMPRESSION_TYPE) Optional<KeyCompressionType> keyCompressionType,
    @KmipField(Tag.KEY_VALUE) Optional<Ttlv> keyValue,
    @KmipField(Tag.CRYPTOGRAPHIC_ALGORITHM) Optional<CryptographicAlgorithm> cryptographicAlgorithm,
    @KmipField(Tag.CRYPTOGRAPHIC_LENGTH) Optional<Integer> cryptographicLength,
    Optional<KeyWrappingData> keyWrappingData) {

  public KeyBlock {
    if (keyValue.isPresent()) {
      Ttlv v = keyValue.get();
      if (!(v instanceof TtlvByteString) && !(v instanceof TtlvStructure)) {
        throw new IllegalArgumentException(
            "Key Value must be a Byte String or a Structure, not " + v.type().encodingName());
      }
      if (v instanceof TtlvByteString && keyWrappingData.isEmpty()) {
        throw new IllegalArgumentException("a wrapped Key Value needs Key Wrapping Data");
      }
    }
  }

  /** A plaintext key in an encoded format, e.g. a Raw AES key. */
  public static KeyBlock of(
      KeyFormatType format, byte[] keyMaterial, CryptographicAlgorithm algorithm, int length) {
    return of(format, KeyValue.of(keyMaterial), Optional.of(algorithm), Optional.of(length));
  }

  /** A plaintext key. */
  public static KeyBlock of(
      KeyFormatType format,
      KeyValue keyValue,
      Optional<CryptographicAlgorithm> algorithm,
      Optional<Integer> length) {
    return new KeyBlock(
        format,
        Optional.empty(),
        Optional.of(TtlvBinder.encode(keyValue)),
        algorithm,
        length,
        Optional.empty());
  }

  /** A wrapped key: {@code wrapped} is the output of the wrapping described by {@code wrapping}. */
  public static KeyBlock wrapped(
      KeyFormatType format,
      byte[] wrapped,
      Optional<CryptographicAlgorithm> algorithm,
      Optional<Integer> length,
      KeyWrappingData wrapping) {
    return new KeyBlock(
        format,
        Optional.empty(),
        Optional.of(Ttlv.bytes(Tag.KEY_VALUE, wrapped)),
        algorithm,
        length,
        Optional.of(wrapping));
  }

  /** True when the Key Value is wrapped (encrypted, MACed or signed). */
  public boolean isWrapped() {
    return keyWrappingData.isPresent();
  }

  /**
   * The Key Value structure; empty when the Key Value is a wrapped Byte String or absent. A Key
   * Value that is only MACed or signed is still a structure.
   */
  public Optional<KeyValue> plaintextKeyValue() throws KmipException {
    if (keyValue.isPresent() && keyValue.get() instanceof TtlvStructure s) {
      return Optional.of(TtlvBinder.decode(KeyValue.class, s));
    }
    return Optional.empty();
  }

  /** The wrapped Key Value bytes; empty when the Key Value is a structure or absent. A copy. */
  public Optional<byte[]> wrappedKeyValue() {
    if (keyValue.isPresent() && keyValue.get() instanceof TtlvByteString b) {
      return Optional.of(b.value());
    }
    return Optional.empty();
  }

  /** The key material bytes of a plaintext key in an encoded format (Raw, PKCS#1, …). */
  public Optional<byte[]> keyMaterialBytes() throws KmipException {
    Optional<KeyValue> v = plaintextKeyValue();
    return v.isEmpty() ? Optional.empty() : v.get().keyMaterialBytes();
  }

  /** The key material of a plaintext key in a Transparent format, read by the Key Format Type. */
  public Optional<TransparentKeyMaterial> transparentKeyMaterial() throws KmipException {
    Optional<KeyValue> v = plaintextKeyValue();
    return v.isEmpty() ? Optional.empty() : v.get().transparentKeyMaterial(keyFormatType);
  }

  /** Key material must never reach a log: only the description of the key is shown. */
  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("KeyBlock[").append(keyFormatType.specName());
    cryptographicAlgorithm.ifPresent(a -> sb.append(", ").append(a.specName()));
    cryptographicLength.ifPresent(l -> sb.append(", ").append(l).append(" bits"));
    keyCompressionType.ifPresent(c -> sb.append(", ").append(c.specName()));
    if (keyValue.isEmpty()) {
      sb.append(", no key value");
    }
    keyWrappingData.ifPresent(w -> sb.append(", ").append(w));
    return sb.append(']').toString();
  }
}
