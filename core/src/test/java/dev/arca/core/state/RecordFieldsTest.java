package dev.arca.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RecordFieldsTest {

  private static final List<String> PIECES = List.of("a", "b", "\\", "\n", "\r", "=", "é", "𝄞");

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void fieldsAreWrittenSortedOnePerLineWithEscapes() {
    RecordFields f =
        RecordFields.builder()
            .put("zeta", "last")
            .put("alpha", "a=b")
            .put("multi", "one\ntwo\r\\three")
            .put("empty", "")
            .put("uni", "ünï 𝄞")
            .build();
    assertThat(new String(f.encode(), StandardCharsets.UTF_8))
        .isEqualTo(
            "alpha=a=b\n"
                + "empty=\n"
                + "multi=one\\ntwo\\r\\\\three\n"
                + "uni=ünï 𝄞\n"
                + "zeta=last\n");
    RecordFields back = RecordFields.decode(f.encode());
    assertThat(back).isEqualTo(f);
    assertThat(back.require("multi")).isEqualTo("one\ntwo\r\\three");
    assertThat(back.get("missing")).isEmpty();
    assertThat(RecordFields.decode(new byte[0]).asMap()).isEmpty();
  }

  @Test
  void theSameFieldsGiveTheSameBytesWhateverTheOrderTheyWereSetIn() {
    Random random = new Random(5);
    for (int i = 0; i < 200; i++) {
      RecordFields.Builder a = RecordFields.builder();
      RecordFields.Builder b = RecordFields.builder();
      List<String> keys = List.of("k1", "k2", "k3", "k4");
      String[] values = new String[keys.size()];
      for (int k = 0; k < keys.size(); k++) {
        StringBuilder v = new StringBuilder();
        for (int c = random.nextInt(8); c > 0; c--) {
          v.append(PIECES.get(random.nextInt(PIECES.size())));
        }
        values[k] = v.toString();
        a.put(keys.get(k), values[k]);
      }
      for (int k = keys.size() - 1; k >= 0; k--) {
        b.put(keys.get(k), values[k]);
      }
      byte[] encoded = a.build().encode();
      assertThat(b.build().encode()).isEqualTo(encoded);
      assertThat(RecordFields.decode(encoded).encode()).isEqualTo(encoded);
    }
  }

  @Test
  void decodingAcceptsOnlyWhatEncodingWrites() {
    for (String bad :
        List.of(
            "a=1", // no final line feed
            "b=1\na=2\n", // out of order
            "a=1\na=2\n", // repeated
            "A=1\n", // bad key
            "=1\n", // empty key
            "novalue\n", // no '='
            "\n", // empty line
            "a=x\\t\n", // unknown escape
            "a=x\\\n", // escape at the end
            "a=x\ry\n")) { // raw carriage return
      assertThatThrownBy(() -> RecordFields.decode(utf8(bad)))
          .as(bad)
          .isInstanceOf(IllegalArgumentException.class);
    }
    assertThatThrownBy(() -> RecordFields.decode(new byte[] {'a', '=', (byte) 0xc3, '\n'}))
        .hasMessageContaining("UTF-8");
  }

  @Test
  void messagesAndToStringNeverShowValues() {
    assertThatThrownBy(() -> RecordFields.decode(utf8("secret=hunter2\\q\n")))
        .hasMessageContaining("secret")
        .hasMessageNotContaining("hunter2");
    assertThat(RecordFields.builder().put("password", "hunter2").build().toString())
        .contains("password")
        .doesNotContain("hunter2");
  }

  @Test
  void keysAndValuesAreChecked() {
    assertThatThrownBy(() -> RecordFields.builder().put("Bad", "x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordFields.builder().put("k", "x\ud834"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("valid Unicode");
    assertThatThrownBy(() -> RecordFields.builder().put("k", "\udd1e"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RecordFields.decode(utf8("k=1\n")).require("other"))
        .hasMessageContaining("other");
  }
}
