package dev.arca.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.testing.Vectors;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.conformance.Conformance.Replay;
import dev.arca.server.testing.FipsNodeProcess;
import dev.arca.server.testing.KmipTestClient;
import dev.arca.server.testing.VectorReplay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The OASIS profile replay of {@link OasisReplayIT}, run again against a node in FIPS mode: a JVM
 * with BC-FIPS in approved-only mode ({@link FipsNodeProcess}), a fresh node per file as there.
 * Exactly the files not listed for {@link Replay#FIPS_MODE} pass; the files that pass over TLS but
 * fail in FIPS mode are all listed as {@link Conformance.Category#NON_APPROVED_ALGORITHM}, each
 * with the algorithm it needs (see {@code docs/conformance.md}, "FIPS mode").
 */
class FipsOasisReplayIT {

  @Test
  void exactlyTheExpectedProfileFilesPassInFipsMode() {
    List<Vectors.VectorFile> files = Vectors.xml().toList();
    List<VectorReplay.FileResult> results = new ArrayList<>();
    long started = System.nanoTime();
    try (FipsNodeProcess node = FipsNodeProcess.start()) {
      Optional<Vectors.VectorFile> previous = Optional.empty();
      boolean first = true;
      for (Vectors.VectorFile file : files) {
        if (!first && Conformance.startsFresh(file, previous)) {
          node.fresh();
        }
        first = false;
        try (Connection connection = new Connection(node)) {
          results.add(VectorReplay.replay(file, connection::call, Set.of(Operation.INTEROP)));
        }
        previous = Optional.of(file);
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.println(
        Conformance.report(
                "OASIS KMIP profile test cases, in FIPS mode over mutual TLS",
                results,
                Replay.FIPS_MODE,
                3)
            + String.format(
                "%d files in %.1f s (a fresh node per file)%n",
                results.size(), took.toMillis() / 1000.0));

    assertThat(results).hasSize(files.size());
    Conformance.Deviations d = Conformance.deviations(results, Replay.FIPS_MODE);
    assertThat(d.regressions()).as("files that should pass in FIPS mode").isEmpty();
    assertThat(d.nowPassing())
        .as("listed files that pass in FIPS mode now: take them off Conformance.KNOWN_FAILING")
        .isEmpty();
    assertThat(Conformance.passing(results))
        .isEqualTo(Conformance.expectedPassing(files, Replay.FIPS_MODE));
    // What fails in FIPS mode only fails for a non-approved algorithm, key size or parameter.
    assertThat(Conformance.KNOWN_FAILING.values())
        .filteredOn(k -> k.failsIn(Replay.FIPS_MODE) && !k.failsIn(Replay.OVER_TLS))
        .allSatisfy(
            k ->
                assertThat(k.category())
                    .as(k.path())
                    .isEqualTo(Conformance.Category.NON_APPROVED_ALGORITHM));
  }

  /** One TLS connection to the FIPS node for a file's requests; reconnects after a failure. */
  private static final class Connection implements AutoCloseable {
    private final FipsNodeProcess node;
    private KmipTestClient client;

    Connection(FipsNodeProcess node) {
      this.node = node;
    }

    Ttlv call(Ttlv request) {
      try {
        if (client == null) {
          client = node.connect();
        }
        return client.call(OasisReplayIT.withCredential(request));
      } catch (IOException e) {
        close();
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      if (client != null) {
        try {
          client.close();
        } catch (IOException e) {
          // The connection is gone either way.
        }
        client = null;
      }
    }
  }
}
