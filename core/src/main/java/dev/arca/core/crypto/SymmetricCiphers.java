package dev.arca.core.crypto;

import dev.arca.core.crypto.Algorithms.Usage;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;

/** Symmetric encryption and decryption: AES in GCM, CBC, ECB, CTR and XTS; 3DES in CBC and ECB. */
final class SymmetricCiphers {

  private static final byte[] NONE = new byte[0];

  /** SP 800-38D §8.2.2: a 96-bit IV from an approved RBG. */
  private static final int GCM_IV_LENGTH = 12;

  private SymmetricCiphers() {}

  static Encrypted encrypt(CryptoModule module, SecretKeyMaterial key, CipherSpec spec, byte[] data)
      throws GeneralSecurityException, CryptoException {
    int block = check(key, spec, Usage.ENCRYPT);
    byte[] keyBytes = key.bytes();
    String algorithm = key.algorithm().jcaName();
    switch (spec.mode()) {
      case GCM:
        return gcmEncrypt(module, key, spec, data);
      case XTS:
        return new Encrypted(
            Xts.encrypt(module, keyBytes, spec.ivOrNull(), data), spec.ivOrNull(), NONE);
      case ECB:
        {
          checkWholeBlocks(spec, data.length, block);
          Cipher cipher = Jca.cipher(algorithm + "/ECB/" + spec.padding().jcaName());
          cipher.init(Cipher.ENCRYPT_MODE, key.jcaKey(algorithm));
          return new Encrypted(cipher.doFinal(data), NONE, NONE);
        }
      default:
        {
          // CBC and CTR: a one-block IV; generated from the module DRBG when not given.
          checkWholeBlocks(spec, data.length, block);
          byte[] iv = spec.ivOrNull();
          if (iv == null) {
            iv = new byte[block];
            module.drbg().nextBytes(iv);
          }
          checkIvLength(spec, iv, block);
          Cipher cipher = Jca.cipher(transformation(algorithm, spec));
          cipher.init(Cipher.ENCRYPT_MODE, key.jcaKey(algorithm), new IvParameterSpec(iv));
          return new Encrypted(cipher.doFinal(data), iv.clone(), NONE);
        }
    }
  }

  static byte[] decrypt(
      CryptoModule module, SecretKeyMaterial key, CipherSpec spec, byte[] data, byte[] tag)
      throws GeneralSecurityException, CryptoException {
    int block = check(key, spec, Usage.DECRYPT);
    String algorithm = key.algorithm().jcaName();
    byte[] iv = spec.ivOrNull();
    if (iv == null && spec.mode() != CipherMode.ECB) {
      throw Boundary.invalid(spec.mode() + " decryption needs the IV used for encryption");
    }
    switch (spec.mode()) {
      case GCM:
        {
          byte[] input = tag == null ? data : Bytes.concat(data, tag);
          int tagLength = tag == null ? spec.tagLength() : tag.length;
          if (tagLength < 4 || tagLength > 16 || input.length < tagLength) {
            throw Boundary.invalid("GCM tag must be 4..16 bytes");
          }
          checkGcmIv(iv);
          Cipher cipher = Jca.cipher("AES/GCM/NoPadding");
          cipher.init(
              Cipher.DECRYPT_MODE, key.jcaKey(algorithm), new GCMParameterSpec(tagLength * 8, iv));
          if (spec.aadRef().length > 0) {
            cipher.updateAAD(spec.aadRef());
          }
          return cipher.doFinal(input);
        }
      case XTS:
        return Xts.decrypt(module, key.bytes(), iv, data);
      case ECB:
        {
          checkCiphertextBlocks(data.length, block);
          Cipher cipher = Jca.cipher(algorithm + "/ECB/" + spec.padding().jcaName());
          cipher.init(Cipher.DECRYPT_MODE, key.jcaKey(algorithm));
          return cipher.doFinal(data);
        }
      default:
        {
          if (spec.mode() == CipherMode.CBC) {
            checkCiphertextBlocks(data.length, block);
          }
          checkIvLength(spec, iv, block);
          Cipher cipher = Jca.cipher(transformation(algorithm, spec));
          cipher.init(Cipher.DECRYPT_MODE, key.jcaKey(algorithm), new IvParameterSpec(iv));
          return cipher.doFinal(data);
        }
    }
  }

