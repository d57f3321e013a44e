package dev.arca.server.kmip;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.DecodeException.Problem;
import dev.arca.kmip.ttlv.DecodeLimits;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import org.junit.jupiter.api.Test;

class KmipFramingTest {

  private static final TtlvDecoder DECODER = new TtlvDecoder(new DecodeLimits(4096, 32));

  private static byte[] header(int tag, int type, long length) {
    return new byte[] {
      (byte) (tag >> 16),
      (byte) (tag >> 8),
      (byte) tag,
      (byte) type,
      (byte) (length >> 24),
      (byte) (length >> 16),
      (byte) (length >> 8),
      (byte) length
    };
  }

  private static Problem problem(byte[] header) {
    try {
      KmipFraming.frameLength(header, 0, DECODER);
      throw new AssertionError("accepted");
    } catch (DecodeException e) {
      return e.problem();
    }
  }

  @Test
  void frameOfARequestMessageIsHeaderPlusValue() throws Exception {
    byte[] request = KmipMessages.requestBytes(2);
    assertThat(KmipFraming.frameLength(request, 0, DECODER)).isEqualTo(request.length);
  }

  @Test
  void valueLengthIsPaddedToEightBytes() throws Exception {
    assertThat(KmipFraming.frameLength(header(0x420078, 1, 17), 0, DECODER)).isEqualTo(8 + 24);
  }

  @Test
  void headerAtAnOffset() throws Exception {
    byte[] buf = new byte[16];
    System.arraycopy(header(0x420078, 1, 40), 0, buf, 8, 8);
    assertThat(KmipFraming.frameLength(buf, 8, DECODER)).isEqualTo(48);
  }

  @Test
  void refusesWhatIsNotARequestMessage() {
    byte[] response = new TtlvEncoder().encode(KmipMessages.response(1));
    assertThat(problem(response)).isEqualTo(Problem.BAD_VALUE);
    assertThat(problem(header(0x420078, 2, 4))).isEqualTo(Problem.BAD_VALUE);
    assertThat(problem("GET / HTTP/1.1".getBytes(java.nio.charset.StandardCharsets.US_ASCII)))
        .isEqualTo(Problem.BAD_TAG);
    assertThat(problem(new byte[] {0x16, 3, 1, 0, 0x40, 1, 0, 0})).isEqualTo(Problem.BAD_TAG);
  }

  @Test
  void refusesALengthBeyondTheLimitFromTheHeaderAlone() {
    assertThat(problem(header(0x420078, 1, 4096))).isEqualTo(Problem.TOO_LARGE);
    assertThat(problem(header(0x420078, 1, 0xFFFF_FFF8L))).isEqualTo(Problem.TOO_LARGE);
    assertThatCode(() -> KmipFraming.frameLength(header(0x420078, 1, 4088), 0, DECODER))
        .doesNotThrowAnyException();
  }
}
