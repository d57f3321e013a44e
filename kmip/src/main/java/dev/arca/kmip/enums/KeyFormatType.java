package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_3;
import static dev.arca.kmip.KmipVersion.V1_4;
import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.3, KMIP 2.1 §11.25 Key Format Type Enumeration. */
public enum KeyFormatType implements KmipEnum {
  RAW(0x00000001, "Raw", "Raw", V1_0),
  OPAQUE(0x00000002, "Opaque", "Opaque", V1_0),
  PKCS_1(0x00000003, "PKCS#1", "PKCS_1", V1_0),
  PKCS_8(0x00000004, "PKCS#8", "PKCS_8", V1_0),
  X_509(0x00000005, "X.509", "X_509", V1_0),
  EC_PRIVATE_KEY(0x00000006, "ECPrivateKey", "ECPrivateKey", V1_0),
  TRANSPARENT_SYMMETRIC_KEY(
      0x00000007, "Transparent Symmetric Key", "TransparentSymmetricKey", V1_0),
  TRANSPARENT_DSA_PRIVATE_KEY(
      0x00000008, "Transparent DSA Private Key", "TransparentDSAPrivateKey", V1_0),
  TRANSPARENT_DSA_PUBLIC_KEY(
      0x00000009, "Transparent DSA Public Key", "TransparentDSAPublicKey", V1_0),
  TRANSPARENT_RSA_PRIVATE_KEY(
      0x0000000A, "Transparent RSA Private Key", "TransparentRSAPrivateKey", V1_0),
  TRANSPARENT_RSA_PUBLIC_KEY(
      0x0000000B, "Transparent RSA Public Key", "TransparentRSAPublicKey", V1_0),
  TRANSPARENT_DH_PRIVATE_KEY(
      0x0000000C, "Transparent DH Private Key", "TransparentDHPrivateKey", V1_0),
  TRANSPARENT_DH_PUBLIC_KEY(
      0x0000000D, "Transparent DH Public Key", "TransparentDHPublicKey", V1_0),
  // Deprecated in KMIP 1.3; removed in KMIP 2.0.
  TRANSPARENT_ECDSA_PRIVATE_KEY(
      0x0000000E, "Transparent ECDSA Private Key", "TransparentECDSAPrivateKey", V1_0),
  TRANSPARENT_ECDSA_PUBLIC_KEY(
      0x0000000F, "Transparent ECDSA Public Key", "TransparentECDSAPublicKey", V1_0),
  TRANSPARENT_ECDH_PRIVATE_KEY(
      0x00000010, "Transparent ECDH Private Key", "TransparentECDHPrivateKey", V1_0),
  TRANSPARENT_ECDH_PUBLIC_KEY(
      0x00000011, "Transparent ECDH Public Key", "TransparentECDHPublicKey", V1_0),
  TRANSPARENT_ECMQV_PRIVATE_KEY(
      0x00000012, "Transparent ECMQV Private Key", "TransparentECMQVPrivateKey", V1_0),
  TRANSPARENT_ECMQV_PUBLIC_KEY(
      0x00000013, "Transparent ECMQV Public Key", "TransparentECMQVPublicKey", V1_0),

  TRANSPARENT_EC_PRIVATE_KEY(
      0x00000014, "Transparent EC Private Key", "TransparentECPrivateKey", V1_3),
  TRANSPARENT_EC_PUBLIC_KEY(
      0x00000015, "Transparent EC Public Key", "TransparentECPublicKey", V1_3),
  PKCS_12(0x00000016, "PKCS#12", "PKCS_12", V1_4),
  PKCS_10(0x00000017, "PKCS#10", "PKCS_10", V2_0);

  private static final EnumLookup<KeyFormatType> LOOKUP =
      EnumLookup.of("Key Format Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  KeyFormatType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static KeyFormatType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<KeyFormatType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<KeyFormatType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
