package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_3;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.3 §9.1.3.2.39, KMIP 2.1 §11.20 FIPS186 Variation Enumeration. */
public enum Fips186Variation implements KmipEnum {
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", V1_3),
  GP_X_ORIGINAL(0x00000002, "GP x-Original", "GPXOriginal", V1_3),
  GP_X_CHANGE_NOTICE(0x00000003, "GP x-Change Notice", "GPXChangeNotice", V1_3),
  X_ORIGINAL(0x00000004, "x-Original", "XOriginal", V1_3),
  X_CHANGE_NOTICE(0x00000005, "x-Change Notice", "XChangeNotice", V1_3),
  K_ORIGINAL(0x00000006, "k-Original", "KOriginal", V1_3),
  K_CHANGE_NOTICE(0x00000007, "k-Change Notice", "KChangeNotice", V1_3);

  private static final EnumLookup<Fips186Variation> LOOKUP =
      EnumLookup.of("FIPS186 Variation", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  Fips186Variation(int code, String specName, String encodingName, KmipVersion since) {
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

  public static Fips186Variation fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<Fips186Variation> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<Fips186Variation> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
