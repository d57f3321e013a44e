package dev.arca.core.crypto;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.bouncycastle.crypto.fips.FipsStatus;

/**
 * The power-up known-answer tests (FIPS 140-3, ISO 19790 §7.10.2): each algorithm family the
 * boundary uses is run through the same internal code paths as the service, on fixed inputs, and
 * compared with outputs taken from an independent source (cited per test).
 *
 * <p>BC-FIPS runs its own power-up tests (module integrity and KATs) when it loads; the first
 * result records their status. The tests here add coverage of how Arca drives the provider,
 * including XTS, which is Arca's own code.
 *
 * <p>DRBG: BC-FIPS applies the SP 800-90B health tests to every entropy source it is given and
 * mixes in its own inputs, so its DRBG cannot be driven with fixed entropy through the public API
 * (a constant source trips the health tests and puts the whole module into its error state). The
 * DRBG test here therefore relies on the module's own SP 800-90A KATs (the BC-FIPS result) and adds
 * an SP 800-90A §11.3 health check of the instantiated generator: generate, reseed, and require
 * distinct, non-constant outputs.
 */
final class SelfTests {

  // ---- vectors -------------------------------------------------------------------------------

  /** FIPS 180-4 / NIST CSRC example "abc" (SHA256.pdf). */
  private static final byte[] SHA256_ABC =
      Bytes.hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");

  /**
   * RFC 4231 §4.2, test case 1. (Test case 2 has a 32-bit key, which approved-only mode refuses: SP
   * 800-131A Rev. 2 §10 wants HMAC keys of at least 112 bits.)
   */
  private static final byte[] HMAC_KEY = Bytes.hex("0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b0b");

  private static final byte[] HMAC_DATA = Bytes.hex("4869205468657265");
  private static final byte[] HMAC_SHA256 =
      Bytes.hex("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");

  /** The GCM specification (McGrew, Viega 2005), test case 16: AES-256, 60-byte P, 20-byte A. */
  private static final byte[] GCM_KEY =
      Bytes.hex("feffe9928665731c6d6a8f9467308308feffe9928665731c6d6a8f9467308308");

  private static final byte[] GCM_IV = Bytes.hex("cafebabefacedbaddecaf888");
  private static final byte[] GCM_AAD = Bytes.hex("feedfacedeadbeeffeedfacedeadbeefabaddad2");
  private static final byte[] GCM_PLAIN =
      Bytes.hex(
          "d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
              + "1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b39");
  private static final byte[] GCM_CIPHER =
      Bytes.hex(
          "522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
              + "8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662");
  private static final byte[] GCM_TAG = Bytes.hex("76fc6ece0f4e1768cddf8853bb2d551b");

  /** SP 800-38A Appendix F.2.5, CBC-AES256.Encrypt. */
  private static final byte[] CBC_KEY =
      Bytes.hex("603deb1015ca71be2b73aef0857d77811f352c073b6108d72d9810a30914dff4");

  private static final byte[] CBC_IV = Bytes.hex("000102030405060708090a0b0c0d0e0f");
  private static final byte[] CBC_PLAIN =
      Bytes.hex(
          "6bc1bee22e409f96e93d7e117393172aae2d8a571e03ac9c9eb76fac45af8e51"
              + "30c81c46a35ce411e5fbc1191a0a52eff69f2445df4f9b17ad2b417be66c3710");
  private static final byte[] CBC_CIPHER =
      Bytes.hex(
          "f58c4c04d6e5f1ba779eabfb5f7bfbd69cfc4e967edb808d679f777bc6702c7d"
              + "39f23369a9d9bacfa530e26304231461b2eb05e2c39be9fcda6c19078c6a9d1b");

  /** RFC 3394 §4.6: 256 bits of key data with a 256-bit KEK. */
  private static final byte[] KW_KEK =
      Bytes.hex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");

  private static final byte[] KW_DATA =
      Bytes.hex("00112233445566778899aabbccddeeff000102030405060708090a0b0c0d0e0f");
  private static final byte[] KW_WRAPPED =
      Bytes.hex("28c9f404c4b810f4cbccb35cfb87f8263f5786e2d80ed326cbc7f0e71a99f43bfb988b9b7a02dd21");

