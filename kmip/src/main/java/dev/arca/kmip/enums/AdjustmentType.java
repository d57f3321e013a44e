package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 2.1 §11.1 Adjustment Type Enumeration. */
public enum AdjustmentType implements KmipEnum {
  INCREMENT(0x00000001, "Increment", "Increment", V2_0),
  DECREMENT(0x00000002, "Decrement", "Decrement", V2_0),
  NEGATE(0x00000003, "Negate", "Negate", V2_0);

  private static final EnumLookup<AdjustmentType> LOOKUP =
      EnumLookup.of("Adjustment Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  AdjustmentType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static AdjustmentType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<AdjustmentType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<AdjustmentType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
