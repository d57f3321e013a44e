package dev.arca.kmip;

import java.util.Optional;

/** The TTLV item types (KMIP 1.4 §9.1.1.2, KMIP 2.1 §9.1.1.2). */
public enum ItemType {
  STRUCTURE(0x01, "Structure", -1),
  INTEGER(0x02, "Integer", 4),
  LONG_INTEGER(0x03, "LongInteger", 8),
  BIG_INTEGER(0x04, "BigInteger", -1),
  ENUMERATION(0x05, "Enumeration", 4),
  BOOLEAN(0x06, "Boolean", 8),
  TEXT_STRING(0x07, "TextString", -1),
  BYTE_STRING(0x08, "ByteString", -1),
  DATE_TIME(0x09, "DateTime", 8),
  INTERVAL(0x0A, "Interval", 4),
  /** KMIP 2.0 and later: microseconds since the epoch. */
  DATE_TIME_EXTENDED(0x0B, "DateTimeExtended", 8);

  private static final ItemType[] BY_CODE = new ItemType[0x0C];

  static {
    for (ItemType t : values()) {
      if (BY_CODE[t.code] != null) {
        throw new ExceptionInInitializerError("duplicate item type code " + t.code);
      }
      BY_CODE[t.code] = t;
    }
  }

  private final int code;
  private final String encodingName;
  private final int fixedLength;

  ItemType(int code, String encodingName, int fixedLength) {
    this.code = code;
    this.encodingName = encodingName;
    this.fixedLength = fixedLength;
  }

  public int code() {
    return code;
  }

  /** The name the XML and JSON encodings write in their {@code type} attribute. */
  public String encodingName() {
    return encodingName;
  }

  /** The length a value of this type must have on the wire, or -1 when it varies. */
  public int fixedLength() {
    return fixedLength;
  }

  public static Optional<ItemType> fromCode(int code) {
    return code >= 0 && code < BY_CODE.length
        ? Optional.ofNullable(BY_CODE[code])
        : Optional.empty();
  }

  public static Optional<ItemType> fromEncodingName(String name) {
    for (ItemType t : values()) {
      if (t.encodingName.equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }
}
