package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.10, KMIP 2.1 §11.31 Name Type Enumeration. */
public enum NameType implements KmipEnum {
  UNINTERPRETED_TEXT_STRING(
      0x00000001, "Uninterpreted Text String", "UninterpretedTextString", V1_0),
  URI(0x00000002, "URI", "URI", V1_0);

  private static final EnumLookup<NameType> LOOKUP = EnumLookup.of("Name Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  NameType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static NameType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<NameType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<NameType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
