package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_3;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.3 §9.1.3.2.46, KMIP 2.1 §11.50 RNG Mode Enumeration. */
public enum RngMode implements KmipEnum {
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", V1_3),
  SHARED_INSTANTIATION(0x00000002, "Shared Instantiation", "SharedInstantiation", V1_3),
  NON_SHARED_INSTANTIATION(0x00000003, "Non-Shared Instantiation", "NonSharedInstantiation", V1_3);

  private static final EnumLookup<RngMode> LOOKUP = EnumLookup.of("RNG Mode", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  RngMode(int code, String specName, String encodingName, KmipVersion since) {
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

  public static RngMode fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<RngMode> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<RngMode> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
