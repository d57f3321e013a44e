package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_2;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.2 §9.1.3.2.35, KMIP 2.1 §11.27 Key Value Location Type Enumeration. */
public enum KeyValueLocationType implements KmipEnum {
  UNINTERPRETED_TEXT_STRING(
      0x00000001, "Uninterpreted Text String", "UninterpretedTextString", V1_2),
  URI(0x00000002, "URI", "URI", V1_2);

  private static final EnumLookup<KeyValueLocationType> LOOKUP =
      EnumLookup.of("Key Value Location Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  KeyValueLocationType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static KeyValueLocationType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<KeyValueLocationType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<KeyValueLocationType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
