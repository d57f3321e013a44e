package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.8, KMIP 2.1 §11.52 Secret Data Type Enumeration. */
public enum SecretDataType implements KmipEnum {
  PASSWORD(0x00000001, "Password", "Password", V1_0),
  SEED(0x00000002, "Seed", "Seed", V1_0);

  private static final EnumLookup<SecretDataType> LOOKUP =
      EnumLookup.of("Secret Data Type", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  SecretDataType(int code, String specName, String encodingName, KmipVersion since) {
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

  public static SecretDataType fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<SecretDataType> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<SecretDataType> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
