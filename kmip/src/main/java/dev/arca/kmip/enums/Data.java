package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 2.1 §11.13 Data Enumeration. */
public enum Data implements KmipEnum {
  DECRYPT(0x00000001, "Decrypt", "Decrypt", V2_0),
  ENCRYPT(0x00000002, "Encrypt", "Encrypt", V2_0),
  HASH(0x00000003, "Hash", "Hash", V2_0),
  MAC_MAC_DATA(0x00000004, "MAC MAC Data", "MACMACData", V2_0),
  RNG_RETRIEVE(0x00000005, "RNG Retrieve", "RNGRetrieve", V2_0),
  SIGN_SIGNATURE_DATA(0x00000006, "Sign Signature Data", "SignSignatureData", V2_0),
  SIGNATURE_VERIFY(0x00000007, "Signature Verify", "SignatureVerify", V2_0);

  private static final EnumLookup<Data> LOOKUP = EnumLookup.of("Data", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  Data(int code, String specName, String encodingName, KmipVersion since) {
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

  public static Data fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<Data> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<Data> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
