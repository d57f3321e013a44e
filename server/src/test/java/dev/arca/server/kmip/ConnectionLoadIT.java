package dev.arca.server.kmip;

import static dev.arca.server.kmip.Listeners.address;
import static dev.arca.server.kmip.Listeners.eventually;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.server.testing.KmipTestClient;
import dev.arca.server.testing.TestPki;
import dev.arca.server.tls.TlsContexts;
import dev.arca.server.tls.TlsMaterial;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * 1,000 idle, handshaken connections on one listener, opened by a separate process: the listener
 * still answers a new client promptly, and its heap grows by a bounded amount per connection.
 */
class ConnectionLoadIT {

  private static final int CONNECTIONS = 1_000;
  private static final TestPki PKI = TestPki.shared();

  @Test
  void thousandIdleConnectionsLeaveTheListenerResponsive(@TempDir Path dir) throws Exception {
    TlsMaterial flood = PKI.client("flood");
    Files.write(dir.resolve("key.der"), flood.privateKey().getEncoded());
    Files.write(dir.resolve("cert.der"), flood.chain().get(0).getEncoded());
    Files.write(dir.resolve("ca.der"), PKI.ca().getEncoded());

    EchoService service = new EchoService();
    try (ListenerManager manager = new ListenerManager(service, TransportSettings.DEFAULTS)) {
      manager.apply(List.of(Listeners.mutualTls("load")), c -> PKI.server());
      KmipListener listener = manager.listener("load").orElseThrow();
      // Warm up the paths the flood takes, so that class loading is not counted as growth.
      try (KmipTestClient warm =
          KmipTestClient.connect(TlsContexts.client(PKI.client("warm")), address(listener))) {
        warm.call(KmipMessages.request(1));
      }
      long before = usedHeapAfterGc();

      Process process =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-Xmx256m",
                  "-cp",
                  System.getProperty("java.class.path"),
                  ConnectionFlood.class.getName(),
                  "127.0.0.1",
                  Integer.toString(listener.port()),
                  Integer.toString(CONNECTIONS),
                  "8",
                  dir.toString())
              .redirectError(ProcessBuilder.Redirect.INHERIT)
              .start();
      try {
        BufferedReader out =
            new BufferedReader(
                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String ready = out.readLine();
        assertThat(ready).startsWith("READY " + CONNECTIONS);
        assertThat(
                eventually(
                    Duration.ofSeconds(20),
                    () -> listener.stats().handshakesSucceeded() >= CONNECTIONS + 1))
            .isTrue();
        assertThat(listener.stats().openConnections()).isEqualTo(CONNECTIONS);

        long during = usedHeapAfterGc();
        long perConnection = (during - before) / CONNECTIONS;
        System.out.printf(
            "ConnectionLoadIT: %d connections opened in %s ms; server heap %d MiB before,"
                + " %d MiB with them open: %d KiB per connection%n",
            CONNECTIONS, ready.split(" ")[2], before >> 20, during >> 20, perConnection >> 10);

        long start = System.nanoTime();
        try (KmipTestClient fresh =
            KmipTestClient.connect(TlsContexts.client(PKI.client("fresh")), address(listener))) {
          assertThat(KmipMessages.batchCount(fresh.call(KmipMessages.request(1)))).isEqualTo(1);
        }
        Duration roundTrip = Duration.ofNanos(System.nanoTime() - start);
        System.out.printf(
            "ConnectionLoadIT: fresh connection answered in %d ms%n", roundTrip.toMillis());
        assertThat(roundTrip).isLessThan(Duration.ofSeconds(2));
        assertThat(perConnection).isLessThan(64 * 1024);
      } finally {
        process.getOutputStream().close();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      }
      assertThat(eventually(Duration.ofSeconds(10), () -> listener.stats().openConnections() == 0))
          .isTrue();
    }
  }

  private static long usedHeapAfterGc() throws InterruptedException {
    long used = Long.MAX_VALUE;
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(200);
      used = Math.min(used, ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed());
    }
    return used;
  }
}
