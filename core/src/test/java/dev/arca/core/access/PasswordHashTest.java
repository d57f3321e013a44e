package dev.arca.core.access;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.CryptoService;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.crypto.CryptoServicesRegistrar;
import org.junit.jupiter.api.Test;

class PasswordHashTest {

  private final CryptoService crypto = new CryptoService(CryptoModule.instance());

  private static final byte[] SALT = HexFormat.of().parseHex("000102030405060708090a0b0c0d0e0f");

  /** PBKDF2-HMAC-SHA-256 by the JDK's own provider, independent of BC-FIPS. */
  private static byte[] jdkPbkdf2(char[] password, byte[] salt, int iterations) throws Exception {
    SecretKeyFactory f = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256", "SunJCE");
    return f.generateSecret(new PBEKeySpec(password, salt, iterations, 256)).getEncoded();
  }

  private static byte[] hashPart(PasswordHash h) {
    return Base64.getDecoder().decode(h.encoded().split("\\$")[3]);
  }

  @Test
  void theHashIsPbkdf2HmacSha256OfTheUtf8Password() throws Exception {
    for (String password :
        List.of("correct horse battery staple", "pässwörd mit ümläüten 𝄞", "x".repeat(300))) {
      for (int iterations : List.of(PasswordHash.TEST_ITERATIONS, 4096)) {
        PasswordHash h =
            PasswordHash.derive(
                crypto, password.getBytes(StandardCharsets.UTF_8), SALT, iterations);
        assertThat(hashPart(h))
            .as("%s, %d iterations", password, iterations)
            .isEqualTo(jdkPbkdf2(password.toCharArray(), SALT, iterations));
        assertThat(h.iterations()).isEqualTo(iterations);
      }
    }
  }

