package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.21, KMIP 2.1 §11.8 Certificate Request Type Enumeration. */
public enum CertificateRequestType implements KmipEnum {
  CRMF(0x00000001, "CRMF", "CRMF", V1_0),
  PKCS_10(0x00000002, "PKCS#10", "PKCS_10", V1_0),
  PEM(0x00000003, "PEM", "PEM", V1_0),
  // Deprecated in KMIP 1.2; removed in KMIP 2.0.
  PGP(0x00000004, "PGP", "PGP", V1_0);

  private static final EnumLookup<CertificateRequestType> LOOKUP =
      EnumLookup.of("Certificate Request Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  CertificateRequestType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static CertificateRequestType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<CertificateRequestType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<CertificateRequestType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
