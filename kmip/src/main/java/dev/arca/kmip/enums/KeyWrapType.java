package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_4;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.4 §9.1.3.2.48, KMIP 2.1 §11.29 Key Wrap Type Enumeration. */
public enum KeyWrapType implements KmipEnum {
  NOT_WRAPPED(0x00000001, "Not Wrapped", "NotWrapped", V1_4),
  AS_REGISTERED(0x00000002, "As Registered", "AsRegistered", V1_4);

  private static final EnumLookup<KeyWrapType> LOOKUP = EnumLookup.of("Key Wrap Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  KeyWrapType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static KeyWrapType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<KeyWrapType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<KeyWrapType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
