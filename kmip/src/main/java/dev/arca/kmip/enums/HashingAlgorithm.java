package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_2;
import static dev.arca.kmip.KmipVersion.V1_4;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Map;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.15, KMIP 2.1 §11.21 Hashing Algorithm Enumeration. */
public enum HashingAlgorithm implements KmipEnum {
  MD2(0x00000001, "MD2", "MD2", V1_0),
  MD4(0x00000002, "MD4", "MD4", V1_0),
  MD5(0x00000003, "MD5", "MD5", V1_0),
  SHA_1(0x00000004, "SHA-1", "SHA_1", V1_0),
  SHA_224(0x00000005, "SHA-224", "SHA_224", V1_0),
  SHA_256(0x00000006, "SHA-256", "SHA_256", V1_0),
  SHA_384(0x00000007, "SHA-384", "SHA_384", V1_0),
  SHA_512(0x00000008, "SHA-512", "SHA_512", V1_0),
  RIPEMD_160(0x00000009, "RIPEMD-160", "RIPEMD_160", V1_0),
  TIGER(0x0000000A, "Tiger", "Tiger", V1_0),
  WHIRLPOOL(0x0000000B, "Whirlpool", "Whirlpool", V1_0),
  SHA_512_224(0x0000000C, "SHA-512/224", "SHA_512_224", V1_2),
  SHA_512_256(0x0000000D, "SHA-512/256", "SHA_512_256", V1_2),
  SHA3_224(0x0000000E, "SHA3-224", "SHA3_224", V1_4),
  SHA3_256(0x0000000F, "SHA3-256", "SHA3_256", V1_4),
  SHA3_384(0x00000010, "SHA3-384", "SHA3_384", V1_4),
  SHA3_512(0x00000011, "SHA3-512", "SHA3_512", V1_4);

  // Other names the tables print for a value; decoders accept them too.
  private static final EnumLookup<HashingAlgorithm> LOOKUP =
      EnumLookup.of(
          "Hashing Algorithm",
          values(),
          Map.ofEntries(
              // KMIP 1.4: SHA-3-224
              Map.entry("SHA_3_224", SHA3_224),
              // KMIP 1.4: SHA-3-256
              Map.entry("SHA_3_256", SHA3_256),
              // KMIP 1.4: SHA-3-384
              Map.entry("SHA_3_384", SHA3_384),
              // KMIP 1.4: SHA-3-512
              Map.entry("SHA_3_512", SHA3_512)));

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  HashingAlgorithm(int code, String specName, String encodingName, KmipVersion since) {
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

  public static HashingAlgorithm fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<HashingAlgorithm> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<HashingAlgorithm> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
