package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_1;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.1 §9.1.3.2.32, KMIP 2.1 §11.18 Encoding Option Enumeration. */
public enum EncodingOption implements KmipEnum {
  NO_ENCODING(0x00000001, "No Encoding", "NoEncoding", V1_1),
  TTLV_ENCODING(0x00000002, "TTLV Encoding", "TTLVEncoding", V1_1);

  private static final EnumLookup<EncodingOption> LOOKUP =
      EnumLookup.of("Encoding Option", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  EncodingOption(int code, String specName, String encodingName, KmipVersion since) {
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

  public static EncodingOption fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<EncodingOption> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<EncodingOption> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
