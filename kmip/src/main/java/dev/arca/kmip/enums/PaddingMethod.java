package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.14, KMIP 2.1 §11.37 Padding Method Enumeration. */
public enum PaddingMethod implements KmipEnum {
  NONE(0x00000001, "None", "None", V1_0),
  OAEP(0x00000002, "OAEP", "OAEP", V1_0),
  PKCS5(0x00000003, "PKCS5", "PKCS5", V1_0),
  SSL3(0x00000004, "SSL3", "SSL3", V1_0),
  ZEROS(0x00000005, "Zeros", "Zeros", V1_0),
  ANSI_X9_23(0x00000006, "ANSI X9.23", "ANSIX9_23", V1_0),
  ISO_10126(0x00000007, "ISO 10126", "ISO10126", V1_0),
  PKCS1_V1_5(0x00000008, "PKCS1 v1.5", "PKCS1V1_5", V1_0),
  X9_31(0x00000009, "X9.31", "X9_31", V1_0),
  PSS(0x0000000A, "PSS", "PSS", V1_0);

  private static final EnumLookup<PaddingMethod> LOOKUP = EnumLookup.of("Padding Method", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  PaddingMethod(int code, String specName, String encodingName, KmipVersion since) {
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

  public static PaddingMethod fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<PaddingMethod> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<PaddingMethod> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
