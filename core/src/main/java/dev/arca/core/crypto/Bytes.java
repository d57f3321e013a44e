package dev.arca.core.crypto;

import java.security.MessageDigest;
import java.util.Arrays;

/** Small byte-array helpers. */
final class Bytes {

  private Bytes() {}

  static byte[] concat(byte[]... parts) {
    int length = 0;
    for (byte[] part : parts) {
      length += part.length;
    }
    byte[] out = new byte[length];
    int offset = 0;
    for (byte[] part : parts) {
      System.arraycopy(part, 0, out, offset, part.length);
      offset += part.length;
    }
    return out;
  }

  /**
   * Compares in time that depends on the lengths only, not on where the arrays differ, so a MAC or
   * check value cannot be found byte by byte through timing. {@link MessageDigest#isEqual} has been
   * constant-time since JDK 6u17.
   */
  static boolean constantTimeEquals(byte[] a, byte[] b) {
    return MessageDigest.isEqual(a, b);
  }

  static void zero(byte[] bytes) {
    if (bytes != null) {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  static byte[] hex(String hex) {
    return java.util.HexFormat.of().parseHex(hex);
  }

  static byte[] intBigEndian(int value) {
    return new byte[] {
      (byte) (value >>> 24), (byte) (value >>> 16), (byte) (value >>> 8), (byte) value
    };
  }
}
