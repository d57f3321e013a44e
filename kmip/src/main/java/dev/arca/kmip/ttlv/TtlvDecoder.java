package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;
import dev.arca.kmip.ttlv.DecodeException.Problem;
import java.math.BigInteger;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Decodes binary TTLV (KMIP 1.4 §9.1, KMIP 2.1 §9.1) strictly.
 *
 * <p>Every length is checked against the bytes that remain before anything is allocated, fixed
 * types must have their fixed length, padding must be zero, booleans 0 or 1, text valid UTF-8. A
 * violation is a {@link DecodeException}; no other exception escapes. Instances are immutable and
 * thread-safe.
 */
public final class TtlvDecoder {

  /** Bytes of tag, type and length before every value. */
  public static final int HEADER_BYTES = 8;

  private final DecodeLimits limits;

  public TtlvDecoder() {
    this(DecodeLimits.DEFAULT);
  }

  public TtlvDecoder(DecodeLimits limits) {
    this.limits = limits;
  }

  public DecodeLimits limits() {
    return limits;
  }

  /** Decodes one message that fills the whole array. */
  public Ttlv decode(byte[] message) throws DecodeException {
    return decode(message, 0, message.length);
  }

  /**
   * Decodes one message that fills {@code length} bytes from {@code offset}; offsets in errors
   * count from {@code offset}.
   *
   * @throws IndexOutOfBoundsException when the range lies outside {@code buf}
   */
  public Ttlv decode(byte[] buf, int offset, int length) throws DecodeException {
    Objects.checkFromIndexSize(offset, length, buf.length);
    if (length > limits.maxMessageBytes()) {
      throw new DecodeException(
          Problem.TOO_LARGE, 0, -1, length + " bytes, limit " + limits.maxMessageBytes());
    }
    Reader r = new Reader(buf, offset);
    int end = offset + length;
    Ttlv item = r.item(end, 0);
    if (r.pos != end) {
      throw new DecodeException(
          Problem.TRAILING_DATA, r.pos - offset, item.tag(), (end - r.pos) + " bytes");
    }
    return item;
  }

  /**
   * Reads the total length of the message whose first 8 bytes are at {@code offset}, for framing a
   * stream: header plus value, checked against the size limit.
   */
  public int messageLength(byte[] header, int offset) throws DecodeException {
    int tag = tagAt(header, offset);
    checkTag(tag, 0);
    long valueLength = Integer.toUnsignedLong(intAt(header, offset + 4));
    // The value is padded to 8 bytes; a message is a Structure, whose length is already aligned.
    long total = HEADER_BYTES + ((valueLength + 7) & ~7L);
    if (total > limits.maxMessageBytes()) {
      throw new DecodeException(
          Problem.TOO_LARGE, 0, tag, total + " bytes, limit " + limits.maxMessageBytes());
    }
    return (int) total;
  }

  private static int tagAt(byte[] b, int p) {
    return ((b[p] & 0xFF) << 16) | ((b[p + 1] & 0xFF) << 8) | (b[p + 2] & 0xFF);
  }

  private static int intAt(byte[] b, int p) {
    return ((b[p] & 0xFF) << 24)
        | ((b[p + 1] & 0xFF) << 16)
        | ((b[p + 2] & 0xFF) << 8)
        | (b[p + 3] & 0xFF);
  }

  private static long longAt(byte[] b, int p) {
    return ((long) intAt(b, p) << 32) | (intAt(b, p + 4) & 0xFFFF_FFFFL);
  }

  /** Tags are 0x42xxxx (specification) or 0x54xxxx (extensions), KMIP 1.4 §9.1.3.1. */
  private static void checkTag(int tag, long offset) throws DecodeException {
    int prefix = tag >>> 16;
    if (prefix != 0x42 && prefix != 0x54) {
      throw new DecodeException(Problem.BAD_TAG, offset, -1, String.format("0x%06X", tag));
    }
  }

  /** The state of one decode call. */
  private final class Reader {
    private final byte[] buf;
    private final int base;
    private int pos;
    private CharsetDecoder utf8;

    Reader(byte[] buf, int base) {
      this.buf = buf;
      this.base = base;
      this.pos = base;
    }

