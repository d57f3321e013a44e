package dev.arca.kmip.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import dev.arca.kmip.testing.TtlvArbitraries;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever bytes or text arrive, the three decoders return a tree or throw {@link DecodeException},
 * nothing else, and allocate at most a small multiple of the input's size.
 *
 * <p>The allocation bound is {@value #BYTES_PER_INPUT_BYTE} bytes per input byte or character plus
 * {@value #FIXED_BYTES} bytes. A decoded item costs a few objects (record, list entry, string or
 * array) for at least 16 bytes of binary TTLV or some 40 characters of XML or JSON, well under the
 * per-byte factor; the constant covers the parsers' fixed buffers, which measure about 40 KiB for
 * the JDK's StAX parser with its factory and less for Jackson. A length field that claims 2 GB is
 * checked against the bytes that remain before anything is allocated, so it costs nothing near its
 * claim.
 */
class HostileInputProperties {

  static final long BYTES_PER_INPUT_BYTE = 64;
  static final long FIXED_BYTES = 64 * 1024;

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private static final List<String> XML_SNIPPETS =
      List.of(
          "<",
          ">",
          "/>",
          "\"",
          "'",
          "&",
          "&amp;",
          "&#0;",
          "&#x1F511;",
          "<!--",
          "-->",
          "<![CDATA[",
          "]]>",
          "<!DOCTYPE x [<!ENTITY e \"e\">]>",
          "&e;",
          "<?pi?>",
          "<TTLV ",
          " tag=\"0x540001\"",
          " type=\"Structure\"",
          " type=\"BigInteger\"",
          " value=\"",
          "0x",
          "xmlns=\"urn:x\"",
          "\uD800",
          "\u0000",
          "<KMIP>",
          "</KMIP>");

  private static final List<String> JSON_SNIPPETS =
      List.of(
          "{",
          "}",
          "[",
          "]",
          ":",
          ",",
          "\"",
          "\\",
          "\\u0000",
          "\\ud800",
          "null",
          "true",
          "1e999",
          "-0",
          "123456789012345678901234567890",
          "\"tag\"",
          "\"type\"",
          "\"value\"",
          "\"Structure\"",
          "\"0x540001\"",
          "\"BigInteger\"",
          "[[[[",
          "]]]]",
          "\uD800",
          "/*");

  private final TtlvEncoder encoder = new TtlvEncoder();
  private final TtlvDecoder binary = new TtlvDecoder();
  private final XmlCodec xml = new XmlCodec();
  private final JsonCodec json = new JsonCodec();

  /** Class loading and first-use caches are not the decoders' cost: pay them up front. */
  @BeforeContainer
  static void warmUp() throws Exception {
    assertThat(THREADS.isCurrentThreadCpuTimeSupported()).isTrue();
    THREADS.setThreadAllocatedMemoryEnabled(true);
    Ttlv sample = TtlvArbitraries.trees().sample();
    HostileInputProperties p = new HostileInputProperties();
    for (int i = 0; i < 3; i++) {
      p.binary.decode(p.encoder.encode(sample));
      p.xml.decode(p.xml.encode(sample));
      p.json.decode(p.json.encode(sample));
      for (Decode failing :
          List.<Decode>of(
              () -> p.binary.decode(new byte[] {0x42, 0, 0, 1, 0x7F, 0, 0, 0}),
              () -> p.xml.decode("<a"),
              () -> p.json.decode("{"))) {
        try {
          failing.run();
        } catch (DecodeException expected) {
          // Loads the exception's classes.
        }
      }
    }
  }

  @Provide
  Arbitrary<Ttlv> trees() {
    return TtlvArbitraries.trees();
  }

  @Provide
  Arbitrary<byte[]> randomBytes() {
    Arbitrary<byte[]> any = Arbitraries.bytes().array(byte[].class).ofMaxSize(200);
    // Mostly starting with a KMIP tag prefix, so that decoding gets past the first check.
    return Arbitraries.oneOf(
        any,
        any.map(
            b -> {
              if (b.length > 0) {
                b[0] = 0x42;
              }
              return b;
            }));
  }

  @Property(tries = 400)
  void randomBytesDecodeOrFailWithDecodeException(@ForAll("randomBytes") byte[] input) {
    decodeBinary(input);
    decodeXml(new String(input, StandardCharsets.ISO_8859_1));
    decodeJson(new String(input, StandardCharsets.ISO_8859_1));
  }

  @Property(tries = 400)
  void mutatedBinaryMessagesDecodeOrFailWithDecodeException(
      @ForAll("trees") Ttlv tree, @ForAll Random random) {
    byte[] mutated = mutate(encoder.encode(tree), random);

    decodeBinary(mutated);
  }

  @Property(tries = 300)
  void mutatedXmlDecodesOrFailsWithDecodeException(
      @ForAll("trees") Ttlv tree, @ForAll Random random) {
    String mutated = mutate(xml.encode(tree), XML_SNIPPETS, random);

    decodeXml(mutated);
    decodeXmlAll(mutated);
  }

  @Property(tries = 300)
  void mutatedJsonDecodesOrFailsWithDecodeException(
      @ForAll("trees") Ttlv tree, @ForAll Random random) {
    String mutated = mutate(json.encode(tree), JSON_SNIPPETS, random);

    decodeJson(mutated);
    decodeJsonAll(mutated);
  }

  @Example
  void lengthFieldsClaimingGigabytesCostLittle() {
    byte[] claim = {0x42, 0x00, 0x20, 0x08, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF8, 1, 2, 3};
    byte[] nested = {
      0x42, 0x00, 0x78, 0x01, 0x00, 0x00, 0x00, 0x10,
      0x42, 0x00, 0x20, 0x07, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0,
      0, 0, 0, 0, 0, 0, 0, 0
    };

    decodeBinary(claim);
    decodeBinary(nested);
  }

  @Example
  void deepNestingCostsLittle() {
    decodeXml("<RequestMessage>".repeat(50_000));
    decodeJson("{\"tag\": \"RequestMessage\", \"value\": [".repeat(20_000));
    decodeJsonAll("[".repeat(100_000));
  }

  // ---- decoding under watch ------------------------------------------------------------------

  private interface Decode {
    void run() throws DecodeException;
  }

  /**
   * Runs a decode twice, failing on any exception but DecodeException, and on too much allocation
   * in the second run: the first may pay one-time costs (class loading, the formatter's caches on a
   * first error message) that no attacker can make the decoder pay again.
   */
  private static void watch(String what, int inputSize, Decode decode) {
    run(what, decode);
    long before = THREADS.getCurrentThreadAllocatedBytes();
    run(what, decode);
    long allocated = THREADS.getCurrentThreadAllocatedBytes() - before;
    long bound = BYTES_PER_INPUT_BYTE * inputSize + FIXED_BYTES;
    assertThat(allocated)
        .as("%s allocated %d bytes for %d of input", what, allocated, inputSize)
        .isLessThanOrEqualTo(bound);
  }

  private static void run(String what, Decode decode) {
    try {
      decode.run();
    } catch (DecodeException expected) {
      // The one failure a decoder may report.
    } catch (RuntimeException | Error e) {
      fail(what + " threw " + e + " instead of DecodeException", e);
    }
  }

  private void decodeBinary(byte[] input) {
    watch("TtlvDecoder", input.length, () -> binary.decode(input));
  }

  private void decodeXml(String input) {
    watch("XmlCodec.decode", input.length(), () -> xml.decode(input));
  }

  private void decodeXmlAll(String input) {
    watch("XmlCodec.decodeAll", input.length(), () -> xml.decodeAll(input));
  }

  private void decodeJson(String input) {
    watch("JsonCodec.decode", input.length(), () -> json.decode(input));
  }

  private void decodeJsonAll(String input) {
    watch("JsonCodec.decodeAll", input.length(), () -> json.decodeAll(input));
  }

  // ---- mutations -----------------------------------------------------------------------------

  /** One to four of: flip a bit, cut, extend, rewrite a length, rewrite a type. */
  static byte[] mutate(byte[] message, Random random) {
    byte[] b = message;
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      switch (random.nextInt(5)) {
        case 0 -> {
          if (b.length > 0) {
            b = b.clone();
            b[random.nextInt(b.length)] ^= (byte) (1 << random.nextInt(8));
          }
        }
        case 1 -> b = Arrays.copyOf(b, random.nextInt(b.length + 1));
        case 2 -> {
          int old = b.length;
          b = Arrays.copyOf(b, old + 1 + random.nextInt(24));
          for (int i = old; i < b.length; i++) {
            b[i] = (byte) random.nextInt(256);
          }
        }
        case 3 -> {
          // Items start on 8-byte boundaries; their length is at +4.
          if (b.length >= 8) {
            b = b.clone();
            int at = 8 * random.nextInt(b.length / 8) + 4;
            int[] lengths = {0x7FFF_FFF8, 0xFFFF_FFFF, 0, 8, random.nextInt(), random.nextInt(64)};
            int length = lengths[random.nextInt(lengths.length)];
            b[at] = (byte) (length >>> 24);
            b[at + 1] = (byte) (length >>> 16);
            b[at + 2] = (byte) (length >>> 8);
            b[at + 3] = (byte) length;
          }
        }
        default -> {
          if (b.length >= 8) {
            b = b.clone();
            b[8 * random.nextInt(b.length / 8) + 3] = (byte) random.nextInt(16);
          }
        }
      }
    }
    return b;
  }

  /** One to four of: delete a range, insert a snippet, duplicate a range, cut, replace a char. */
  static String mutate(String text, List<String> snippets, Random random) {
    StringBuilder s = new StringBuilder(text);
    for (int n = 1 + random.nextInt(4); n > 0; n--) {
      int at = random.nextInt(s.length() + 1);
      switch (random.nextInt(5)) {
        case 0 -> s.delete(at, Math.min(s.length(), at + 1 + random.nextInt(12)));
        case 1 -> s.insert(at, snippets.get(random.nextInt(snippets.size())));
        case 2 -> s.insert(at, s.substring(at, Math.min(s.length(), at + random.nextInt(40))));
        case 3 -> s.setLength(at);
        default -> {
          if (at < s.length()) {
            s.setCharAt(at, (char) random.nextInt(0x80));
          }
        }
      }
    }
    return s.toString();
  }
}
