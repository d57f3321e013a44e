package dev.arca.core.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;

/** Key wrapping: AES-KW (RFC 3394), AES-KWP (RFC 5649), AES-GCM (SP 800-38D). */
final class KeyWraps {

  private static final int GCM_IV = 12;
  private static final int GCM_TAG = 16;

  private KeyWraps() {}

  static byte[] wrap(
      CryptoModule module, SecretKeyMaterial kek, KeyWrapAlgorithm algorithm, byte[] data)
      throws GeneralSecurityException, CryptoException {
    checkKek(kek, algorithm);
    switch (algorithm) {
      case AES_KW:
        // RFC 3394 §2: n ≥ 2 blocks of 64 bits.
        if (data.length < 16 || data.length % 8 != 0) {
          throw Boundary.invalid("AES-KW wraps a multiple of 8 bytes, at least 16");
        }
        return run(Cipher.ENCRYPT_MODE, "AESWRAP", kek, data);
      case AES_KWP:
        if (data.length == 0) {
          throw Boundary.invalid("AES-KWP wraps at least one byte");
        }
        return run(Cipher.ENCRYPT_MODE, "AESWRAPPAD", kek, data);
      default:
        {
          Cipher cipher = Jca.cipher("AES/GCM/NoPadding");
          // Module-generated IV (FIPS 140-3 IG C.H).
          cipher.init(Cipher.ENCRYPT_MODE, kek.jcaKey("AES"), module.drbg());
          byte[] iv = cipher.getIV();
          return Bytes.concat(iv, cipher.doFinal(data));
        }
    }
  }

  static byte[] unwrap(SecretKeyMaterial kek, KeyWrapAlgorithm algorithm, byte[] wrapped)
      throws GeneralSecurityException, CryptoException {
    checkKek(kek, algorithm);
    switch (algorithm) {
      case AES_KW:
        if (wrapped.length < 24 || wrapped.length % 8 != 0) {
          throw Boundary.invalid("AES-KW output is a multiple of 8 bytes, at least 24");
        }
        return run(Cipher.DECRYPT_MODE, "AESWRAP", kek, wrapped);
      case AES_KWP:
        if (wrapped.length < 16 || wrapped.length % 8 != 0) {
          throw Boundary.invalid("AES-KWP output is a multiple of 8 bytes, at least 16");
        }
        return run(Cipher.DECRYPT_MODE, "AESWRAPPAD", kek, wrapped);
      default:
        {
          if (wrapped.length < GCM_IV + GCM_TAG) {
            throw Boundary.invalid("AES-GCM wrapped key is shorter than IV and tag");
          }
          Cipher cipher = Jca.cipher("AES/GCM/NoPadding");
          cipher.init(
              Cipher.DECRYPT_MODE,
              kek.jcaKey("AES"),
              new GCMParameterSpec(GCM_TAG * 8, Arrays.copyOf(wrapped, GCM_IV)));
          return cipher.doFinal(wrapped, GCM_IV, wrapped.length - GCM_IV);
        }
    }
  }

  private static byte[] run(int mode, String transformation, SecretKeyMaterial kek, byte[] in)
      throws GeneralSecurityException, CryptoException {
    Cipher cipher = Jca.cipher(transformation);
    cipher.init(mode, kek.jcaKey("AES"));
    return cipher.doFinal(in);
  }

  private static void checkKek(SecretKeyMaterial kek, KeyWrapAlgorithm algorithm)
      throws CryptoException {
    if (kek.algorithm() != SymmetricAlgorithm.AES
        || !Algorithms.isSupported(
            algorithm.policyName(), Algorithms.Usage.WRAP, kek.lengthBits())) {
      throw Boundary.invalid(algorithm + " needs an AES key of 128, 192 or 256 bits");
    }
  }
}
