package dev.arca.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AsciiMessageTest {

  @Test
  void asciiMessagesAreLeftAsTheyAre() {
    String m = "the Cryptographic Length is 2048 but the key has 1024 bits";
    assertThat(Dispatcher.asciiMessage(m)).isSameAs(m);
    assertThat(Dispatcher.asciiMessage(null)).isNull();
  }

  @Test
  void typographicCharactersAreSpelledInAscii() {
    assertThat(Dispatcher.asciiMessage("a point, RFC 5480 \u00A72.1.1"))
        .isEqualTo("a point, RFC 5480 section 2.1.1");
    assertThat(Dispatcher.asciiMessage("KMIP 2.1 \u00A7 6.1 \u2014 see \u201Cthis\u201D\u2026"))
        .isEqualTo("KMIP 2.1 section 6.1 - see \"this\"...");
    assertThat(Dispatcher.asciiMessage("length \u2265 112, 2 \u00D7 8, A \u2194 B"))
        .isEqualTo("length >= 112, 2 x 8, A <-> B");
  }

  @Test
  void anyOtherCharacterBecomesOneQuestionMark() {
    assertThat(Dispatcher.asciiMessage("the name 'caf\u00E9' is already in use"))
        .isEqualTo("the name 'caf?' is already in use");
    // A character outside the BMP (two chars in UTF-16) is one '?'.
    assertThat(Dispatcher.asciiMessage("key \uD83D\uDD11 refused")).isEqualTo("key ? refused");
    assertThat(Dispatcher.asciiMessage("\u00E9")).isEqualTo("?");
  }
}
