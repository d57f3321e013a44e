package dev.arca.core.state;

import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.Envelope;
import dev.arca.core.crypto.MasterKeyFile;
import dev.arca.core.key.SealedMaterial;
import dev.arca.core.store.SqliteStore;
import dev.arca.core.store.TestObjects;
import dev.arca.kmip.enums.KeyFormatType;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.concurrent.CompletableFuture;

/**
 * The child process of {@link CrashSafetyIT}: writes keys as fast as it can until it is killed.
 *
 * <p>Arguments: the base directory (master key file and passphrase file in it, store in {@code
 * data/}) and a round number that keeps ids unique across runs. Prints {@code READY} once open,
 * then one {@code ACK id version sha256-of-key END} line per key, only after its command's future
 * completed as applied, i.e. after the commit. The key itself is never printed.
 */
public final class CrashWriter {

  static final int THREADS = 4;

  private CrashWriter() {}

  public static void main(String[] args) throws Exception {
    Path base = Path.of(args[0]);
    String round = args[1];
    CryptoModule module = CryptoModule.instance();
    MasterKeyFile keys =
        MasterKeyFile.open(
            module,
            MasterKeyFile.Options.of(base)
                .withPassphraseFile(base.resolve(CrashSafetyIT.PASSPHRASE)));
    Envelope envelope = keys.envelope();
    SqliteStore store = SqliteStore.open(base.resolve("data"));
    LocalReplicator replicator = new LocalReplicator(store);
    PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
    synchronized (out) {
      out.println("READY");
      out.flush();
    }
    Thread[] writers = new Thread[THREADS];
    for (int t = 0; t < THREADS; t++) {
      int thread = t;
      writers[t] =
          new Thread(
              () -> {
                try {
                  write(round, thread, module, envelope, replicator, out);
                } catch (Exception e) {
                  e.printStackTrace();
                  System.exit(3);
                }
              });
      writers[t].start();
    }
    for (Thread w : writers) {
      w.join();
    }
  }

  private static void write(
      String round,
      int thread,
      CryptoModule module,
      Envelope envelope,
      LocalReplicator replicator,
      PrintStream out)
      throws Exception {
    MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
    for (int n = 0; ; n++) {
      String id = "r" + round + "-t" + thread + "-" + n;
      int version = n % (dev.arca.core.key.ManagedObject.MAX_VERSION + 1);
      String keyName = "key-r" + round + "-t" + thread + "-" + (n / 4000);
      byte[] key = new byte[32];
      module.secureRandom().nextBytes(key);
      byte[] sealed = envelope.seal(key, Envelope.associatedData(id, version));
      String digest = HexFormat.of().formatHex(sha256.digest(key));
      Arrays.fill(key, (byte) 0);
      TestObjects o =
          TestObjects.key(id)
              .name(id)
              .version(keyName, version)
              .material(new SealedMaterial(KeyFormatType.RAW, sealed));
      // Every fourth writer waits for each command; the others keep a few in flight.
      CompletableFuture<CommandResult> f = replicator.submit(new PutObject(o.build()));
      CommandResult r = f.get();
      if (r.applied()) {
        synchronized (out) {
          out.println("ACK " + id + " " + version + " " + digest + " END");
          out.flush();
        }
      }
    }
  }
}
