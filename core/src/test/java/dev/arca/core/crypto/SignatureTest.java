package dev.arca.core.crypto;

import static dev.arca.core.crypto.SymmetricCipherTest.assertReason;
import static dev.arca.core.crypto.SymmetricCipherTest.flip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.crypto.CryptoException.Reason;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PSSParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Signatures round-trip, fail on tampering, and verify with the JDK's own providers. */
class SignatureTest {

  private static final byte[] MESSAGE =
      "KMIP 2.1 §6.1.52 Sign: the data to be signed".getBytes(StandardCharsets.UTF_8);

  private final CryptoService crypto = Fixtures.service();

  @ParameterizedTest
  @EnumSource(
      value = DigestAlgorithm.class,
      names = {"SHA1", "SHA224", "SHA256", "SHA384", "SHA512"})
  void rsaPkcs1RoundTripsAndMatchesTheJdk(DigestAlgorithm digest) throws Exception {
    KeyPairMaterial pair = Fixtures.rsaSigningPair();
    SignatureSpec spec = SignatureSpec.rsaPkcs1(digest);
    byte[] signature = crypto.sign(pair.privateKey(), spec, MESSAGE);
    assertThat(signature).hasSize(256);
    assertThat(crypto.verify(pair.publicKey(), spec, MESSAGE, signature)).isTrue();
    assertThat(crypto.verify(pair.publicKey(), spec, MESSAGE, flip(signature))).isFalse();
    assertThat(crypto.verify(pair.publicKey(), spec, flip(MESSAGE), signature)).isFalse();
    // PKCS#1 v1.5 is deterministic: the digest path must give the same bytes.
    byte[] digested = crypto.hash(digest, MESSAGE);
    assertThat(crypto.signDigest(pair.privateKey(), spec, digested)).isEqualTo(signature);
    assertThat(crypto.verifyDigest(pair.publicKey(), spec, digested, signature)).isTrue();

    Signature jdk = Signature.getInstance(digest.shortName() + "withRSA", "SunRsaSign");
    jdk.initVerify(jdkPublicKey("RSA", pair.publicKey()));
    jdk.update(MESSAGE);
    assertThat(jdk.verify(signature)).isTrue();
  }

  @ParameterizedTest
  @EnumSource(
      value = DigestAlgorithm.class,
      names = {"SHA1", "SHA224", "SHA256", "SHA384", "SHA512"})
  void rsaPssRoundTripsAndMatchesTheJdk(DigestAlgorithm digest) throws Exception {
    KeyPairMaterial pair = Fixtures.rsaSigningPair();
    SignatureSpec spec = SignatureSpec.rsaPss(digest);
    byte[] signature = crypto.sign(pair.privateKey(), spec, MESSAGE);
    assertThat(crypto.sign(pair.privateKey(), spec, MESSAGE)).isNotEqualTo(signature);
    assertThat(crypto.verify(pair.publicKey(), spec, MESSAGE, signature)).isTrue();
    assertThat(crypto.verify(pair.publicKey(), spec, MESSAGE, flip(signature))).isFalse();
    assertThat(crypto.verify(pair.publicKey(), SignatureSpec.rsaPss(digest, 0), MESSAGE, signature))
        .isFalse();

    Signature jdk = Signature.getInstance("RSASSA-PSS", "SunRsaSign");
    jdk.setParameter(
        new PSSParameterSpec(
            digest.jcaName(),
            "MGF1",
            new MGF1ParameterSpec(digest.jcaName()),
            digest.lengthBytes(),
            1));
    jdk.initVerify(jdkPublicKey("RSA", pair.publicKey()));
    jdk.update(MESSAGE);
    assertThat(jdk.verify(signature)).isTrue();
  }

  @Test
  void pssOverADigestIsNotOffered() throws CryptoException {
    KeyPairMaterial pair = Fixtures.rsaSigningPair();
    assertReason(
            () ->
                crypto.signDigest(
                    pair.privateKey(), SignatureSpec.rsaPss(DigestAlgorithm.SHA256), new byte[32]),
            Reason.UNSUPPORTED)
        .contains("RSA-PSS over a pre-computed digest");
  }

