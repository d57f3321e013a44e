package dev.arca.kmip.ttlv;

import dev.arca.kmip.ttlv.DecodeException.Problem;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits binary TTLV that holds several messages one after another, as a capture of a connection or
 * a test file does, and reads the hex form the specifications print.
 *
 * <p>Each message is framed by its own header (KMIP 1.4 §9.1: 3 bytes of tag, 1 of type, 4 of
 * length), so the split needs no separator; every length is checked against the size limit and the
 * bytes that remain before anything is copied.
 */
public final class TtlvStream {

  private static final char[] HEX = "0123456789ABCDEF".toCharArray();

  private TtlvStream() {}

  /**
   * The messages of {@code data}, each as its own array.
   *
   * @throws DecodeException at the byte offset in {@code data} of a header that is cut short, has
   *     no KMIP tag, or gives a length beyond the limit or beyond the data
   */
  public static List<byte[]> split(byte[] data, DecodeLimits limits) throws DecodeException {
    List<byte[]> messages = new ArrayList<>();
    int pos = 0;
    while (pos < data.length) {
      if (data.length - pos < TtlvDecoder.HEADER_BYTES) {
        throw new DecodeException(
            Problem.TRUNCATED, pos, -1, (data.length - pos) + " bytes left, header needs 8");
      }
      int tag = ((data[pos] & 0xFF) << 16) | ((data[pos + 1] & 0xFF) << 8) | (data[pos + 2] & 0xFF);
      int prefix = tag >>> 16;
      if (prefix != 0x42 && prefix != 0x54) {
        throw new DecodeException(Problem.BAD_TAG, pos, -1, String.format("0x%06X", tag));
      }
      long length =
          ((data[pos + 4] & 0xFFL) << 24)
              | ((data[pos + 5] & 0xFFL) << 16)
              | ((data[pos + 6] & 0xFFL) << 8)
              | (data[pos + 7] & 0xFFL);
      long total = TtlvDecoder.HEADER_BYTES + ((length + 7) & ~7L);
      if (total > limits.maxMessageBytes()) {
        throw new DecodeException(
            Problem.TOO_LARGE, pos, tag, total + " bytes, limit " + limits.maxMessageBytes());
      }
      if (total > data.length - pos) {
        throw new DecodeException(
            Problem.TRUNCATED,
            pos + 4,
            tag,
            "length " + length + ", " + (data.length - pos - 8) + " bytes available");
      }
      messages.add(Arrays.copyOfRange(data, pos, pos + (int) total));
      pos += (int) total;
    }
    return messages;
  }

  /** Decodes every message of {@code data}; offsets in errors count from the start of data. */
  public static List<Ttlv> decodeAll(byte[] data, TtlvDecoder decoder) throws DecodeException {
    List<Ttlv> out = new ArrayList<>();
    int pos = 0;
    for (byte[] message : split(data, decoder.limits())) {
      try {
        out.add(decoder.decode(message));
      } catch (DecodeException e) {
        throw e.shifted(pos).inMessage(out.size());
      }
      pos += message.length;
    }
    return out;
  }

  /**
   * The bytes of hex text, ignoring white space, so that one message per line, the specification's
   * dumps wrapped at 80 columns and space-separated bytes all read.
   *
   * @throws DecodeException at the character offset of a character that is not a hex digit, or of
   *     the last digit when their number is odd
   */
  public static byte[] fromHex(String text) throws DecodeException {
    byte[] out = new byte[text.length() / 2];
    int n = 0;
    int high = -1;
    int lastDigit = -1;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        continue;
      }
      int digit = c < 0x80 ? Character.digit(c, 16) : -1;
      if (digit < 0) {
        throw new DecodeException(Problem.SYNTAX, i, -1, "not a hex digit");
      }
      lastDigit = i;
      if (high < 0) {
        high = digit;
      } else {
        out[n++] = (byte) ((high << 4) | digit);
        high = -1;
      }
    }
    if (high >= 0) {
      throw new DecodeException(Problem.SYNTAX, lastDigit, -1, "odd number of hex digits");
    }
    return Arrays.copyOf(out, n);
  }

  /** Decodes the messages of hex text; offsets in errors count bytes of the decoded data. */
  public static List<Ttlv> decodeHex(String text, TtlvDecoder decoder) throws DecodeException {
    return decodeAll(fromHex(text), decoder);
  }

  /** Upper-case hex without separators, as the specification prints TTLV. */
  public static String toHex(byte[] data) {
    char[] out = new char[data.length * 2];
    for (int i = 0; i < data.length; i++) {
      out[2 * i] = HEX[(data[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[data[i] & 0xF];
    }
    return new String(out);
  }
}