  /** IEEE Std 1619 Annex B, vector 2 (full blocks) and vector 15 (ciphertext stealing). */
  private static final byte[] XTS_KEY_2 =
      Bytes.hex("1111111111111111111111111111111122222222222222222222222222222222");

  private static final byte[] XTS_TWEAK_2 = Bytes.hex("33333333330000000000000000000000");
  private static final byte[] XTS_PLAIN_2 =
      Bytes.hex("4444444444444444444444444444444444444444444444444444444444444444");
  private static final byte[] XTS_CIPHER_2 =
      Bytes.hex("c454185e6a16936e39334038acef838bfb186fff7480adc4289382ecd6d394f0");
  private static final byte[] XTS_KEY_15 =
      Bytes.hex("fffefdfcfbfaf9f8f7f6f5f4f3f2f1f0bfbebdbcbbbab9b8b7b6b5b4b3b2b1b0");
  private static final byte[] XTS_TWEAK_15 = Bytes.hex("9a785634120000000000000000000000");
  private static final byte[] XTS_PLAIN_15 = Bytes.hex("000102030405060708090a0b0c0d0e0f10");
  private static final byte[] XTS_CIPHER_15 = Bytes.hex("6c1625db4671522d3d7599601de7ca09ed");

  /**
   * PBKDF2-HMAC-SHA-256 on the inputs of RFC 6070 test 5 (4096 iterations, 40 bytes), whose SHA-256
   * output is the one published with the SHA-2 extensions of the RFC 6070 vectors and reproduced
   * with OpenSSL 3.0. The password and salt are long enough for approved-only mode (SP 800-132:
   * 112-bit password, 128-bit salt).
   */
  private static final byte[] PBKDF2_PASSWORD =
      "passwordPASSWORDpassword".getBytes(StandardCharsets.US_ASCII);

