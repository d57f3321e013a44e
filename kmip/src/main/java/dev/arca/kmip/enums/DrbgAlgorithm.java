package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_3;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.3 §9.1.3.2.38, KMIP 2.1 §11.17 DRBG Algorithm Enumeration. */
public enum DrbgAlgorithm implements KmipEnum {
  UNSPECIFIED(0x00000001, "Unspecified", "Unspecified", V1_3),
  DUAL_EC(0x00000002, "Dual-EC", "Dual_EC", V1_3),
  HASH(0x00000003, "Hash", "Hash", V1_3),
  HMAC(0x00000004, "HMAC", "HMAC", V1_3),
  CTR(0x00000005, "CTR", "CTR", V1_3);

  private static final EnumLookup<DrbgAlgorithm> LOOKUP = EnumLookup.of("DRBG Algorithm", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  DrbgAlgorithm(int code, String specName, String encodingName, KmipVersion since) {
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

  public static DrbgAlgorithm fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<DrbgAlgorithm> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<DrbgAlgorithm> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
