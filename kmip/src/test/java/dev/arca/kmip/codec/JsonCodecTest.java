package dev.arca.kmip.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.arca.kmip.Tag;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.DecodeException.Problem;
import dev.arca.kmip.ttlv.DecodeLimits;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDateTime;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvInterval;
import dev.arca.kmip.ttlv.TtlvLongInteger;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.math.BigInteger;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** KMIP JSON as KMIP Additional Message Encodings v1.0 §4.1 writes it. */
class JsonCodecTest {

  private final JsonCodec json = new JsonCodec();

  private Ttlv decode(String text) throws DecodeException {
    return json.decode(text);
  }

  /** The examples of §4.1.6, each with the item it stands for. */
  @Nested
  class SpecificationForms {

    @ParameterizedTest
    @ValueSource(
        strings = {
          "{\"tag\": \"ActivationDate\", \"type\":\"DateTime\", \"value\":\"2001-01-01T10:00:00+10:00\"}",
          "{\"tag\": \"0x420001\", \"type\":\"DateTime\", \"value\":\"2001-01-01T10:00:00+10:00\"}",
          "{\"tag\": \"0x420001\", \"name\": \"ActivationDate\", \"type\":\"DateTime\","
              + " \"value\":\"0x000000003A4FC880\"}",
          "{\"value\":\"2001-01-01T00:00:00Z\", \"type\":\"DateTime\", \"tag\": \"ActivationDate\"}",
        })
    void dateTimeInEveryFormAndMemberOrder(String text) throws Exception {
      assertThat(decode(text))
          .isEqualTo(
              new TtlvDateTime(0x420001, Instant.parse("2001-01-01T00:00:00Z").getEpochSecond()));
    }

    @Test
    void structuresWithAndWithoutTypeAndWithANullValue() throws Exception {
      Ttlv expected =
          Ttlv.structure(
              Tag.PROTOCOL_VERSION,
              Ttlv.integer(Tag.PROTOCOL_VERSION_MAJOR, 1),
              Ttlv.integer(Tag.PROTOCOL_VERSION_MINOR, 0));
      String items =
          "[{\"tag\": \"ProtocolVersionMajor\", \"type\":\"Integer\", \"value\":1},"
              + " {\"tag\": \"ProtocolVersionMinor\", \"type\":\"Integer\", \"value\":\"0x00000000\"}]";

      assertThat(
              decode(
                  "{\"tag\": \"ProtocolVersion\", \"type\":\"Structure\", \"value\":"
                      + items
                      + "}"))
          .isEqualTo(expected);
      assertThat(decode("{\"tag\": \"ProtocolVersion\", \"value\":" + items + "}"))
          .isEqualTo(expected);
      assertThat(
              decode(
                  "{\"tag\": \"PrivateKeyTemplateAttribute\", \"type\":\"Structure\", \"value\":[]}"))
          .isEqualTo(Ttlv.structure(Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE));
      assertThat(decode("{\"tag\": \"PrivateKeyTemplateAttribute\", \"value\":null}"))
          .isEqualTo(Ttlv.structure(Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "\"0x0000100c\"",
          "\"Encrypt|Decrypt|CertificateSign\"",
          "\"CertificateSign|0x00000004|0x0000008\"",
          "\"CertificateSign|0x0000000c\"",
          "4108",
        })
    void masksInEveryForm(String value) throws Exception {
      Ttlv item =
          decode(
              "{\"tag\": \"CryptographicUsageMask\", \"type\":\"Integer\", \"value\": "
                  + value
                  + "}");

      assertThat(item).isEqualTo(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0x100C));
    }

