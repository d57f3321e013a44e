package dev.arca.server.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.testing.Vectors;
import dev.arca.server.conformance.Conformance;
import dev.arca.server.testing.DispatcherFixture;
import dev.arca.server.testing.VectorReplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Replays every OASIS KMIP 1.4 and 2.1 profile test case in process, each file against an empty
 * store (except the files of {@link Conformance#FOLLOWS}), and compares the responses by the rules
 * of {@link VectorReplay}. Prints a pass/fail table per file and the counts per version and
 * profile.
 *
 * <p>Exactly the files not in {@link Conformance#KNOWN_FAILING} must pass: a regression fails the
 * test, and so does a listed file that passes, until it is taken off the list. {@code
 * OasisReplayIT} replays the same files over mutual TLS against a real node.
 */
class OasisVectorReplayTest {

  @Test
  void exactlyTheExpectedProfileFilesPass() {
    List<Vectors.VectorFile> files = Vectors.xml().toList();
    List<VectorReplay.FileResult> results = new ArrayList<>();
    DispatcherFixture server = null;
    Optional<Vectors.VectorFile> previous = Optional.empty();
    try {
      for (Vectors.VectorFile file : files) {
        if (server == null || Conformance.startsFresh(file, previous)) {
          if (server != null) {
            server.close();
          }
          server = DispatcherFixture.start();
        }
        results.add(VectorReplay.replay(file, server::send));
        previous = Optional.of(file);
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
    System.out.println(
        Conformance.report(
            "OASIS KMIP profile test cases, in process",
            results,
            Conformance.Replay.IN_PROCESS,
            3));

    assertThat(results).hasSize(files.size());
    Conformance.Deviations d = Conformance.deviations(results, Conformance.Replay.IN_PROCESS);
    assertThat(d.regressions()).as("files that should pass").isEmpty();
    assertThat(d.nowPassing())
        .as("listed files that pass now: take them off Conformance.KNOWN_FAILING")
        .isEmpty();
    assertThat(Conformance.passing(results))
        .isEqualTo(Conformance.expectedPassing(files, Conformance.Replay.IN_PROCESS));
  }
}
