package dev.arca.kmip.ttlv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.arca.kmip.ttlv.DecodeException.Problem;
import java.math.BigInteger;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Strict binary decoding (KMIP 1.4 §9.1, KMIP 2.1 §9.1): one crafted message per problem, with the
 * problem, the byte offset and the tag the error must name. Bytes are written as the specification
 * prints them, {@code tag | type | length | value}.
 */
class TtlvDecoderTest {

  private static final int TAG = 0x420020;

  private final TtlvDecoder decoder = new TtlvDecoder();

  /** Hex with spaces and {@code |} between the fields. */
  private static byte[] wire(String spec) {
    try {
      return TtlvStream.fromHex(spec.replace("|", " "));
    } catch (DecodeException e) {
      throw new IllegalArgumentException(e);
    }
  }

  private DecodeException failure(TtlvDecoder d, byte[] message) {
    return catchThrowableOfType(DecodeException.class, () -> d.decode(message));
  }

  private DecodeException failure(byte[] message) {
    return failure(decoder, message);
  }

  private static void assertProblem(DecodeException e, Problem problem, long offset, int tag) {
    assertThat(e).as("decoding must fail").isNotNull();
    assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
    assertThat(e.offset()).as(e.getMessage()).isEqualTo(offset);
    assertThat(e.tag()).as(e.getMessage()).isEqualTo(tag);
  }

  @Test
  void decodesEveryItemTypeOfAValidMessage() throws Exception {
    byte[] message =
        wire(
            "42 00 78 | 01 | 00 00 00 40"
                + "| 42 00 20 | 02 | 00 00 00 04 | FF FF FF FE 00 00 00 00"
                + "| 42 00 21 | 0B | 00 00 00 08 | 00 00 00 00 00 00 00 07"
                + "| 54 00 01 | 07 | 00 00 00 02 | C3 A9 00 00 00 00 00 00"
                + "| 42 00 22 | 04 | 00 00 00 08 | FF FF FF FF FF FF FF FF");

    Ttlv decoded = decoder.decode(message);

    assertThat(decoded)
        .isEqualTo(
            new TtlvStructure(
                0x420078,
                List.of(
                    new TtlvInteger(0x420020, -2),
                    new TtlvDateTimeExtended(0x420021, 7),
                    new TtlvTextString(0x540001, "é"),
                    new TtlvBigInteger(0x420022, BigInteger.ONE.negate()))));
    assertThat(new TtlvEncoder().encode(decoded)).isEqualTo(message);
  }

  @Test
  void messageLargerThanTheLimit() {
    TtlvDecoder small = new TtlvDecoder(new DecodeLimits(64, 8));
    byte[] message =
        wire(
            "42 00 78 | 01 | 00 00 00 40"
                + "| 42 00 20 | 02 | 00 00 00 04 | 00 00 00 01 00 00 00 00".repeat(4));

    assertProblem(failure(small, message), Problem.TOO_LARGE, 0, -1);
  }

  @Test
  void structuresNestedDeeperThanTheLimit() {
    TtlvDecoder shallow = new TtlvDecoder(new DecodeLimits(1024, 2));
    byte[] message =
        wire(
            "42 00 01 | 01 | 00 00 00 10"
                + "| 42 00 02 | 01 | 00 00 00 08"
                + "| 42 00 03 | 01 | 00 00 00 00");

    assertProblem(failure(shallow, message), Problem.TOO_DEEP, 16, 0x420003);
  }

  @Test
  void messageLengthRunsPastTheEndOfTheInput() {
    byte[] message =
        wire("42 00 78 | 01 | 00 00 00 18 | 42 00 20 | 02 | 00 00 00 04 | 00 00 00 01");

    assertProblem(failure(message), Problem.TRUNCATED, 4, 0x420078);
  }

  @Test
  void lengthClaimingTwoGigabytesIsRejectedBeforeAllocating() {
    byte[] message = wire("42 00 20 | 08 | 7F FF FF F8 | 01 02 03 04 05 06 07 08");

    assertProblem(failure(message), Problem.TRUNCATED, 4, TAG);
  }

  @Test
  void itemLengthRunsPastItsStructure() {
    byte[] message =
        wire(
            "42 00 78 | 01 | 00 00 00 18"
                + "| 42 00 20 | 07 | 00 00 01 00 | 41 42 43 44 45 46 47 48"
                + "| 42 00 21 | 02 | 00 00 00 04 | 00 00 00 01 00 00 00 00");

    assertProblem(failure(message), Problem.OVERRUN, 12, TAG);
  }

  @Test
  void headerCutShort() {
    assertProblem(failure(wire("42 00 20 | 02 | 00")), Problem.TRUNCATED, 0, -1);
  }

  @Test
  void nonZeroPadding() {
    byte[] message = wire("42 00 20 | 02 | 00 00 00 04 | 00 00 00 08 00 00 01 00");

    assertProblem(failure(message), Problem.BAD_PADDING, 14, TAG);
  }

  @Test
  void nonZeroPaddingAfterAByteString() {
    byte[] message = wire("42 00 20 | 08 | 00 00 00 03 | 01 02 03 00 00 00 00 FF");

    assertProblem(failure(message), Problem.BAD_PADDING, 15, TAG);
  }

  @Test
  void unknownItemType() {
    byte[] message = wire("42 00 20 | 0C | 00 00 00 04 | 00 00 00 08 00 00 00 00");

    assertProblem(failure(message), Problem.UNKNOWN_TYPE, 3, TAG);
  }

