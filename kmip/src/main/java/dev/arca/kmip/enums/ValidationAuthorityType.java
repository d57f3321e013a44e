package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_3;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.3 §9.1.3.2.40, KMIP 2.1 §11.63 Validation Authority Type Enumeration. */
public enum ValidationAuthorityType implements KmipEnum {
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", V1_3),
  NIST_CMVP(0x00000002, "NIST CMVP", "NISTCMVP", V1_3),
  COMMON_CRITERIA(0x00000003, "Common Criteria", "CommonCriteria", V1_3);

  private static final EnumLookup<ValidationAuthorityType> LOOKUP =
      EnumLookup.of("Validation Authority Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ValidationAuthorityType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static ValidationAuthorityType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ValidationAuthorityType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ValidationAuthorityType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
