package dev.arca.server.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.testing.Vectors;
import dev.arca.server.conformance.Conformance;
import dev.arca.server.testing.DispatcherFixture;
import dev.arca.server.testing.VectorReplay;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Replays the OASIS profile test cases of the cryptographic services — CS-BC (block cipher), CS-AC
 * (asymmetric and MAC), CS-RNG, SUITEB and AX (XTS keys), KMIP 1.4 and 2.1 — in process, each file
 * against an empty server, and prints a pass/fail table with every difference of a failed file, for
 * work on the crypto handlers. Exactly the files not in {@link Conformance#KNOWN_FAILING} must
 * pass.
 */
class CryptoVectorReplayTest {

  private static final Set<String> PROFILES = Set.of("CS-BC", "CS-AC", "CS-RNG", "SUITEB", "AX");

  @Test
  void exactlyTheExpectedCryptographicProfileFilesPass() {
    List<VectorReplay.FileResult> results = new ArrayList<>();
    for (Vectors.VectorFile file : Vectors.xml().toList()) {
      if (!PROFILES.contains(file.profile())) {
        continue;
      }
      try (DispatcherFixture server = DispatcherFixture.start()) {
        results.add(VectorReplay.replay(file, server::send));
      }
    }
    System.out.println(
        Conformance.report(
            "OASIS cryptographic service profiles, in process",
            results,
            Conformance.Replay.IN_PROCESS,
            Integer.MAX_VALUE));

    assertThat(results).hasSizeGreaterThan(80);
    Conformance.Deviations d = Conformance.deviations(results, Conformance.Replay.IN_PROCESS);
    assertThat(d.regressions()).as("files that should pass").isEmpty();
    assertThat(d.nowPassing())
        .as("listed files that pass now: take them off Conformance.KNOWN_FAILING")
        .isEmpty();
  }
}