  @Test
  void itemTypeZero() {
    byte[] message = wire("42 00 20 | 00 | 00 00 00 00");

    assertProblem(failure(message), Problem.UNKNOWN_TYPE, 3, TAG);
  }

  @Test
  void textStringThatIsNotUtf8() {
    byte[] message = wire("42 00 20 | 07 | 00 00 00 02 | C3 28 00 00 00 00 00 00");

    assertProblem(failure(message), Problem.BAD_UTF8, 8, TAG);
  }

  @Test
  void textStringWithAnEncodedSurrogate() {
    // CESU-8 / modified UTF-8 of U+D800: not UTF-8 (RFC 3629 §3).
    byte[] message = wire("42 00 20 | 07 | 00 00 00 03 | ED A0 80 00 00 00 00 00");

    assertProblem(failure(message), Problem.BAD_UTF8, 8, TAG);
  }

  @ParameterizedTest(name = "{0} of length {2}")
  @CsvSource({
    "Integer, 02, 8",
    "Long Integer, 03, 4",
    "Enumeration, 05, 8",
    "Boolean, 06, 4",
    "Date-Time, 09, 4",
    "Interval, 0A, 8",
    "Date-Time Extended, 0B, 4",
  })
  void fixedLengthTypeWithAnotherLength(String type, String code, int length) {
    byte[] message =
        wire("42 00 20 | " + code + " | 00 00 00 0" + length + " | 00 00 00 00 00 00 00 00");

    assertProblem(failure(message), Problem.WRONG_LENGTH, 4, TAG);
  }

  @Test
  void bigIntegerLengthNotAMultipleOfEight() {
    byte[] message = wire("42 00 20 | 04 | 00 00 00 0C | " + "00 ".repeat(16));

    assertProblem(failure(message), Problem.WRONG_LENGTH, 4, TAG);
  }

  @Test
  void emptyBigInteger() {
    assertProblem(failure(wire("42 00 20 | 04 | 00 00 00 00")), Problem.WRONG_LENGTH, 4, TAG);
  }

  @Test
  void structureLengthNotAMultipleOfEight() {
    byte[] message = wire("42 00 78 | 01 | 00 00 00 04 | 00 00 00 00 00 00 00 00");

    assertProblem(failure(message), Problem.WRONG_LENGTH, 4, 0x420078);
  }

  @Test
  void booleanTwo() {
    byte[] message = wire("42 00 20 | 06 | 00 00 00 08 | 00 00 00 00 00 00 00 02");

    assertProblem(failure(message), Problem.BAD_VALUE, 8, TAG);
  }

  @Test
  void tagWithoutTheKmipPrefix() {
    byte[] message = wire("43 00 20 | 02 | 00 00 00 04 | 00 00 00 08 00 00 00 00");

    assertProblem(failure(message), Problem.BAD_TAG, 0, -1);
  }

  @Test
  void nestedTagWithoutTheKmipPrefix() {
    byte[] message =
        wire("42 00 78 | 01 | 00 00 00 10 | 00 00 20 | 02 | 00 00 00 04 | 00 00 00 08 00 00 00 00");

    assertProblem(failure(message), Problem.BAD_TAG, 8, -1);
  }

  @Test
  void bytesAfterTheMessage() {
    byte[] message =
        wire("42 00 20 | 02 | 00 00 00 04 | 00 00 00 08 00 00 00 00 | 42 00 20 02 00 00 00 00");

    assertProblem(failure(message), Problem.TRAILING_DATA, 16, TAG);
  }

  @Test
  void extensionTagsAndEnumerationValuesDecode() throws Exception {
    byte[] message = wire("54 00 01 | 05 | 00 00 00 04 | 80 00 00 01 00 00 00 00");

    assertThat(decoder.decode(message)).isEqualTo(new TtlvEnumeration(0x540001, 0x80000001));
  }

  @Test
  void intervalIsUnsigned() throws Exception {
    byte[] message = wire("42 00 20 | 0A | 00 00 00 04 | FF FF FF FF 00 00 00 00");

    assertThat(decoder.decode(message)).isEqualTo(new TtlvInterval(TAG, 0xFFFF_FFFFL));
  }

  @Test
  void decodesFromTheMiddleOfABufferWithOffsetsRelativeToTheMessage() {
    byte[] buffer = wire("FF FF FF FF | 42 00 20 | 06 | 00 00 00 08 | 00 00 00 00 00 00 00 02");

    DecodeException e =
        catchThrowableOfType(DecodeException.class, () -> decoder.decode(buffer, 4, 16));

    assertProblem(e, Problem.BAD_VALUE, 8, TAG);
  }

  @Test
  void messageLengthFramesAStreamAndChecksTheLimit() throws Exception {
    TtlvDecoder small = new TtlvDecoder(new DecodeLimits(64, 8));

    assertThat(small.messageLength(wire("42 00 78 | 01 | 00 00 00 38"), 0)).isEqualTo(64);
    // A lone item's value is padded too (KMIP 1.4 §9.1.1.3).
    assertThat(small.messageLength(wire("42 00 20 | 07 | 00 00 00 0B"), 0)).isEqualTo(24);
    DecodeException e =
        catchThrowableOfType(
            DecodeException.class, () -> small.messageLength(wire("42 00 78 01 7F FF FF F8"), 0));
    assertProblem(e, Problem.TOO_LARGE, 0, 0x420078);
  }
}
