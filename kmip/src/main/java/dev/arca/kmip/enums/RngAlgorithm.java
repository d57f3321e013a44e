package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_3;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.3 §9.1.3.2.37, KMIP 2.1 §11.49 RNG Algorithm Enumeration. */
public enum RngAlgorithm implements KmipEnum {
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", V1_3),
  FIPS_186_2(0x00000002, "FIPS 186-2", "FIPS186_2", V1_3),
  DRBG(0x00000003, "DRBG", "DRBG", V1_3),
  NRBG(0x00000004, "NRBG", "NRBG", V1_3),
  ANSI_X9_31(0x00000005, "ANSI X9.31", "ANSIX9_31", V1_3),
  ANSI_X9_62(0x00000006, "ANSI X9.62", "ANSIX9_62", V1_3);

  private static final EnumLookup<RngAlgorithm> LOOKUP = EnumLookup.of("RNG Algorithm", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  RngAlgorithm(int code, String specName, String encodingName, KmipVersion since) {
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

  public static RngAlgorithm fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<RngAlgorithm> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<RngAlgorithm> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