  private static Encrypted gcmEncrypt(
      CryptoModule module, SecretKeyMaterial key, CipherSpec spec, byte[] data)
      throws GeneralSecurityException, CryptoException {
    Cipher cipher = Jca.cipher("AES/GCM/NoPadding");
    int tagLength = spec.tagLength();
    byte[] iv = spec.ivOrNull();
    if (iv == null && tagLength == CipherSpec.DEFAULT_TAG_LENGTH) {
      // The module generates the IV itself from its approved DRBG (FIPS 140-3 IG C.H, SP
      // 800-38D §8.2.2), the form approved-only mode expects.
      cipher.init(Cipher.ENCRYPT_MODE, key.jcaKey("AES"), module.drbg());
      iv = cipher.getIV();
    } else {
      if (iv == null) {
        iv = new byte[GCM_IV_LENGTH];
        module.drbg().nextBytes(iv);
      }
      checkGcmIv(iv);
      cipher.init(Cipher.ENCRYPT_MODE, key.jcaKey("AES"), new GCMParameterSpec(tagLength * 8, iv));
    }
    if (spec.aadRef().length > 0) {
      cipher.updateAAD(spec.aadRef());
    }
    byte[] out = cipher.doFinal(data);
    int split = out.length - tagLength;
    return new Encrypted(
        Arrays.copyOfRange(out, 0, split), iv.clone(), Arrays.copyOfRange(out, split, out.length));
  }

  /**
   * Validates key algorithm, mode and key size against the policy table; returns the block size.
   */
  private static int check(SecretKeyMaterial key, CipherSpec spec, Usage usage)
      throws CryptoException {
    SymmetricAlgorithm algorithm = key.algorithm();
    if (algorithm != SymmetricAlgorithm.AES && algorithm != SymmetricAlgorithm.TRIPLE_DES) {
      throw Boundary.invalid(algorithm + " keys cannot be used for encryption");
    }
    String row = Algorithms.cipherRowName(algorithm, spec.mode());
    if (Algorithms.entry(row, usage).isEmpty()) {
      throw Boundary.unsupported(row + " is not supported");
    }
    if (!Algorithms.isSupported(row, usage, key.lengthBits())) {
      throw Boundary.invalid(
          row + " needs a key of " + Algorithms.describeSizes(row, usage) + " bits");
    }
    return algorithm == SymmetricAlgorithm.AES ? 16 : 8;
  }

  private static String transformation(String algorithm, CipherSpec spec) {
    return algorithm + "/" + spec.mode().name() + "/" + spec.padding().jcaName();
  }

  private static void checkWholeBlocks(CipherSpec spec, int length, int block)
      throws CryptoException {
    if (spec.padding() == Padding.NONE
        && (spec.mode() == CipherMode.CBC || spec.mode() == CipherMode.ECB)
        && length % block != 0) {
      throw Boundary.invalid(
          spec.mode() + " without padding needs a multiple of " + block + " bytes");
    }
  }

  private static void checkCiphertextBlocks(int length, int block) throws CryptoException {
    if (length % block != 0) {
      throw Boundary.invalid("ciphertext must be a multiple of " + block + " bytes");
    }
  }

  private static void checkIvLength(CipherSpec spec, byte[] iv, int block) throws CryptoException {
    if (iv.length != block) {
      throw Boundary.invalid(spec.mode() + " IV must be " + block + " bytes");
    }
  }

  private static void checkGcmIv(byte[] iv) throws CryptoException {
    if (iv.length < 1 || iv.length > 128) {
      throw Boundary.invalid("GCM IV must be 1..128 bytes (12 recommended, SP 800-38D §5.2.1.1)");
    }
  }
}
