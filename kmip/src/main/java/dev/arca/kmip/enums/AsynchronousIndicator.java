package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 2.1 §11.3 Asynchronous Indicator Enumeration. */
public enum AsynchronousIndicator implements KmipEnum {
  MANDATORY(0x00000001, "Mandatory", "Mandatory", V2_0),
  OPTIONAL(0x00000002, "Optional", "Optional", V2_0),
  PROHIBITED(0x00000003, "Prohibited", "Prohibited", V2_0);

  private static final EnumLookup<AsynchronousIndicator> LOOKUP =
      EnumLookup.of("Asynchronous Indicator", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  AsynchronousIndicator(int code, String specName, String encodingName, KmipVersion since) {
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

  public static AsynchronousIndicator fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<AsynchronousIndicator> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<AsynchronousIndicator> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
