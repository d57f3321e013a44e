package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_4;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.13, KMIP 2.1 §11.6 Block Cipher Mode Enumeration. */
public enum BlockCipherMode implements KmipEnum {
  CBC(0x00000001, "CBC", "CBC", V1_0),
  ECB(0x00000002, "ECB", "ECB", V1_0),
  PCBC(0x00000003, "PCBC", "PCBC", V1_0),
  CFB(0x00000004, "CFB", "CFB", V1_0),
  OFB(0x00000005, "OFB", "OFB", V1_0),
  CTR(0x00000006, "CTR", "CTR", V1_0),
  CMAC(0x00000007, "CMAC", "CMAC", V1_0),
  CCM(0x00000008, "CCM", "CCM", V1_0),
  GCM(0x00000009, "GCM", "GCM", V1_0),
  CBC_MAC(0x0000000A, "CBC-MAC", "CBC_MAC", V1_0),
  XTS(0x0000000B, "XTS", "XTS", V1_0),
  AES_KEY_WRAP_PADDING(0x0000000C, "AESKeyWrapPadding", "AESKeyWrapPadding", V1_0),
  NIST_KEY_WRAP(0x0000000D, "NISTKeyWrap", "NISTKeyWrap", V1_0),
  X9_102_AESKW(0x0000000E, "X9.102 AESKW", "X9_102AESKW", V1_0),
  X9_102_TDKW(0x0000000F, "X9.102 TDKW", "X9_102TDKW", V1_0),
  X9_102_AKW1(0x00000010, "X9.102 AKW1", "X9_102AKW1", V1_0),
  X9_102_AKW2(0x00000011, "X9.102 AKW2", "X9_102AKW2", V1_0),
  AEAD(0x00000012, "AEAD", "AEAD", V1_4);

  private static final EnumLookup<BlockCipherMode> LOOKUP =
      EnumLookup.of("Block Cipher Mode", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  BlockCipherMode(int code, String specName, String encodingName, KmipVersion since) {
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

  public static BlockCipherMode fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<BlockCipherMode> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<BlockCipherMode> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