  @Test
  void aPublishedVectorMatches() throws Exception {
    // RFC 7914 §11, PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1): the first 32 of its 64 bytes.
    PasswordHash h =
        PasswordHash.derive(
            crypto,
            "passwd".getBytes(StandardCharsets.US_ASCII),
            "salt".getBytes(StandardCharsets.US_ASCII),
            1);
    assertThat(HexFormat.of().formatHex(hashPart(h)))
        .isEqualTo("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
  }

  @Test
  void theEncodedFormCarriesSchemeIterationsSaltAndHash() throws Exception {
    char[] password = "correct horse battery staple".toCharArray();
    PasswordHash h = PasswordHash.create(crypto, password, PasswordHash.TEST_ITERATIONS);
    assertThat(h.encoded()).matches("pbkdf2-sha256\\$1000\\$[A-Za-z0-9+/]{22}\\$[A-Za-z0-9+/]{43}");
    PasswordHash back = PasswordHash.parse(h.encoded());
    assertThat(back).isEqualTo(h).hasSameHashCodeAs(h);
    assertThat(back.encoded()).isEqualTo(h.encoded());
    assertThat(back.verify(crypto, password)).isTrue();
    // The caller's array is left as it was.
    assertThat(password).isEqualTo("correct horse battery staple".toCharArray());
    // And the encoded salt is the one the hash was computed with.
    String[] parts = h.encoded().split("\\$");
    assertThat(Base64.getDecoder().decode(parts[3]))
        .isEqualTo(jdkPbkdf2(password, Base64.getDecoder().decode(parts[2]), 1000));
  }

  @Test
  void verificationAcceptsTheRightPasswordOnly() throws Exception {
    PasswordHash h = PasswordHash.create(crypto, "right password 1".toCharArray(), 1000);
    assertThat(h.verify(crypto, "right password 1".toCharArray())).isTrue();
    assertThat(h.verify(crypto, "right password 2".toCharArray())).isFalse();
    assertThat(h.verify(crypto, "Right password 1".toCharArray())).isFalse();
    assertThat(h.verify(crypto, new char[0])).isFalse();
    assertThat(h.verify(crypto, "bad \ud800 unicode".toCharArray())).isFalse();
    assertThat(h.verify(crypto, "x".repeat(20_000).toCharArray())).isFalse();
  }

  @Test
  void everyHashHasItsOwnSalt() throws Exception {
    char[] password = "the same password".toCharArray();
    PasswordHash a = PasswordHash.create(crypto, password, 1000);
    PasswordHash b = PasswordHash.create(crypto, password, 1000);
    assertThat(a).isNotEqualTo(b);
    assertThat(a.encoded().split("\\$")[2]).isNotEqualTo(b.encoded().split("\\$")[2]);
  }

  @Test
  void iterationCountsBelowTheMinimumAreRefusedExceptTheExplicitTestValue() throws Exception {
    for (int bad : List.of(0, 1, 999, 1001, 99_999, 10_000_001)) {
      assertThatThrownBy(() -> PasswordHash.create(crypto, "password123456".toCharArray(), bad))
          .as("%d", bad)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("between 100000 and 10000000");
    }
    assertThat(PasswordHash.checkIterations(PasswordHash.MIN_ITERATIONS)).isEqualTo(100_000);
    assertThat(PasswordHash.checkIterations(PasswordHash.TEST_ITERATIONS)).isEqualTo(1000);
    assertThat(PasswordHash.checkIterations(PasswordHash.DEFAULT_ITERATIONS)).isEqualTo(600_000);
  }

  @Test
  void parsingIsStrictAndNeverRepeatsTheInput() throws Exception {
    String good = PasswordHash.create(crypto, "password123456".toCharArray(), 1000).encoded();
    String[] p = good.split("\\$");
    List<String> bad =
        List.of(
            "",
            "pbkdf2-sha512$1000$" + p[2] + "$" + p[3],
            "pbkdf2-sha256$01000$" + p[2] + "$" + p[3],
            "pbkdf2-sha256$999$" + p[2] + "$" + p[3],
            "pbkdf2-sha256$99999999$" + p[2] + "$" + p[3],
            "pbkdf2-sha256$1000$" + p[2] + "==$" + p[3],
            "pbkdf2-sha256$1000$" + p[2].substring(1) + "$" + p[3],
            "pbkdf2-sha256$1000$" + p[2] + "$" + p[3] + "A",
            "pbkdf2-sha256$1000$" + p[2] + "$" + p[3] + "$",
            "pbkdf2-sha256$1000$" + p[2].replace(p[2].charAt(21), '%') + "$" + p[3],
            "pbkdf2-sha256$1000$" + p[2] + "$" + p[3].replace(p[3].charAt(0), '-'));
    for (String b : bad) {
      assertThatThrownBy(() -> PasswordHash.parse(b))
          .as(b)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageStartingWith("not a pbkdf2-sha256 password hash")
          .hasMessageNotContaining(p[2])
          .hasMessageNotContaining(p[3].substring(0, 20));
    }
  }

  @Test
  void toStringShowsNeitherSaltNorHash() throws Exception {
    PasswordHash h = PasswordHash.create(crypto, "password123456".toCharArray(), 1000);
    String[] p = h.encoded().split("\\$");
    assertThat(h.toString())
        .isEqualTo("PasswordHash[pbkdf2-sha256, 1000 iterations]")
        .doesNotContain(p[2])
        .doesNotContain(p[3]);
  }

  @Test
  void inApprovedOnlyModeShortPasswordsAreRefusedByTheModule() throws Exception {
    PasswordHash h = PasswordHash.create(crypto, "twelve chars".toCharArray(), 1000);
    CompletableFuture<Object[]> result = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              CryptoServicesRegistrar.setApprovedOnlyMode(true);
              try {
                Object refusal;
                try {
                  PasswordHash.create(crypto, "twelve chars".toCharArray(), 1000);
                  refusal = null;
                } catch (CryptoException e) {
                  refusal = e;
                }
                boolean shortMatches = h.verify(crypto, "twelve chars".toCharArray());
                PasswordHash longer =
                    PasswordHash.create(crypto, "fourteen chars".toCharArray(), 1000);
                boolean longMatches = longer.verify(crypto, "fourteen chars".toCharArray());
                result.complete(new Object[] {refusal, shortMatches, longMatches});
              } catch (Throwable t) {
                result.completeExceptionally(t);
              }
            });
    thread.start();
    Object[] r = result.get(60, TimeUnit.SECONDS);
    assertThat(r[0]).isInstanceOf(CryptoException.class);
    CryptoException e = (CryptoException) r[0];
    assertThat(e.reason()).isEqualTo(CryptoException.Reason.NOT_APPROVED);
    assertThat(e.getMessage()).contains("112 bits").doesNotContain("twelve");
    assertThat(r[1]).isEqualTo(false); // a mismatch, not an exception
    assertThat(r[2]).isEqualTo(true);
  }

  @Test
  void equalityComparesEverything() throws Exception {
    PasswordHash h = PasswordHash.create(crypto, "password123456".toCharArray(), 1000);
    String[] p = h.encoded().split("\\$");
    byte[] other = Base64.getDecoder().decode(p[3]);
    other[0] ^= 1;
    PasswordHash changed =
        PasswordHash.parse(
            p[0]
                + "$"
                + p[1]
                + "$"
                + p[2]
                + "$"
                + Base64.getEncoder().withoutPadding().encodeToString(other));
    assertThat(changed).isNotEqualTo(h);
    assertThat(Arrays.equals(hashPart(changed), hashPart(h))).isFalse();
  }
}
