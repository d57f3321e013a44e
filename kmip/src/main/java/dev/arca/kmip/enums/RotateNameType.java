package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_1;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 2.1 §11.51 Rotate Name Type Enumeration. */
public enum RotateNameType implements KmipEnum {
  UNINTERPRETED_TEXT_STRING(
      0x00000001, "Uninterpreted Text String", "UninterpretedTextString", V2_1),
  URI(0x00000002, "URI", "URI", V2_1);

  private static final EnumLookup<RotateNameType> LOOKUP =
      EnumLookup.of("Rotate Name Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  RotateNameType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static RotateNameType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<RotateNameType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<RotateNameType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