  @ParameterizedTest
  @EnumSource(EcCurve.class)
  void ecdsaOnEveryCurve(EcCurve curve) throws Exception {
    KeyPairMaterial pair = crypto.generateKeyPair(AsymmetricSpec.ec(curve));
    for (DigestAlgorithm digest :
        new DigestAlgorithm[] {
          DigestAlgorithm.SHA256, DigestAlgorithm.SHA384, DigestAlgorithm.SHA512
        }) {
      SignatureSpec spec = SignatureSpec.ecdsa(digest);
      byte[] signature = crypto.sign(pair.privateKey(), spec, MESSAGE);
      assertThat(signature[0]).as("DER SEQUENCE").isEqualTo((byte) 0x30);
      assertThat(crypto.verify(pair.publicKey(), spec, MESSAGE, signature)).isTrue();
      assertThat(crypto.verify(pair.publicKey(), spec, flip(MESSAGE), signature)).isFalse();
      assertThat(crypto.verify(pair.publicKey(), spec, MESSAGE, flip(signature))).isFalse();
      assertThat(crypto.verify(pair.publicKey(), spec, MESSAGE, new byte[] {0x30, 0x00})).isFalse();

      byte[] digested = crypto.hash(digest, MESSAGE);
      byte[] overDigest = crypto.signDigest(pair.privateKey(), spec, digested);
      assertThat(crypto.verify(pair.publicKey(), spec, MESSAGE, overDigest)).isTrue();
      assertThat(crypto.verifyDigest(pair.publicKey(), spec, digested, signature)).isTrue();

      if (curve != EcCurve.SECP256K1) { // SunEC dropped secp256k1 in JDK 16
        Signature jdk = Signature.getInstance(digest.shortName() + "withECDSA", "SunEC");
        jdk.initVerify(jdkPublicKey("EC", pair.publicKey()));
        jdk.update(MESSAGE);
        assertThat(jdk.verify(signature)).isTrue();
      }
    }
  }

  @Test
  void wrongKeyTypesAndDigestLengthsAreRefused() throws CryptoException {
    KeyPairMaterial rsa = Fixtures.rsaSigningPair();
    KeyPairMaterial ec = crypto.generateKeyPair(AsymmetricSpec.ec(EcCurve.P_256));
    assertReason(
            () ->
                crypto.sign(rsa.privateKey(), SignatureSpec.ecdsa(DigestAlgorithm.SHA256), MESSAGE),
            Reason.INVALID_INPUT)
        .contains("ECDSA cannot use a RSA-2048 key");
    assertReason(
        () -> crypto.sign(ec.privateKey(), SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA256), MESSAGE),
        Reason.INVALID_INPUT);
    assertReason(
            () ->
                crypto.signDigest(
                    rsa.privateKey(), SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA256), new byte[20]),
            Reason.INVALID_INPUT)
        .contains("SHA256 digest is 32 bytes");
  }

  @Test
  void anRsaKeyServesOnePurpose() throws CryptoException {
    // BC-FIPS binds a modulus to its first use; the encryption fixture was used for OAEP.
    KeyPairMaterial encryption = Fixtures.rsaEncryptionPair();
    crypto.encrypt(encryption.publicKey(), RsaEncryptionSpec.oaep(DigestAlgorithm.SHA256), MESSAGE);
    assertReason(
            () ->
                crypto.sign(
                    encryption.privateKey(),
                    SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA256),
                    MESSAGE),
            Reason.INVALID_INPUT)
        .contains("already used for encrypt/decrypt");
  }

  @Test
  void signatureSpecValidatesCombinations() {
    assertThatThrownBy(() -> SignatureSpec.ecdsa(DigestAlgorithm.MD5))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA3_256))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new SignatureSpec(SignatureScheme.ECDSA, DigestAlgorithm.SHA256, 20))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static PublicKey jdkPublicKey(String algorithm, PublicKeyMaterial key) throws Exception {
    String provider = algorithm.equals("RSA") ? "SunRsaSign" : "SunEC";
    return KeyFactory.getInstance(algorithm, provider)
        .generatePublic(new X509EncodedKeySpec(key.encoded()));
  }
}
