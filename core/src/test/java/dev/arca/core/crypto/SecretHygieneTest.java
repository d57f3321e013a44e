package dev.arca.core.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** No key bytes, plaintext or private key in any toString or exception message (DESIGN §5). */
class SecretHygieneTest {

  private final CryptoService crypto = Fixtures.service();

  @Test
  void secretKeyMaterialShowsNoBytesAndZeroesOnDestroy() throws CryptoException {
    byte[] raw = HexFormat.of().parseHex("00112233445566778899aabbccddeeff");
    SecretKeyMaterial key = SecretKeyMaterial.of(SymmetricAlgorithm.AES, raw);
    assertNoSecret(key.toString(), raw);
    assertThat(key.toString()).isEqualTo("SecretKeyMaterial[AES, 128 bits]");
    byte[] internal = key.bytes();
    key.destroy();
    assertThat(internal).containsOnly(0);
    assertThat(key.isDestroyed()).isTrue();
    assertThat(key.toString()).isEqualTo("SecretKeyMaterial[AES, 128 bits, destroyed]");
    assertThatThrownBy(key::encoded).isInstanceOf(IllegalStateException.class);
    CryptoException e =
        catchThrowableOfType(
            CryptoException.class, () -> crypto.encrypt(key, CipherSpec.gcm(), new byte[1]));
    assertThat(e.getMessage()).isEqualTo("key material has been destroyed");
  }

  @Test
  void privateKeysShowNoBytesAndZeroOnDestroy() throws CryptoException {
    KeyPairMaterial pair = crypto.generateKeyPair(AsymmetricSpec.ec(EcCurve.P_384));
    byte[] pkcs8 = pair.privateKey().encoded();
    KeyFormats.EcPrivateComponents components = KeyFormats.ecPrivateComponents(pkcs8);
    String d = components.privateValue().toString(16);
    for (String description :
        new String[] {
          pair.toString(),
          pair.privateKey().toString(),
          pair.publicKey().toString(),
          components.toString()
        }) {
      assertNoSecret(description, pkcs8);
      assertThat(description)
          .doesNotContain(d)
          .doesNotContain(components.privateValue().toString());
    }
    assertThat(pair.toString()).isEqualTo("KeyPairMaterial[EC P-384]");
    pair.destroy();
    assertThat(pair.privateKey().isDestroyed()).isTrue();
    assertThatThrownBy(() -> pair.privateKey().encoded()).isInstanceOf(IllegalStateException.class);
    assertThat(pair.toString()).isEqualTo("KeyPairMaterial[EC P-384, destroyed]");
  }

  @Test
  void rsaComponentsHideTheirSecrets() throws CryptoException {
    KeyFormats.RsaPrivateComponents c =
        KeyFormats.rsaPrivateComponents(Fixtures.rsaSigningPair().privateKey().encoded());
    assertThat(c.toString())
        .doesNotContain(c.privateExponent().toString())
        .doesNotContain(c.prime1().toString())
        .doesNotContain(c.privateExponent().toString(16));
  }

  @Test
  void exceptionMessagesCarryNoInputs() throws CryptoException {
    byte[] raw =
        HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b");
    byte[] plain = "the plaintext must never be echoed".getBytes(StandardCharsets.US_ASCII);
    SecretKeyMaterial key = SecretKeyMaterial.of(SymmetricAlgorithm.HMAC_SHA256, raw);
    String[] messages = {
      message(() -> crypto.encrypt(key, CipherSpec.gcm(), plain)),
      message(() -> SecretKeyMaterial.of(SymmetricAlgorithm.AES, raw)),
      message(
          () ->
              crypto.decrypt(
                  Fixtures.aes("000102030405060708090a0b0c0d0e0f"),
                  CipherSpec.gcm(new byte[12], 16, null),
                  plain)),
      message(
          () ->
              crypto.unwrap(
                  Fixtures.aes("000102030405060708090a0b0c0d0e0f"),
                  KeyWrapAlgorithm.AES_KWP,
                  new byte[24])),
      message(() -> PrivateKeyMaterial.fromPkcs8(raw)),
      message(() -> KeyFormats.rsaPkcs8ToPkcs1(plain)),
      message(
          () ->
              crypto.derive(
                  key,
                  new Derivation.Hmac(DigestAlgorithm.SHA256, plain),
                  SymmetricAlgorithm.AES,
                  512)),
    };
    for (String message : messages) {
      assertNoSecret(message, raw);
      assertThat(message).doesNotContain("plaintext must never");
      assertNoSecret(message, plain);
    }
  }

  @Test
  void specsAndDerivationsShowLengthsOnly() {
    byte[] salt = "salt that is not secret, still kept short".getBytes(StandardCharsets.US_ASCII);
    assertThat(new Derivation.Pbkdf2(DigestAlgorithm.SHA256, salt, 1000).toString())
        .isEqualTo("Pbkdf2[SHA256, 1000 iterations, " + salt.length + "-byte salt]");
    assertThat(new Derivation.Hmac(DigestAlgorithm.SHA256, salt).toString())
        .isEqualTo("Hmac[SHA256, " + salt.length + "-byte data]");
  }

  private static String message(ThrowingAction action) {
    CryptoException e = catchThrowableOfType(CryptoException.class, action::run);
    assertThat(e).as("expected a CryptoException").isNotNull();
    return e.getMessage();
  }

  private static void assertNoSecret(String text, byte[] secret) {
    assertThat(text)
        .doesNotContain(HexFormat.of().formatHex(secret))
        .doesNotContain(HexFormat.of().withUpperCase().formatHex(secret))
        .doesNotContain(Base64.getEncoder().encodeToString(secret))
        .doesNotContain(new String(secret, StandardCharsets.ISO_8859_1));
  }

  @FunctionalInterface
  private interface ThrowingAction {
    void run() throws Exception;
  }
}
