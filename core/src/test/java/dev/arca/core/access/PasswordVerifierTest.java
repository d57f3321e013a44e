package dev.arca.core.access;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.key.testing.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The password machinery the client users and the administrators share. */
class PasswordVerifierTest {

  private static final String SECRET = "correct horse battery staple";

  private final CryptoService crypto = new CryptoService(CryptoModule.instance());
  private final MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));

  private PasswordVerifier verifier(Duration lifetime) throws Exception {
    return new PasswordVerifier(crypto, clock, PasswordHash.TEST_ITERATIONS, lifetime, 100);
  }

  @Test
  void aRememberedCheckHoldsForOneRevisionAndExpires() throws Exception {
    PasswordVerifier v = verifier(Duration.ofMinutes(5));
    PasswordHash hash = v.hash(SECRET.toCharArray());
    PasswordVerifier.Account rev1 = new PasswordVerifier.Account("a", 1, hash, true);
    assertThat(v.verify(Optional.of(rev1), SECRET.toCharArray())).isTrue();
    assertThat(v.verify(Optional.of(rev1), SECRET.toCharArray())).isTrue();
    assertThat(v.cacheHits()).isEqualTo(1);
    assertThat(v.passwordChecks()).isEqualTo(1);
    // Another revision: a full check again.
    PasswordVerifier.Account rev2 = new PasswordVerifier.Account("a", 2, hash, true);
    assertThat(v.verify(Optional.of(rev2), SECRET.toCharArray())).isTrue();
    assertThat(v.passwordChecks()).isEqualTo(2);
    clock.advance(Duration.ofMinutes(5));
    assertThat(v.verify(Optional.of(rev2), SECRET.toCharArray())).isTrue();
    assertThat(v.passwordChecks()).isEqualTo(3);
    // A wrong password is never answered from the cache.
    assertThat(v.verify(Optional.of(rev2), "wrong password!".toCharArray())).isFalse();
    // Not remembered: always a full check.
    PasswordVerifier.Account off = new PasswordVerifier.Account("b", 1, hash, false);
    v.verify(Optional.of(off), SECRET.toCharArray());
    v.verify(Optional.of(off), SECRET.toCharArray());
    assertThat(v.passwordChecks()).isEqualTo(6);
  }

  @Test
  void anUnknownAccountCostsAFullCheck() throws Exception {
    PasswordVerifier v = verifier(Duration.ZERO);
    assertThat(v.verify(Optional.empty(), SECRET.toCharArray())).isFalse();
    assertThat(v.passwordChecks()).isEqualTo(1);
    // Too long or not Unicode: refused before any work.
    assertThat(v.verify(Optional.empty(), "x".repeat(3000).toCharArray())).isFalse();
    assertThat(v.verify(Optional.empty(), "bad\ud800".toCharArray())).isFalse();
    assertThat(v.passwordChecks()).isEqualTo(1);
  }

  @Test
  void thePolicyIsOneTable() {
    assertThat(PasswordVerifier.policyViolation("eleven char".toCharArray(), false)).isPresent();
    assertThat(PasswordVerifier.policyViolation("twelve chars".toCharArray(), false)).isEmpty();
    assertThat(PasswordVerifier.policyViolation("twelve chars".toCharArray(), true))
        .get()
        .asString()
        .contains("FIPS");
    assertThat(PasswordVerifier.policyViolation("twelve chars".toCharArray(), false).isEmpty())
        .isTrue();
  }
}
