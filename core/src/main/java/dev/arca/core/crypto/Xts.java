package dev.arca.core.crypto;

import java.security.GeneralSecurityException;
import java.util.Arrays;
import javax.crypto.Cipher;

/**
 * XTS-AES (IEEE Std 1619-2018, NIST SP 800-38E) built on the provider's AES-ECB, because BC-FIPS
 * offers no XTS mode. Ciphertext stealing handles data units that are not a multiple of 16 bytes.
 *
 * <p>The key is Key1 ‖ Key2 (two AES-128 or two AES-256 keys); Key2 encrypts the tweak, Key1 the
 * data. The tweak is the 16-byte data unit sequence number in little-endian order (IEEE 1619 §5.1).
 * All full blocks go through ECB in one call: the tweak sequence is XORed in before and after,
 * which keeps the per-block cost at the provider's bulk AES speed.
 */
final class Xts {

  private static final int BLOCK = 16;

  /** IEEE 1619 §5.1: a data unit holds at most 2^20 blocks. */
  private static final int MAX_LENGTH = BLOCK << 20;

  private Xts() {}

  static byte[] encrypt(CryptoModule module, byte[] key, byte[] tweak, byte[] data)
      throws GeneralSecurityException, CryptoException {
    return process(module, true, key, tweak, data);
  }

  static byte[] decrypt(CryptoModule module, byte[] key, byte[] tweak, byte[] data)
      throws GeneralSecurityException, CryptoException {
    return process(module, false, key, tweak, data);
  }

  private static byte[] process(
      CryptoModule module, boolean encrypt, byte[] key, byte[] tweak, byte[] data)
      throws GeneralSecurityException, CryptoException {
    if (key.length != 32 && key.length != 64) {
      throw Boundary.invalid("XTS-AES keys are 256 or 512 bits (two AES-128 or AES-256 keys)");
    }
    if (tweak == null || tweak.length != BLOCK) {
      throw Boundary.invalid("XTS tweak must be 16 bytes");
    }
    if (data.length < BLOCK || data.length > MAX_LENGTH) {
      throw Boundary.invalid("XTS data unit must be 16 bytes to 16 MiB (IEEE 1619 §5.1)");
    }
    int half = key.length / 2;
    byte[] key1 = Arrays.copyOfRange(key, 0, half);
    byte[] key2 = Arrays.copyOfRange(key, half, key.length);
    try {
      // FIPS 140-3 IG C.I: an approved XTS implementation must refuse Key1 == Key2.
      if (module.isApprovedOnly() && Bytes.constantTimeEquals(key1, key2)) {
        throw new CryptoException(
            CryptoException.Reason.NOT_APPROVED,
            "not allowed in FIPS approved-only mode: XTS key halves must differ (IG C.I)");
      }
      Cipher ecb = Jca.cipher("AES/ECB/NoPadding");
      ecb.init(Cipher.ENCRYPT_MODE, new RawSecretKey("AES", key2));
      byte[] t = ecb.doFinal(tweak);

      int fullBlocks = data.length / BLOCK;
      int tail = data.length % BLOCK;
      // With stealing, the last full block and the tail are handled apart.
      int bulkBlocks = tail == 0 ? fullBlocks : fullBlocks - 1;
      byte[] tweaks = new byte[(fullBlocks + 1) * BLOCK];
      for (int j = 0; j <= fullBlocks; j++) {
        System.arraycopy(t, 0, tweaks, j * BLOCK, BLOCK);
        multiplyByAlpha(t);
      }

      ecb.init(encrypt ? Cipher.ENCRYPT_MODE : Cipher.DECRYPT_MODE, new RawSecretKey("AES", key1));
      byte[] out = new byte[data.length];
      if (bulkBlocks > 0) {
        int bulk = bulkBlocks * BLOCK;
        byte[] buffer = Arrays.copyOf(data, bulk);
        xor(buffer, 0, tweaks, 0, bulk);
        ecb.doFinal(buffer, 0, bulk, out, 0);
        xor(out, 0, tweaks, 0, bulk);
        Bytes.zero(buffer);
      }
      if (tail != 0) {
        steal(ecb, encrypt, data, out, bulkBlocks, tail, tweaks);
      }
      return out;
    } finally {
      Bytes.zero(key1);
      Bytes.zero(key2);
    }
  }

  /**
   * Ciphertext stealing for the last full block m−1 and the partial block m (IEEE 1619 §5.3.2 and
   * §5.4.2). Encryption uses tweak T(m−1) first, then T(m); decryption the reverse.
   */
  private static void steal(
      Cipher ecb, boolean encrypt, byte[] in, byte[] out, int m1, int tail, byte[] tweaks)
      throws GeneralSecurityException {
    int last = m1 * BLOCK; // offset of block m−1
    int firstTweak = encrypt ? m1 : m1 + 1;
    int secondTweak = encrypt ? m1 + 1 : m1;

    byte[] cc = block(ecb, in, last, tweaks, firstTweak);
    // The partial output block takes the head of cc; the remaining bytes of cc fill the partial
    // input block up to a whole block for the second pass.
    System.arraycopy(cc, 0, out, last + BLOCK, tail);
    byte[] pp = new byte[BLOCK];
    System.arraycopy(in, last + BLOCK, pp, 0, tail);
    System.arraycopy(cc, tail, pp, tail, BLOCK - tail);
    byte[] second = block(ecb, pp, 0, tweaks, secondTweak);
    System.arraycopy(second, 0, out, last, BLOCK);
    Bytes.zero(cc);
    Bytes.zero(pp);
    Bytes.zero(second);
  }

  private static byte[] block(Cipher ecb, byte[] in, int offset, byte[] tweaks, int index)
      throws GeneralSecurityException {
    byte[] b = Arrays.copyOfRange(in, offset, offset + BLOCK);
    xor(b, 0, tweaks, index * BLOCK, BLOCK);
    byte[] r = ecb.doFinal(b);
    xor(r, 0, tweaks, index * BLOCK, BLOCK);
    return r;
  }

  private static void xor(byte[] target, int targetOffset, byte[] mask, int maskOffset, int n) {
    for (int i = 0; i < n; i++) {
      target[targetOffset + i] ^= mask[maskOffset + i];
    }
  }

  /**
   * Multiplies the tweak by the primitive element α of GF(2^128) with the IEEE 1619 §5.2 byte order
   * (little-endian): shift left by one bit, reduce with x^128 + x^7 + x^2 + x + 1 (0x87).
   */
  static void multiplyByAlpha(byte[] t) {
    int carry = 0;
    for (int i = 0; i < BLOCK; i++) {
      int b = t[i] & 0xff;
      t[i] = (byte) ((b << 1) | carry);
      carry = b >>> 7;
    }
    if (carry != 0) {
      t[0] ^= (byte) 0x87;
    }
  }
}
