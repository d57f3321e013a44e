package dev.arca.kmip.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.arca.kmip.Tag;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.DecodeException.Problem;
import dev.arca.kmip.ttlv.DecodeLimits;
import dev.arca.kmip.ttlv.Ttlv;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class EncodingTest {

  private static final Ttlv MESSAGE =
      Ttlv.structure(
          Tag.REQUEST_MESSAGE,
          Ttlv.text(Tag.NAME_VALUE, "clé"),
          Ttlv.enumeration(Tag.OBJECT_TYPE, 2));

  @Test
  void namesAndMediaTypesOfTheHttpsProfile() {
    assertThat(Encoding.fromName("ttlv")).contains(Encoding.TTLV);
    assertThat(Encoding.fromName("JSON")).contains(Encoding.JSON);
    assertThat(Encoding.fromName("xml")).contains(Encoding.XML);
    assertThat(Encoding.fromName("yaml")).isEmpty();

    assertThat(Encoding.TTLV.mediaType()).isEqualTo("application/octet-stream");
    assertThat(Encoding.JSON.mediaType()).isEqualTo("application/json");
    assertThat(Encoding.XML.mediaType()).isEqualTo("text/xml");
    assertThat(Encoding.fromMediaType("Text/XML; charset=UTF-8")).contains(Encoding.XML);
    assertThat(Encoding.fromMediaType("application/json")).contains(Encoding.JSON);
    assertThat(Encoding.fromMediaType("application/octet-stream")).contains(Encoding.TTLV);
    assertThat(Encoding.fromMediaType("text/plain")).isEqualTo(Optional.empty());
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void encodesAndDecodesBytes(Encoding encoding) throws Exception {
    byte[] bytes = encoding.encode(MESSAGE);

    assertThat(encoding.decode(bytes)).isEqualTo(MESSAGE);
    assertThat(encoding.decode(bytes, new DecodeLimits(4096, 4))).isEqualTo(MESSAGE);
  }

  @ParameterizedTest
  @EnumSource(
      value = Encoding.class,
      names = {"JSON", "XML"})
  void textEncodingsSkipAByteOrderMarkAndRefuseMalformedUtf8(Encoding encoding) throws Exception {
    byte[] text = encoding.encode(MESSAGE);
    byte[] withBom = new byte[text.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(text, 0, withBom, 3, text.length);
    assertThat(encoding.decode(withBom)).isEqualTo(MESSAGE);

    byte[] broken = text.clone();
    int e = new String(text, StandardCharsets.UTF_8).indexOf("clé");
    int at =
        new String(text, StandardCharsets.UTF_8)
                .substring(0, e)
                .getBytes(StandardCharsets.UTF_8)
                .length
            + 2;
    broken[at] = (byte) 0xC3;
    broken[at + 1] = (byte) 0x28;
    DecodeException failure =
        catchThrowableOfType(DecodeException.class, () -> encoding.decode(broken));
    assertThat(failure.problem()).isEqualTo(Problem.BAD_UTF8);
    assertThat(failure.offset()).isEqualTo(at);
  }

  @ParameterizedTest
  @EnumSource(Encoding.class)
  void messagesOverTheLimitAreRefusedBeforeDecoding(Encoding encoding) {
    byte[] bytes = encoding.encode(MESSAGE);

    DecodeException e =
        catchThrowableOfType(
            DecodeException.class,
            () -> encoding.decode(bytes, new DecodeLimits(bytes.length - 1, 4)));

    assertThat(e.problem()).isEqualTo(Problem.TOO_LARGE);
  }
}
