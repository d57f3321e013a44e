package dev.arca.kmip.ttlv;

import dev.arca.kmip.ItemType;
import dev.arca.kmip.Tag;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One item of the generic TTLV tree (KMIP 1.4 §9.1, KMIP 2.1 §9.1): a tag, a type and a value.
 *
 * <p>The tree is what all three encodings share: binary TTLV, KMIP XML and KMIP JSON decode into it
 * and encode from it, so converting between encodings is lossless by construction. Tags are kept as
 * raw ints so that extension tags (0x54xxxx) and tags newer than this table travel through
 * unchanged; {@link Tag#fromCode(int)} names them where it can. Enumerations are likewise raw
 * codes, so extension values (0x8xxxxxxx) survive a round trip.
 */
public sealed interface Ttlv
    permits TtlvStructure,
        TtlvInteger,
        TtlvLongInteger,
        TtlvBigInteger,
        TtlvEnumeration,
        TtlvBoolean,
        TtlvTextString,
        TtlvByteString,
        TtlvDateTime,
        TtlvInterval,
        TtlvDateTimeExtended {

  /** The 3-byte tag, 0x42xxxx for the specification's tags or 0x54xxxx for extensions. */
  int tag();

  ItemType type();

  /** The tag's encoding name ({@code "UniqueIdentifier"}), or its hex form for unknown tags. */
  default String tagName() {
    return tagName(tag());
  }

  static String tagName(int tag) {
    return Tag.fromCode(tag).map(Tag::encodingName).orElseGet(() -> String.format("0x%06X", tag));
  }

  // Factories, so that building a tree reads like the specification.

  static TtlvStructure structure(Tag tag, Ttlv... children) {
    return new TtlvStructure(tag.code(), List.of(children));
  }

  static TtlvStructure structure(Tag tag, List<? extends Ttlv> children) {
    return new TtlvStructure(tag.code(), List.copyOf(children));
  }

  static TtlvInteger integer(Tag tag, int value) {
    return new TtlvInteger(tag.code(), value);
  }

  static TtlvLongInteger longInteger(Tag tag, long value) {
    return new TtlvLongInteger(tag.code(), value);
  }

  static TtlvBigInteger bigInteger(Tag tag, BigInteger value) {
    return new TtlvBigInteger(tag.code(), value);
  }

  static TtlvEnumeration enumeration(Tag tag, int code) {
    return new TtlvEnumeration(tag.code(), code);
  }

  static TtlvBoolean bool(Tag tag, boolean value) {
    return new TtlvBoolean(tag.code(), value);
  }

  static TtlvTextString text(Tag tag, String value) {
    return new TtlvTextString(tag.code(), value);
  }

  static TtlvByteString bytes(Tag tag, byte[] value) {
    return new TtlvByteString(tag.code(), value);
  }

  static TtlvDateTime dateTime(Tag tag, Instant value) {
    return new TtlvDateTime(tag.code(), value.getEpochSecond());
  }

  static TtlvInterval interval(Tag tag, Duration value) {
    return new TtlvInterval(tag.code(), value.getSeconds());
  }
}
