package dev.arca.kmip.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.arca.kmip.Tag;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.DecodeException.Problem;
import dev.arca.kmip.ttlv.DecodeLimits;
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
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** KMIP XML as KMIP Additional Message Encodings v1.0 §6.1 writes it. */
class XmlCodecTest {

  private static final long JAN_1_2001_10H_PLUS_10 =
      Instant.parse("2001-01-01T00:00:00Z").getEpochSecond();

  private final XmlCodec xml = new XmlCodec();

  private Ttlv decode(String text) throws DecodeException {
    return xml.decode(text);
  }

  /** The examples of §6.1.6, each with the item it stands for. */
  @Nested
  class SpecificationForms {

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "<TTLV tag=\"0x420001\" name=\"ActivationDate\" type=\"DateTime\""
              + " value=\"2001-01-01T10:00:00+10:00\"/>",
          "<TTLV tag=\"0x420001\" type=\"DateTime\" value=\"2001-01-01T10:00:00+10:00\"/>",
          "<ActivationDate type=\"DateTime\" value=\"2001-01-01T10:00:00+10:00\"/>",
          "<ActivationDate xmlns=\"urn:oasis:tc:kmip:xmlns\" type=\"DateTime\""
              + " value=\"2001-01-01T10:00:00+10:00\"/>",
          "<ActivationDate type=\"DateTime\" value=\"0x000000003A4FC880\"/>",
          "<ActivationDate type=\"DateTime\" value=\"2001-01-01T00:00:00.999Z\"/>",
          "<ActivationDate type=\"DateTime\" value=\"2001-01-01T00:00:00\"/>",
          "<TTLV tag=\"ActivationDate\" type=\"DateTime\" value=\"2001-01-01T00:00:00Z\"/>",
        })
    void dateTimeInEveryForm(String text) throws Exception {
      assertThat(decode(text)).isEqualTo(new TtlvDateTime(0x420001, JAN_1_2001_10H_PLUS_10));
    }

    @Test
    void extensionTagInTheGeneralFormAndAsAnElementName() throws Exception {
      assertThat(
              decode(
                  "<TTLV tag=\"0x54FFFF\" name=\"SomeExtension\" type=\"Integer\" value=\"1\"/>"))
          .isEqualTo(new TtlvInteger(0x54FFFF, 1));
      assertThat(decode("<x540001 type=\"LongInteger\" value=\"-2\"/>"))
          .isEqualTo(new TtlvLongInteger(0x540001, -2));
    }

    @Test
    void structureWithAndWithoutType() throws Exception {
      Ttlv expected =
          Ttlv.structure(
              Tag.PROTOCOL_VERSION,
              Ttlv.integer(Tag.PROTOCOL_VERSION_MAJOR, 1),
              Ttlv.integer(Tag.PROTOCOL_VERSION_MINOR, 0));
      String body =
          "<ProtocolVersionMajor type=\"Integer\" value=\"1\"/>"
              + "<ProtocolVersionMinor type=\"Integer\" value=\"0\"/>";

      assertThat(decode("<ProtocolVersion type=\"Structure\">" + body + "</ProtocolVersion>"))
          .isEqualTo(expected);
      assertThat(decode("<ProtocolVersion>\n  " + body + "\n</ProtocolVersion>"))
          .isEqualTo(expected);
      assertThat(decode("<PrivateKeyTemplateAttribute type=\"Structure\"/>"))
          .isEqualTo(Ttlv.structure(Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE));
    }

    @ParameterizedTest
    @CsvSource({
      "0x0000100c",
      "Encrypt Decrypt CertificateSign",
      "CertificateSign 0x00000004 0x0000008",
      "CertificateSign 0x0000000c",
      "4108",
    })
    void masksInEveryForm(String value) throws Exception {
      Ttlv item = decode("<CryptographicUsageMask type=\"Integer\" value=\"" + value + "\"/>");

      assertThat(item).isEqualTo(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0x100C));
    }

    @Test
    void everyOtherType() throws Exception {
      assertThat(decode("<BatchCount type=\"Integer\" value=\"10\"/>"))
          .isEqualTo(Ttlv.integer(Tag.BATCH_COUNT, 10));
      assertThat(decode("<UsageLimitsCount type=\"LongInteger\" value=\"1152921504606846976\"/>"))
          .isEqualTo(Ttlv.longInteger(Tag.USAGE_LIMITS_COUNT, 1L << 60));
      assertThat(decode("<X type=\"BigInteger\" value=\"0000000000000000\"/>"))
          .isEqualTo(Ttlv.bigInteger(Tag.X, BigInteger.ZERO));
      assertThat(decode("<X type=\"BigInteger\" value=\"ffffffffffffff01\"/>"))
          .isEqualTo(Ttlv.bigInteger(Tag.X, BigInteger.valueOf(-255)));
      assertThat(decode("<ObjectType type=\"Enumeration\" value=\"0x00000002\"/>"))
          .isEqualTo(Ttlv.enumeration(Tag.OBJECT_TYPE, 2));
      assertThat(decode("<ObjectType type=\"Enumeration\" value=\"SymmetricKey\"/>"))
          .isEqualTo(Ttlv.enumeration(Tag.OBJECT_TYPE, 2));
      assertThat(decode("<BatchOrderOption type=\"Boolean\" value=\"true\"/>"))
          .isEqualTo(Ttlv.bool(Tag.BATCH_ORDER_OPTION, true));
      assertThat(decode("<BatchOrderOption type=\"Boolean\" value=\"0\"/>"))
          .isEqualTo(Ttlv.bool(Tag.BATCH_ORDER_OPTION, false));
      assertThat(decode("<AttributeName type=\"TextString\" value=\"Cryptographic Algorithm\"/>"))
          .isEqualTo(Ttlv.text(Tag.ATTRIBUTE_NAME, "Cryptographic Algorithm"));
      assertThat(decode("<MACSignature type=\"ByteString\" value=\"C50F77\"/>"))
          .isEqualTo(Ttlv.bytes(Tag.MAC_SIGNATURE, new byte[] {(byte) 0xC5, 0x0F, 0x77}));
      assertThat(decode("<Offset type=\"Interval\" value=\"27\"/>"))
          .isEqualTo(new TtlvInterval(Tag.OFFSET.code(), 27));
      assertThat(
              decode(
                  "<TTLV tag=\"0x540002\" type=\"DateTimeExtended\""
                      + " value=\"1970-01-01T00:00:01.000002+00:00\"/>"))
          .isEqualTo(new TtlvDateTimeExtended(0x540002, 1_000_002));
    }
  }

  @Nested
  class CanonicalEncoding {

    @Test
    void namesEnumerationsAndMasksAndWritesHexWhereThereIsNoName() {
      Ttlv item =
          new TtlvStructure(
              Tag.REQUEST_PAYLOAD.code(),
              List.of(
                  Ttlv.enumeration(Tag.OBJECT_TYPE, 2),
                  Ttlv.enumeration(Tag.OPAQUE_DATA_TYPE, 0x80000001),
                  Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0x0C | 0x4000_0000),
                  Ttlv.enumeration(Tag.ATTRIBUTE_REFERENCE, Tag.CRYPTOGRAPHIC_ALGORITHM.code()),
                  new TtlvTextString(0x540001, "x"),
                  new TtlvStructure(0x540002, List.of())));

      assertThat(xml.encode(item))
          .isEqualTo(
              """
              <RequestPayload>
                <ObjectType type="Enumeration" value="SymmetricKey"/>
                <OpaqueDataType type="Enumeration" value="0x80000001"/>
                <CryptographicUsageMask type="Integer" value="Encrypt Decrypt 0x40000000"/>
                <AttributeReference type="Enumeration" value="CryptographicAlgorithm"/>
                <TTLV tag="0x540001" type="TextString" value="x"/>
                <TTLV tag="0x540002"/>
              </RequestPayload>
              """);
    }

    @Test
    void namesAKmip1AttributeValueThroughItsAttributeName() throws Exception {
      Ttlv attributes =
          Ttlv.structure(
              Tag.TEMPLATE_ATTRIBUTE,
              Ttlv.structure(
                  Tag.ATTRIBUTE,
                  Ttlv.text(Tag.ATTRIBUTE_NAME, "Cryptographic Algorithm"),
                  Ttlv.enumeration(Tag.ATTRIBUTE_VALUE, 3)),
              Ttlv.structure(
                  Tag.ATTRIBUTE,
                  Ttlv.text(Tag.ATTRIBUTE_NAME, "Cryptographic Usage Mask"),
                  Ttlv.integer(Tag.ATTRIBUTE_VALUE, 12)),
              Ttlv.structure(
                  Tag.ATTRIBUTE,
                  Ttlv.text(Tag.ATTRIBUTE_NAME, "x-custom"),
                  Ttlv.enumeration(Tag.ATTRIBUTE_VALUE, 3)));

      String text = xml.encode(attributes);

      assertThat(text)
          .contains("<AttributeValue type=\"Enumeration\" value=\"AES\"/>")
          .contains("<AttributeValue type=\"Integer\" value=\"Encrypt Decrypt\"/>")
          .contains("<AttributeValue type=\"Enumeration\" value=\"0x00000003\"/>");
      assertThat(decode(text)).isEqualTo(attributes);
    }

    @Test
    void escapesTextSoThatItSurvivesAttributeNormalization() throws Exception {
      Ttlv item = Ttlv.text(Tag.NAME_VALUE, "a&b <c> \"d\" 'e'\tf\ng\r\nh \uD83D\uDD11");

      String text = xml.encode(item);

      assertThat(text).doesNotContain("\t").contains("&#9;").contains("&#10;");
      assertThat(decode(text)).isEqualTo(item);
    }

    @Test
    void refusesTextThatXmlCannotCarry() {
      assertThatThrownBy(() -> xml.encode(Ttlv.text(Tag.NAME_VALUE, "bell\u0007")))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("U+0007");
    }

    @Test
    void writesDateTimesOutsideFourDigitYearsInHex() throws Exception {
      Ttlv early = new TtlvDateTime(Tag.ARCHIVE_DATE.code(), Long.MIN_VALUE);
      Ttlv normal = new TtlvDateTime(Tag.ARCHIVE_DATE.code(), 978_343_200L);

      assertThat(xml.encode(early)).contains("value=\"0x8000000000000000\"");
      assertThat(xml.encode(normal)).contains("value=\"2001-01-01T10:00:00+00:00\"");
      assertThat(decode(xml.encode(early))).isEqualTo(early);
    }

    @Test
    void bigIntegersAreSignExtendedToEightBytes() {
      assertThat(xml.encode(new TtlvBigInteger(Tag.X.code(), BigInteger.valueOf(255))))
          .contains("value=\"00000000000000ff\"");
      assertThat(xml.encode(new TtlvBigInteger(Tag.X.code(), BigInteger.valueOf(-1))))
          .contains("value=\"ffffffffffffffff\"");
    }

    @Test
    void encodeAllWrapsInKmipAndDecodeAllReadsItBackWithOrWithoutTheWrapper() throws Exception {
      List<Ttlv> messages =
          List.of(
              Ttlv.structure(Tag.REQUEST_MESSAGE, Ttlv.bool(Tag.BATCH_ORDER_OPTION, true)),
              Ttlv.structure(Tag.RESPONSE_MESSAGE, new TtlvByteString(0x540001, new byte[0])));

      String wrapped = xml.encodeAll(messages);

      assertThat(wrapped).startsWith("<KMIP>\n  <RequestMessage>\n").endsWith("</KMIP>\n");
      assertThat(xml.decodeAll(wrapped)).isEqualTo(messages);
      assertThat(xml.decodeAll("<?xml version=\"1.0\"?>\n<!-- c -->\n" + wrapped))
          .isEqualTo(messages);
      String bare =
          xml.encode(messages.get(0)) + "<!-- between -->\n" + xml.encode(messages.get(1));
      assertThat(xml.decodeAll(bare)).isEqualTo(messages);
      assertThat(xml.decodeAll("<KMIP/>")).isEmpty();
    }

    @Test
    void everyLeafTypeRoundTrips() throws Exception {
      Ttlv item =
          new TtlvStructure(
              0x540000,
              List.of(
                  new TtlvInteger(0x540001, Integer.MIN_VALUE),
                  new TtlvLongInteger(0x540002, Long.MAX_VALUE),
                  new TtlvBigInteger(0x540003, BigInteger.TWO.pow(100).negate()),
                  new TtlvEnumeration(0x540004, -1),
                  new TtlvBoolean(0x540005, false),
                  new TtlvTextString(0x540006, ""),
                  new TtlvByteString(0x540007, new byte[] {0, -1}),
                  new TtlvDateTime(0x540008, -1),
                  new TtlvInterval(0x540009, 0xFFFF_FFFFL),
                  new TtlvDateTimeExtended(0x54000A, -1)));

      assertThat(decode(xml.encode(item))).isEqualTo(item);
    }
  }

  @Nested
  class StrictDecoding {

    private DecodeException failure(String text) {
      return failure(xml, text);
    }

    private DecodeException failure(XmlCodec codec, String text) {
      DecodeException e = catchThrowableOfType(DecodeException.class, () -> codec.decode(text));
      assertThat(e).as("decoding must fail: %s", text).isNotNull();
      return e;
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
              "<RequestMessage>\n  <NoSuchTag type=\"Integer\" value=\"1\"/>\n</RequestMessage>");

      assertProblem(e, Problem.UNKNOWN_NAME, 19, -1);
      assertThat(e.getMessage()).contains("NoSuchTag");
    }

    @Test
    void hexTagOutsideTheKmipRanges() {
      assertProblem(
          failure("<TTLV tag=\"0x430001\" type=\"Integer\" value=\"1\"/>"), Problem.BAD_TAG, 0, -1);
    }

    @Test
    void unknownType() {
      DecodeException e = failure("<BatchCount type=\"Int\" value=\"1\"/>");

      assertProblem(e, Problem.UNKNOWN_TYPE, 0, Tag.BATCH_COUNT.code());
    }

    @ParameterizedTest(name = "{0} \"{1}\"")
    @CsvSource({
      "Integer, 2147483648, BAD_VALUE",
      "Integer, 1.5, BAD_VALUE",
      "Integer, 0x100000000, BAD_VALUE",
      "Integer, '', BAD_VALUE",
      "LongInteger, 9223372036854775808, BAD_VALUE",
      "LongInteger, ten, BAD_VALUE",
      "BigInteger, 0x, BAD_VALUE",
      "BigInteger, 00zz, BAD_VALUE",
      "Enumeration, 4294967296, BAD_VALUE",
      "Boolean, yes, BAD_VALUE",
      "Boolean, 0x0000000000000002, BAD_VALUE",
      "ByteString, abc, BAD_VALUE",
      "ByteString, 0x00, BAD_VALUE",
      "DateTime, 2001-13-01T00:00:00Z, BAD_VALUE",
      "DateTime, 2001-02-30T00:00:00Z, BAD_VALUE",
      "DateTime, 2001-01-01 00:00:00, BAD_VALUE",
      "DateTime, 2001-01-01T00:00:00+25:00, BAD_VALUE",
      "Interval, -1, BAD_VALUE",
      "Interval, 4294967296, BAD_VALUE",
      "DateTimeExtended, yesterday, BAD_VALUE",
    })
    void valueThatDoesNotParseForItsType(String type, String value, Problem problem) {
      DecodeException e =
          failure(
              "<RequestMessage><TTLV tag=\"0x540001\" type=\""
                  + type
                  + "\" value=\""
                  + value
                  + "\"/></RequestMessage>");

      assertProblem(e, problem, 16, 0x540001);
    }

    @Test
    void unknownEnumerationName() {
      assertProblem(
          failure("<ObjectType type=\"Enumeration\" value=\"SymmetricKeys\"/>"),
          Problem.UNKNOWN_NAME,
          0,
          Tag.OBJECT_TYPE.code());
    }

    @Test
    void enumerationNameOnATagWithoutAnEnumeration() {
      assertProblem(
          failure("<TTLV tag=\"0x540001\" type=\"Enumeration\" value=\"SymmetricKey\"/>"),
          Problem.UNKNOWN_NAME,
          0,
          0x540001);
    }

    @Test
    void unknownMaskName() {
      assertProblem(
          failure("<CryptographicUsageMask type=\"Integer\" value=\"Encrypt Fly\"/>"),
          Problem.UNKNOWN_NAME,
          0,
          Tag.CRYPTOGRAPHIC_USAGE_MASK.code());
    }

    @Test
    void structuresNestedDeeperThanTheLimit() {
      XmlCodec shallow = new XmlCodec(new DecodeLimits(1 << 20, 3));
      String ok =
          "<A1><A2><A3/></A2></A1>".replace("A1", "RequestMessage").replace("A2", "BatchItem");
      String deep =
          "<RequestMessage><BatchItem><RequestPayload><Attribute/></RequestPayload>"
              + "</BatchItem></RequestMessage>";

      assertThat(
              catchThrowableOfType(
                  DecodeException.class, () -> shallow.decode(ok.replace("A3", "RequestPayload"))))
          .isNull();
      assertProblem(failure(shallow, deep), Problem.TOO_DEEP, 43, Tag.ATTRIBUTE.code());
    }

    @Test
    void documentLargerThanTheLimit() {
      XmlCodec small = new XmlCodec(new DecodeLimits(64, 8));
      String text = "<NameValue type=\"TextString\" value=\"" + "x".repeat(64) + "\"/>";

      assertProblem(failure(small, text), Problem.TOO_LARGE, 0, -1);
      DecodeException all =
          catchThrowableOfType(DecodeException.class, () -> small.decodeAll(text));
      assertThat(all.problem()).isEqualTo(Problem.TOO_LARGE);
    }

    @Test
    void internalEntitiesAreRefused() {
      String billionLaughs =
          "<?xml version=\"1.0\"?><!DOCTYPE lolz [<!ENTITY lol \"lol\">"
              + "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">]>"
              + "<NameValue type=\"TextString\" value=\"&lol2;\"/>";

      assertThat(failure(billionLaughs).problem()).isEqualTo(Problem.SYNTAX);
      assertThat(catchThrowableOfType(DecodeException.class, () -> xml.decodeAll(billionLaughs)))
          .isNotNull();
    }

    @Test
    void externalEntitiesAreNeverRead() {
      String xxe =
          "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
              + "<NameValue type=\"TextString\" value=\"&xxe;\"/>";
      String externalDtd =
          "<!DOCTYPE r SYSTEM \"http://127.0.0.1:1/evil.dtd\"><BatchCount type=\"Integer\" value=\"1\"/>";

      DecodeException e = failure(xxe);
      assertThat(e.problem()).isEqualTo(Problem.SYNTAX);
      assertThat(e.getMessage()).doesNotContain("root:");
      DecodeException dtd = failure(externalDtd);
      assertThat(dtd.problem()).isEqualTo(Problem.SYNTAX);
      assertThat(dtd.getMessage()).contains("DTD");
    }

    @ParameterizedTest
    @CsvSource(
        delimiter = '|',
        value = {
          "<RequestMessage>",
          "<RequestMessage></ResponseMessage>",
          "<BatchCount type=\"Integer\" value=\"1\">",
          "<BatchCount type=\"Integer\" value=\"1\"/><BatchCount type=\"Integer\" value=\"1\"/>",
          "<BatchCount type=\"Integer\" value=\"1\" value=\"2\"/>",
          "not xml at all",
          "''",
          "<RequestMessage>text</RequestMessage>",
          "<BatchCount type=\"Integer\">1</BatchCount>",
          "<BatchCount type=\"Integer\" value=\"1\" color=\"red\"/>",
          "<RequestMessage value=\"1\"/>",
          "<BatchCount type=\"Integer\"/>",
          "<BatchCount type=\"Integer\" value=\"1\"><BatchCount type=\"Integer\" value=\"1\"/></BatchCount>",
          "<TTLV type=\"Integer\" value=\"1\"/>",
          "<BatchCount tag=\"0x42000D\" type=\"Integer\" value=\"1\"/>",
          "<k:BatchCount xmlns:k=\"urn:other\" type=\"Integer\" value=\"1\"/>",
          "<NameValue type=\"TextString\" value=\"&#0;\"/>",
        })
    void malformedOrNonKmipXml(String text) {
      DecodeException e = failure(text);

      assertThat(e.problem())
          .as(e.getMessage())
          .isIn(Problem.SYNTAX, Problem.BAD_VALUE, Problem.UNKNOWN_NAME, Problem.TRAILING_DATA);
    }
  }
}
