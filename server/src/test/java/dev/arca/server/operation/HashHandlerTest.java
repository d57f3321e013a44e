package dev.arca.server.operation;

import static dev.arca.server.operation.CryptoTestKeys.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.HashRequest;
import dev.arca.kmip.payload.HashResponse;
import dev.arca.server.testing.DispatcherFixture;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Hash (KMIP 2.1 §6.1.24) through the dispatcher. */
class HashHandlerTest {

  private static final byte[] ABC = "abc".getBytes(StandardCharsets.US_ASCII);

  private DispatcherFixture server;

  @BeforeEach
  void start() {
    server = DispatcherFixture.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private String hash(KmipVersion version, HashingAlgorithm h, byte[] data) {
    return hex(
        server
            .ok(
                version,
                HashRequest.of(CryptographicParameters.builder().hashingAlgorithm(h).build(), data),
                HashResponse.class)
            .data()
            .orElseThrow());
  }

  @Test
  void hashesGiveTheKnownAnswersOfFips180AndFips202() {
    assertThat(hash(KmipVersion.V2_1, HashingAlgorithm.SHA_256, ABC))
        .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    assertThat(hash(KmipVersion.V1_4, HashingAlgorithm.SHA_1, ABC))
        .isEqualTo("a9993e364706816aba3e25717850c26c9cd0d89d");
    assertThat(hash(KmipVersion.V2_1, HashingAlgorithm.SHA3_256, ABC))
        .isEqualTo("3a985da74fe225b2045c172d6bd390bd855f086e3e9d525b46bfe24511431532");
    assertThat(hash(KmipVersion.V2_1, HashingAlgorithm.SHA_512, new byte[0]))
        .startsWith("cf83e1357eefb8bdf1542850d66d8007");
  }

  @Test
  void theProfileTestCaseHashesAsExpected() {
    // CS-AC-M-7-21.
    assertThat(
            hash(
                KmipVersion.V2_1,
                HashingAlgorithm.SHA_256,
                hex("01020304050607080910111213141516")))
        .isEqualTo("ad41233d22cf9322e3a7ff49a13da434797abed3bab80950a1a0d4e582b7ea72");
  }

  @Test
  void aHashWithoutAlgorithmOrAnUnofferedOneIsRefused() {
    assertThat(
            CryptoTestKeys.failure(
                server.call(
                    KmipVersion.V2_1, HashRequest.of(CryptographicParameters.empty(), ABC))))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            CryptoTestKeys.failure(
                server.call(
                    KmipVersion.V2_1,
                    HashRequest.of(
                        CryptographicParameters.builder()
                            .hashingAlgorithm(HashingAlgorithm.RIPEMD_160)
                            .build(),
                        ABC))))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
  }
}
