package dev.arca.kmip.ttlv;

import java.time.Instant;

/**
 * A one-line, log-safe rendering of a tree for messages and debugging.
 *
 * <p>Byte strings and big integers are shown by size only, because they carry key material; text
 * strings are shown, so callers must not render trees that hold passwords (credentials) into logs.
 */
final class TtlvText {
  private TtlvText() {}

  static String render(Ttlv item) {
    StringBuilder sb = new StringBuilder();
    append(sb, item);
    return sb.toString();
  }

  private static void append(StringBuilder sb, Ttlv item) {
    sb.append(item.tagName());
    if (item instanceof TtlvStructure s) {
      sb.append('{');
      for (int i = 0; i < s.children().size(); i++) {
        if (i > 0) {
          sb.append(", ");
        }
        append(sb, s.children().get(i));
      }
      sb.append('}');
    } else if (item instanceof TtlvInteger v) {
      sb.append('=').append(v.value());
    } else if (item instanceof TtlvLongInteger v) {
      sb.append('=').append(v.value()).append('L');
    } else if (item instanceof TtlvBigInteger v) {
      sb.append("=<").append(v.value().bitLength()).append("-bit>");
    } else if (item instanceof TtlvEnumeration v) {
      sb.append(String.format("=0x%08X", v.value()));
    } else if (item instanceof TtlvBoolean v) {
      sb.append('=').append(v.value());
    } else if (item instanceof TtlvTextString v) {
      sb.append("=\"").append(v.value()).append('"');
    } else if (item instanceof TtlvByteString v) {
      sb.append("=<").append(v.length()).append(" bytes>");
    } else if (item instanceof TtlvDateTime v) {
      sb.append('=').append(Instant.ofEpochSecond(v.epochSeconds()));
    } else if (item instanceof TtlvInterval v) {
      sb.append('=').append(v.seconds()).append('s');
    } else if (item instanceof TtlvDateTimeExtended v) {
      sb.append('=').append(v.instant());
    }
  }
}
