package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 2.1 §11.22 Interop Function Enumeration. */
public enum InteropFunction implements KmipEnum {
  BEGIN(0x00000001, "Begin", "Begin", V2_0),
  END(0x00000002, "End", "End", V2_0),
  RESET(0x00000003, "Reset", "Reset", V2_0);

  private static final EnumLookup<InteropFunction> LOOKUP =
      EnumLookup.of("Interop Function", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  InteropFunction(int code, String specName, String encodingName, KmipVersion since) {
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

  public static InteropFunction fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<InteropFunction> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<InteropFunction> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