    Ttlv item(int end, int depth) throws DecodeException {
      int start = pos;
      if (end - pos < HEADER_BYTES) {
        throw new DecodeException(
            Problem.TRUNCATED, pos - base, -1, (end - pos) + " bytes left, header needs 8");
      }
      int tag = tagAt(buf, pos);
      checkTag(tag, pos - base);
      int typeCode = buf[pos + 3] & 0xFF;
      ItemType type =
          ItemType.fromCode(typeCode)
              .orElseThrow(
                  () ->
                      new DecodeException(
                          Problem.UNKNOWN_TYPE,
                          start - base + 3,
                          tag,
                          String.format("0x%02X", typeCode)));
      long length = Integer.toUnsignedLong(intAt(buf, pos + 4));
      pos += HEADER_BYTES;
      long padded = (length + 7) & ~7L;
      if (padded > end - pos) {
        // A structure that claims more than its parent holds is an overrun; a top-level item
        // that claims more than we were given is a truncated message.
        throw new DecodeException(
            depth == 0 ? Problem.TRUNCATED : Problem.OVERRUN,
            start - base + 4,
            tag,
            "length " + length + ", " + (end - pos) + " bytes available");
      }
      int len = (int) length;
      if (type.fixedLength() >= 0 && len != type.fixedLength()) {
        throw new DecodeException(
            Problem.WRONG_LENGTH,
            start - base + 4,
            tag,
            "length " + len + " for " + type.encodingName() + ", must be " + type.fixedLength());
      }
      Ttlv value =
          switch (type) {
            case STRUCTURE -> structure(tag, len, depth, start);
            case INTEGER -> new TtlvInteger(tag, intAt(buf, pos));
            case LONG_INTEGER -> new TtlvLongInteger(tag, longAt(buf, pos));
            case BIG_INTEGER -> bigInteger(tag, len, start);
            case ENUMERATION -> new TtlvEnumeration(tag, intAt(buf, pos));
            case BOOLEAN -> bool(tag, start);
            case TEXT_STRING -> new TtlvTextString(tag, text(tag, len));
            case BYTE_STRING -> TtlvByteString.adopt(tag, copy(len));
            case DATE_TIME -> new TtlvDateTime(tag, longAt(buf, pos));
            case INTERVAL -> new TtlvInterval(tag, Integer.toUnsignedLong(intAt(buf, pos)));
            case DATE_TIME_EXTENDED -> new TtlvDateTimeExtended(tag, longAt(buf, pos));
          };
      if (type != ItemType.STRUCTURE) {
        pos += len;
        int pad = (int) (padded - len);
        for (int i = 0; i < pad; i++) {
          if (buf[pos + i] != 0) {
            throw new DecodeException(
                Problem.BAD_PADDING, pos + i - base, tag, pad + " padding bytes");
          }
        }
        pos += pad;
      }
      return value;
    }

    private TtlvStructure structure(int tag, int len, int depth, int start) throws DecodeException {
      if (depth + 1 > limits.maxDepth()) {
        throw new DecodeException(
            Problem.TOO_DEEP, start - base, tag, "limit " + limits.maxDepth());
      }
      if ((len & 7) != 0) {
        throw new DecodeException(
            Problem.WRONG_LENGTH,
            start - base + 4,
            tag,
            "structure length " + len + " not 8-aligned");
      }
      int end = pos + len;
      List<Ttlv> children = new ArrayList<>(Math.min(len / 16, 16));
      while (pos < end) {
        children.add(item(end, depth + 1));
      }
      return new TtlvStructure(tag, children);
    }

    private TtlvBigInteger bigInteger(int tag, int len, int start) throws DecodeException {
      // KMIP 1.4 §9.1.1.4: sign-extended to a multiple of 8 bytes, so never empty.
      if (len == 0 || (len & 7) != 0) {
        throw new DecodeException(
            Problem.WRONG_LENGTH,
            start - base + 4,
            tag,
            "big integer length " + len + ", must be a positive multiple of 8");
      }
      return new TtlvBigInteger(tag, new BigInteger(buf, pos, len));
    }

    private TtlvBoolean bool(int tag, int start) throws DecodeException {
      long v = longAt(buf, pos);
      if (v != 0 && v != 1) {
        throw new DecodeException(
            Problem.BAD_VALUE, start - base + HEADER_BYTES, tag, "boolean must be 0 or 1");
      }
      return new TtlvBoolean(tag, v == 1);
    }

    private byte[] copy(int len) {
      byte[] out = new byte[len];
      System.arraycopy(buf, pos, out, 0, len);
      return out;
    }

    private String text(int tag, int len) throws DecodeException {
      boolean ascii = true;
      for (int i = pos, e = pos + len; i < e; i++) {
        if (buf[i] < 0) {
          ascii = false;
          break;
        }
      }
      if (ascii) {
        return new String(buf, pos, len, StandardCharsets.ISO_8859_1);
      }
      if (utf8 == null) {
        utf8 =
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
      }
      try {
        CharBuffer chars = utf8.reset().decode(ByteBuffer.wrap(buf, pos, len));
        return chars.toString();
      } catch (CharacterCodingException e) {
        throw new DecodeException(Problem.BAD_UTF8, pos - base, tag, len + " bytes");
      }
    }
  }
}
