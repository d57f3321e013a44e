package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.4, KMIP 2.1 §11.62 Wrapping Method Enumeration. */
public enum WrappingMethod implements KmipEnum {
  ENCRYPT(0x00000001, "Encrypt", "Encrypt", V1_0),
  MAC_SIGN(0x00000002, "MAC/sign", "MACSign", V1_0),
  ENCRYPT_THEN_MAC_SIGN(0x00000003, "Encrypt then MAC/sign", "EncryptThenMACSign", V1_0),
  MAC_SIGN_THEN_ENCRYPT(0x00000004, "MAC/sign then encrypt", "MACSignThenEncrypt", V1_0),
  TR_31(0x00000005, "TR-31", "TR_31", V1_0);

  private static final EnumLookup<WrappingMethod> LOOKUP =
      EnumLookup.of("Wrapping Method", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  WrappingMethod(int code, String specName, String encodingName, KmipVersion since) {
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

  public static WrappingMethod fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<WrappingMethod> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<WrappingMethod> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
