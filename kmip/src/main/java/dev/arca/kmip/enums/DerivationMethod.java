package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_4;
import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.20, KMIP 2.1 §11.14 Derivation Method Enumeration. */
public enum DerivationMethod implements KmipEnum {
  PBKDF2(0x00000001, "PBKDF2", "PBKDF2", V1_0),
  HASH(0x00000002, "HASH", "HASH", V1_0),
  HMAC(0x00000003, "HMAC", "HMAC", V1_0),
  ENCRYPT(0x00000004, "ENCRYPT", "ENCRYPT", V1_0),
  NIST800_108_C(0x00000005, "NIST800-108-C", "NIST800_108_C", V1_0),
  NIST800_108_F(0x00000006, "NIST800-108-F", "NIST800_108_F", V1_0),
  NIST800_108_DPI(0x00000007, "NIST800-108-DPI", "NIST800_108_DPI", V1_0),
  ASYMMETRIC_KEY(0x00000008, "Asymmetric Key", "AsymmetricKey", V1_4),
  AWS_SIGNATURE_VERSION_4(0x00000009, "AWS Signature Version 4", "AWSSignatureVersion4", V2_0),
  HKDF(0x0000000A, "HKDF", "HKDF", V2_0);

  private static final EnumLookup<DerivationMethod> LOOKUP =
      EnumLookup.of("Derivation Method", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  DerivationMethod(int code, String specName, String encodingName, KmipVersion since) {
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

  public static DerivationMethod fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<DerivationMethod> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<DerivationMethod> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
