package dev.arca.kmip.ttlv;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.testing.Vectors;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The TTLV encodings KMIP 1.4 §9.1.2 prints: each decodes to the value the specification describes
 * and encodes back to the same bytes.
 */
class SpecExamplesTest {

  /** §9.1.2 uses tag 0x420020 for every example. */
  private static final int TAG = 0x420020;

  /** The value each example's description names. */
  private static final Map<String, Ttlv> EXPECTED =
      Map.of(
          "Integer 8", new TtlvInteger(TAG, 8),
          "Long Integer 123456789000000000", new TtlvLongInteger(TAG, 123456789000000000L),
          "Big Integer 1234567890000000000000000000",
              new TtlvBigInteger(TAG, new BigInteger("1234567890000000000000000000")),
          "Enumeration 255", new TtlvEnumeration(TAG, 255),
          "Boolean True", new TtlvBoolean(TAG, true),
          "Text String \"Hello World\"", new TtlvTextString(TAG, "Hello World"),
          "Byte String {0x01,0x02,0x03}", new TtlvByteString(TAG, new byte[] {1, 2, 3}),
          "Date-Time Fri 2008-03-14 11:56:40 GMT",
              new TtlvDateTime(TAG, Instant.parse("2008-03-14T11:56:40Z").getEpochSecond()),
          "Interval 10 days", new TtlvInterval(TAG, 10 * 24 * 3600),
          "Structure{Enumeration(420004)=254, Integer(420005)=255}",
              new TtlvStructure(
                  TAG,
                  List.of(new TtlvEnumeration(0x420004, 254), new TtlvInteger(0x420005, 255))));

  record Example(String description, String hex) {
    @Override
    public String toString() {
      return description;
    }
  }

  static List<Example> examples() {
    List<Example> out = new ArrayList<>();
    for (String line : Vectors.ttlvExamples().text().split("\n")) {
      if (line.isBlank() || line.startsWith("#") || line.startsWith("description\t")) {
        continue;
      }
      String[] columns = line.split("\t");
      out.add(new Example(columns[0], columns[2].strip()));
    }
    assertThat(out)
        .extracting(Example::description)
        .containsExactlyInAnyOrderElementsOf(EXPECTED.keySet());
    return out;
  }

  @ParameterizedTest
  @MethodSource("examples")
  void decodesToTheDescribedValueAndEncodesBackToTheSameBytes(Example example) throws Exception {
    byte[] wire = TtlvStream.fromHex(example.hex());

    Ttlv decoded = new TtlvDecoder().decode(wire);

    assertThat(decoded).isEqualTo(EXPECTED.get(example.description()));
    assertThat(TtlvStream.toHex(new TtlvEncoder().encode(decoded))).isEqualTo(example.hex());
  }
}
