package dev.arca.server.operation;

import static dev.arca.server.operation.CryptoTestKeys.MAC_BOTH;
import static dev.arca.server.operation.CryptoTestKeys.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.ValidityIndicator;
import dev.arca.kmip.payload.MacRequest;
import dev.arca.kmip.payload.MacResponse;
import dev.arca.kmip.payload.MacVerifyRequest;
import dev.arca.kmip.payload.MacVerifyResponse;
import dev.arca.server.testing.DispatcherFixture;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** MAC and MAC Verify (KMIP 2.1 §6.1.32, §6.1.33) through the dispatcher. */
class MacHandlerTest {

  private DispatcherFixture server;
  private CryptoTestKeys keys;

  @BeforeEach
  void start() {
    server = DispatcherFixture.start();
    keys = new CryptoTestKeys(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private byte[] mac(String id, CryptographicParameters p, byte[] data) {
    return server
        .ok(KmipVersion.V2_1, MacRequest.of(id, p, data), MacResponse.class)
        .macData()
        .orElseThrow();
  }

  private ValidityIndicator verify(String id, CryptographicParameters p, byte[] data, byte[] mac) {
    return server
        .ok(KmipVersion.V2_1, MacVerifyRequest.of(id, p, data, mac), MacVerifyResponse.class)
        .validityIndicator()
        .orElseThrow();
  }

  @Test
  void hmacSha256GivesTheKnownAnswerOfRfc4231() throws Exception {
    // RFC 4231 §4.2 Test Case 1.
    String id = keys.register(CryptographicAlgorithm.HMAC_SHA256, "0b".repeat(20), MAC_BOTH);
    byte[] data = "Hi There".getBytes(StandardCharsets.US_ASCII);

    byte[] mac = mac(id, CryptographicParameters.empty(), data);

    assertThat(hex(mac))
        .isEqualTo("b0344c61d8db38535ca8afceaf0bf12b881dc200c9833da726e9376c2e32cff7");
    assertThat(verify(id, CryptographicParameters.empty(), data, mac))
        .isEqualTo(ValidityIndicator.VALID);
    mac[0] ^= 1;
    assertThat(verify(id, CryptographicParameters.empty(), data, mac))
        .isEqualTo(ValidityIndicator.INVALID);
  }

  @Test
  void everyHmacKeyComputesItsHmac() throws Exception {
    CryptographicAlgorithm[] algorithms = {
      CryptographicAlgorithm.HMAC_SHA1,
      CryptographicAlgorithm.HMAC_SHA224,
      CryptographicAlgorithm.HMAC_SHA384,
      CryptographicAlgorithm.HMAC_SHA512
    };
    int[] lengths = {20, 28, 48, 64};
    for (int i = 0; i < algorithms.length; i++) {
      String id = keys.register(algorithms[i], "0b".repeat(32), MAC_BOTH);
      byte[] mac = mac(id, CryptographicParameters.empty(), new byte[5]);
      assertThat(mac).hasSize(lengths[i]);
      assertThat(verify(id, CryptographicParameters.empty(), new byte[5], mac))
          .isEqualTo(ValidityIndicator.VALID);
    }
  }

  @Test
  void aesCmacGivesTheKnownAnswerOfRfc4493() throws Exception {
    // RFC 4493 §4 Example 2.
    String id =
        keys.register(CryptographicAlgorithm.AES, "2b7e151628aed2a6abf7158809cf4f3c", MAC_BOTH);
    CryptographicParameters cmac =
        CryptographicParameters.builder().blockCipherMode(BlockCipherMode.CMAC).build();
    byte[] data = hex("6bc1bee22e409f96e93d7e117393172a");

    byte[] mac = mac(id, cmac, data);

    assertThat(hex(mac)).isEqualTo("070a16b46b4d4144f79bdd9dd04a287c");
    assertThat(verify(id, cmac, data, mac)).isEqualTo(ValidityIndicator.VALID);
  }

  @Test
  void anAesKeyComputesTheHmacItsOwnParametersName() throws Exception {
    // The shape of the profile test case CS-AC-M-4.
    CryptographicParameters hmac =
        CryptographicParameters.builder()
            .cryptographicAlgorithm(CryptographicAlgorithm.HMAC_SHA256)
            .build();
    String owned = keys.register(CryptographicAlgorithm.AES, "0b".repeat(16), MAC_BOTH, hmac);
    String plain = keys.register(CryptographicAlgorithm.AES, "0b".repeat(16), MAC_BOTH);

    assertThat(mac(owned, CryptographicParameters.empty(), new byte[16])).hasSize(32);
    assertThat(keys.refusal(MacRequest.of(plain, hmac, new byte[16])))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void usageMaskAndLifecycleAreChecked() throws Exception {
    String verifyOnly =
        keys.register(
            CryptographicAlgorithm.HMAC_SHA256,
            "0b".repeat(32),
            CryptographicUsageMask.MAC_VERIFY.code());
    assertThat(
            keys.refusal(MacRequest.of(verifyOnly, CryptographicParameters.empty(), new byte[1])))
        .isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);

    String id = keys.register(CryptographicAlgorithm.HMAC_SHA256, "0b".repeat(32), MAC_BOTH);
    byte[] mac = mac(id, CryptographicParameters.empty(), new byte[1]);
    keys.revoke(id, RevocationReasonCode.CESSATION_OF_OPERATION);
    assertThat(keys.refusal(MacRequest.of(id, CryptographicParameters.empty(), new byte[1])))
        .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    assertThat(verify(id, CryptographicParameters.empty(), new byte[1], mac))
        .as("MAC Verify processes: allowed when Deactivated")
        .isEqualTo(ValidityIndicator.VALID);
  }
}
