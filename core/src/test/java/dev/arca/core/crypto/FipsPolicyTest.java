package dev.arca.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.arca.core.crypto.CryptoException.Reason;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * FIPS mode as the boundary enforces it: the policy table refuses before BC-FIPS is asked, in any
 * JVM, with a message that names the algorithm; approved algorithms work as before.
 */
class FipsPolicyTest {

  private final CryptoService fips = new CryptoService(Fixtures.module(), FipsPolicy.on());
  private final CryptoService open = Fixtures.service();

  private static String refused(ThrowingCall call) {
    CryptoException e = catchThrowableOfType(call::run, CryptoException.class);
    assertThat(e).as("refused").isNotNull();
    assertThat(e.reason()).as(e.getMessage()).isEqualTo(Reason.NOT_APPROVED);
    assertThat(e.getMessage()).startsWith("FIPS mode: ");
    return e.getMessage();
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }

  @Test
  void nonApprovedKeyGenerationIsRefusedNamingTheAlgorithm() {
    assertThat(refused(() -> fips.generateSymmetric(SymmetricAlgorithm.TRIPLE_DES, 168)))
        .isEqualTo(
            "FIPS mode: 3DES-168 key generation is not approved"
                + " (SP 800-131A Rev. 2 section 2: TDEA encryption ended)");
    assertThat(refused(() -> fips.generateSymmetric(SymmetricAlgorithm.BLOWFISH, 128)))
        .startsWith("FIPS mode: Blowfish-128 key generation is not approved");
    assertThat(refused(() -> fips.generateSymmetric(SymmetricAlgorithm.HMAC_SHA256, 64)))
        .isEqualTo(
            "FIPS mode: HMAC-SHA256-64 key generation is not approved"
                + " (FIPS 198-1; SP 800-107; from 112 bits)");
    assertThat(refused(() -> fips.generateKeyPair(AsymmetricSpec.rsa(1024))))
        .isEqualTo(
            "FIPS mode: RSA-1024 key pair generation is not approved"
                + " (FIPS 186-5; SP 800-131A Rev. 2; from 2048 bits)");
    assertThat(refused(() -> fips.generateKeyPair(AsymmetricSpec.ec(EcCurve.SECP256K1))))
        .startsWith("FIPS mode: EC secp256k1 key pair generation is not approved");
  }

  @Test
  void md5IsRefusedAndSha2Works() throws CryptoException {
    assertThat(refused(() -> fips.hash(DigestAlgorithm.MD5, new byte[1])))
        .isEqualTo("FIPS mode: MD5 hash is not approved (RFC 1321; not a FIPS hash)");
    assertThat(fips.hash(DigestAlgorithm.SHA256, "abc".getBytes(StandardCharsets.US_ASCII)))
        .isEqualTo(Bytes.hex("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
  }

  @Test
  void existingNonApprovedKeysCannotBeUsed() throws CryptoException {
    SecretKeyMaterial tdes = open.generateSymmetric(SymmetricAlgorithm.TRIPLE_DES, 168);
    assertThat(
            refused(
                () -> fips.decrypt(tdes, CipherSpec.cbc(Padding.PKCS5, new byte[8]), new byte[8])))
        .startsWith("FIPS mode: 3DES-168 key use is not approved");
    SecretKeyMaterial shortHmac = SecretKeyMaterial.of(SymmetricAlgorithm.HMAC_SHA256, new byte[8]);
    assertThat(refused(() -> fips.mac(shortHmac, MacAlgorithm.HMAC_SHA256, new byte[1])))
        .isEqualTo(
            "FIPS mode: HMAC-SHA256 with a 64-bit key is not approved"
                + " (SP 800-131A Rev. 2 section 10; from 112 bits)");
    KeyPairMaterial small = open.generateKeyPair(AsymmetricSpec.rsa(1024));
    assertThat(
            refused(
                () ->
                    fips.sign(
                        small.privateKey(),
                        SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA256),
                        new byte[1])))
        .startsWith("FIPS mode: RSA-1024 key use is not approved");
    assertThat(
            refused(
                () ->
                    fips.verify(
                        small.publicKey(),
                        SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA256),
                        new byte[1],
                        new byte[128])))
        .startsWith("FIPS mode: RSA-1024 key use is not approved");
  }

