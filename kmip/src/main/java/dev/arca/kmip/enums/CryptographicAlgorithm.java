package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_2;
import static dev.arca.kmip.KmipVersion.V1_3;
import static dev.arca.kmip.KmipVersion.V1_4;
import static dev.arca.kmip.KmipVersion.V2_0;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.12, KMIP 2.1 §11.12 Cryptographic Algorithm Enumeration. */
public enum CryptographicAlgorithm implements KmipEnum {
  DES(0x00000001, "DES", "DES", V1_0),
  DES3(0x00000002, "3DES", "DES3", V1_0),
  AES(0x00000003, "AES", "AES", V1_0),
  RSA(0x00000004, "RSA", "RSA", V1_0),
  DSA(0x00000005, "DSA", "DSA", V1_0),
  ECDSA(0x00000006, "ECDSA", "ECDSA", V1_0),
  HMAC_SHA1(0x00000007, "HMAC-SHA1", "HMAC_SHA1", V1_0),
  HMAC_SHA224(0x00000008, "HMAC-SHA224", "HMAC_SHA224", V1_0),
  HMAC_SHA256(0x00000009, "HMAC-SHA256", "HMAC_SHA256", V1_0),
  HMAC_SHA384(0x0000000A, "HMAC-SHA384", "HMAC_SHA384", V1_0),
  HMAC_SHA512(0x0000000B, "HMAC-SHA512", "HMAC_SHA512", V1_0),
  HMAC_MD5(0x0000000C, "HMAC-MD5", "HMAC_MD5", V1_0),
  DH(0x0000000D, "DH", "DH", V1_0),
  ECDH(0x0000000E, "ECDH", "ECDH", V1_0),
  ECMQV(0x0000000F, "ECMQV", "ECMQV", V1_0),
  BLOWFISH(0x00000010, "Blowfish", "Blowfish", V1_0),
  CAMELLIA(0x00000011, "Camellia", "Camellia", V1_0),
  CAST5(0x00000012, "CAST5", "CAST5", V1_0),
  IDEA(0x00000013, "IDEA", "IDEA", V1_0),
  MARS(0x00000014, "MARS", "MARS", V1_0),
  RC2(0x00000015, "RC2", "RC2", V1_0),
  RC4(0x00000016, "RC4", "RC4", V1_0),
  RC5(0x00000017, "RC5", "RC5", V1_0),
  SKIPJACK(0x00000018, "SKIPJACK", "SKIPJACK", V1_0),
  TWOFISH(0x00000019, "Twofish", "Twofish", V1_0),
  EC(0x0000001A, "EC", "EC", V1_2),
  ONE_TIME_PAD(0x0000001B, "One Time Pad", "OneTimePad", V1_3),
  CHACHA20(0x0000001C, "ChaCha20", "ChaCha20", V1_4),
  POLY1305(0x0000001D, "Poly1305", "Poly1305", V1_4),
  CHACHA20_POLY1305(0x0000001E, "ChaCha20Poly1305", "ChaCha20Poly1305", V1_4),
  SHA3_224(0x0000001F, "SHA3-224", "SHA3_224", V1_4),
  SHA3_256(0x00000020, "SHA3-256", "SHA3_256", V1_4),
  SHA3_384(0x00000021, "SHA3-384", "SHA3_384", V1_4),
  SHA3_512(0x00000022, "SHA3-512", "SHA3_512", V1_4),
  HMAC_SHA3_224(0x00000023, "HMAC-SHA3-224", "HMAC_SHA3_224", V1_4),
  HMAC_SHA3_256(0x00000024, "HMAC-SHA3-256", "HMAC_SHA3_256", V1_4),
  HMAC_SHA3_384(0x00000025, "HMAC-SHA3-384", "HMAC_SHA3_384", V1_4),
  HMAC_SHA3_512(0x00000026, "HMAC-SHA3-512", "HMAC_SHA3_512", V1_4),
  SHAKE_128(0x00000027, "SHAKE-128", "SHAKE_128", V1_4),
  SHAKE_256(0x00000028, "SHAKE-256", "SHAKE_256", V1_4),
  ARIA(0x00000029, "ARIA", "ARIA", V2_0),
  SEED(0x0000002A, "SEED", "SEED", V2_0),
  SM2(0x0000002B, "SM2", "SM2", V2_0),
  SM3(0x0000002C, "SM3", "SM3", V2_0),
  SM4(0x0000002D, "SM4", "SM4", V2_0),
  GOST_R_34_10_2012(0x0000002E, "GOST R 34.10-2012", "GOSTR34_10_2012", V2_0),
  GOST_R_34_11_2012(0x0000002F, "GOST R 34.11-2012", "GOSTR34_11_2012", V2_0),
  GOST_R_34_13_2015(0x00000030, "GOST R 34.13-2015", "GOSTR34_13_2015", V2_0),
  GOST_28147_89(0x00000031, "GOST 28147-89", "GOST28147_89", V2_0),
  XMSS(0x00000032, "XMSS", "XMSS", V2_0),
  SPHINCS_256(0x00000033, "SPHINCS-256", "SPHINCS_256", V2_0),
  MCELIECE(0x00000034, "McEliece", "McEliece", V2_0),
  MCELIECE_6960119(0x00000035, "McEliece-6960119", "McEliece_6960119", V2_0),
  MCELIECE_8192128(0x00000036, "McEliece-8192128", "McEliece_8192128", V2_0),
  ED25519(0x00000037, "Ed25519", "Ed25519", V2_0),
  ED448(0x00000038, "Ed448", "Ed448", V2_0);

  private static final EnumLookup<CryptographicAlgorithm> LOOKUP =
      EnumLookup.of("Cryptographic Algorithm", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  CryptographicAlgorithm(int code, String specName, String encodingName, KmipVersion since) {
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

  public static CryptographicAlgorithm fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<CryptographicAlgorithm> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<CryptographicAlgorithm> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
