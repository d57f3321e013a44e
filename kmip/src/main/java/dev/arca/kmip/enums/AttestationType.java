package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_2;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.2 §9.1.3.2.36, KMIP 2.1 §11.4 Attestation Type Enumeration. */
public enum AttestationType implements KmipEnum {
  TPM_QUOTE(0x00000001, "TPM Quote", "TPMQuote", V1_2),
  TCG_INTEGRITY_REPORT(0x00000002, "TCG Integrity Report", "TCGIntegrityReport", V1_2),
  SAML_ASSERTION(0x00000003, "SAML Assertion", "SAMLAssertion", V1_2);

  private static final EnumLookup<AttestationType> LOOKUP =
      EnumLookup.of("Attestation Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  AttestationType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static AttestationType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<AttestationType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<AttestationType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
