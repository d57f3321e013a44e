package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.2, KMIP 2.1 §11.24 Key Compression Type Enumeration. */
public enum KeyCompressionType implements KmipEnum {
  EC_PUBLIC_KEY_TYPE_UNCOMPRESSED(
      0x00000001, "EC Public Key Type Uncompressed", "ECPublicKeyTypeUncompressed", V1_0),
  EC_PUBLIC_KEY_TYPE_X9_62_COMPRESSED_PRIME(
      0x00000002,
      "EC Public Key Type X9.62 Compressed Prime",
      "ECPublicKeyTypeX9_62CompressedPrime",
      V1_0),
  EC_PUBLIC_KEY_TYPE_X9_62_COMPRESSED_CHAR2(
      0x00000003,
      "EC Public Key Type X9.62 Compressed Char2",
      "ECPublicKeyTypeX9_62CompressedChar2",
      V1_0),
  EC_PUBLIC_KEY_TYPE_X9_62_HYBRID(
      0x00000004, "EC Public Key Type X9.62 Hybrid", "ECPublicKeyTypeX9_62Hybrid", V1_0);

  private static final EnumLookup<KeyCompressionType> LOOKUP =
      EnumLookup.of("Key Compression Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  KeyCompressionType(int code, String specName, String encodingName, KmipVersion since) {
    this.code = code;
    this.specName = specName;
    this.encodingName = encodingName;
    this.since = since;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String specName() {
    return specName;
  }

  @Override
  public String encodingName() {
    return encodingName;
  }

  @Override
  public KmipVersion since() {
    return since;
  }

  public static KeyCompressionType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<KeyCompressionType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<KeyCompressionType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
