package dev.arca.core.crypto;

import static dev.arca.core.crypto.Fixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.crypto.CryptoException.Reason;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.assertj.core.api.AbstractStringAssert;
import org.assertj.core.api.InstanceOfAssertFactories;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** Tampering, parameter validation and the error reasons of symmetric operations. */
class SymmetricCipherTest {

  private static final byte[] PLAIN =
      "attack at dawn, bring the master key".getBytes(StandardCharsets.US_ASCII);

  private final CryptoService crypto = Fixtures.service();

  @Test
  void gcmRejectsAnyTampering() throws CryptoException {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.AES, 256);
    byte[] aad = "object-1/v3".getBytes(StandardCharsets.US_ASCII);
    Encrypted out = crypto.encrypt(key, CipherSpec.gcm(null, 16, aad), PLAIN);
    CipherSpec spec = CipherSpec.gcm(out.iv(), 16, aad);

    assertAuthenticationFails(key, spec, flip(out.ciphertext()), out.tag());
    assertAuthenticationFails(key, spec, out.ciphertext(), flip(out.tag()));
    assertAuthenticationFails(
        key, spec.withAad("object-1/v4".getBytes()), out.ciphertext(), out.tag());
    assertAuthenticationFails(key, spec.withIv(flip(out.iv())), out.ciphertext(), out.tag());
    SecretKeyMaterial other = crypto.generateSymmetric(SymmetricAlgorithm.AES, 256);
    assertAuthenticationFails(other, spec, out.ciphertext(), out.tag());
    assertThat(crypto.decrypt(key, spec, out.ciphertext(), out.tag())).isEqualTo(PLAIN);
  }

  @Test
  void gcmGeneratesFreshIvs() throws CryptoException {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.AES, 128);
    Encrypted a = crypto.encrypt(key, CipherSpec.gcm(), PLAIN);
    Encrypted b = crypto.encrypt(key, CipherSpec.gcm(), PLAIN);
    assertThat(a.iv()).hasSize(12).isNotEqualTo(b.iv());
    assertThat(a.ciphertext()).isNotEqualTo(b.ciphertext());
  }

  @Test
  void gcmAcceptsLongerIvsAndShortTags() throws CryptoException {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.AES, 256);
    CipherSpec spec = CipherSpec.gcm(new byte[16], 8, null);
    Encrypted out = crypto.encrypt(key, spec, PLAIN);
    assertThat(out.tag()).hasSize(8);
    assertThat(crypto.decrypt(key, spec, out.ciphertext(), out.tag())).isEqualTo(PLAIN);
  }

  @Test
  void cbcTamperingNeverReturnsTheOriginal() throws CryptoException {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.AES, 256);
    Encrypted out = crypto.encrypt(key, CipherSpec.cbc(Padding.PKCS5, null), PLAIN);
    byte[] tampered = flip(out.ciphertext());
    // CBC has no integrity: a flipped last block fails the padding check or yields other bytes.
    try {
      byte[] result = crypto.decrypt(key, CipherSpec.cbc(Padding.PKCS5, out.iv()), tampered);
      assertThat(result).isNotEqualTo(PLAIN);
    } catch (CryptoException e) {
      assertThat(e.reason()).isEqualTo(Reason.AUTHENTICATION_FAILED);
    }
  }

  @Test
  void keyUnwrapDetectsTampering() throws CryptoException {
    SecretKeyMaterial kek = crypto.generateSymmetric(SymmetricAlgorithm.AES, 256);
    byte[] material = crypto.randomBytes(32);
    for (KeyWrapAlgorithm algorithm : KeyWrapAlgorithm.values()) {
      byte[] wrapped = crypto.wrap(kek, algorithm, material);
      assertThatThrownBy(() -> crypto.unwrap(kek, algorithm, flip(wrapped)))
          .isInstanceOf(CryptoException.class)
          .extracting(e -> ((CryptoException) e).reason())
          .isEqualTo(Reason.AUTHENTICATION_FAILED);
    }
  }

  @Test
  void macVerificationFailsOnAnyChange() throws CryptoException {
    SecretKeyMaterial hmacKey = crypto.generateSymmetric(SymmetricAlgorithm.HMAC_SHA256, 256);
    SecretKeyMaterial cmacKey = crypto.generateSymmetric(SymmetricAlgorithm.AES, 128);
    for (MacAlgorithm algorithm : MacAlgorithm.values()) {
      SecretKeyMaterial key = algorithm.isHmac() ? hmacKey : cmacKey;
      byte[] mac = crypto.mac(key, algorithm, PLAIN);
      assertThat(mac).hasSize(algorithm.lengthBytes());
      assertThat(crypto.verifyMac(key, algorithm, PLAIN, mac)).isTrue();
      assertThat(crypto.verifyMac(key, algorithm, PLAIN, flip(mac))).isFalse();
      assertThat(crypto.verifyMac(key, algorithm, flip(PLAIN), mac)).isFalse();
      assertThat(crypto.verifyMac(key, algorithm, PLAIN, Arrays.copyOf(mac, 8))).isFalse();
    }
  }

  @Test
  void rejectsUnsupportedCombinations() throws CryptoException {
    SecretKeyMaterial tdes = crypto.generateSymmetric(SymmetricAlgorithm.TRIPLE_DES, 168);
    assertReason(() -> crypto.encrypt(tdes, CipherSpec.gcm(), PLAIN), Reason.UNSUPPORTED)
        .contains("3DES-GCM");
    SecretKeyMaterial hmac = crypto.generateSymmetric(SymmetricAlgorithm.HMAC_SHA256, 256);
    assertReason(() -> crypto.encrypt(hmac, CipherSpec.gcm(), PLAIN), Reason.INVALID_INPUT)
        .contains("HMAC_SHA256 keys cannot be used for encryption");
    SecretKeyMaterial aes128 = crypto.generateSymmetric(SymmetricAlgorithm.AES, 128);
    assertReason(
            () -> crypto.encrypt(aes128, CipherSpec.xts(new byte[16]), PLAIN), Reason.INVALID_INPUT)
        .contains("AES-XTS needs a key of [256, 512] bits");
    SecretKeyMaterial aes512 = crypto.generateSymmetric(SymmetricAlgorithm.AES, 512);
    assertReason(() -> crypto.encrypt(aes512, CipherSpec.gcm(), PLAIN), Reason.INVALID_INPUT)
        .contains("AES-GCM needs a key of [128, 192, 256] bits");
    assertReason(() -> crypto.mac(aes128, MacAlgorithm.HMAC_SHA256, PLAIN), Reason.INVALID_INPUT);
    assertReason(() -> crypto.mac(hmac, MacAlgorithm.AES_CMAC, PLAIN), Reason.INVALID_INPUT);
    assertReason(
        () -> crypto.wrap(hmac, KeyWrapAlgorithm.AES_KW, new byte[16]), Reason.INVALID_INPUT);
  }

  @Test
  void validatesLengthsAndIvs() throws CryptoException {
    SecretKeyMaterial key = crypto.generateSymmetric(SymmetricAlgorithm.AES, 128);
    assertReason(
            () -> crypto.encrypt(key, CipherSpec.cbc(Padding.NONE, null), new byte[17]),
            Reason.INVALID_INPUT)
        .contains("multiple of 16");
    assertReason(
            () -> crypto.encrypt(key, CipherSpec.cbc(Padding.NONE, new byte[8]), new byte[16]),
            Reason.INVALID_INPUT)
        .contains("IV must be 16 bytes");
    assertReason(
            () -> crypto.decrypt(key, CipherSpec.cbc(Padding.PKCS5, null), new byte[16]),
            Reason.INVALID_INPUT)
        .contains("needs the IV");
    assertReason(
        () -> crypto.encrypt(key, CipherSpec.xts(new byte[16]), new byte[15]),
        Reason.INVALID_INPUT);
    SecretKeyMaterial xtsKey = crypto.generateSymmetric(SymmetricAlgorithm.AES, 256);
    assertReason(
            () -> crypto.encrypt(xtsKey, CipherSpec.xts(new byte[8]), new byte[32]),
            Reason.INVALID_INPUT)
        .contains("tweak must be 16 bytes");
    assertReason(
        () -> crypto.wrap(key, KeyWrapAlgorithm.AES_KW, new byte[12]), Reason.INVALID_INPUT);
    assertReason(
        () -> crypto.decrypt(key, CipherSpec.gcm(new byte[12], 16, null), new byte[3]),
        Reason.INVALID_INPUT);
    assertReason(
            () ->
                crypto.decrypt(
                    key, CipherSpec.cbc(Padding.PKCS5, null), new byte[16], new byte[16]),
            Reason.INVALID_INPUT)
        .contains("GCM only");
  }

  @Test
  void cipherSpecRejectsNonsense() {
    assertThatThrownBy(() -> CipherSpec.gcm(null, 3, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CipherSpec.gcm(null, 17, null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CipherSpec.ecb(Padding.NONE).withIv(new byte[16]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CipherSpec.ctr(null).withAad(new byte[1]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> CipherSpec.xts(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void resultsShowLengthsOnly() throws CryptoException {
    SecretKeyMaterial key = Fixtures.aes("000102030405060708090a0b0c0d0e0f");
    Encrypted out = crypto.encrypt(key, CipherSpec.gcm(new byte[12], 16, null), PLAIN);
    assertThat(out.toString())
        .isEqualTo("Encrypted[" + PLAIN.length + " bytes, iv 12 bytes, tag 16 bytes]")
        .doesNotContain(hex(out.ciphertext()).substring(0, 8));
    assertThat(CipherSpec.gcm(new byte[12], 16, new byte[3]).toString())
        .isEqualTo("CipherSpec[GCM, iv 12 bytes, tag 16 bytes, aad 3]");
  }

  private void assertAuthenticationFails(
      SecretKeyMaterial key, CipherSpec spec, byte[] cipher, byte[] tag) {
    assertThatThrownBy(() -> crypto.decrypt(key, spec, cipher, tag))
        .isInstanceOf(CryptoException.class)
        .hasMessageContaining("AES-GCM decryption: authentication failed")
        .hasMessageNotContaining(new String(PLAIN, StandardCharsets.US_ASCII))
        .extracting(e -> ((CryptoException) e).reason())
        .isEqualTo(Reason.AUTHENTICATION_FAILED);
  }

  static AbstractStringAssert<?> assertReason(ThrowingCallable call, Reason reason) {
    return assertThatThrownBy(call)
        .isInstanceOf(CryptoException.class)
        .satisfies(e -> assertThat(((CryptoException) e).reason()).isEqualTo(reason))
        .extracting(Throwable::getMessage, InstanceOfAssertFactories.STRING);
  }

  static byte[] flip(byte[] data) {
    byte[] copy = data.clone();
    copy[copy.length - 1] ^= 0x01;
    return copy;
  }
}