  private static final byte[] PBKDF2_SALT =
      "saltSALTsaltSALTsaltSALTsaltSALTsalt".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] PBKDF2_OUT =
      Bytes.hex("348c89dbcbd32b2f32d814b8116e84cf2b17347ebc1800181c4e2a1fb8dd53e1c635518c7dac47e9");

  /**
   * NIST CAVP KBKDF (SP 800-108) counter mode, [PRF=HMAC_SHA256] [CTRLOCATION=BEFORE_FIXED]
   * [RLEN=32_BITS], COUNT=0, L=128.
   */
  private static final byte[] KDF_KI =
      Bytes.hex("dd1d91b7d90b2bd3138533ce92b272fbf8a369316aefe242e659cc0ae238afe0");

  private static final byte[] KDF_FIXED =
      Bytes.hex(
          "01322b96b30acd197979444e468e1c5c6859bf1b1cf951b7e725303e237e46b8"
              + "64a145fab25e517b08f8683d0315bb2911d80a0e8aba17f3b413faac");
  private static final byte[] KDF_OUT = Bytes.hex("10621342bfb0fd40046c0e29f2cfdbf0");

  /**
   * RSA and ECDSA vectors: test keys generated for these self-tests with OpenSSL 3.0, and the
   * signatures and OAEP ciphertext computed once with OpenSSL 3.0 ({@code openssl dgst -sha256
   * -sign}, {@code openssl pkeyutl -encrypt -pkeyopt rsa_padding_mode:oaep -pkeyopt
   * rsa_oaep_md:sha256 -pkeyopt rsa_mgf1_md:sha256}). They are public test data. The signing key
   * and the OAEP key differ because BC-FIPS binds an RSA modulus to one purpose.
   */
  private static final byte[] ASYMMETRIC_MESSAGE =
      "Arca cryptographic module self-test".getBytes(StandardCharsets.US_ASCII);

  private static final String RSA_SIGN_KEY =
      "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCgbp7o1EEtNIaRQBDlmitC++1o"
          + "eQT85/iPVHPamADArY4ttSCJxq9H6JMFekbKD1L6+YU0Q1R0A+bke+qjBTJrxES40ArnHdBl/Mrr"
          + "ePcvCbgSDu1Nt8OMdUFn+FRuer5w9K7yozF4wlbq1fMLjNkbynl8KrO6ApO1W5qBo21SKtLBgVBw"
          + "V/j3d7ijpsqjwKN9shDUo2W88VbTUJWzH79mW7ujq0Q03Wh4YUcrBkNkVmFmJMAMjbKhlyaqJMwF"
          + "cSo5eSa8bH5m70mocSBeAuRE+2C4wDskrdSvIquBxFd5xIE/R4XDct87WzNMV7fKM8ZN26/tvG/b"
          + "F94wtOlTYKjrAgMBAAECggEALjwTEdhxvBxiF6QV+oV2qERARBZ0aIpVqMDW7o1V0jFyQxvq96nJ"
          + "w/hzvmVh10OZT3jveYNZ6GFjfj9z/G03/bS/dV+HdNmzwGCc/kWLPwQXByVEIFywP19fbR40/u3i"
          + "ylzJumVrkXi4Yc8szwxVWVv9rNoFl7q8ZMy0d13o2H/IDFWxDLrgChjQPiXHyp1BY2/+XJGPb0wd"
          + "r5kAaBuQKQ+e488eaClV2T5zcgH34PdYdTCbdUykaNuhD5uZF9Q+N+25xQ+AlcBax0+mPDfy3NHA"
          + "qN4G/dy+3XH7zbNenyjrgsZs6ajM26ck5o+cBMcvzXruOe80kXidpThNdIdTqQKBgQDPSZ0mi9+O"
          + "RJlGuKNqaccdaIMWHDaxUIORBqNRachRlmVoonCkZWDiBxlZl1yQLytQl3B23/QCF2H5n5f7vwZW"
          + "zci1Oi0Yh42LbkGn80KTKvPpxgUonvfRA3kMzYyFZklUpRNH/9tSdssrcVgwJRkUn9ryS7A8cOez"
          + "Q/Ye50nntQKBgQDGIjDjqXS7r54t8ZmqsDw867qzJWb4pO3f4cILoMfbs77AleD8nOs5FI1Nmk/8"
          + "VYF38sjvDY9FMlWuJIZTOxvDVFKHnmVvpEyosayfk8AgPdhGkIHLNvNWca3pzI8o/hy7e3ozADJ3"
          + "7cEMkBOffsiTAsZrrAgE8QYX83SSYKNyHwKBgQCAVCWbYIrla+islNBup8/ij/pfrNXbTmo1VbO0"
          + "SlX+1KoxbidoT278X8K86W0fwmQBf8/beGh7Bvjb7obMDwYgpUO1lq+meP0TLg4tqPc1XykkODin"
          + "Xksztf+yAmsVhy6s3YmjUG36jprXaVNccwsk7pZA3MTdllSLce6kUTI65QKBgG5MsnLK71Vc2u4w"
          + "xZ8kJSS1Bmact8pL5rDv+RqIEzrXwaVsyqdWpAxOyKse8NBEuaKQ4hNStSOMde5QHwdOrJH860Tc"
          + "hRO1n4d6AeOEWTyZsUD3SYpbuPOyrWKuojPr4wrsHoct4OqqzQG1Y3czGW3d6aAfUQePNhk3SvoC"
          + "Gnt5AoGAZ+Kj4Lvfut/87Ed/jVY62FD67JQI9GsnSgZnl1EdmKuzykEZMQwlAS5ae++ufOAr4T78"
          + "dUKhnVJTWbABIr6OdVGSutu902vxcgPZwuHDBdY4e8fXAdw+/XYHMhDdkZHexepycLPk6y8E5DxS"
          + "WD1Wi9XyFE4aN72ff/75ELDqFlc=";

  private static final byte[] RSA_SIGNATURE =
      Bytes.hex(
          "3705adcf28d31726b58faecdd6dadf41acf8bbd504eab19f9cdabbafcb7aabe7"
              + "8c1a32d18d0f0b9b7a2e24c9bff20ee53aa3b5849b27aa245ecfa7bff5634dcd"
              + "7a32f8a79df0e933346b77f606b0e38bfc2cd8e8ac5b17e6bfc4d33d977deffc"
              + "5beb99cf88ded08e6878ab2e6cea560295539bda48cad0c6c6e658686e0a4726"
              + "1d55f7426851559c347a11bf85424fcfb7a61857266e791fde3266b0219aec00"
              + "0be3579b706510e9ea101ad8f8ba75b632b2fa1eec67159c4681cf34d3861ef7"
              + "820299e426367c3c597b12686f6e0b67bbdf7e19ab6c1133089eabbb2f9186ae"
              + "97930487e99fc6ea6d3ec2e357394c29296cfaf49727b24998040714822430de");

  private static final String RSA_OAEP_KEY =
      "MIIEvAIBADANBgkqhkiG9w0BAQEFAASCBKYwggSiAgEAAoIBAQCaMu7LTjGavNAL76HD2SeuYTPo"
          + "bEsMoYFQ3SwIh7smbpytO7ewOPrRpxETHxFEHyhWEpvTddjOBoTdTxIUXh71H4jWGJ7MiHNBm38P"
          + "SDb5if8si0dSqPn/wGZSzhuIHJ1gd1FqGmDmIm5bIuNKMYISMrHpi8/4OnETmputsvlVSkw+k6Q9"
          + "sB2MzB6FnbID1a3dft4B60UCSVsgoaWmFlINteMUamPf9fqzqTccOFRS52MZMXDdo3xyg4wCyJpc"
          + "oskCar/6b4PR56l7Y3TEvdePViC1L6YyVPCl98ym1wGV3EkOIL8sqmji+ZOW/AG9v2t4Oq0RE7Tx"
          + "vZx7Yj7IFyUhAgMBAAECggEACqwFPmFgSgEQ1g6k77jPCADWtpqOHCbuXAIeqs14DKoholSseyAK"
          + "beml4yCmkYQlhsV9buZsVZ/6YJW5Hts/wb/HuOeVz/qOnYcNRWm+Ukl0dWkDS+uBd+uhOVBl8+bl"
          + "FnjTk+gU9kCCSkDxIaCpC6jiCtOgFmI3EsADz8MAAiDJbRPU4EMI9/Wn4XYUcZ6cijMoYb/qwQOW"
          + "C9l81QBEaXaDV5iBM+nEhEP1icueHNH5cvC8ZpWCaGha/eJpf/4c44JhV49a1YrWh0BNA4NH8hYs"
          + "fu/tRlC4pIMLBDN3Qo2d+tGvokaJTSXKhFiBLDwIfRVyVjIheqt3wMRE4kXl9QKBgQDXDXHHuKEi"
          + "tQGOXivJ28P5uCSDqrNCV9gL822qctscmOUTzzqOEeiPx6ivVRYLqJaCkkCnTYcbD42mPncrnh/b"
          + "0uTG5rYG05WiYNsvaKv2akQbnpybZrwfRiJuLlKJciIqb5uLF0eTQ1Ssr3GKkk3CzVATP/mfNtFS"
          + "9D0NLsZuPQKBgQC3jzt1tUcgCZtqhAmuQ/nSA3o8tvQHEnF5ptSWKHzld5Xh9cUEz3Nzsk6gfARV"
          + "T7z1pALX2kAizHmte2485gNvIgwORhnIHx3jCHsiMZFPc3zbairI2+/LiKElVtZsUG9R6cKgooi+"
          + "eP3FuU0AMZk2B8dfUoH3xYIyklVX1b9EtQKBgGeEnj+QfWhSjyQz6oopkqWTYWhL9Cw8UtA15pVE"
          + "4npakvK9LyeSMUt8xZNYttr31TOXKS4foKiDDSF4Mi8514Yed2fTSM3ybbYTP48LqLNeJdjRufsI"
          + "Mggv34UAIVTuLsoUnWAP3bFimNDjRxl4IZxi7mfFxOhCH/L5hKXi3TvVAoGAN/MopJBExbcn8Cee"
          + "68c8do8oyyjY6O7uN65qTfq5VxhET0Oicfzpq/JFlRU4HOjZJ+Z+F10m/3RkAkUFLPrPQSiXlCI5"
          + "6Y3ShkknfxysthL1k8ugjui7Bsb2l3MImKtLwyQFdwETvTsT3xjEJ7L2iEmGs79qbiN9s/x2lvdH"
          + "/aECgYARpn8hzz6DhArlf9YsoCOzuNJ9xS3Bpeap+TyB/CaFugAnZ5X0yBQTqZsyVKm2L3pY/8Zm"
          + "nvQiGVlxmCU/Yy+rEA+KT1D9R1jJRJgrQNc5OeklWdPHORO9FTe47fITsI0W8I3kwHTrOC1Tb+jX"
          + "mejR5kru4HMmFHqJjj22Gz125A==";

  private static final byte[] RSA_OAEP_CIPHER =
      Bytes.hex(
          "6b9eab66aacb088554961211e0bdf052e0b1e9b8018727b1cbacf660a479b352"
              + "ce58a26c0b073fb351bcc14ea2f968d0aaa0674d7cd528580e868f21aabf7ffe"
              + "f727058a201d7d69811dca5b115c3ce1d8cdde99b9bd64494eff03ca11f28ef8"
              + "5b72c8fa2b8585d47c0064c18e09115ffbcc0b15ebdfbfbbe90ba4ed51a01c88"
              + "31449b7584a1e3ff634f1e63f2cc94b0fa65a94250ef221b0a40e664c03e15b7"
              + "4226243915f7197cb46987f32c852d6595610189dc69d49d16233ff25299d719"
              + "b8b8574a8322f39a9f616be83cea84ec016558d77966fa8294459b8ccf72dc8e"
              + "b1fee557db6890ec4f7bf2820c8eb9ef91fdb74eae302e273f51f6f018456471");

  private static final String EC_PRIVATE_KEY =
      "MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgHA4stU6riuqZbqy/Z7t9Deh75bFH"
          + "fIcd5Laa28KcD4ahRANCAAR2hIERHnkNOn6qFceEsxluK3RcWZAryR6o8EwLP8WS0/G3vNQATWbQ"
          + "BNjxGMiwXtZkyGda4OO+xNyIElSJ33zb";

  private static final String EC_PUBLIC_KEY =
      "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEdoSBER55DTp+qhXHhLMZbit0XFmQK8keqPBMCz/F"
          + "ktPxt7zUAE1m0ATY8RjIsF7WZMhnWuDjvsTciBJUid982w==";

  private static final byte[] EC_SIGNATURE =
      Bytes.hex(
          "3046022100b3d17181098d0268495902e7806be8bd02f8c0d116fe71d3f6ae3f11c74307ab"
              + "02210098461ccb6ea9042dc6a07968f695b3157b40c22b719e44537a37d2a9f728742a");

  // ---- running ---------------------------------------------------------------------------------

  /** One known-answer test; returns whether it passed. */
  @FunctionalInterface
  private interface Kat {
    boolean run(Probe probe) throws Exception;
  }

  /** Injects the forced failure of the test switch into a test's data path. */
  private static final class Probe {
    private final boolean forced;

    Probe(boolean forced) {
      this.forced = forced;
    }

    /** Returns {@code value}, with one bit flipped if this test is forced to fail. */
    byte[] tamper(byte[] value) {
      if (!forced) {
        return value;
      }
      byte[] copy = value.clone();
      copy[copy.length - 1] ^= 0x01;
      return copy;
    }
  }

  private SelfTests() {}

  static List<SelfTestResult> runPowerUp(CryptoModule module) {
    List<SelfTestResult> results = new ArrayList<>();
    results.add(
        result(
            module,
            CryptoModule.MODULE_SELF_TESTS,
            "BC-FIPS " + module.moduleVersion() + " power-up tests (integrity, KATs, DRBG KATs)",
            probe -> FipsStatus.isReady() && !probe.forced));
    results.add(
        result(
            module,
            "SHA-256",
            "FIPS 180-4 example \"abc\"",
            probe ->
                equal(probe.tamper(Macs.hash(DigestAlgorithm.SHA256, ascii("abc"))), SHA256_ABC)));
    results.add(
        result(
            module,
            "HMAC-SHA-256",
            "RFC 4231 test case 1",
            probe ->
                equal(
                    probe.tamper(Macs.hmac(DigestAlgorithm.SHA256, HMAC_KEY, HMAC_DATA)),
                    HMAC_SHA256)));
    results.add(
        result(
            module, "AES-GCM", "GCM spec test case 16 (AES-256)", probe -> aesGcm(module, probe)));
    results.add(
        result(module, "AES-CBC", "SP 800-38A F.2.5 CBC-AES256", probe -> aesCbc(module, probe)));
    results.add(result(module, "AES-KW", "RFC 3394 §4.6", probe -> aesKw(module, probe)));
    results.add(
        result(module, "AES-XTS", "IEEE 1619 vectors 2 and 15", probe -> aesXts(module, probe)));
    results.add(
        result(
            module,
            "RSA-SIGN",
            "RSASSA-PKCS1-v1_5 SHA-256, 2048-bit key, OpenSSL 3.0 signature",
            probe -> rsaSign(module, probe)));
    results.add(
        result(
            module,
            "ECDSA",
            "ECDSA P-256 SHA-256: verify OpenSSL 3.0 signature, sign and verify",
            probe -> ecdsa(module, probe)));
    results.add(
        result(
            module,
            "RSA-OAEP",
            "RSAES-OAEP SHA-256/MGF1-SHA-256, 2048-bit key: decrypt OpenSSL 3.0 ciphertext",
            probe -> rsaOaep(module, probe)));
    results.add(
        result(
            module,
            "PBKDF2",
            "PBKDF2-HMAC-SHA-256, RFC 6070 test 5 inputs",
            probe ->
                equal(
                    probe.tamper(
                        Kdfs.pbkdf2(
                            DigestAlgorithm.SHA256, PBKDF2_PASSWORD, PBKDF2_SALT, 4096, 40)),
                    PBKDF2_OUT)));
    results.add(
        result(
            module,
            "KDF-CTR",
            "NIST CAVP KBKDF counter mode HMAC-SHA-256 COUNT=0",
            probe ->
                equal(
                    probe.tamper(Kdfs.counterMode(MacAlgorithm.HMAC_SHA256, KDF_KI, KDF_FIXED, 16)),
                    KDF_OUT)));
    results.add(
        result(
            module,
            "DRBG",
            "SP 800-90A §11.3 health check of Hash_DRBG-SHA-512 (generate, reseed, generate)",
            probe -> drbg(module, probe)));
    return results;
  }

  private static SelfTestResult result(CryptoModule module, String name, String basis, Kat kat) {
    Probe probe = new Probe(module.forcedToFail(name));
    boolean passed;
    String detail;
    try {
      passed = kat.run(probe);
      detail = basis + (passed ? "" : ": output differs from the expected value");
    } catch (Exception | AssertionError e) {
      // AssertionError covers BC-FIPS's FipsOperationError family.
      passed = false;
      detail = basis + ": " + e.getClass().getSimpleName() + ": " + e.getMessage();
    }
    return new SelfTestResult(name, SelfTestResult.Kind.POWER_UP, Instant.now(), passed, detail);
  }

  private static boolean aesGcm(CryptoModule module, Probe probe) throws Exception {
    SecretKeyMaterial key = aes(GCM_KEY);
    CipherSpec spec = CipherSpec.gcm(GCM_IV, 16, GCM_AAD);
    Encrypted out = SymmetricCiphers.encrypt(module, key, spec, GCM_PLAIN);
    byte[] cipher = probe.tamper(out.ciphertext());
    if (!equal(cipher, GCM_CIPHER) || !equal(out.tag(), GCM_TAG)) {
      return false;
    }
    byte[] plain = SymmetricCiphers.decrypt(module, key, spec, GCM_CIPHER, GCM_TAG);
    return equal(plain, GCM_PLAIN);
  }

  private static boolean aesCbc(CryptoModule module, Probe probe) throws Exception {
    SecretKeyMaterial key = aes(CBC_KEY);
    CipherSpec spec = CipherSpec.cbc(Padding.NONE, CBC_IV);
    byte[] cipher =
        probe.tamper(SymmetricCiphers.encrypt(module, key, spec, CBC_PLAIN).ciphertext());
    return equal(cipher, CBC_CIPHER)
        && equal(SymmetricCiphers.decrypt(module, key, spec, CBC_CIPHER, null), CBC_PLAIN);
  }

  private static boolean aesKw(CryptoModule module, Probe probe) throws Exception {
    SecretKeyMaterial kek = aes(KW_KEK);
    byte[] wrapped = probe.tamper(KeyWraps.wrap(module, kek, KeyWrapAlgorithm.AES_KW, KW_DATA));
    return equal(wrapped, KW_WRAPPED)
        && equal(KeyWraps.unwrap(kek, KeyWrapAlgorithm.AES_KW, KW_WRAPPED), KW_DATA);
  }

  private static boolean aesXts(CryptoModule module, Probe probe) throws Exception {
    byte[] c2 = probe.tamper(Xts.encrypt(module, XTS_KEY_2, XTS_TWEAK_2, XTS_PLAIN_2));
    byte[] c15 = Xts.encrypt(module, XTS_KEY_15, XTS_TWEAK_15, XTS_PLAIN_15);
    return equal(c2, XTS_CIPHER_2)
        && equal(c15, XTS_CIPHER_15)
        && equal(Xts.decrypt(module, XTS_KEY_15, XTS_TWEAK_15, XTS_CIPHER_15), XTS_PLAIN_15);
  }

  private static boolean rsaSign(CryptoModule module, Probe probe) throws Exception {
    PrivateKeyMaterial key = PrivateKeyMaterial.fromPkcs8(Base64.getDecoder().decode(RSA_SIGN_KEY));
    SignatureSpec spec = SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA256);
    // PKCS#1 v1.5 signatures are deterministic, so generation is a true known-answer test.
    byte[] signature = probe.tamper(Signatures.sign(module, key, spec, ASYMMETRIC_MESSAGE, false));
    if (!equal(signature, RSA_SIGNATURE)) {
      return false;
    }
    PublicKeyMaterial publicKey = PublicKeyMaterial.fromSpki(publicOf(key));
    return Signatures.verify(publicKey, spec, ASYMMETRIC_MESSAGE, RSA_SIGNATURE, false)
        && !Signatures.verify(publicKey, spec, ascii("other message"), RSA_SIGNATURE, false);
  }

  private static boolean ecdsa(CryptoModule module, Probe probe) throws Exception {
    PublicKeyMaterial key = PublicKeyMaterial.fromSpki(Base64.getDecoder().decode(EC_PUBLIC_KEY));
    SignatureSpec spec = SignatureSpec.ecdsa(DigestAlgorithm.SHA256);
    // ECDSA signatures are randomised: the known answer is the verification of a fixed one.
    if (!Signatures.verify(key, spec, ASYMMETRIC_MESSAGE, probe.tamper(EC_SIGNATURE), false)) {
      return false;
    }
    PrivateKeyMaterial privateKey =
        PrivateKeyMaterial.fromPkcs8(Base64.getDecoder().decode(EC_PRIVATE_KEY));
    byte[] signature = Signatures.sign(module, privateKey, spec, ASYMMETRIC_MESSAGE, false);
    return Signatures.verify(key, spec, ASYMMETRIC_MESSAGE, signature, false)
        && !Signatures.verify(key, spec, ascii("other message"), signature, false);
  }

  private static boolean rsaOaep(CryptoModule module, Probe probe) throws Exception {
    PrivateKeyMaterial key = PrivateKeyMaterial.fromPkcs8(Base64.getDecoder().decode(RSA_OAEP_KEY));
    RsaEncryptionSpec spec = RsaEncryptionSpec.oaep(DigestAlgorithm.SHA256);
    byte[] plain = probe.tamper(RsaCiphers.decrypt(key, spec, RSA_OAEP_CIPHER));
    if (!equal(plain, ASYMMETRIC_MESSAGE)) {
      return false;
    }
    PublicKeyMaterial publicKey = PublicKeyMaterial.fromSpki(publicOf(key));
    byte[] cipher = RsaCiphers.encrypt(module, publicKey, spec, ASYMMETRIC_MESSAGE);
    return equal(RsaCiphers.decrypt(key, spec, cipher), ASYMMETRIC_MESSAGE);
  }

  private static boolean drbg(CryptoModule module, Probe probe) {
    byte[] first = new byte[32];
    byte[] second = new byte[32];
    module.drbg().nextBytes(first);
    module.drbg().reseed();
    module.drbg().nextBytes(second);
    // A forced failure simulates a generator stuck on one output.
    second = probe.forced ? first.clone() : second;
    return !Arrays.equals(first, second) && !constant(first) && !constant(second);
  }

  private static byte[] publicOf(PrivateKeyMaterial key) throws CryptoException {
    KeyFormats.RsaPrivateComponents c = KeyFormats.rsaPrivateComponents(key.encoded());
    return KeyFormats.rsaPublicSpki(
        new KeyFormats.RsaPublicComponents(c.modulus(), c.publicExponent()));
  }

  private static SecretKeyMaterial aes(byte[] key) {
    return new SecretKeyMaterial(SymmetricAlgorithm.AES, key.length * 8, key.clone());
  }

  private static boolean constant(byte[] bytes) {
    for (byte b : bytes) {
      if (b != bytes[0]) {
        return false;
      }
    }
    return true;
  }

  private static boolean equal(byte[] a, byte[] b) {
    return Arrays.equals(a, b);
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
