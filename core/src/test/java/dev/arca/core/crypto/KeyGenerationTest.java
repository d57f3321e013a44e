package dev.arca.core.crypto;

import static dev.arca.core.crypto.SymmetricCipherTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.crypto.CryptoException.Reason;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Key generation, the pairwise consistency test, and random numbers. */
class KeyGenerationTest {

  private final CryptoService crypto = Fixtures.service();

  @ParameterizedTest(name = "{0}-{1}")
  @CsvSource({
    "AES, 128, 16",
    "AES, 192, 24",
    "AES, 256, 32",
    "AES, 512, 64",
    "TRIPLE_DES, 112, 16",
    "TRIPLE_DES, 168, 24",
    "TRIPLE_DES, 192, 24",
    "HMAC_SHA1, 160, 20",
    "HMAC_SHA224, 224, 28",
    "HMAC_SHA256, 256, 32",
    "HMAC_SHA384, 384, 48",
    "HMAC_SHA512, 512, 64",
    "HMAC_SHA256, 72, 9",
    "SECRET, 128, 16",
    "SECRET, 8, 1",
    "BLOWFISH, 128, 16",
    "BLOWFISH, 448, 56",
    "IDEA, 128, 16",
    "RC4, 128, 16",
    "RC4, 40, 5"
  })
  void generatesSymmetricKeys(SymmetricAlgorithm algorithm, int bits, int bytes)
      throws CryptoException {
    SecretKeyMaterial a = crypto.generateSymmetric(algorithm, bits);
    SecretKeyMaterial b = crypto.generateSymmetric(algorithm, bits);
    assertThat(a.algorithm()).isEqualTo(algorithm);
    assertThat(a.lengthBits()).isEqualTo(bits);
    assertThat(a.encoded()).hasSize(bytes);
    if (bits >= 64) { // shorter random keys may collide by chance
      assertThat(a.encoded()).isNotEqualTo(b.encoded());
    }
    assertThat(a.toString()).isEqualTo("SecretKeyMaterial[" + algorithm + ", " + bits + " bits]");
  }

  @Test
  void xtsKeysHaveDistinctHalves() throws CryptoException {
    byte[] key = crypto.generateSymmetric(SymmetricAlgorithm.AES, 512).encoded();
    assertThat(Arrays.copyOfRange(key, 0, 32)).isNotEqualTo(Arrays.copyOfRange(key, 32, 64));
  }

  @Test
  void refusesUnsupportedSizes() {
    assertReason(() -> crypto.generateSymmetric(SymmetricAlgorithm.AES, 100), Reason.INVALID_INPUT)
        .isEqualTo("AES keys of 100 bits are not supported; sizes: [128, 192, 256, 512]");
    assertReason(
        () -> crypto.generateSymmetric(SymmetricAlgorithm.IDEA, 256), Reason.INVALID_INPUT);
    assertReason(
        () -> crypto.generateSymmetric(SymmetricAlgorithm.HMAC_SHA256, 7), Reason.INVALID_INPUT);
    assertReason(() -> crypto.generateKeyPair(AsymmetricSpec.rsa(1000)), Reason.INVALID_INPUT)
        .contains("[1024, 2048, 3072, 4096]");
    assertReason(
            () ->
                crypto.generateKeyPair(AsymmetricSpec.ec(EcCurve.P_256), KeyPairPurpose.ENCRYPTION),
            Reason.UNSUPPORTED)
        .contains("signatures only");
  }