  @Test
  void nonApprovedModesAndSchemesAreRefused() throws CryptoException {
    KeyPairMaterial rsa = Fixtures.rsaEncryptionPair();
    assertThat(
            refused(() -> fips.encrypt(rsa.publicKey(), RsaEncryptionSpec.pkcs1v15(), new byte[4])))
        .startsWith("FIPS mode: RSA-PKCS1V15-ENC encryption with an RSA-2048 key is not approved");
    KeyPairMaterial signing = Fixtures.rsaSigningPair();
    assertThat(
            refused(
                () ->
                    fips.sign(
                        signing.privateKey(),
                        SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA1),
                        new byte[1])))
        .startsWith("FIPS mode: RSA-PKCS1-SHA1 signature with an RSA-2048 key is not approved");
  }

  @Test
  void pbkdf2NeedsFipsAcceptableParameters() throws CryptoException {
    SecretKeyMaterial password =
        SecretKeyMaterial.of(
            SymmetricAlgorithm.SECRET,
            "a passphrase long enough".getBytes(StandardCharsets.US_ASCII));
    assertThat(
            refused(
                () ->
                    fips.derive(
                        password,
                        new Derivation.Pbkdf2(DigestAlgorithm.SHA256, new byte[8], 10_000),
                        SymmetricAlgorithm.AES,
                        256)))
        .isEqualTo(
            "FIPS mode: PBKDF2-HMAC-SHA256 with a 64-bit salt is not approved"
                + " (SP 800-132 section 5.1: at least 128 bits)");
    assertThat(
            refused(
                () ->
                    fips.derive(
                        password,
                        new Derivation.Pbkdf2(DigestAlgorithm.SHA256, new byte[16], 999),
                        SymmetricAlgorithm.AES,
                        256)))
        .isEqualTo(
            "FIPS mode: PBKDF2-HMAC-SHA256 with 999 iterations is not approved"
                + " (SP 800-132 section 5.2: at least 1000)");
  }

  @Test
  void approvedAlgorithmsWork() throws CryptoException {
    SecretKeyMaterial aes = fips.generateSymmetric(SymmetricAlgorithm.AES, 256);
    byte[] plain = "data".getBytes(StandardCharsets.US_ASCII);
    Encrypted sealed = fips.encrypt(aes, CipherSpec.gcm(), plain);
    assertThat(
            fips.decrypt(
                aes,
                CipherSpec.gcm(sealed.iv(), 16, new byte[0]),
                sealed.ciphertext(),
                sealed.tag()))
        .isEqualTo(plain);
    KeyPairMaterial ec = fips.generateKeyPair(AsymmetricSpec.ec(EcCurve.P_256));
    SignatureSpec ecdsa = SignatureSpec.ecdsa(DigestAlgorithm.SHA256);
    assertThat(fips.verify(ec.publicKey(), ecdsa, plain, fips.sign(ec.privateKey(), ecdsa, plain)))
        .isTrue();
    SecretKeyMaterial hmac = fips.generateSymmetric(SymmetricAlgorithm.HMAC_SHA256, 256);
    assertThat(fips.mac(hmac, MacAlgorithm.HMAC_SHA256, plain)).hasSize(32);
  }

  @Test
  void outsideFipsModeTheTableDoesNotRefuse() throws CryptoException {
    assertThat(open.fipsMode()).isFalse();
    assertThat(fips.fipsMode()).isTrue();
    assertThat(open.generateSymmetric(SymmetricAlgorithm.TRIPLE_DES, 168).lengthBits())
        .isEqualTo(168);
    assertThat(open.hash(DigestAlgorithm.MD5, new byte[0])).hasSize(16);
  }

  @Test
  void keyRefusalsFollowTheTable() {
    assertThat(FipsPolicy.keyRefusal(SymmetricAlgorithm.AES, 128)).isEmpty();
    assertThat(FipsPolicy.keyRefusal(SymmetricAlgorithm.HMAC_SHA1, 112)).isEmpty();
    assertThat(FipsPolicy.keyRefusal(SymmetricAlgorithm.HMAC_SHA1, 104)).isPresent();
    assertThat(FipsPolicy.keyRefusal(SymmetricAlgorithm.IDEA, 128)).isPresent();
    assertThat(FipsPolicy.keyRefusal(SymmetricAlgorithm.RC4, 128)).isPresent();
    // Imported RSA keys may have sizes the generator does not make.
    assertThat(FipsPolicy.keyRefusal(AsymmetricSpec.rsa(2056))).isEmpty();
    assertThat(FipsPolicy.keyRefusal(AsymmetricSpec.rsa(2040))).isPresent();
    assertThat(FipsPolicy.keyRefusal(AsymmetricSpec.ec(EcCurve.P_521))).isEmpty();
  }

  @Test
  void passingPairwiseConsistencyTestsAreCountedNotListed() throws CryptoException {
    CryptoModule isolated = CryptoModule.start(null);
    CryptoService service = new CryptoService(isolated, FipsPolicy.on());
    service.generateKeyPair(AsymmetricSpec.ec(EcCurve.P_256));
    service.generateKeyPair(AsymmetricSpec.ec(EcCurve.P_384));
    assertThat(isolated.selfTests())
        .filteredOn(r -> r.kind() == SelfTestResult.Kind.CONDITIONAL)
        .extracting(SelfTestResult::name)
        .containsExactly(CryptoModule.RANDOM_SOURCE_TEST, CryptoModule.PAIRWISE_CONSISTENCY_TEST);
    SelfTestResult pct =
        isolated.selfTests().stream()
            .filter(r -> r.name().equals(CryptoModule.PAIRWISE_CONSISTENCY_TEST))
            .findFirst()
            .orElseThrow();
    assertThat(pct.passed()).isTrue();
    assertThat(pct.detail()).isEqualTo("2 run(s) since start, 0 failed; last: EC P-384, passed");
    assertThat(pct.time()).isNotNull();
  }
}
