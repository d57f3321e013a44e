package dev.arca.core.crypto;

import java.security.GeneralSecurityException;
import javax.crypto.Mac;

/** HMAC (FIPS 198-1), AES-CMAC (SP 800-38B) and hashing. */
final class Macs {

  private Macs() {}

  static byte[] mac(SecretKeyMaterial key, MacAlgorithm algorithm, byte[] data)
      throws GeneralSecurityException, CryptoException {
    checkKey(key, algorithm);
    Mac mac = Jca.mac(algorithm.jcaName());
    mac.init(key.jcaKey(algorithm.isHmac() ? algorithm.jcaName() : "AES"));
    return mac.doFinal(data);
  }

  /** Raw HMAC over bytes, for the boundary's own derivations. */
  static byte[] hmac(DigestAlgorithm digest, byte[] key, byte[] data)
      throws GeneralSecurityException {
    String name = "HMAC" + digest.shortName();
    Mac mac = Jca.mac(name);
    mac.init(new RawSecretKey(name, key));
    return mac.doFinal(data);
  }

  static boolean verify(SecretKeyMaterial key, MacAlgorithm algorithm, byte[] data, byte[] tag)
      throws GeneralSecurityException, CryptoException {
    byte[] expected = mac(key, algorithm, data);
    return Bytes.constantTimeEquals(expected, tag);
  }

  static byte[] hash(DigestAlgorithm algorithm, byte[] data) throws GeneralSecurityException {
    return Jca.digest(algorithm.jcaName()).digest(data);
  }

  private static void checkKey(SecretKeyMaterial key, MacAlgorithm algorithm)
      throws CryptoException {
    SymmetricAlgorithm keyAlgorithm = key.algorithm();
    if (algorithm.isHmac()) {
      // Any HMAC key or opaque secret may key any HMAC; a cipher key may not (key separation).
      boolean macKey =
          keyAlgorithm.name().startsWith("HMAC_") || keyAlgorithm == SymmetricAlgorithm.SECRET;
      if (!macKey) {
        throw Boundary.invalid(keyAlgorithm + " keys cannot key " + algorithm);
      }
      if (key.lengthBits() == 0) {
        throw Boundary.invalid("HMAC key is empty");
      }
    } else if (keyAlgorithm != SymmetricAlgorithm.AES
        || !Algorithms.isSupported("AES-CMAC", Algorithms.Usage.MAC, key.lengthBits())) {
      throw Boundary.invalid("AES-CMAC needs an AES key of 128, 192 or 256 bits");
    }
  }
}
