package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.22, KMIP 2.1 §11.61 Validity Indicator Enumeration. */
public enum ValidityIndicator implements KmipEnum {
  VALID(0x00000001, "Valid", "Valid", V1_0),
  INVALID(0x00000002, "Invalid", "Invalid", V1_0),
  UNKNOWN(0x00000003, "Unknown", "Unknown", V1_0);

  private static final EnumLookup<ValidityIndicator> LOOKUP =
      EnumLookup.of("Validity Indicator", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ValidityIndicator(int code, String specName, String encodingName, KmipVersion since) {
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

  public static ValidityIndicator fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ValidityIndicator> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ValidityIndicator> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
