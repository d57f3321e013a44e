package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.key.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SessionsTest {

  private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
  private final CryptoService crypto = new CryptoService(CryptoModule.instance());

  private Sessions sessions(Duration idle, Duration lifetime) {
    return new Sessions(crypto, clock, AdminApiSettings.defaults().withSessions(idle, lifetime));
  }

  @Test
  void aTokenLivesWhileUsedAndWithinItsLifetime() throws Exception {
    Sessions s = sessions(Duration.ofMinutes(15), Duration.ofHours(8));
    Sessions.Opened opened = s.open("admin", Optional.empty());
    assertThat(opened.token()).hasSize(43);
    assertThat(opened.session().expires()).isEqualTo(clock.instant().plus(Duration.ofHours(8)));
    assertThat(opened.toString()).doesNotContain(opened.token());
    for (int i = 0; i < 40; i++) {
      clock.advance(Duration.ofMinutes(14));
      if (i < 34) {
        assertThat(s.use(opened.token())).as("after " + (i + 1) * 14 + " min").isPresent();
      }
    }
    assertThat(s.use(opened.token())).isEmpty();
  }

  @Test
  void anIdleTokenEnds() throws Exception {
    Sessions s = sessions(Duration.ofMinutes(15), Duration.ofHours(8));
    String token = s.open("admin", Optional.empty()).token();
    clock.advance(Duration.ofMinutes(15));
    assertThat(s.use(token)).isEmpty();
    assertThat(s.count()).isZero();
  }

  @Test
  void tokensEndAtLogoutAndWithTheirAdministrator() throws Exception {
    Sessions s = sessions(Duration.ofMinutes(15), Duration.ofHours(8));
    String a = s.open("admin", Optional.empty()).token();
    String b = s.open("admin", Optional.empty()).token();
    String c = s.open("ops", Optional.empty()).token();
    assertThat(a).isNotEqualTo(b);
    s.close(a);
    assertThat(s.use(a)).isEmpty();
    assertThat(s.use(b)).isPresent();
    assertThat(s.closeAll("admin")).isEqualTo(1);
    assertThat(s.use(b)).isEmpty();
    assertThat(s.use(c)).isPresent();
    assertThat(s.use("")).isEmpty();
    assertThat(s.use("x".repeat(500))).isEmpty();
  }

  @Test
  void beyondTheLimitTheLeastRecentlyUsedEnds() throws Exception {
    Sessions s =
        new Sessions(
            crypto,
            clock,
            new AdminApiSettings(
                true,
                Duration.ofMinutes(15),
                Duration.ofHours(8),
                false,
                "Default",
                false,
                65536,
                2));
    String first = s.open("a", Optional.empty()).token();
    clock.advance(Duration.ofSeconds(1));
    String second = s.open("b", Optional.empty()).token();
    clock.advance(Duration.ofSeconds(1));
    s.use(first);
    clock.advance(Duration.ofSeconds(1));
    String third = s.open("c", Optional.empty()).token();
    assertThat(s.use(second)).isEmpty();
    assertThat(s.use(first)).isPresent();
    assertThat(s.use(third)).isPresent();
  }
}