    @Test
    void everyOtherType() throws Exception {
      assertThat(
              decode(
                  "{\"tag\": \"0x540001\", \"type\":\"LongInteger\", \"value\":\"0xfffffffffffffffe\"}"))
          .isEqualTo(new TtlvLongInteger(0x540001, -2));
      assertThat(decode("{\"tag\": \"0x540001\", \"type\":\"LongInteger\", \"value\":-2}"))
          .isEqualTo(new TtlvLongInteger(0x540001, -2));
      assertThat(
              decode(
                  "{\"tag\": \"UsageLimitsCount\", \"type\":\"LongInteger\", \"value\":\"0x1000000000000000\"}"))
          .isEqualTo(Ttlv.longInteger(Tag.USAGE_LIMITS_COUNT, 1L << 60));
      assertThat(decode("{\"tag\": \"X\", \"type\":\"BigInteger\", \"value\":0}"))
          .isEqualTo(Ttlv.bigInteger(Tag.X, BigInteger.ZERO));
      assertThat(
              decode("{\"tag\": \"X\", \"type\":\"BigInteger\", \"value\":\"0x0000000000000000\"}"))
          .isEqualTo(Ttlv.bigInteger(Tag.X, BigInteger.ZERO));
      assertThat(
              decode(
                  "{\"tag\": \"X\", \"type\":\"BigInteger\", \"value\":-123456789012345678901234567890}"))
          .isEqualTo(Ttlv.bigInteger(Tag.X, new BigInteger("-123456789012345678901234567890")));
      assertThat(decode("{\"tag\": \"0x420057\", \"type\":\"Enumeration\", \"value\":2}"))
          .isEqualTo(Ttlv.enumeration(Tag.OBJECT_TYPE, 2));
      assertThat(
              decode(
                  "{\"tag\": \"ObjectType\", \"type\":\"Enumeration\", \"value\":\"0x00000002\"}"))
          .isEqualTo(Ttlv.enumeration(Tag.OBJECT_TYPE, 2));
      assertThat(
              decode(
                  "{\"tag\": \"ObjectType\", \"type\":\"Enumeration\", \"value\":\"SymmetricKey\"}"))
          .isEqualTo(Ttlv.enumeration(Tag.OBJECT_TYPE, 2));
      assertThat(decode("{\"tag\": \"BatchOrderOption\", \"type\":\"Boolean\", \"value\":true}"))
          .isEqualTo(Ttlv.bool(Tag.BATCH_ORDER_OPTION, true));
      assertThat(
              decode(
                  "{\"tag\": \"BatchOrderOption\", \"type\":\"Boolean\", \"value\":\"0x0000000000000001\"}"))
          .isEqualTo(Ttlv.bool(Tag.BATCH_ORDER_OPTION, true));
      assertThat(
              decode(
                  "{\"tag\": \"AttributeName\", \"type\":\"TextString\", \"value\":\"Cryptographic Algorithm\"}"))
          .isEqualTo(Ttlv.text(Tag.ATTRIBUTE_NAME, "Cryptographic Algorithm"));
      assertThat(
              decode("{\"tag\": \"MACSignature\", \"type\":\"ByteString\", \"value\":\"C50F77\"}"))
          .isEqualTo(Ttlv.bytes(Tag.MAC_SIGNATURE, new byte[] {(byte) 0xC5, 0x0F, 0x77}));
      assertThat(
              decode(
                  "{\"tag\": \"ArchiveDate\", \"type\":\"DateTime\", \"value\":\"0x000000003a505520\"}"))
          .isEqualTo(new TtlvDateTime(Tag.ARCHIVE_DATE.code(), 0x3a505520L));
      assertThat(decode("{\"tag\": \"Offset\", \"type\":\"Interval\", \"value\":27}"))
          .isEqualTo(new TtlvInterval(Tag.OFFSET.code(), 27));
      assertThat(decode("{\"tag\": \"Offset\", \"type\":\"Interval\", \"value\":\"0x0000001b\"}"))
          .isEqualTo(new TtlvInterval(Tag.OFFSET.code(), 27));
    }

    @Test
    void attributeValueIsNamedThroughItsAttributeNameWhateverTheMemberOrder() throws Exception {
      String text =
          "{\"value\": [{\"tag\": \"AttributeName\", \"type\": \"TextString\","
              + " \"value\": \"Object Type\"},"
              + " {\"value\": \"SymmetricKey\", \"type\": \"Enumeration\", \"tag\": \"AttributeValue\"}],"
              + " \"tag\": \"Attribute\"}";

      assertThat(decode(text))
          .isEqualTo(
              Ttlv.structure(
                  Tag.ATTRIBUTE,
                  Ttlv.text(Tag.ATTRIBUTE_NAME, "Object Type"),
                  Ttlv.enumeration(Tag.ATTRIBUTE_VALUE, 2)));
    }
  }

  @Nested
  class CanonicalEncoding {

    @Test
    void writesTheSpecificationsFormsOneLeafPerLine() {
      Ttlv item =
          new TtlvStructure(
              Tag.REQUEST_PAYLOAD.code(),
              List.of(
                  Ttlv.enumeration(Tag.OBJECT_TYPE, 2),
                  Ttlv.enumeration(Tag.OPAQUE_DATA_TYPE, 0x80000001),
                  Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0x0C),
                  Ttlv.longInteger(Tag.USAGE_LIMITS_COUNT, 1L << 52),
                  Ttlv.longInteger(Tag.USAGE_LIMITS_TOTAL, (1L << 52) - 1),
                  Ttlv.bigInteger(Tag.X, BigInteger.ONE),
                  Ttlv.bool(Tag.SENSITIVE, false),
                  new TtlvTextString(0x540001, "quote \" backslash \\ newline \n"),
                  new TtlvStructure(0x540002, List.of())));

