package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_3;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.3 §9.1.3.2.43, KMIP 2.1 §11.59 Unwrap Mode Enumeration. */
public enum UnwrapMode implements KmipEnum {
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", V1_3),
  PROCESSED(0x00000002, "Processed", "Processed", V1_3),
  NOT_PROCESSED(0x00000003, "Not Processed", "NotProcessed", V1_3);

  private static final EnumLookup<UnwrapMode> LOOKUP = EnumLookup.of("Unwrap Mode", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  UnwrapMode(int code, String specName, String encodingName, KmipVersion since) {
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

  public static UnwrapMode fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<UnwrapMode> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<UnwrapMode> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
