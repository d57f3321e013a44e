package dev.arca.bench.core;

import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.Envelope;
import dev.arca.core.crypto.MasterKeyFile;
import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.MaterialState;
import dev.arca.core.key.SealedMaterial;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.IndexedCommand;
import dev.arca.core.state.LocalReplicator;
import dev.arca.core.state.PutObject;
import dev.arca.core.store.LocateQuery;
import dev.arca.core.store.SqliteStore;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.NameType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.HdrHistogram.Histogram;

/**
 * Measures the store: (a) durable creates per second through {@link LocalReplicator} with one and
 * with eight submitting threads, each create a PutObject with realistic attributes and material
 * sealed under a master key; (b) Locate-by-name latency with a million objects stored, and the heap
 * in use meanwhile; (c) database size per object.
 *
 * <p>Usage: {@code StoreBenchmark [--dir DIR] [--objects N] [--seconds S]}. DIR (default: a new
 * temporary directory) must be on the disk to measure; it is left in place for inspection.
 */
public final class StoreBenchmark {

  private static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");

  private StoreBenchmark() {}

  public static void main(String[] args) throws Exception {
    Path dir = null;
    int objects = 1_000_000;
    int seconds = 10;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--dir":
          dir = Path.of(args[++i]);
          break;
        case "--objects":
          objects = Integer.parseInt(args[++i]);
          break;
        case "--seconds":
          seconds = Integer.parseInt(args[++i]);
          break;
        default:
          System.err.println("usage: StoreBenchmark [--dir DIR] [--objects N] [--seconds S]");
          System.exit(2);
      }
    }
    if (dir == null) {
      dir = Files.createTempDirectory("arca-store-bench");
    }
    printMachine();
    System.out.println("data directory: " + dir);

    Path passphrase = dir.resolve("bench-passphrase.txt");
    Files.createDirectories(dir);
    if (!Files.exists(passphrase)) {
      Files.writeString(passphrase, "benchmark-passphrase-not-secret\n", StandardCharsets.UTF_8);
      Files.setPosixFilePermissions(passphrase, PosixFilePermissions.fromString("rw-------"));
    }
    CryptoModule module = CryptoModule.instance();
    try (MasterKeyFile keys =
        MasterKeyFile.open(module, MasterKeyFile.Options.of(dir).withPassphraseFile(passphrase))) {
      Envelope envelope = keys.envelope();
      creates(dir.resolve("creates-1"), module, envelope, 1, seconds);
      creates(dir.resolve("creates-8"), module, envelope, 8, seconds);
      locate(dir.resolve("locate"), module, envelope, objects);
    }
  }

  // ---- (a) creates ------------------------------------------------------------------------

  private static void creates(
      Path data, CryptoModule module, Envelope envelope, int threads, int seconds)
      throws Exception {
    deleteTree(data);
    try (SqliteStore store = SqliteStore.open(data);
        LocalReplicator replicator = new LocalReplicator(store)) {
      AtomicBoolean measuring = new AtomicBoolean();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicLong done = new AtomicLong();
      Histogram latency = new Histogram(3);
      List<Thread> workers = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        Thread w =
            new Thread(
                () -> {
                  Random random = new Random(thread);
                  Histogram mine = new Histogram(3);
                  try {
                    for (long n = 0; !stop.get(); n++) {
                      long start = System.nanoTime();
                      // Random ids and names, as clients and the key service choose them.
                      ManagedObject o =
                          object(
                              UUID.randomUUID().toString(),
                              "key-" + UUID.randomUUID(),
                              0,
                              Instant.now(),
                              module,
                              envelope,
                              random);
                      CommandResult r = replicator.submit(new PutObject(o)).get();
                      if (!r.applied()) {
                        throw new IllegalStateException("rejected: " + r);
                      }
                      if (measuring.get()) {
                        done.incrementAndGet();
                        mine.recordValue((System.nanoTime() - start) / 1000);
                      }
                    }
                  } catch (Exception e) {
                    e.printStackTrace();
                  }
                  synchronized (latency) {
                    latency.add(mine);
                  }
                });
        workers.add(w);
        w.start();
      }
      Thread.sleep(2_000); // warm-up
      long batches0 = replicator.batchesApplied();
      long commands0 = replicator.commandsApplied();
      measuring.set(true);
      long start = System.nanoTime();
      Thread.sleep(seconds * 1000L);
      measuring.set(false);
      double batchSize =
          (double) (replicator.commandsApplied() - commands0)
              / Math.max(1, replicator.batchesApplied() - batches0);
      double elapsed = (System.nanoTime() - start) / 1e9;
      long count = done.get();
      stop.set(true);
      for (Thread w : workers) {
        w.join();
      }
      System.out.printf(
          "(a) creates, %d submitting thread(s): %.0f durable creates/s over %.1f s"
              + " (%.1f commands per commit; latency p50 %.2f ms, p99 %.2f ms), %d objects"
              + " stored%n",
          threads,
          count / elapsed,
          elapsed,
          batchSize,
          latency.getValueAtPercentile(50) / 1000.0,
          latency.getValueAtPercentile(99) / 1000.0,
          store.count());
    }
  }

  /** A 256-bit AES key as the key service would create it: random, sealed, named, versioned. */
  static ManagedObject object(
      String id,
      String keyName,
      int version,
      Instant created,
      CryptoModule module,
      Envelope envelope,
      Random random)
      throws Exception {
    byte[] key = new byte[32];
    module.secureRandom().nextBytes(key);
    byte[] sealed = envelope.seal(key, Envelope.associatedData(id, version));
    java.util.Arrays.fill(key, (byte) 0);
    AttributeSet attributes =
        AttributeSet.builder()
            .set(Ttlv.text(Tag.UNIQUE_IDENTIFIER, id))
            .add(
                Ttlv.structure(
                    Tag.NAME,
                    Ttlv.text(Tag.NAME_VALUE, keyName),
                    Ttlv.enumeration(Tag.NAME_TYPE, NameType.UNINTERPRETED_TEXT_STRING.code())))
            .set(Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.code()))
            .set(Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()))
            .set(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256))
            .set(
                Ttlv.integer(
                    Tag.CRYPTOGRAPHIC_USAGE_MASK,
                    CryptographicUsageMask.ENCRYPT.code() | CryptographicUsageMask.DECRYPT.code()))
            .set(Ttlv.enumeration(Tag.STATE, State.ACTIVE.code()))
            .set(Ttlv.dateTime(Tag.INITIAL_DATE, created))
            .set(Ttlv.dateTime(Tag.ACTIVATION_DATE, created))
            .set(Ttlv.dateTime(Tag.LAST_CHANGE_DATE, created))
            .add(
                AttributeKey.custom("x", "expiry"),
                Ttlv.text(Tag.ATTRIBUTE_VALUE, "2031-01-01T00:00:00Z"))
            .build();
    return new ManagedObject(
        id,
        ObjectType.SYMMETRIC_KEY,
        attributes,
        Optional.of("app-" + random.nextInt(50)),
        Optional.of(keyName),
        version,
        MaterialState.ONLINE,
        Optional.of(new SealedMaterial(KeyFormatType.RAW, sealed)),
        1);
  }

  // ---- (b) locate and (c) size ------------------------------------------------------------

  private static void locate(Path data, CryptoModule module, Envelope envelope, int objects)
      throws Exception {
    deleteTree(data);
    int batch = 10_000;
    List<String> names = new ArrayList<>();
    for (int i = 0; i < Math.max(1, objects / 10); i++) {
      names.add("key-" + UUID.randomUUID());
    }
    long started = System.nanoTime();
    try (SqliteStore store = SqliteStore.open(data)) {
      Random random = new Random(1);
      long index = 0;
      for (int i = 0; i < objects; i += batch) {
        List<IndexedCommand> commands = new ArrayList<>(batch);
        for (int j = i; j < Math.min(objects, i + batch); j++) {
          // Ten versions per name: 100,000 names for a million objects, created over a year.
          ManagedObject o =
              object(
                  UUID.randomUUID().toString(),
                  names.get(j % names.size()),
                  j / names.size(),
                  NOW.minusSeconds((objects - j) * 30L),
                  module,
                  envelope,
                  random);
          commands.add(new IndexedCommand(++index, new PutObject(o)));
        }
        for (CommandResult r : store.apply(commands)) {
          if (!r.applied()) {
            throw new IllegalStateException("rejected: " + r);
          }
        }
      }
      double buildSeconds = (System.nanoTime() - started) / 1e9;
      System.out.printf(
          "(b) built %d objects in batches of %d: %.1f s (%.0f objects/s, sealing included)%n",
          store.count(), batch, buildSeconds, store.count() / buildSeconds);

      Random pick = new Random(2);
      for (int i = 0; i < 5_000; i++) {
        locateByName(store, names.get(pick.nextInt(names.size())));
      }
      Histogram latency = new Histogram(3);
      int queries = 20_000;
      long t0 = System.nanoTime();
      for (int i = 0; i < queries; i++) {
        long start = System.nanoTime();
        List<String> ids = locateByName(store, names.get(pick.nextInt(names.size())));
        latency.recordValue((System.nanoTime() - start) / 1000);
        if (ids.size() != 1) {
          throw new IllegalStateException("expected one newest version, got " + ids);
        }
      }
      double qSeconds = (System.nanoTime() - t0) / 1e9;
      MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
      System.gc();
      long heap = memory.getHeapMemoryUsage().getUsed();
      System.out.printf(
          "(b) Locate by name (newest usable version of 10), %d objects, 1 thread: p50 %.3f ms,"
              + " p99 %.3f ms, max %.3f ms, %.0f locates/s; heap used after GC %.1f MiB"
              + " (max heap %.0f MiB)%n",
          store.count(),
          latency.getValueAtPercentile(50) / 1000.0,
          latency.getValueAtPercentile(99) / 1000.0,
          latency.getMaxValue() / 1000.0,
          queries / qSeconds,
          heap / 1048576.0,
          Runtime.getRuntime().maxMemory() / 1048576.0);
    }
    // Closing checkpointed the WAL into the database file.
    long bytes = Files.size(data.resolve(SqliteStore.DATABASE_FILE));
    long wal =
        Files.exists(data.resolve(SqliteStore.DATABASE_FILE + "-wal"))
            ? Files.size(data.resolve(SqliteStore.DATABASE_FILE + "-wal"))
            : 0;
    System.out.printf(
        "(c) database size: %.1f MiB for %d objects = %.0f bytes per object (WAL after close: %d"
            + " bytes)%n",
        bytes / 1048576.0, objects, (double) bytes / objects, wal);
  }

  private static List<String> locateByName(SqliteStore store, String name) {
    return store
        .locate(
            new LocateQuery(
                Optional.empty(),
                Optional.of(name),
                Optional.empty(),
                OptionalInt.empty(),
                Set.of(),
                true,
                Set.of(),
                NOW,
                Map.of(),
                Map.of(),
                Set.of(),
                LocateQuery.Versions.newestUsable(),
                Optional.empty(),
                0,
                OptionalInt.empty()))
        .ids();
  }

  // ---- helpers ----------------------------------------------------------------------------

  private static void printMachine() throws IOException {
    String cpu = "unknown";
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (Files.exists(cpuinfo)) {
      for (String line : Files.readAllLines(cpuinfo)) {
        if (line.startsWith("model name")) {
          cpu = line.substring(line.indexOf(':') + 1).trim();
          break;
        }
      }
    }
    String ram = "unknown";
    Path meminfo = Path.of("/proc/meminfo");
    if (Files.exists(meminfo)) {
      for (String line : Files.readAllLines(meminfo)) {
        if (line.startsWith("MemTotal")) {
          long kib = Long.parseLong(line.replaceAll("[^0-9]", ""));
          ram = String.format("%.1f GiB", kib / 1048576.0);
          break;
        }
      }
    }
    System.out.printf(
        "machine: %d CPUs (%s), RAM %s; JDK %s %s; max heap %.0f MiB%n",
        Runtime.getRuntime().availableProcessors(),
        cpu,
        ram,
        System.getProperty("java.vm.vendor"),
        System.getProperty("java.runtime.version"),
        Runtime.getRuntime().maxMemory() / 1048576.0);
  }

  private static void deleteTree(Path p) throws IOException {
    if (!Files.exists(p)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(p)) {
      for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(q);
      }
    }
  }
}
