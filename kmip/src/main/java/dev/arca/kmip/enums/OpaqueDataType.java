package dev.arca.kmip.enums;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.9, KMIP 2.1 §11.35 Opaque Data Type Enumeration. */
public enum OpaqueDataType implements KmipEnum {
// Only extension values (8XXXXXXX) are defined.
;

  private static final EnumLookup<OpaqueDataType> LOOKUP =
      EnumLookup.of("Opaque Data Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  OpaqueDataType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static OpaqueDataType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<OpaqueDataType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<OpaqueDataType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
