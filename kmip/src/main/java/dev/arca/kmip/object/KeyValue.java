package dev.arca.kmip.object;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvByteString;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * KMIP 1.4 §2.1.4 Table 8, KMIP 2.1 §3.2 Table 13 Key Value, the plaintext form (a wrapped Key
 * Value is a Byte String, see {@link KeyBlock#keyValue}).
 *
 * @param keyMaterial a Byte String for Raw, Opaque, PKCS#1, PKCS#8, ECPrivateKey and the other
 *     encoded formats; a Structure for the Transparent formats ({@link #transparentKeyMaterial})
 * @param v1Attributes KMIP 1.x: attributes wrapped together with the key material
 * @param attributes KMIP 2.x: the same, as an Attributes structure
 */
@KmipStructure(Tag.KEY_VALUE)
public record KeyValue(
    @KmipField(Tag.KEY_MATERIAL) Ttlv keyMaterial,
    @KmipField(Tag.ATTRIBUTE) List<Attribute> v1Attributes,
    Optional<Attributes> attributes) {

  /** The record that reads the Key Material of each Transparent format. */
  private static final Map<KeyFormatType, Class<? extends TransparentKeyMaterial>> TRANSPARENT =
      new EnumMap<>(KeyFormatType.class);

  static {
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_SYMMETRIC_KEY, TransparentSymmetricKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_DSA_PRIVATE_KEY, TransparentDsaPrivateKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_DSA_PUBLIC_KEY, TransparentDsaPublicKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_RSA_PRIVATE_KEY, TransparentRsaPrivateKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_RSA_PUBLIC_KEY, TransparentRsaPublicKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_DH_PRIVATE_KEY, TransparentDhPrivateKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_DH_PUBLIC_KEY, TransparentDhPublicKey.class);
    // KMIP 1.4 §2.1.7.8–2.1.7.13: the deprecated ECDSA, ECDH and ECMQV structures have the layout
    // of the EC structures that replaced them (§2.1.7.14, §2.1.7.15).
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_ECDSA_PRIVATE_KEY, TransparentEcPrivateKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_ECDH_PRIVATE_KEY, TransparentEcPrivateKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_ECMQV_PRIVATE_KEY, TransparentEcPrivateKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_EC_PRIVATE_KEY, TransparentEcPrivateKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_ECDSA_PUBLIC_KEY, TransparentEcPublicKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_ECDH_PUBLIC_KEY, TransparentEcPublicKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_ECMQV_PUBLIC_KEY, TransparentEcPublicKey.class);
    TRANSPARENT.put(KeyFormatType.TRANSPARENT_EC_PUBLIC_KEY, TransparentEcPublicKey.class);
  }

  public KeyValue {
    v1Attributes = List.copyOf(v1Attributes);
    if (!(keyMaterial instanceof TtlvByteString) && !(keyMaterial instanceof TtlvStructure)) {
      throw new IllegalArgumentException(
          "Key Material must be a Byte String or a Structure, not "
              + keyMaterial.type().encodingName());
    }
  }

  /** Key material in an encoded format (Raw, PKCS#1, …), without attributes. */
  public static KeyValue of(byte[] keyMaterial) {
    return new KeyValue(Ttlv.bytes(Tag.KEY_MATERIAL, keyMaterial), List.of(), Optional.empty());
  }

  /** Key material in a Transparent format, without attributes. */
  public static KeyValue of(TransparentKeyMaterial keyMaterial) {
    return new KeyValue(
        TtlvBinder.encode(Tag.KEY_MATERIAL, (Record) keyMaterial), List.of(), Optional.empty());
  }

  /** The record type of a Transparent Key Format Type; empty for the encoded formats. */
  public static Optional<Class<? extends TransparentKeyMaterial>> transparentType(
      KeyFormatType format) {
    return Optional.ofNullable(TRANSPARENT.get(format));
  }

  /** The key material bytes, when the format is an encoded one; a copy. */
  public Optional<byte[]> keyMaterialBytes() {
    return keyMaterial instanceof TtlvByteString b ? Optional.of(b.value()) : Optional.empty();
  }

  /**
   * The key material read by {@code format}, the Key Format Type of the enclosing Key Block.
   *
   * @return empty for an encoded (Byte String) format
   * @throws KmipException Invalid Field when the material does not have the layout the format
   *     defines
   */
  public Optional<TransparentKeyMaterial> transparentKeyMaterial(KeyFormatType format)
      throws KmipException {
    Class<? extends TransparentKeyMaterial> type = TRANSPARENT.get(format);
    if (type == null) {
      if (keyMaterial instanceof TtlvStructure) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            "Key Material of format " + format.specName() + " must be a Byte String");
      }
      return Optional.empty();
    }
    if (!(keyMaterial instanceof TtlvStructure)) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          "Key Material of format " + format.specName() + " must be a Structure");
    }
    return Optional.of(type.cast(TtlvBinder.decode(type.asSubclass(Record.class), keyMaterial)));
  }

  /** Key material must never reach a log. */
  @Override
  public String toString() {
    return "KeyValue["
        + (keyMaterial instanceof TtlvByteString b
            ? "<" + b.length() + " bytes>"
            : "<transparent key material>")
        + (v1Attributes.isEmpty() ? "" : ", " + v1Attributes.size() + " attributes")
        + attributes.map(a -> ", " + a.size() + " attributes").orElse("")
        + "]";
  }
}
