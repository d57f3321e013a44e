package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.6, KMIP 2.1 §11.9 Certificate Type Enumeration. */
public enum CertificateType implements KmipEnum {
  X_509(0x00000001, "X.509", "X_509", V1_0),
  // Deprecated in KMIP 1.2.
  PGP(0x00000002, "PGP", "PGP", V1_0);

  private static final EnumLookup<CertificateType> LOOKUP =
      EnumLookup.of("Certificate Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  CertificateType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static CertificateType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<CertificateType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<CertificateType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
