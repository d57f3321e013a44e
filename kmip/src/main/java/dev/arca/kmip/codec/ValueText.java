package dev.arca.kmip.codec;

import dev.arca.kmip.ItemType;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.KmipEnums;
import dev.arca.kmip.ttlv.DecodeException.Problem;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvBigInteger;
import dev.arca.kmip.ttlv.TtlvBoolean;
import dev.arca.kmip.ttlv.TtlvByteString;
import dev.arca.kmip.ttlv.TtlvDateTime;
import dev.arca.kmip.ttlv.TtlvDateTimeExtended;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvInterval;
import dev.arca.kmip.ttlv.TtlvLongInteger;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The text forms of leaf values that KMIP XML and KMIP JSON share (KMIP Additional Message
 * Encodings v1.0, "Addtl Enc" below: §4.1 JSON, §6.1 XML).
 *
 * <p>Parsing accepts the union of what the two encodings allow for a text value: decimal and {@code
 * 0x} hex numbers (§4.1.1, §6.1.1), enumeration and mask names, ISO 8601 date-times and hex byte
 * strings. Formatting writes the canonical form: names where a name exists, decimal numbers, hex
 * data. The JSON codec adds its Number and Boolean literals on top.
 */
final class ValueText {

  /** A value that does not parse for its type; the codec adds the offset and the tag. */
  static final class BadValue extends Exception {
    private static final long serialVersionUID = 1L;
    final Problem problem;

    BadValue(Problem problem, String message) {
      super(message, null, false, false);
      this.problem = problem;
    }

    BadValue(String message) {
      this(Problem.BAD_VALUE, message);
    }
  }

