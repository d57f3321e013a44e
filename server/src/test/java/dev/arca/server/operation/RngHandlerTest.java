package dev.arca.server.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.RngRetrieveRequest;
import dev.arca.kmip.payload.RngRetrieveResponse;
import dev.arca.kmip.payload.RngSeedRequest;
import dev.arca.kmip.payload.RngSeedResponse;
import dev.arca.server.testing.DispatcherFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** RNG Retrieve and RNG Seed (KMIP 2.1 §6.1.49, §6.1.50) through the dispatcher. */
class RngHandlerTest {

  private DispatcherFixture server;

  @BeforeEach
  void start() {
    server = DispatcherFixture.start();
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private byte[] retrieve(int length) {
    return server
        .ok(KmipVersion.V2_1, new RngRetrieveRequest(length), RngRetrieveResponse.class)
        .data();
  }

  @Test
  void retrieveReturnsTheRequestedLengthOfFreshOutput() {
    byte[] a = retrieve(32);
    byte[] b = retrieve(32);

    assertThat(a).hasSize(32).isNotEqualTo(b);
    assertThat(retrieve(1)).hasSize(1);
    assertThat(retrieve(RngRetrieveHandler.MAX_LENGTH)).hasSize(RngRetrieveHandler.MAX_LENGTH);
  }

  @Test
  void retrieveRefusesLengthsOutsideItsRange() {
    for (int length : new int[] {0, RngRetrieveHandler.MAX_LENGTH + 1}) {
      assertThat(
              CryptoTestKeys.failure(server.call(KmipVersion.V2_1, new RngRetrieveRequest(length))))
          .isEqualTo(ResultReason.INVALID_FIELD);
    }
  }

  @Test
  void seedReportsHowMuchOfTheSeedWasUsed() {
    // CS-RNG-O-1: the whole 32-byte seed is used.
    assertThat(
            server
                .ok(KmipVersion.V1_4, RngSeedRequest.of(new byte[32]), RngSeedResponse.class)
                .dataLength())
        .isEqualTo(32);
    assertThat(
            server
                .ok(
                    KmipVersion.V2_1,
                    RngSeedRequest.of(new byte[RngSeedHandler.MAX_SEED + 10]),
                    RngSeedResponse.class)
                .dataLength())
        .isEqualTo(RngSeedHandler.MAX_SEED);
    assertThat(retrieve(16)).hasSize(16);
  }

  @Test
  void anEmptySeedIsRefused() {
    assertThat(
            CryptoTestKeys.failure(server.call(KmipVersion.V2_1, RngSeedRequest.of(new byte[0]))))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }
}
