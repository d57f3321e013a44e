package dev.arca.server.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.payload.EncryptRequest;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.server.testing.DispatcherFixture;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * How many single-part Encrypt requests (1 KiB, AES-256-GCM, server-generated IV) the dispatcher
 * serves, in process over the real SQLite store and BC-FIPS. Printed, not asserted: the figure
 * depends on the machine and its load.
 *
 * <p>Each round runs on a fresh fixture, because the fixture keeps every audit event in a list that
 * grows with each request; short rounds keep that list from weighing on the figure.
 */
class EncryptThroughputTest {

  private static final int ROUNDS = 7;
  private static final int WARM_UP = 3_000;
  private static final int MEASURED = 10_000;

  @Test
  void measureEncryptThroughput() throws Exception {
    TtlvEncoder encoder = new TtlvEncoder();
    TtlvDecoder decoder = new TtlvDecoder();
    long[] tree = new long[ROUNDS];
    long[] wire = new long[ROUNDS];
    long[] twoThreads = new long[ROUNDS];
    for (int round = 0; round < ROUNDS; round++) {
      tree[round] = round(server -> request -> server.send(request), 1);
      wire[round] =
          round(
              server ->
                  request -> {
                    try {
                      byte[] in = encoder.encode(request);
                      return decoder.decode(encoder.encode(server.send(decoder.decode(in))));
                    } catch (DecodeException e) {
                      throw new AssertionError(e);
                    }
                  },
              1);
      twoThreads[round] = round(server -> request -> server.send(request), 2);
    }
    System.out.printf(
        "%nEncrypt 1 KiB AES-256-GCM through the dispatcher, %d cores, median of %d rounds:%n"
            + "  one thread, message trees:              %,7d per second%n"
            + "  one thread, with TTLV encoding/decoding: %,7d per second%n"
            + "  two threads, message trees:             %,7d per second%n",
        Runtime.getRuntime().availableProcessors(),
        ROUNDS,
        median(tree),
        median(wire),
        median(twoThreads));
  }

  /** One round on a fresh fixture: the request rate of {@code threads} threads together. */
  private static long round(Function<DispatcherFixture, Function<Ttlv, Ttlv>> call, int threads)
      throws Exception {
    try (DispatcherFixture server = DispatcherFixture.start()) {
      String id = new CryptoTestKeys(server).aes(256, CryptoTestKeys.ENCRYPT_DECRYPT);
      CryptographicParameters gcm =
          CryptographicParameters.builder()
              .blockCipherMode(BlockCipherMode.GCM)
              .randomIv(true)
              .tagLength(16)
              .build();
      Ttlv request =
          DispatcherFixture.request(KmipVersion.V2_1, EncryptRequest.of(id, gcm, new byte[1024]));
      Function<Ttlv, Ttlv> send = call.apply(server);
      assertThat(DispatcherFixture.decode(send.apply(request)).batchItems().get(0).resultReason())
          .isEmpty();
      Thread[] workers = new Thread[threads];
      long[] nanos = new long[threads];
      for (int t = 0; t < threads; t++) {
        int slot = t;
        workers[t] =
            new Thread(
                () -> {
                  for (int i = 0; i < WARM_UP; i++) {
                    send.apply(request);
                  }
                  long start = System.nanoTime();
                  for (int i = 0; i < MEASURED; i++) {
                    send.apply(request);
                  }
                  nanos[slot] = System.nanoTime() - start;
                });
        workers[t].start();
      }
      long rate = 0;
      for (int t = 0; t < threads; t++) {
        workers[t].join();
        rate += MEASURED * 1_000_000_000L / nanos[t];
      }
      return rate;
    }
  }

  private static long median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
