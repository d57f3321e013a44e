package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 2.1 §11.42 Protection Level Enumeration. */
public enum ProtectionLevel implements KmipEnum {
  HIGH(0x00000001, "High", "High", V2_0),
  LOW(0x00000002, "Low", "Low", V2_0);

  private static final EnumLookup<ProtectionLevel> LOOKUP =
      EnumLookup.of("Protection Level", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ProtectionLevel(int code, String specName, String encodingName, KmipVersion since) {
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

  public static ProtectionLevel fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ProtectionLevel> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ProtectionLevel> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