      assertThat(json.encode(item))
          .isEqualTo(
              """
              {"tag": "RequestPayload", "type": "Structure", "value": [
                {"tag": "ObjectType", "type": "Enumeration", "value": "SymmetricKey"},
                {"tag": "OpaqueDataType", "type": "Enumeration", "value": "0x80000001"},
                {"tag": "CryptographicUsageMask", "type": "Integer", "value": "Encrypt|Decrypt"},
                {"tag": "UsageLimitsCount", "type": "LongInteger", "value": "0x0010000000000000"},
                {"tag": "UsageLimitsTotal", "type": "LongInteger", "value": 4503599627370495},
                {"tag": "X", "type": "BigInteger", "value": "0x0000000000000001"},
                {"tag": "Sensitive", "type": "Boolean", "value": false},
                {"tag": "0x540001", "type": "TextString", "value": "quote \\" backslash \\\\ newline \\n"},
                {"tag": "0x540002", "type": "Structure", "value": []}
              ]}
              """);
    }

    @Test
    void encodeAllWritesAnArrayThatDecodeAllReads() throws Exception {
      List<Ttlv> messages =
          List.of(
              Ttlv.structure(Tag.REQUEST_MESSAGE, Ttlv.integer(Tag.BATCH_COUNT, 1)),
              Ttlv.structure(Tag.RESPONSE_MESSAGE));

      String text = json.encodeAll(messages);

      assertThat(text).startsWith("[\n  {\"tag\": \"RequestMessage\"");
      assertThat(json.decodeAll(text)).isEqualTo(messages);
      assertThat(json.decodeAll(json.encode(messages.get(0)))).containsExactly(messages.get(0));
      assertThat(json.decodeAll(json.encodeAll(List.of()))).isEmpty();
    }

