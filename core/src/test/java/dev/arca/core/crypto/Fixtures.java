package dev.arca.core.crypto;

import java.util.HexFormat;

/** Shared test helpers: the process-wide module, a service over it, hex conversion. */
final class Fixtures {

  private static volatile KeyPairMaterial rsaSigning;
  private static volatile KeyPairMaterial rsaEncryption;

  private Fixtures() {}

  static CryptoModule module() {
    return CryptoModule.instance();
  }

  static CryptoService service() {
    return new CryptoService(module());
  }

  static byte[] hex(String hex) {
    return HexFormat.of().parseHex(hex.replace(" ", ""));
  }

  static String hex(byte[] bytes) {
    return HexFormat.of().formatHex(bytes);
  }

  static SecretKeyMaterial aes(String hex) throws CryptoException {
    return SecretKeyMaterial.of(SymmetricAlgorithm.AES, hex(hex));
  }

  /** One RSA-2048 signing pair for the whole run: generation costs about 0.3 s each. */
  static KeyPairMaterial rsaSigningPair() throws CryptoException {
    if (rsaSigning == null) {
      synchronized (Fixtures.class) {
        if (rsaSigning == null) {
          rsaSigning =
              service().generateKeyPair(AsymmetricSpec.rsa(2048), KeyPairPurpose.SIGNATURE);
        }
      }
    }
    return rsaSigning;
  }

  /**
   * One RSA-2048 encryption pair for the whole run, separate from the signing pair because BC-FIPS
   * binds a modulus to one purpose.
   */
  static KeyPairMaterial rsaEncryptionPair() throws CryptoException {
    if (rsaEncryption == null) {
      synchronized (Fixtures.class) {
        if (rsaEncryption == null) {
          rsaEncryption =
              service().generateKeyPair(AsymmetricSpec.rsa(2048), KeyPairPurpose.ENCRYPTION);
        }
      }
    }
    return rsaEncryption;
  }
}
