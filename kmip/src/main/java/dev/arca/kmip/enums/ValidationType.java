package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_3;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.3 §9.1.3.2.41, KMIP 2.1 §11.64 Validation Type Enumeration. */
public enum ValidationType implements KmipEnum {
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", V1_3),
  HARDWARE(0x00000002, "Hardware", "Hardware", V1_3),
  SOFTWARE(0x00000003, "Software", "Software", V1_3),
  FIRMWARE(0x00000004, "Firmware", "Firmware", V1_3),
  HYBRID(0x00000005, "Hybrid", "Hybrid", V1_3);

  private static final EnumLookup<ValidationType> LOOKUP =
      EnumLookup.of("Validation Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ValidationType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static ValidationType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ValidationType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ValidationType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
