package dev.arca.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class RecordKeyTest {

  @Test
  void kindsAreShortLowerCaseWords() {
    for (String kind : List.of("user", "a", "group-2", "x".repeat(32))) {
      assertThat(RecordKey.of(kind, "n").kind()).isEqualTo(kind);
    }
    for (String kind : List.of("", "User", "2fa", "-x", "a_b", "a.b", "x".repeat(33), "ü")) {
      assertThatThrownBy(() -> RecordKey.of(kind, "n"))
          .as(kind)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("record kind");
    }
  }

  @Test
  void namesHaveOneTo255CharactersWithoutControlCharacters() {
    assertThat(RecordKey.of("u", "x".repeat(255)).name()).hasSize(255);
    assertThat(RecordKey.of("u", "alice@example.com / ünï 𝄞").name()).contains("𝄞");
    for (String name :
        List.of("", "x".repeat(256), "tab\there", "nl\n", "nul\0", "del\u007f", "c1\u0085")) {
      assertThatThrownBy(() -> RecordKey.of("u", name))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Test
  void unpairedSurrogatesAreRefused() {
    for (String name : List.of("\ud834", "a\udd1e", "\udd1e\ud834", "x\ud834y")) {
      assertThatThrownBy(() -> RecordKey.of("u", name))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("valid Unicode");
    }
  }

  @Test
  void keysOrderByKindThenByTheUtf8BytesOfTheName() {
    // U+FF21 sorts before U+1D11E in code points and UTF-8, after it in UTF-16 units.
    List<RecordKey> keys =
        new ArrayList<>(
            List.of(
                RecordKey.of("user", "\uff21"),
                RecordKey.of("user", "𝄞"),
                RecordKey.of("user", "b"),
                RecordKey.of("user", "B"),
                RecordKey.of("group", "z"),
                RecordKey.of("user", "ba")));
    Collections.shuffle(keys, new java.util.Random(3));
    Collections.sort(keys);
    assertThat(keys)
        .containsExactly(
            RecordKey.of("group", "z"),
            RecordKey.of("user", "B"),
            RecordKey.of("user", "b"),
            RecordKey.of("user", "ba"),
            RecordKey.of("user", "\uff21"),
            RecordKey.of("user", "𝄞"));
    for (int i = 1; i < keys.size(); i++) {
      if (keys.get(i).kind().equals(keys.get(i - 1).kind())) {
        byte[] a = keys.get(i - 1).name().getBytes(StandardCharsets.UTF_8);
        byte[] b = keys.get(i).name().getBytes(StandardCharsets.UTF_8);
        assertThat(Arrays.compareUnsigned(a, b)).isNegative();
      }
    }
  }

  @Test
  void aKeyReadsAsKindSlashName() {
    assertThat(RecordKey.of("user", "alice")).hasToString("user/alice");
  }
}
