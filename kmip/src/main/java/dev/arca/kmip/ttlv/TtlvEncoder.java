package dev.arca.kmip.ttlv;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Encodes a tree to binary TTLV in one pass, writing each structure's length once its children are
 * written. Instances are stateless and thread-safe.
 */
public final class TtlvEncoder {

  public TtlvEncoder() {}

  /**
   * The binary TTLV encoding of {@code item}.
   *
   * @throws IllegalArgumentException when a tag is not 0x42xxxx or 0x54xxxx
   */
  public byte[] encode(Ttlv item) {
    Writer w = new Writer();
    w.item(item);
    return Arrays.copyOf(w.buf, w.pos);
  }

  /**
   * Refuses a tag that no decoder accepts (KMIP 1.4 §9.1.3.1: 0x42xxxx, or 0x54xxxx for
   * extensions), rather than writing its low three bytes as some other tag.
   *
   * @throws IllegalArgumentException for any other value
   */
  public static void checkTag(int tag) {
    int prefix = tag >>> 16;
    if (prefix != 0x42 && prefix != 0x54) {
      throw new IllegalArgumentException(String.format("not a KMIP tag: 0x%X", tag));
    }
  }

  private static final class Writer {
    private byte[] buf = new byte[512];
    private int pos;

    private void ensure(int n) {
      if (pos + n > buf.length) {
        buf = Arrays.copyOf(buf, Math.max(buf.length * 2, pos + n));
      }
    }

    private void header(int tag, int type, int length) {
      checkTag(tag);
      ensure(8);
      buf[pos] = (byte) (tag >>> 16);
      buf[pos + 1] = (byte) (tag >>> 8);
      buf[pos + 2] = (byte) tag;
      buf[pos + 3] = (byte) type;
      putInt(pos + 4, length);
      pos += 8;
    }

    private void putInt(int at, int v) {
      buf[at] = (byte) (v >>> 24);
      buf[at + 1] = (byte) (v >>> 16);
      buf[at + 2] = (byte) (v >>> 8);
      buf[at + 3] = (byte) v;
    }

    private void int32(int tag, int type, int v) {
      header(tag, type, 4);
      ensure(8);
      putInt(pos, v);
      putInt(pos + 4, 0);
      pos += 8;
    }

    private void int64(int tag, int type, long v) {
      header(tag, type, 8);
      ensure(8);
      putInt(pos, (int) (v >>> 32));
      putInt(pos + 4, (int) v);
      pos += 8;
    }

    private void raw(int tag, int type, byte[] value) {
      header(tag, type, value.length);
      int padded = (value.length + 7) & ~7;
      ensure(padded);
      System.arraycopy(value, 0, buf, pos, value.length);
      Arrays.fill(buf, pos + value.length, pos + padded, (byte) 0);
      pos += padded;
    }

    void item(Ttlv item) {
      int type = item.type().code();
      int tag = item.tag();
      if (item instanceof TtlvStructure s) {
        int start = pos;
        header(tag, type, 0);
        for (Ttlv c : s.children()) {
          item(c);
        }
        putInt(start + 4, pos - start - 8);
      } else if (item instanceof TtlvInteger v) {
        int32(tag, type, v.value());
      } else if (item instanceof TtlvEnumeration v) {
        int32(tag, type, v.value());
      } else if (item instanceof TtlvInterval v) {
        int32(tag, type, (int) v.seconds());
      } else if (item instanceof TtlvLongInteger v) {
        int64(tag, type, v.value());
      } else if (item instanceof TtlvDateTime v) {
        int64(tag, type, v.epochSeconds());
      } else if (item instanceof TtlvDateTimeExtended v) {
        int64(tag, type, v.epochMicros());
      } else if (item instanceof TtlvBoolean v) {
        int64(tag, type, v.value() ? 1 : 0);
      } else if (item instanceof TtlvTextString v) {
        raw(tag, type, v.value().getBytes(StandardCharsets.UTF_8));
      } else if (item instanceof TtlvByteString v) {
        raw(tag, type, v.unsafeValue());
      } else if (item instanceof TtlvBigInteger v) {
        raw(tag, type, v.wireBytes());
      }
    }
  }
}
