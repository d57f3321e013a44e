package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_1;
import static dev.arca.kmip.KmipVersion.V1_4;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Map;
import java.util.Optional;

/** KMIP 1.1 §9.1.3.2.7, KMIP 2.1 §11.16 Digital Signature Algorithm Enumeration. */
public enum DigitalSignatureAlgorithm implements KmipEnum {
  MD2_WITH_RSA_ENCRYPTION(0x00000001, "MD2 with RSA Encryption", "MD2WithRSAEncryption", V1_1),
  MD5_WITH_RSA_ENCRYPTION(0x00000002, "MD5 with RSA Encryption", "MD5WithRSAEncryption", V1_1),
  SHA_1_WITH_RSA_ENCRYPTION(
      0x00000003, "SHA-1 with RSA Encryption", "SHA_1WithRSAEncryption", V1_1),
  SHA_224_WITH_RSA_ENCRYPTION(
      0x00000004, "SHA-224 with RSA Encryption", "SHA_224WithRSAEncryption", V1_1),
  SHA_256_WITH_RSA_ENCRYPTION(
      0x00000005, "SHA-256 with RSA Encryption", "SHA_256WithRSAEncryption", V1_1),
  SHA_384_WITH_RSA_ENCRYPTION(
      0x00000006, "SHA-384 with RSA Encryption", "SHA_384WithRSAEncryption", V1_1),
  SHA_512_WITH_RSA_ENCRYPTION(
      0x00000007, "SHA-512 with RSA Encryption", "SHA_512WithRSAEncryption", V1_1),
  RSASSA_PSS(0x00000008, "RSASSA-PSS", "RSASSA_PSS", V1_1),
  DSA_WITH_SHA_1(0x00000009, "DSA with SHA-1", "DSAWithSHA_1", V1_1),
  DSA_WITH_SHA224(0x0000000A, "DSA with SHA224", "DSAWithSHA224", V1_1),
  DSA_WITH_SHA256(0x0000000B, "DSA with SHA256", "DSAWithSHA256", V1_1),
  ECDSA_WITH_SHA_1(0x0000000C, "ECDSA with SHA-1", "ECDSAWithSHA_1", V1_1),
  ECDSA_WITH_SHA224(0x0000000D, "ECDSA with SHA224", "ECDSAWithSHA224", V1_1),
  ECDSA_WITH_SHA256(0x0000000E, "ECDSA with SHA256", "ECDSAWithSHA256", V1_1),
  ECDSA_WITH_SHA384(0x0000000F, "ECDSA with SHA384", "ECDSAWithSHA384", V1_1),
  ECDSA_WITH_SHA512(0x00000010, "ECDSA with SHA512", "ECDSAWithSHA512", V1_1),
  SHA3_256_WITH_RSA_ENCRYPTION(
      0x00000011, "SHA3-256 with RSA Encryption", "SHA3_256WithRSAEncryption", V1_4),
  SHA3_384_WITH_RSA_ENCRYPTION(
      0x00000012, "SHA3-384 with RSA Encryption", "SHA3_384WithRSAEncryption", V1_4),
  SHA3_512_WITH_RSA_ENCRYPTION(
      0x00000013, "SHA3-512 with RSA Encryption", "SHA3_512WithRSAEncryption", V1_4);

  // Other names the tables print for a value; decoders accept them too.
  private static final EnumLookup<DigitalSignatureAlgorithm> LOOKUP =
      EnumLookup.of(
          "Digital Signature Algorithm",
          values(),
          Map.ofEntries(
              // KMIP 1.1 to 1.4: MD2 with RSA Encryption (PKCS#1 v1.5)
              Map.entry("MD2WithRSAEncryptionPKCS_1V1_5", MD2_WITH_RSA_ENCRYPTION),
              // KMIP 1.1 to 1.4: MD5 with RSA Encryption (PKCS#1 v1.5)
              Map.entry("MD5WithRSAEncryptionPKCS_1V1_5", MD5_WITH_RSA_ENCRYPTION),
              // KMIP 1.1 to 1.4: SHA-1 with RSA Encryption (PKCS#1 v1.5)
              Map.entry("SHA_1WithRSAEncryptionPKCS_1V1_5", SHA_1_WITH_RSA_ENCRYPTION),
              // KMIP 1.1 to 1.4: SHA-224 with RSA Encryption (PKCS#1 v1.5)
              Map.entry("SHA_224WithRSAEncryptionPKCS_1V1_5", SHA_224_WITH_RSA_ENCRYPTION),
              // KMIP 1.1 to 1.4: SHA-256 with RSA Encryption (PKCS#1 v1.5)
              Map.entry("SHA_256WithRSAEncryptionPKCS_1V1_5", SHA_256_WITH_RSA_ENCRYPTION),
              // KMIP 1.1 to 1.4: SHA-384 with RSA Encryption (PKCS#1 v1.5)
              Map.entry("SHA_384WithRSAEncryptionPKCS_1V1_5", SHA_384_WITH_RSA_ENCRYPTION),
              // KMIP 1.1 to 1.4: SHA-512 with RSA Encryption (PKCS#1 v1.5)
              Map.entry("SHA_512WithRSAEncryptionPKCS_1V1_5", SHA_512_WITH_RSA_ENCRYPTION),
              // KMIP 1.1 to 1.4: RSASSA-PSS (PKCS#1 v2.1)
              Map.entry("RSASSA_PSSPKCS_1V2_1", RSASSA_PSS)));

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  DigitalSignatureAlgorithm(int code, String specName, String encodingName, KmipVersion since) {
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

  public static DigitalSignatureAlgorithm fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<DigitalSignatureAlgorithm> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<DigitalSignatureAlgorithm> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
