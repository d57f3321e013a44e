package dev.arca.kmip.ttlv;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.arca.kmip.ttlv.DecodeException.Problem;
import java.util.List;
import org.junit.jupiter.api.Test;

class TtlvStreamTest {

  private static final String FIRST = "42002002000000040000000800000000";
  private static final String SECOND = "420021070000000B48656C6C6F20576F726C640000000000";

  private final TtlvDecoder decoder = new TtlvDecoder();

  @Test
  void splitsConcatenatedMessages() throws Exception {
    byte[] both = TtlvStream.fromHex(FIRST + SECOND);

    List<byte[]> messages = TtlvStream.split(both, DecodeLimits.DEFAULT);

    assertThat(messages).hasSize(2);
    assertThat(TtlvStream.toHex(messages.get(0))).isEqualTo(FIRST);
    assertThat(TtlvStream.toHex(messages.get(1))).isEqualTo(SECOND);
  }

  @Test
  void readsOneMessagePerLineAndWrappedDumps() throws Exception {
    String text =
        FIRST.toLowerCase()
            + "\n"
            + SECOND.substring(0, 20)
            + "\r\n  "
            + SECOND.substring(20).replaceAll("(..)", "$1 ")
            + "\n";

    List<Ttlv> messages = TtlvStream.decodeHex(text, decoder);

    assertThat(messages)
        .containsExactly(new TtlvInteger(0x420020, 8), new TtlvTextString(0x420021, "Hello World"));
  }

  @Test
  void errorsCountFromTheStartOfTheStream() throws Exception {
    // The second message is a Boolean of value 2.
    byte[] data = TtlvStream.fromHex(FIRST + "42002006000000080000000000000002");

    DecodeException e =
        catchThrowableOfType(DecodeException.class, () -> TtlvStream.decodeAll(data, decoder));

    assertThat(e.problem()).isEqualTo(Problem.BAD_VALUE);
    assertThat(e.offset()).isEqualTo(16 + 8);
    assertThat(e.tag()).isEqualTo(0x420020);
  }

  @Test
  void truncatedLastMessage() throws Exception {
    byte[] data = TtlvStream.fromHex(FIRST + "4200200200000004000000");

    DecodeException e =
        catchThrowableOfType(
            DecodeException.class, () -> TtlvStream.split(data, DecodeLimits.DEFAULT));

    assertThat(e.problem()).isEqualTo(Problem.TRUNCATED);
    assertThat(e.offset()).isEqualTo(16 + 4);
  }

  @Test
  void messageOverTheLimit() throws Exception {
    byte[] data = TtlvStream.fromHex("42007801 7FFFFFF8");

    DecodeException e =
        catchThrowableOfType(
            DecodeException.class, () -> TtlvStream.split(data, DecodeLimits.DEFAULT));

    assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
    assertThat(e.tag()).isEqualTo(0x420078);
  }

  @Test
  void badHex() {
    DecodeException odd =
        catchThrowableOfType(DecodeException.class, () -> TtlvStream.fromHex("42 00 2"));
    DecodeException notHex =
        catchThrowableOfType(DecodeException.class, () -> TtlvStream.fromHex("42 0g"));

    assertThat(odd.problem()).isEqualTo(Problem.SYNTAX);
    assertThat(odd.offset()).isEqualTo(6);
    assertThat(notHex.offset()).isEqualTo(4);
  }
}
