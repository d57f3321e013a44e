package dev.arca.core.access;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** Passwords as bytes, without passing through a {@code String} that could not be wiped. */
final class Passwords {

  private Passwords() {}

  /**
   * The UTF-8 bytes of {@code password}; the caller zeroes them after use. Every intermediate
   * buffer is zeroed here.
   *
   * @throws CharacterCodingException if the password holds an unpaired surrogate
   */
  static byte[] utf8(char[] password) throws CharacterCodingException {
    CharsetEncoder encoder =
        StandardCharsets.UTF_8
            .newEncoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    // At most 3 bytes per char: a 4-byte sequence takes two chars (a surrogate pair).
    byte[] buffer = new byte[password.length * 3];
    try {
      ByteBuffer out = ByteBuffer.wrap(buffer);
      CoderResult r = encoder.encode(CharBuffer.wrap(password), out, true);
      if (r.isError()) {
        r.throwException();
      }
      r = encoder.flush(out);
      if (r.isError()) {
        r.throwException();
      }
      return Arrays.copyOf(buffer, out.position());
    } finally {
      zero(buffer);
    }
  }

  static void zero(byte[] bytes) {
    if (bytes != null) {
      Arrays.fill(bytes, (byte) 0);
    }
  }

  /** The number of Unicode characters (code points) in {@code password}. */
  static int codePoints(char[] password) {
    return Character.codePointCount(password, 0, password.length);
  }
}
