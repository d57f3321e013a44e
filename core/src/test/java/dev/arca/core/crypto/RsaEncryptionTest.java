package dev.arca.core.crypto;

import static dev.arca.core.crypto.SymmetricCipherTest.assertReason;
import static dev.arca.core.crypto.SymmetricCipherTest.flip;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.crypto.CryptoException.Reason;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.MGF1ParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RSA-OAEP and PKCS#1 v1.5 encryption, checked against the JDK's SunJCE in both directions. */
class RsaEncryptionTest {

  private static final byte[] SECRET = Fixtures.hex("00112233445566778899aabbccddeeff");

  private final CryptoService crypto = Fixtures.service();

  @ParameterizedTest(name = "OAEP {0} / MGF1 {1}")
  @CsvSource({
    "SHA1, SHA1",
    "SHA224, SHA224",
    "SHA256, SHA256",
    "SHA384, SHA384",
    "SHA512, SHA512",
    "SHA256, SHA1"
  })
  void oaepRoundTripsAndInteroperates(DigestAlgorithm digest, DigestAlgorithm mgf1)
      throws Exception {
    KeyPairMaterial pair = Fixtures.rsaEncryptionPair();
    RsaEncryptionSpec spec = RsaEncryptionSpec.oaep(digest, mgf1);
    byte[] cipher = crypto.encrypt(pair.publicKey(), spec, SECRET);
    assertThat(cipher).hasSize(256);
    assertThat(crypto.encrypt(pair.publicKey(), spec, SECRET)).isNotEqualTo(cipher);
    assertThat(crypto.decrypt(pair.privateKey(), spec, cipher)).isEqualTo(SECRET);

    OAEPParameterSpec jdkSpec =
        new OAEPParameterSpec(
            digest.jcaName(),
            "MGF1",
            new MGF1ParameterSpec(mgf1.jcaName()),
            PSource.PSpecified.DEFAULT);
    Cipher jdk = Cipher.getInstance("RSA/ECB/OAEPPadding", "SunJCE");
    jdk.init(Cipher.DECRYPT_MODE, jdkPrivateKey(pair.privateKey()), jdkSpec);
    assertThat(jdk.doFinal(cipher)).isEqualTo(SECRET);
    jdk.init(Cipher.ENCRYPT_MODE, SignatureTest.jdkPublicKey("RSA", pair.publicKey()), jdkSpec);
    assertThat(crypto.decrypt(pair.privateKey(), spec, jdk.doFinal(SECRET))).isEqualTo(SECRET);
  }

  @Test
  void pkcs1v15RoundTripsAndInteroperates() throws Exception {
    KeyPairMaterial pair = Fixtures.rsaEncryptionPair();
    RsaEncryptionSpec spec = RsaEncryptionSpec.pkcs1v15();
    byte[] cipher = crypto.encrypt(pair.publicKey(), spec, SECRET);
    assertThat(crypto.decrypt(pair.privateKey(), spec, cipher)).isEqualTo(SECRET);
    Cipher jdk = Cipher.getInstance("RSA/ECB/PKCS1Padding", "SunJCE");
    jdk.init(Cipher.DECRYPT_MODE, jdkPrivateKey(pair.privateKey()));
    assertThat(jdk.doFinal(cipher)).isEqualTo(SECRET);
  }

  @Test
  void decryptionFailuresAllReadTheSame() throws CryptoException {
    KeyPairMaterial pair = Fixtures.rsaEncryptionPair();
    RsaEncryptionSpec oaep = RsaEncryptionSpec.oaep(DigestAlgorithm.SHA256);
    byte[] cipher = crypto.encrypt(pair.publicKey(), oaep, SECRET);
    assertReason(
            () -> crypto.decrypt(pair.privateKey(), oaep, flip(cipher)),
            Reason.AUTHENTICATION_FAILED)
        .isEqualTo("RSA decryption failed");
    assertReason(
            () ->
                crypto.decrypt(
                    pair.privateKey(), RsaEncryptionSpec.oaep(DigestAlgorithm.SHA1), cipher),
            Reason.AUTHENTICATION_FAILED)
        .isEqualTo("RSA decryption failed");
    assertReason(
            () -> crypto.decrypt(pair.privateKey(), RsaEncryptionSpec.pkcs1v15(), cipher),
            Reason.AUTHENTICATION_FAILED)
        .isEqualTo("RSA decryption failed");
  }

  @Test
  void validatesInputs() throws CryptoException {
    KeyPairMaterial pair = Fixtures.rsaEncryptionPair();
    RsaEncryptionSpec oaep = RsaEncryptionSpec.oaep(DigestAlgorithm.SHA512);
    // RFC 8017 §7.1.1: at most k − 2hLen − 2 = 256 − 130 = 126 bytes.
    assertThat(crypto.encrypt(pair.publicKey(), oaep, new byte[126])).hasSize(256);
    assertReason(() -> crypto.encrypt(pair.publicKey(), oaep, new byte[127]), Reason.INVALID_INPUT)
        .contains("takes at most 126 bytes");
    assertReason(() -> crypto.encrypt(pair.publicKey(), oaep, new byte[0]), Reason.INVALID_INPUT);
    KeyPairMaterial ec = crypto.generateKeyPair(AsymmetricSpec.ec(EcCurve.P_256));
    assertReason(() -> crypto.encrypt(ec.publicKey(), oaep, SECRET), Reason.INVALID_INPUT)
        .contains("RSA encryption cannot use a EC P-256 key");
  }

  static PrivateKey jdkPrivateKey(PrivateKeyMaterial key) throws Exception {
    return KeyFactory.getInstance("RSA", "SunRsaSign")
        .generatePrivate(new PKCS8EncodedKeySpec(key.encoded()));
  }
}
