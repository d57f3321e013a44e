package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.30, KMIP 2.1 §11.60 Usage Limits Unit Enumeration. */
public enum UsageLimitsUnit implements KmipEnum {
  BYTE(0x00000001, "Byte", "Byte", V1_0),
  OBJECT(0x00000002, "Object", "Object", V1_0);

  private static final EnumLookup<UsageLimitsUnit> LOOKUP =
      EnumLookup.of("Usage Limits Unit", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  UsageLimitsUnit(int code, String specName, String encodingName, KmipVersion since) {
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

  public static UsageLimitsUnit fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<UsageLimitsUnit> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<UsageLimitsUnit> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