  @ParameterizedTest(name = "RSA-{0}")
  @CsvSource({"1024", "3072", "4096"})
  void generatesRsaPairs(int bits) throws CryptoException {
    KeyPairMaterial pair = crypto.generateKeyPair(AsymmetricSpec.rsa(bits));
    assertThat(pair.privateKey().spec()).isEqualTo(AsymmetricSpec.rsa(bits));
    assertThat(pair.publicKey().spec()).isEqualTo(AsymmetricSpec.rsa(bits));
    assertThat(KeyFormats.rsaPublicComponents(pair.publicKey().encoded()).publicExponent())
        .isEqualTo(BigInteger.valueOf(65537));
    SignatureSpec spec = SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA256);
    byte[] signature = crypto.sign(pair.privateKey(), spec, new byte[] {1, 2, 3});
    assertThat(crypto.verify(pair.publicKey(), spec, new byte[] {1, 2, 3}, signature)).isTrue();
  }

  @Test
  void generatesEncryptionPairs() throws CryptoException {
    KeyPairMaterial pair = Fixtures.rsaEncryptionPair();
    RsaEncryptionSpec spec = RsaEncryptionSpec.oaep(DigestAlgorithm.SHA256);
    byte[] secret = "wrapped".getBytes(StandardCharsets.US_ASCII);
    assertThat(
            crypto.decrypt(pair.privateKey(), spec, crypto.encrypt(pair.publicKey(), spec, secret)))
        .isEqualTo(secret);
  }

  @Test
  void pairwiseConsistencyFailureIsRecordedAndStopsTheModule() throws CryptoException {
    CryptoModule isolated = CryptoModule.start(CryptoModule.PAIRWISE_CONSISTENCY_TEST);
    assertThat(isolated.isOperational()).as("power-up tests do not run the PCT").isTrue();
    CryptoService service = new CryptoService(isolated);

    assertReason(
            () -> service.generateKeyPair(AsymmetricSpec.ec(EcCurve.P_256)), Reason.MODULE_ERROR)
        .contains("pairwise consistency test failed for a generated EC P-256 key pair");

    SelfTestResult last = isolated.selfTests().get(isolated.selfTests().size() - 1);
    assertThat(last.name()).isEqualTo("PCT EC P-256");
    assertThat(last.kind()).isEqualTo(SelfTestResult.Kind.CONDITIONAL);
    assertThat(last.passed()).isFalse();
    assertThat(isolated.errorState()).contains("self-test PCT EC P-256 failed");
    assertReason(() -> service.hash(DigestAlgorithm.SHA256, new byte[1]), Reason.MODULE_ERROR)
        .isEqualTo("cryptographic module in error state: self-test PCT EC P-256 failed");
    // The shared module is untouched.
    assertThat(Fixtures.module().isOperational()).isTrue();
  }

  @Test
  void pairwiseConsistencyOfEncryptionPairsUsesEncryption() {
    CryptoModule isolated = CryptoModule.start(CryptoModule.PAIRWISE_CONSISTENCY_TEST);
    CryptoService service = new CryptoService(isolated);
    assertReason(
            () -> service.generateKeyPair(AsymmetricSpec.rsa(1024), KeyPairPurpose.ENCRYPTION),
            Reason.MODULE_ERROR)
        .contains("RSA-1024");
    assertThat(isolated.selfTests())
        .filteredOn(r -> r.kind() == SelfTestResult.Kind.CONDITIONAL)
        .filteredOn(r -> r.name().equals("PCT RSA-1024"))
        .singleElement()
        .satisfies(r -> assertThat(r.detail()).contains("RSA-OAEP-SHA256 encrypt/decrypt"));
  }

  @Test
  void randomBytesAndSeeding() throws CryptoException {
    assertThat(crypto.randomBytes(0)).isEmpty();
    byte[] a = crypto.randomBytes(64);
    crypto.seedRandom("operator-supplied seed".getBytes(StandardCharsets.US_ASCII));
    byte[] b = crypto.randomBytes(64);
    assertThat(a).hasSize(64).isNotEqualTo(b);
    assertReason(() -> crypto.randomBytes(-1), Reason.INVALID_INPUT);
    assertReason(() -> crypto.randomBytes(65537), Reason.INVALID_INPUT);
    assertReason(() -> crypto.seedRandom(new byte[0]), Reason.INVALID_INPUT);
  }
}
