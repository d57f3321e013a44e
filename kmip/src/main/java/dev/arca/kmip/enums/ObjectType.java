package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_2;
import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.11, KMIP 2.1 §11.34 Object Type Enumeration. */
public enum ObjectType implements KmipEnum {
  CERTIFICATE(0x00000001, "Certificate", "Certificate", V1_0),
  SYMMETRIC_KEY(0x00000002, "Symmetric Key", "SymmetricKey", V1_0),
  PUBLIC_KEY(0x00000003, "Public Key", "PublicKey", V1_0),
  PRIVATE_KEY(0x00000004, "Private Key", "PrivateKey", V1_0),
  SPLIT_KEY(0x00000005, "Split Key", "SplitKey", V1_0),
  // Deprecated in KMIP 1.3; removed in KMIP 2.0.
  TEMPLATE(0x00000006, "Template", "Template", V1_0),

  SECRET_DATA(0x00000007, "Secret Data", "SecretData", V1_0),
  OPAQUE_OBJECT(0x00000008, "Opaque Object", "OpaqueObject", V1_0),
  PGP_KEY(0x00000009, "PGP Key", "PGPKey", V1_2),
  CERTIFICATE_REQUEST(0x0000000A, "Certificate Request", "CertificateRequest", V2_0);

  private static final EnumLookup<ObjectType> LOOKUP = EnumLookup.of("Object Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ObjectType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static ObjectType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ObjectType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ObjectType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
