package dev.arca.bench.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The /proc readers, on this process (Linux only). */
class ProcStatsTest {

  @Test
  void readsThisProcessAndTheMachine() {
    assumeTrue(Files.exists(Path.of("/proc/self/stat")), "Linux /proc");
    long self = ProcStats.self();

    assertThat(ProcStats.cpuNanos(self)).isPresent();
    assertThat(ProcStats.residentBytes(self).orElseThrow()).isPositive();
    assertThat(ProcStats.peakResidentBytes(self).orElseThrow())
        .isGreaterThanOrEqualTo(ProcStats.residentBytes(self).orElseThrow() / 2);
    long[] machine = ProcStats.machineTicks();
    assertThat(machine[1]).isPositive();
    assertThat(machine[0]).isBetween(0L, machine[1]);
  }

  @Test
  void aGoneProcessGivesNothing() {
    assertThat(ProcStats.cpuNanos(Integer.MAX_VALUE)).isEmpty();
    assertThat(ProcStats.residentBytes(Integer.MAX_VALUE)).isEmpty();
  }

  @Test
  void findsTheProcessListeningOnAPort() throws Exception {
    assumeTrue(Files.exists(Path.of("/proc/net/tcp")), "Linux /proc");
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      assertThat(ProcStats.listening(s.getLocalPort())).hasValue(ProcStats.self());
    }
  }
}
