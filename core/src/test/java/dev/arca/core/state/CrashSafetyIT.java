package dev.arca.core.state;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.Envelope;
import dev.arca.core.crypto.MasterKeyFile;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.store.SqliteStore;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An acknowledged write survives {@code kill -9}: a child JVM writes keys with real sealed material
 * and is killed at random moments, twenty times on the same directory. After each kill the store
 * must open cleanly, pass SQLite's integrity check, and hold every key the child acknowledged, with
 * material that opens to the key the child reported.
 */
class CrashSafetyIT {

  static final String PASSPHRASE = "passphrase.txt";
  private static final int ROUNDS = 20;

  /** Exit status of a process killed by SIGKILL: 128 + 9. */
  private static final int KILLED_BY_SIGKILL = 137;

  @TempDir Path base;

  private record Ack(String id, int version, String sha256) {}

  @Test
  void acknowledgedWritesSurviveKillNine() throws Exception {
    long started = System.nanoTime();
    Files.writeString(
        base.resolve(PASSPHRASE), "crash-test-passphrase-not-a-secret\n", StandardCharsets.UTF_8);
    Files.setPosixFilePermissions(
        base.resolve(PASSPHRASE), PosixFilePermissions.fromString("rw-------"));
    long seed = System.nanoTime();
    Random random = new Random(seed);
    Map<String, Ack> acknowledged = new LinkedHashMap<>();
    Map<String, byte[]> envelopes = new LinkedHashMap<>();
    int killedBeforeReady = 0;
    try (MasterKeyFile keys =
        MasterKeyFile.open(
            CryptoModule.instance(),
            MasterKeyFile.Options.of(base)
                .withPassphraseFile(base.resolve(PASSPHRASE))
                .withIterations(100_000))) {
      Envelope envelope = keys.envelope();
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      for (int round = 1; round <= ROUNDS; round++) {
        List<String> lines = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(1);
        Process child = start(round);
        Thread reader = reader(child, lines, ready);
        // Mostly kill while writing; every fourth round at any moment, startup included.
        if (round % 4 == 1) {
          Thread.sleep(200 + random.nextInt(2500));
        } else {
          assertThat(ready.await(60, TimeUnit.SECONDS)).as("child ready, seed %d", seed).isTrue();
          Thread.sleep(50 + random.nextInt(500));
        }
        if (ready.getCount() > 0) {
          killedBeforeReady++;
        }
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        // destroyForcibly is SIGKILL on Linux: no shutdown hook, no flush, no close.
        assertThat(child.exitValue()).as("exit status, seed %d", seed).isEqualTo(KILLED_BY_SIGKILL);
        reader.join(10_000);

        List<Ack> fresh = new ArrayList<>();
        synchronized (lines) {
          for (String line : lines) {
            String[] f = line.split(" ");
            if (f.length == 5 && f[0].equals("ACK") && f[4].equals("END")) {
              fresh.add(new Ack(f[1], Integer.parseInt(f[2]), f[3]));
            }
          }
        }
        try (SqliteStore store = SqliteStore.open(base.resolve("data"))) {
          assertThat(store.integrityCheck()).as("round %d, seed %d", round, seed).isEmpty();
          for (Ack a : fresh) {
            ManagedObject o = store.get(a.id()).orElse(null);
            assertThat(o).as("acknowledged %s, round %d, seed %d", a.id(), round, seed).isNotNull();
            byte[] sealed = o.material().orElseThrow().envelope();
            byte[] key = envelope.open(sealed, Envelope.associatedData(a.id(), a.version()));
            assertThat(HexFormat.of().formatHex(sha256.digest(key))).isEqualTo(a.sha256());
            Arrays.fill(key, (byte) 0);
            acknowledged.put(a.id(), a);
            envelopes.put(a.id(), sealed);
          }
          // What earlier rounds acknowledged is still there, unchanged.
          for (Map.Entry<String, byte[]> e : envelopes.entrySet()) {
            ManagedObject o = store.get(e.getKey()).orElse(null);
            assertThat(o).as("%s after round %d", e.getKey(), round).isNotNull();
            assertThat(o.material().orElseThrow().envelope()).isEqualTo(e.getValue());
          }
          assertThat(store.count()).isGreaterThanOrEqualTo(acknowledged.size());
        }
      }
    }
    assertThat(acknowledged).as("keys acknowledged over all rounds").hasSizeGreaterThan(100);
    System.out.printf(
        "CrashSafetyIT: %d rounds (%d killed during start-up), %d acknowledged keys verified,"
            + " %.1f s, seed %d%n",
        ROUNDS, killedBeforeReady, acknowledged.size(), (System.nanoTime() - started) / 1e9, seed);
  }

  private Process start(int round) throws Exception {
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    ProcessBuilder pb =
        new ProcessBuilder(
            java.toString(),
            "-Xmx256m",
            "-XX:TieredStopAtLevel=1",
            "-cp",
            System.getProperty("java.class.path"),
            CrashWriter.class.getName(),
            base.toString(),
            Integer.toString(round));
    pb.environment().remove(MasterKeyFile.PASSPHRASE_ENVIRONMENT);
    pb.redirectError(ProcessBuilder.Redirect.appendTo(base.resolve("child-stderr.log").toFile()));
    return pb.start();
  }

  private static Thread reader(Process child, List<String> lines, CountDownLatch ready) {
    Thread t =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = r.readLine()) != null) {
                  if (line.equals("READY")) {
                    ready.countDown();
                  }
                  synchronized (lines) {
                    lines.add(line);
                  }
                }
              } catch (java.io.IOException e) {
                // The child was killed; what was read is what counts.
              }
            });
    t.setDaemon(true);
    t.start();
    return t;
  }
}
