package dev.arca.core.crypto;

import static dev.arca.core.crypto.Algorithms.Usage.DECRYPT;
import static dev.arca.core.crypto.Algorithms.Usage.ENCRYPT;
import static dev.arca.core.crypto.Algorithms.Usage.SIGN;
import static dev.arca.core.crypto.Algorithms.Usage.VERIFY;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The policy table says what SP 800-131A Rev. 2 and FIPS 186-5 say. */
class AlgorithmsTest {

  @Test
  void keySizes() {
    assertThat(Algorithms.isApproved(SymmetricAlgorithm.AES, 128)).isTrue();
    assertThat(Algorithms.isApproved(SymmetricAlgorithm.TRIPLE_DES, 168)).isFalse();
    assertThat(Algorithms.isApproved(SymmetricAlgorithm.HMAC_SHA256, 104)).isFalse();
    assertThat(Algorithms.isApproved(SymmetricAlgorithm.HMAC_SHA256, 112)).isTrue();
    assertThat(Algorithms.isApproved(SymmetricAlgorithm.HMAC_SHA1, 160)).isTrue();
    assertThat(Algorithms.isApproved(SymmetricAlgorithm.BLOWFISH, 128)).isFalse();
    assertThat(Algorithms.isApproved(SymmetricAlgorithm.IDEA, 128)).isFalse();
    assertThat(Algorithms.isApproved(SymmetricAlgorithm.RC4, 128)).isFalse();
    assertThat(Algorithms.isApproved(AsymmetricSpec.rsa(1024))).isFalse();
    assertThat(Algorithms.isApproved(AsymmetricSpec.rsa(2048))).isTrue();
    assertThat(Algorithms.isApproved(AsymmetricSpec.rsa(4096))).isTrue();
    assertThat(Algorithms.isApproved(AsymmetricSpec.ec(EcCurve.P_521))).isTrue();
    assertThat(Algorithms.isApproved(AsymmetricSpec.ec(EcCurve.SECP256K1))).isFalse();
  }

  @Test
  void ciphers() {
    assertThat(Algorithms.isApproved(SymmetricAlgorithm.AES, CipherMode.GCM, ENCRYPT, 256))
        .isTrue();
    assertThat(Algorithms.isApproved(SymmetricAlgorithm.AES, CipherMode.XTS, ENCRYPT, 512))
        .as("SP 800-38E, composed from the module's AES-ECB")
        .isTrue();
    assertThat(Algorithms.isApproved(SymmetricAlgorithm.TRIPLE_DES, CipherMode.CBC, ENCRYPT, 168))
        .isFalse();
    assertThat(Algorithms.isApproved(SymmetricAlgorithm.TRIPLE_DES, CipherMode.CBC, DECRYPT, 168))
        .as("legacy use")
        .isTrue();
    assertThat(Algorithms.isApproved(KeyWrapAlgorithm.AES_KWP, 256)).isTrue();
    assertThat(Algorithms.isApproved(MacAlgorithm.AES_CMAC, 128)).isTrue();
    assertThat(Algorithms.isApproved(MacAlgorithm.HMAC_SHA1, 64)).isFalse();
  }

  @Test
  void hashesAndSignatures() {
    assertThat(Algorithms.isApproved(DigestAlgorithm.SHA1)).isTrue();
    assertThat(Algorithms.isApproved(DigestAlgorithm.SHA3_512)).isTrue();
    assertThat(Algorithms.isApproved(DigestAlgorithm.MD5)).isFalse();
    AsymmetricSpec rsa2048 = AsymmetricSpec.rsa(2048);
    AsymmetricSpec rsa1024 = AsymmetricSpec.rsa(1024);
    SignatureSpec sha1 = SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA1);
    SignatureSpec sha256 = SignatureSpec.rsaPss(DigestAlgorithm.SHA256);
    assertThat(Algorithms.isApproved(sha1, SIGN, rsa2048)).isFalse();
    assertThat(Algorithms.isApproved(sha1, VERIFY, rsa2048)).isTrue();
    assertThat(Algorithms.isApproved(sha256, SIGN, rsa2048)).isTrue();
    assertThat(Algorithms.isApproved(sha256, SIGN, rsa1024)).isFalse();
    assertThat(Algorithms.isApproved(sha256, VERIFY, rsa1024)).isTrue();
    SignatureSpec ecdsa = SignatureSpec.ecdsa(DigestAlgorithm.SHA384);
    assertThat(Algorithms.isApproved(ecdsa, SIGN, AsymmetricSpec.ec(EcCurve.P_384))).isTrue();
    assertThat(Algorithms.isApproved(ecdsa, SIGN, AsymmetricSpec.ec(EcCurve.SECP256K1))).isFalse();
    assertThat(Algorithms.isApproved(ecdsa, SIGN, rsa2048)).isFalse();
    assertThat(Algorithms.isApproved(RsaEncryptionSpec.oaep(DigestAlgorithm.SHA256), 2048))
        .isTrue();
    assertThat(Algorithms.isApproved(RsaEncryptionSpec.pkcs1v15(), 2048)).isFalse();
  }

  @Test
  void derivations() {
    byte[] salt = new byte[16];
    assertThat(
            Algorithms.isApproved(new Derivation.Pbkdf2(DigestAlgorithm.SHA256, salt, 1000), 128))
        .isTrue();
    assertThat(Algorithms.isApproved(new Derivation.Pbkdf2(DigestAlgorithm.SHA256, salt, 1000), 64))
        .isFalse();
    assertThat(Algorithms.isApproved(new Derivation.CounterMode(MacAlgorithm.AES_CMAC, salt), 256))
        .isTrue();
    assertThat(Algorithms.isApproved(new Derivation.Hmac(DigestAlgorithm.SHA256, salt), 256))
        .isFalse();
  }

  @Test
  void everyVocabularyValueHasARow() {
    for (SymmetricAlgorithm algorithm : SymmetricAlgorithm.values()) {
      assertThat(Algorithms.entry(algorithm.policyName(), Algorithms.Usage.KEY_GENERATION))
          .as(algorithm.name())
          .isPresent();
    }
    for (DigestAlgorithm digest : DigestAlgorithm.values()) {
      assertThat(Algorithms.entry(digest.policyName(), Algorithms.Usage.HASH)).isPresent();
    }
    for (MacAlgorithm mac : MacAlgorithm.values()) {
      assertThat(Algorithms.entry(mac.policyName(), Algorithms.Usage.MAC)).isPresent();
    }
    for (EcCurve curve : EcCurve.values()) {
      assertThat(Algorithms.entry(curve.policyName(), SIGN)).isPresent();
    }
    for (CipherMode mode : CipherMode.values()) {
      assertThat(Algorithms.entry(Algorithms.cipherRowName(SymmetricAlgorithm.AES, mode), ENCRYPT))
          .isPresent();
    }
    assertThat(Algorithms.entries()).allSatisfy(e -> assertThat(e.basis()).isNotBlank());
  }
}