  private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]{1,20}");
  private static final Pattern UNSIGNED = Pattern.compile("\\+?[0-9]{1,20}");
  private static final Pattern HEX_NUMBER = Pattern.compile("0[xX]([0-9a-fA-F]{1,16})");

  /**
   * xsd:dateTime as Addtl Enc §4.1.6.11 prints it: {@code '-'? yyyy '-' mm '-' dd 'T' hh ':' mm ':'
   * ss ('.' s+)? ((('+' | '-') hh ':' mm) | 'Z')?}.
   */
  private static final Pattern DATE_TIME =
      Pattern.compile(
          "(-?[0-9]{4,9})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):([0-9]{2})"
              + "(?:\\.([0-9]{1,64}))?(Z|[+-][0-9]{2}:[0-9]{2})?");

  /** Epoch seconds of 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z: four-digit years. */
  private static final long FIRST_ISO_SECOND = -62_135_596_800L;

  private static final long LAST_ISO_SECOND = 253_402_300_799L;
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private ValueText() {}

  /**
   * The tag whose enumeration or mask names the value of {@code tag}: the tag itself, except for
   * the Attribute Value of a KMIP 1.x Attribute (KMIP 1.4 §2.1.1), whose type the sibling Attribute
   * Name gives. An attribute name Arca does not know (custom {@code x-} attributes) leaves the
   * Attribute Value tag, which names nothing, so its value is written as a number.
   */
  static int nameTag(int tag, int parentTag, String attributeName) {
    if (tag == Tag.ATTRIBUTE_VALUE.code()
        && parentTag == Tag.ATTRIBUTE.code()
        && attributeName != null) {
      return KmipEnums.attributeTag(attributeName).map(Tag::code).orElse(tag);
    }
    return tag;
  }

  // ---- parsing -------------------------------------------------------------------------------

  /** A leaf item of {@code type} from its text value. */
  static Ttlv leaf(int tag, ItemType type, int nameTag, String text) throws BadValue {
    return switch (type) {
      case INTEGER -> new TtlvInteger(tag, integer(nameTag, text));
      case LONG_INTEGER -> new TtlvLongInteger(tag, longInteger(text));
      case BIG_INTEGER -> new TtlvBigInteger(tag, bigInteger(text));
      case ENUMERATION -> new TtlvEnumeration(tag, enumeration(nameTag, text));
      case BOOLEAN -> new TtlvBoolean(tag, bool(text));
      case TEXT_STRING -> new TtlvTextString(tag, text(text));
      case BYTE_STRING -> new TtlvByteString(tag, bytes(text));
      case DATE_TIME -> new TtlvDateTime(tag, dateTime(text));
      case INTERVAL -> new TtlvInterval(tag, interval(text));
      case DATE_TIME_EXTENDED -> new TtlvDateTimeExtended(tag, dateTimeExtended(text));
      case STRUCTURE -> throw new BadValue("a Structure has no value");
    };
  }

  /**
   * Integer: decimal (xsd:int, §6.1.6.3), hex (§4.1.6.3), or for a mask tag its components, names
   * or hex, separated by spaces (XML, §6.1.6.4) or {@code |} (JSON, §4.1.6.4).
   */
  static int integer(int nameTag, String text) throws BadValue {
    if (DECIMAL.matcher(text).matches()) {
      long v = Long.parseLong(text);
      if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
        throw new BadValue("Integer out of range: " + text);
      }
      return (int) v;
    }
    if (HEX_NUMBER.matcher(text).matches()) {
      return (int) hex(text, 8, "Integer");
    }
    if (KmipEnums.maskOf(nameTag).isEmpty()) {
      throw new BadValue("not an Integer: " + shorten(text));
    }
    OptionalInt bits = KmipEnums.maskBits(nameTag, text);
    if (bits.isEmpty()) {
      throw new BadValue(Problem.UNKNOWN_NAME, "not a mask of known names: " + shorten(text));
    }
    return bits.getAsInt();
  }

  /** Long Integer: decimal (xsd:long, §6.1.6.5) or hex (§4.1.6.5). */
  static long longInteger(String text) throws BadValue {
    if (DECIMAL.matcher(text).matches()) {
      try {
        return Long.parseLong(text);
      } catch (NumberFormatException e) {
        throw new BadValue("Long Integer out of range: " + text);
      }
    }
    if (HEX_NUMBER.matcher(text).matches()) {
      return hex(text, 16, "Long Integer");
    }
    throw new BadValue("not a Long Integer: " + shorten(text));
  }

  /**
   * Big Integer: xsd:hexBinary (§6.1.6.6) or a {@code 0x} hex string (§4.1.6.6), two's complement
   * and big-endian in both, so a first digit of 8 or more is negative.
   */
  static BigInteger bigInteger(String text) throws BadValue {
    String digits = text.startsWith("0x") || text.startsWith("0X") ? text.substring(2) : text;
    if (digits.isEmpty() || !isHex(digits)) {
      throw new BadValue("not a hex Big Integer: " + shorten(text));
    }
    if ((digits.length() & 1) != 0) {
      // Sign-extend by one digit; parsing through bytes keeps the cost linear in the length.
      digits = (Character.digit(digits.charAt(0), 16) >= 8 ? "f" : "0") + digits;
    }
    return new BigInteger(bytes(digits));
  }

  /** Enumeration: the name (§4.1.6.7, §6.1.6.7), hex, or a decimal 32-bit unsigned number. */
  static int enumeration(int nameTag, String text) throws BadValue {
    if (HEX_NUMBER.matcher(text).matches()) {
      return (int) hex(text, 8, "Enumeration");
    }
    if (UNSIGNED.matcher(text).matches()) {
      long v = Long.parseLong(text);
      if (v > 0xFFFF_FFFFL) {
        throw new BadValue("Enumeration out of range: " + text);
      }
      return (int) v;
    }
    OptionalInt code = KmipEnums.enumCode(nameTag, text);
    if (code.isEmpty()) {
      throw new BadValue(Problem.UNKNOWN_NAME, "unknown enumeration value: " + shorten(text));
    }
    return code.getAsInt();
  }

  /** Boolean: xsd:boolean (§6.1.6.8) or hex (§4.1.6.8). */
  static boolean bool(String text) throws BadValue {
    switch (text) {
      case "true", "1":
        return true;
      case "false", "0":
        return false;
      default:
        break;
    }
    if (HEX_NUMBER.matcher(text).matches()) {
      long v = hex(text, 16, "Boolean");
      if (v == 0 || v == 1) {
        return v == 1;
      }
    }
    throw new BadValue("not a Boolean: " + shorten(text));
  }

  /** Text String: any text that UTF-8 can carry, so no unpaired surrogates. */
  static String text(String text) throws BadValue {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new BadValue("unpaired surrogate in Text String at index " + i);
      }
    }
    return text;
  }

  /** Byte String: hex digits without prefix, any even number of them (§4.1.6.10, §6.1.6.10). */
  static byte[] bytes(String text) throws BadValue {
    if ((text.length() & 1) != 0 || !isHex(text)) {
      throw new BadValue("not an even number of hex digits (" + text.length() + " characters)");
    }
    byte[] out = new byte[text.length() / 2];
    for (int i = 0; i < out.length; i++) {
      out[i] =
          (byte)
              ((Character.digit(text.charAt(2 * i), 16) << 4)
                  | Character.digit(text.charAt(2 * i + 1), 16));
    }
    return out;
  }

  /**
   * Date-Time: ISO 8601 as xsd:dateTime (§4.1.6.11, §6.1.6.11), fractional seconds ignored as
   * §4.1.6.11 says, no zone meaning UTC; or hex seconds since the epoch.
   */
  static long dateTime(String text) throws BadValue {
    if (HEX_NUMBER.matcher(text).matches()) {
      return hex(text, 16, "Date-Time");
    }
    Matcher m = DATE_TIME.matcher(text);
    if (!m.matches()) {
      throw new BadValue("not an ISO 8601 date-time: " + shorten(text));
    }
    return epochSecond(m, text);
  }

  /**
   * Date-Time Extended (KMIP 2.1 §9.1.1.4): ISO 8601 like Date-Time with up to six fraction digits
   * kept as microseconds (more are truncated), or hex microseconds since the epoch. The 2015
   * encodings document predates this type; this is the Date-Time rule at microsecond precision.
   */
  static long dateTimeExtended(String text) throws BadValue {
    if (HEX_NUMBER.matcher(text).matches()) {
      return hex(text, 16, "Date-Time Extended");
    }
    Matcher m = DATE_TIME.matcher(text);
    if (!m.matches()) {
      throw new BadValue("not an ISO 8601 date-time: " + shorten(text));
    }
    long seconds = epochSecond(m, text);
    String fraction = m.group(7) == null ? "" : m.group(7);
    String micros = (fraction + "000000").substring(0, 6);
    try {
      return Math.addExact(Math.multiplyExact(seconds, 1_000_000L), Long.parseLong(micros));
    } catch (ArithmeticException e) {
      throw new BadValue("Date-Time Extended out of range: " + shorten(text));
    }
  }

  private static long epochSecond(Matcher m, String text) throws BadValue {
    try {
      LocalDateTime local =
          LocalDateTime.of(
              Integer.parseInt(m.group(1)),
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              Integer.parseInt(m.group(6)));
      String zone = m.group(8);
      ZoneOffset offset = zone == null ? ZoneOffset.UTC : ZoneOffset.of(zone);
      return local.toEpochSecond(offset);
    } catch (DateTimeException | NumberFormatException e) {
      throw new BadValue("invalid date-time: " + shorten(text));
    }
  }

  /** Interval: xsd:unsignedInt (§6.1.6.12) or hex (§4.1.6.12). */
  static long interval(String text) throws BadValue {
    if (UNSIGNED.matcher(text).matches()) {
      long v = Long.parseLong(text);
      if (v > TtlvInterval.MAX) {
        throw new BadValue("Interval out of range: " + text);
      }
      return v;
    }
    if (HEX_NUMBER.matcher(text).matches()) {
      return hex(text, 8, "Interval");
    }
    throw new BadValue("not an Interval: " + shorten(text));
  }

  /** A {@code 0x} number of at most {@code maxDigits} hex digits, as unsigned bits. */
  private static long hex(String text, int maxDigits, String type) throws BadValue {
    if (text.length() - 2 > maxDigits) {
      throw new BadValue("hex " + type + " longer than " + maxDigits + " digits: " + text);
    }
    return Long.parseUnsignedLong(text.substring(2), 16);
  }

  private static boolean isHex(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.digit(s.charAt(i), 16) < 0 || s.charAt(i) > 'f') {
        return false;
      }
    }
    return true;
  }

  /** Values go into error messages that travel to the client: keep them short. */
  private static String shorten(String text) {
    return text.length() <= 64 ? '"' + text + '"' : '"' + text.substring(0, 61) + "...\"";
  }

  // ---- formatting ----------------------------------------------------------------------------

  /**
   * A mask as its components (§4.1.6.4, §6.1.6.4): the names of its named bits, lowest first, and
   * one hex component for any bits without a name; empty when the tag carries no mask or no bit is
   * set, and the caller writes a plain number.
   */
  static Optional<String> mask(int nameTag, int bits, char separator) {
    if (bits == 0 || KmipEnums.maskOf(nameTag).isEmpty()) {
      return Optional.empty();
    }
    StringBuilder out = new StringBuilder();
    int unnamed = 0;
    for (int i = 0; i < Integer.SIZE; i++) {
      int bit = 1 << i;
      if ((bits & bit) == 0) {
        continue;
      }
      Optional<String> name = KmipEnums.maskNames(nameTag, bit);
      if (name.isEmpty()) {
        unnamed |= bit;
        continue;
      }
      if (out.length() > 0) {
        out.append(separator);
      }
      out.append(name.get());
    }
    if (unnamed != 0) {
      if (out.length() > 0) {
        out.append(separator);
      }
      out.append(hex32(unnamed));
    }
    return Optional.of(out.toString());
  }

  /** An enumeration value by name where the tag's enumeration has one, else in hex (§6.1.6.7). */
  static String enumeration(int nameTag, int code) {
    return KmipEnums.enumName(nameTag, code).orElseGet(() -> hex32(code));
  }

  /** A 32-bit value with all leading zeros, as §4.1.1 and §6.1.1 require. */
  static String hex32(int v) {
    return String.format("0x%08X", v);
  }

  static String hex64(long v) {
    return String.format("0x%016X", v);
  }

  /**
   * A 3-byte tag in hex (§4.1.2, §6.1.2).
   *
   * @throws IllegalArgumentException for a tag outside 0x42xxxx and 0x54xxxx, which no decoder
   *     accepts (KMIP 1.4 §9.1.3.1)
   */
  static String tagHex(int tag) {
    TtlvEncoder.checkTag(tag);
    return String.format("0x%06X", tag);
  }

  /** Byte String and Big Integer data: lower-case hex without prefix, as the OASIS vectors. */
  static String hexBytes(byte[] bytes) {
    char[] out = new char[bytes.length * 2];
    for (int i = 0; i < bytes.length; i++) {
      out[2 * i] = HEX[(bytes[i] >> 4) & 0xF];
      out[2 * i + 1] = HEX[bytes[i] & 0xF];
    }
    return new String(out);
  }

  /**
   * A Date-Time as ISO 8601 in UTC ({@code 2001-01-01T00:00:00+00:00}, the form of the Addtl Enc
   * test cases), or in hex when the year has not four digits, which xsd:dateTime cannot write
   * without ambiguity.
   */
  static String dateTime(long epochSeconds) {
    if (epochSeconds < FIRST_ISO_SECOND || epochSeconds > LAST_ISO_SECOND) {
      return hex64(epochSeconds);
    }
    return iso(epochSeconds) + "+00:00";
  }

  /** A Date-Time Extended as ISO 8601 with six fraction digits, or hex outside four-digit years. */
  static String dateTimeExtended(long epochMicros) {
    long seconds = Math.floorDiv(epochMicros, 1_000_000L);
    if (seconds < FIRST_ISO_SECOND || seconds > LAST_ISO_SECOND) {
      return hex64(epochMicros);
    }
    return iso(seconds) + String.format(".%06d+00:00", Math.floorMod(epochMicros, 1_000_000L));
  }

  private static String iso(long epochSeconds) {
    LocalDateTime t = LocalDateTime.ofEpochSecond(epochSeconds, 0, ZoneOffset.UTC);
    return String.format(
        "%04d-%02d-%02dT%02d:%02d:%02d",
        t.getYear(),
        t.getMonthValue(),
        t.getDayOfMonth(),
        t.getHour(),
        t.getMinute(),
        t.getSecond());
  }
}
