package dev.arca.kmip.testing;

import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.KmipEnums;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvBigInteger;
import dev.arca.kmip.ttlv.TtlvBoolean;
import dev.arca.kmip.ttlv.TtlvByteString;
import dev.arca.kmip.ttlv.TtlvDateTime;
import dev.arca.kmip.ttlv.TtlvDateTimeExtended;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvInterval;
import dev.arca.kmip.ttlv.TtlvLongInteger;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * jqwik generators of TTLV trees for property tests of the codecs: every item type, tags of the
 * specification and extension tags, names and codes without names, and the KMIP 1.x Attribute whose
 * value a sibling names.
 */
public final class TtlvArbitraries {

  private static final List<Tag> MASK_TAGS =
      Arrays.stream(Tag.values()).filter(t -> KmipEnums.maskOf(t.code()).isPresent()).toList();

  private static final List<Tag> ENUMERATION_TAGS =
      Arrays.stream(Tag.values())
          .filter(t -> KmipEnums.enumerationOf(t.code()).isPresent())
          .toList();

  private static final List<String> ATTRIBUTE_NAMES =
      List.of(
          "Cryptographic Algorithm",
          "Cryptographic Usage Mask",
          "Object Type",
          "State",
          "Cryptographic Length",
          "x-custom");

  private TtlvArbitraries() {}

  /** A tag of the specification or, one time in four, an extension tag 0x54xxxx. */
  public static Arbitrary<Integer> tags() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(Tag.values()).map(Tag::code)),
        Tuple.of(1, Arbitraries.integers().between(0x540000, 0x54FFFF)));
  }

  /**
   * Text of any Unicode scalar values that XML 1.0 can carry (so no C0 controls besides tab, line
   * feed and carriage return), with supplementary characters as surrogate pairs.
   */
  public static Arbitrary<String> xmlText() {
    Arbitrary<String> bmp =
        Arbitraries.chars()
            .with('\t', '\n', '\r', '&', '<', '>', '"', '\'', '|', '$')
            .range('\u0020', '\uD7FF')
            .range('\uE000', '\uFFFD')
            .map(String::valueOf);
    Arbitrary<String> supplementary =
        Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
    return Arbitraries.frequencyOf(Tuple.of(6, bmp), Tuple.of(1, supplementary))
        .list()
        .ofMaxSize(24)
        .map(parts -> String.join("", parts));
  }

  /** Any valid UTF-16 text, control characters included: what binary TTLV and JSON carry. */
  public static Arbitrary<String> anyText() {
    Arbitrary<String> bmp =
        Arbitraries.chars()
            .range('\u0000', '\uD7FF')
            .range('\uE000', '\uFFFF')
            .map(String::valueOf);
    Arbitrary<String> supplementary =
        Arbitraries.integers().between(0x10000, 0x10FFFF).map(Character::toString);
    return Arbitraries.frequencyOf(Tuple.of(6, bmp), Tuple.of(1, supplementary))
        .list()
        .ofMaxSize(24)
        .map(parts -> String.join("", parts));
  }

  /** A leaf of any of the ten leaf types, with its text drawn from {@code text}. */
  public static Arbitrary<Ttlv> leaves(Arbitrary<String> text) {
    Arbitrary<Integer> tags = tags();
    return Arbitraries.oneOf(
        Combinators.combine(tags, Arbitraries.integers()).as(TtlvInteger::new),
        Combinators.combine(Arbitraries.of(MASK_TAGS).map(Tag::code), Arbitraries.integers())
            .as(TtlvInteger::new),
        Combinators.combine(tags, Arbitraries.longs()).as(TtlvLongInteger::new),
        Combinators.combine(tags, bigIntegers()).as(TtlvBigInteger::new),
        Combinators.combine(enumerationTags(), enumerationCodes()).as(TtlvEnumeration::new),
        Combinators.combine(tags, Arbitraries.of(true, false)).as(TtlvBoolean::new),
        Combinators.combine(tags, text).as(TtlvTextString::new),
        Combinators.combine(tags, Arbitraries.bytes().array(byte[].class).ofMaxSize(40))
            .as(TtlvByteString::new),
        Combinators.combine(tags, dateTimes()).as(TtlvDateTime::new),
        Combinators.combine(tags, Arbitraries.longs().between(0, TtlvInterval.MAX))
            .as(TtlvInterval::new),
        Combinators.combine(tags, Arbitraries.longs()).as(TtlvDateTimeExtended::new),
        attributes());
  }

  /** Trees up to {@code maxDepth} structures deep. */
  public static Arbitrary<Ttlv> trees(Arbitrary<String> text, int maxDepth) {
    return Arbitraries.recursive(
        () -> leaves(text),
        children ->
            Combinators.combine(tags(), children.list().ofMaxSize(5))
                .as((tag, items) -> (Ttlv) new TtlvStructure(tag, items)),
        0,
        maxDepth);
  }

  /** Trees whose text XML can carry, up to four structures deep. */
  public static Arbitrary<Ttlv> trees() {
    return trees(xmlText(), 4);
  }

  private static Arbitrary<Integer> enumerationTags() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.of(ENUMERATION_TAGS).map(Tag::code)), Tuple.of(1, tags()));
  }

  /** Small codes, which mostly have names, any code, and extension codes 0x8xxxxxxx. */
  private static Arbitrary<Integer> enumerationCodes() {
    return Arbitraries.frequencyOf(
        Tuple.of(4, Arbitraries.integers().between(0, 40)),
        Tuple.of(1, Arbitraries.integers()),
        Tuple.of(1, Arbitraries.integers().between(0, 0x7FFF_FFFF).map(c -> c | 0x8000_0000)));
  }

  private static Arbitrary<BigInteger> bigIntegers() {
    BigInteger bound = BigInteger.TWO.pow(300);
    return Arbitraries.bigIntegers().between(bound.negate(), bound);
  }

  /** Mostly four-digit years, which XML and JSON write in ISO 8601, and any 64-bit value. */
  private static Arbitrary<Long> dateTimes() {
    return Arbitraries.frequencyOf(
        Tuple.of(3, Arbitraries.longs().between(-62_135_596_800L, 253_402_300_799L)),
        Tuple.of(1, Arbitraries.longs()));
  }

  /** A KMIP 1.x Attribute whose Enumeration or Integer value its Attribute Name names. */
  private static Arbitrary<Ttlv> attributes() {
    Arbitrary<Ttlv> value =
        Arbitraries.oneOf(
            enumerationCodes().map(c -> Ttlv.enumeration(Tag.ATTRIBUTE_VALUE, c)),
            Arbitraries.integers().map(v -> Ttlv.integer(Tag.ATTRIBUTE_VALUE, v)));
    return Combinators.combine(Arbitraries.of(ATTRIBUTE_NAMES), value)
        .as(
            (name, v) ->
                (Ttlv) Ttlv.structure(Tag.ATTRIBUTE, Ttlv.text(Tag.ATTRIBUTE_NAME, name), v));
  }
}
