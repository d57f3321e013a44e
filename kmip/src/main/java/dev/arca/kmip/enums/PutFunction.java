package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.25, KMIP 2.1 §11.43 Put Function Enumeration. */
public enum PutFunction implements KmipEnum {
  NEW(0x00000001, "New", "New", V1_0),
  REPLACE(0x00000002, "Replace", "Replace", V1_0);

  private static final EnumLookup<PutFunction> LOOKUP = EnumLookup.of("Put Function", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  PutFunction(int code, String specName, String encodingName, KmipVersion since) {
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

  public static PutFunction fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<PutFunction> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<PutFunction> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