    @Test
    void textWithControlCharactersAndSurrogatePairsRoundTrips() throws Exception {
      Ttlv item = Ttlv.text(Tag.NAME_VALUE, "\u0000\u0007\t\uD83D\uDD11\u2028");

      assertThat(decode(json.encode(item))).isEqualTo(item);
    }
  }

  @Nested
  class StrictDecoding {

    private DecodeException failure(JsonCodec codec, String text) {
      DecodeException e = catchThrowableOfType(DecodeException.class, () -> codec.decode(text));
      assertThat(e).as("decoding must fail: %s", text).isNotNull();
      return e;
    }

    private DecodeException failure(String text) {
      return failure(json, text);
    }

    private void assertProblem(DecodeException e, Problem problem, long offset, int tag) {
      assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
      assertThat(e.offset()).as(e.getMessage()).isEqualTo(offset);
      assertThat(e.tag()).as(e.getMessage()).isEqualTo(tag);
    }

    @Test
    void unknownTagName() {
      DecodeException e =
          failure(
              "{\"tag\": \"RequestMessage\", \"value\": [{\"tag\": \"NoSuchTag\", \"value\": []}]}");

      assertProblem(e, Problem.UNKNOWN_NAME, 36, -1);
    }

    @Test
    void hexTagOutsideTheKmipRanges() {
      assertProblem(
          failure("{\"tag\": \"0x430001\", \"type\": \"Integer\", \"value\": 1}"),
          Problem.BAD_TAG,
          0,
          -1);
    }

    @Test
    void unknownType() {
      assertProblem(
          failure("{\"tag\": \"BatchCount\", \"type\": \"Int\", \"value\": 1}"),
          Problem.UNKNOWN_TYPE,
          0,
          Tag.BATCH_COUNT.code());
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(
        delimiter = '|',
        value = {
          "Integer | 2147483648 | BAD_VALUE",
          "Integer | 1.5 | BAD_VALUE",
          "Integer | 1e3 | BAD_VALUE",
          "Integer | true | BAD_VALUE",
          "Integer | \"0x100000000\" | BAD_VALUE",
          "LongInteger | 9223372036854775808 | BAD_VALUE",
          "BigInteger | 1.0 | BAD_VALUE",
          "BigInteger | \"0xzz\" | BAD_VALUE",
          "Enumeration | -1 | UNKNOWN_NAME",
          "Enumeration | \"Nope\" | UNKNOWN_NAME",
          "Boolean | 1 | BAD_VALUE",
          "Boolean | \"maybe\" | BAD_VALUE",
          "TextString | 1 | BAD_VALUE",
          "TextString | \"\\ud800\" | BAD_VALUE",
          "ByteString | \"abc\" | BAD_VALUE",
          "DateTime | 978307200 | BAD_VALUE",
          "DateTime | \"2001-02-29T00:00:00Z\" | BAD_VALUE",
          "Interval | -1 | BAD_VALUE",
          "Interval | 4294967296 | BAD_VALUE",
          "Integer | null | BAD_VALUE",
          "Integer | [] | BAD_VALUE",
        })
    void valueThatDoesNotParseForItsType(String type, String value, Problem problem) {
      String text = "{\"tag\": \"0x540001\", \"type\": \"" + type + "\", \"value\": " + value + "}";

      DecodeException e = failure(text);

      assertThat(e.problem()).as(e.getMessage()).isEqualTo(problem);
      assertThat(e.tag()).as(e.getMessage()).isEqualTo(0x540001);
      assertThat(e.offset()).as(e.getMessage()).isIn(0L, (long) text.lastIndexOf(value));
    }

    @Test
    void structuresNestedDeeperThanTheLimit() {
      JsonCodec shallow = new JsonCodec(new DecodeLimits(1 << 20, 2));
      String ok =
          "{\"tag\": \"RequestMessage\", \"value\": [{\"tag\": \"BatchItem\", \"value\": []}]}";
      String deep =
          "{\"tag\": \"RequestMessage\", \"value\": [{\"tag\": \"BatchItem\", \"value\": ["
              + "{\"tag\": \"RequestPayload\", \"value\": []}]}]}";

      assertThat(catchThrowableOfType(DecodeException.class, () -> shallow.decode(ok))).isNull();
      assertProblem(
          failure(shallow, deep),
          Problem.TOO_DEEP,
          deep.lastIndexOf('['),
          Tag.REQUEST_PAYLOAD.code());
    }

    @Test
    void arraysNestedFarDeeperThanTheLimitStopEarly() {
      String text = "[".repeat(100_000);

      DecodeException e = catchThrowableOfType(DecodeException.class, () -> json.decodeAll(text));

      assertThat(e.problem()).isIn(Problem.SYNTAX, Problem.TOO_DEEP);
    }

    @Test
    void documentLargerThanTheLimit() {
      JsonCodec small = new JsonCodec(new DecodeLimits(64, 8));
      String text =
          "{\"tag\": \"NameValue\", \"type\": \"TextString\", \"value\": \""
              + "x".repeat(64)
              + "\"}";

      assertProblem(failure(small, text), Problem.TOO_LARGE, 0, -1);
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "",
          "[]",
          "42",
          "{",
          "{\"tag\": \"BatchCount\", \"type\": \"Integer\", \"value\": 1",
          "{\"tag\": \"BatchCount\", \"type\": \"Integer\", \"value\": 1}}",
          "{\"tag\": \"BatchCount\", \"type\": \"Integer\", \"value\": 1} {}",
          "{\"tag\": \"BatchCount\", \"type\": \"Integer\", \"value\": 1, \"value\": 2}",
          "{\"tag\": \"BatchCount\", \"type\": \"Integer\", \"value\": 1, \"colour\": \"red\"}",
          "{\"tag\": \"BatchCount\", \"type\": \"Integer\"}",
          "{\"type\": \"Integer\", \"value\": 1}",
          "{\"tag\": 13, \"type\": \"Integer\", \"value\": 1}",
          "{\"tag\": \"RequestMessage\", \"value\": {\"tag\": \"BatchCount\"}}",
          "{\"tag\": \"RequestMessage\", \"value\": [1, 2]}",
          "{\"tag\": \"RequestMessage\", \"value\": \"x\"}",
          "{\"tag\": \"BatchCount\", \"type\": \"Integer\", \"value\": [{\"tag\": \"BatchCount\"}]}",
          "{'tag': 'BatchCount', 'type': 'Integer', 'value': 1}",
          "{\"tag\": \"BatchCount\", \"type\": \"Integer\", \"value\": 01}",
        })
    void malformedOrNonKmipJson(String text) {
      DecodeException e = failure(text);

      assertThat(e.problem())
          .as(e.getMessage())
          .isIn(Problem.SYNTAX, Problem.BAD_VALUE, Problem.TRAILING_DATA);
    }

    @Test
    void decodeAllAcceptsOnlyAnArrayOfObjectsOrAnObject() {
      for (String text : List.of("[1]", "\"x\"", "[{}, 2]")) {
        DecodeException e = catchThrowableOfType(DecodeException.class, () -> json.decodeAll(text));
        assertThat(e).as(text).isNotNull();
        assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
      }
    }

    @Test
    void integerExampleOfTheSpecificationDecodes() throws Exception {
      assertThat(
              decode("{\"tag\": \"BatchCount\", \"type\":\"Integer\", \"value\":\"0x0000000A\"}"))
          .isEqualTo(new TtlvInteger(Tag.BATCH_COUNT.code(), 10));
    }
  }
}
