package dev.arca.core.crypto;

import static dev.arca.core.crypto.Fixtures.hex;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/**
 * A thread's HMAC is keyed again only when the key changes: the answers stay those of RFC 4231
 * whatever was computed in between, and a destroyed key is still refused.
 */
class MacsTest {

  private final CryptoService crypto = Fixtures.service();

  // RFC 4231 §4.2 and §4.3, HMAC-SHA-256.
  private static final String HI_THERE = "4869205468657265";
  private static final String HI_THERE_MAC =
      "b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7";
  private static final String WHAT_DO_YA_WANT =
      "7768617420646f2079612077616e7420666f72206e6f7468696e673f";
  private static final String WHAT_DO_YA_WANT_MAC =
      "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843";

  @Test
  void theSameKeyAgainAndAnotherKeyBetweenGiveTheKnownAnswers() throws Exception {
    SecretKeyMaterial one = SecretKeyMaterial.of(SymmetricAlgorithm.SECRET, hex("0b".repeat(20)));
    SecretKeyMaterial jefe = SecretKeyMaterial.of(SymmetricAlgorithm.SECRET, hex("4a656665"));

    for (int i = 0; i < 3; i++) {
      assertThat(hex(crypto.mac(one, MacAlgorithm.HMAC_SHA256, hex(HI_THERE))))
          .isEqualTo(HI_THERE_MAC);
      assertThat(hex(crypto.mac(one, MacAlgorithm.HMAC_SHA256, hex(HI_THERE))))
          .isEqualTo(HI_THERE_MAC);
      assertThat(hex(crypto.mac(jefe, MacAlgorithm.HMAC_SHA256, hex(WHAT_DO_YA_WANT))))
          .isEqualTo(WHAT_DO_YA_WANT_MAC);
      // The boundary's own raw HMAC uses the same thread's Mac with yet another key.
      assertThat(hex(Macs.hmac(DigestAlgorithm.SHA256, hex("4a656665"), hex(WHAT_DO_YA_WANT))))
          .isEqualTo(WHAT_DO_YA_WANT_MAC);
      assertThat(crypto.verifyMac(one, MacAlgorithm.HMAC_SHA256, hex(HI_THERE), hex(HI_THERE_MAC)))
          .isTrue();
    }
  }

  @Test
  void anEqualKeyInAnotherObjectIsKeyedAfresh() throws Exception {
    SecretKeyMaterial first = SecretKeyMaterial.of(SymmetricAlgorithm.SECRET, hex("4a656665"));
    SecretKeyMaterial second =
        SecretKeyMaterial.of(SymmetricAlgorithm.SECRET, hex("0b".repeat(20)));

    assertThat(hex(crypto.mac(first, MacAlgorithm.HMAC_SHA256, hex(WHAT_DO_YA_WANT))))
        .isEqualTo(WHAT_DO_YA_WANT_MAC);
    assertThat(hex(crypto.mac(second, MacAlgorithm.HMAC_SHA256, hex(HI_THERE))))
        .isEqualTo(HI_THERE_MAC);
  }

  @Test
  void aDestroyedKeyIsRefusedEvenRightAfterItKeyedTheMac() throws Exception {
    SecretKeyMaterial key = SecretKeyMaterial.of(SymmetricAlgorithm.SECRET, hex("0b".repeat(20)));
    assertThat(hex(crypto.mac(key, MacAlgorithm.HMAC_SHA256, hex(HI_THERE))))
        .isEqualTo(HI_THERE_MAC);

    key.destroy();

    assertThatThrownBy(() -> crypto.mac(key, MacAlgorithm.HMAC_SHA256, hex(HI_THERE)))
        .hasMessageContaining("destroyed");
  }
}
