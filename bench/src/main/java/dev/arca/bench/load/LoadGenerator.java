package dev.arca.bench.load;

import dev.arca.bench.load.LoadReport.ClientUsage;
import dev.arca.bench.load.LoadReport.Handshakes;
import dev.arca.bench.load.LoadReport.Latency;
import dev.arca.bench.load.LoadReport.MachineUsage;
import dev.arca.bench.load.LoadReport.OperationResult;
import dev.arca.bench.load.LoadReport.PoolSummary;
import dev.arca.bench.load.LoadReport.ServerUsage;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Random;
import org.HdrHistogram.Histogram;

/**
 * Drives a KMIP server over mutual TLS and measures it: the load generator behind {@code arca
 * bench}.
 *
 * <ol>
 *   <li>Prepares the key pool over one connection ({@link KeyPool}).
 *   <li>Opens the connections, one worker thread each ({@link Worker}), and runs the mix: a
 *       warm-up, then the timed part, by duration or by request count ({@link RunControl}).
 *   <li>Samples the server process's CPU time and memory from {@code /proc} at both ends of the
 *       timed part, and its memory every second.
 *   <li>Destroys the pool and what Create made, over all connections.
 * </ol>
 *
 * The load is closed-loop: each connection sends its next request when one of its {@code inFlight}
 * requests is answered. Latency is measured from the request's write to its response's arrival;
 * with more than one in flight it includes the wait behind the requests ahead on the connection.
 */
public final class LoadGenerator {

  private static final long TICK_NANOS = 1_000_000_000L;
  private static final int CLEANUP_DEPTH = 16;

  private final LoadOptions options;
  private final PrintStream progress;
  private final boolean interactive;

  private LoadGenerator(LoadOptions options, PrintStream progress, boolean interactive) {
    this.options = options;
    this.progress = progress;
    this.interactive = interactive;
  }

  /**
   * Runs a load and returns its report.
   *
   * @param progress where the progress line and the phases go (e.g. stderr); {@code null} for none
   * @param interactive whether {@code progress} is a terminal: the progress line is then rewritten
   *     in place instead of printed once a second
   * @throws IOException when TLS cannot be set up, the server cannot be reached, or the key pool
   *     cannot be made (the message says which, with the server's reason)
   */
  public static LoadReport run(LoadOptions options, PrintStream progress, boolean interactive)
      throws IOException {
    return new LoadGenerator(options, progress, interactive).run();
  }

  private LoadReport run() throws IOException {
    BenchTls tls =
        BenchTls.create(
            options.certificate(),
            options.privateKey(),
            options.trustedCas(),
            options.tlsProtocols(),
            options.resumeSessions());
    KmipRequests kmip = new KmipRequests(options.version(), options.username(), options.password());
    Worker.Connector connector =
        () ->
            tls.connect(
                options.host(), options.port(), options.connectTimeout(), options.readTimeout());
    byte[] payload = new byte[options.payloadBytes()];
    new Random(8).nextBytes(payload);
    byte[] runBytes = new byte[4];
    new SecureRandom().nextBytes(runBytes);
    String runId = HexFormat.of().formatHex(runBytes);

    BenchTls.Handshake setupHandshake = connector.connect();
    KmipChannel setupChannel = new KmipChannel(setupHandshake.socket());
    List<Worker> workers = new ArrayList<>();
    KeyPool pool = null;
    boolean cleaned = false;
    try {
      say("preparing the key pool on " + options.target() + " ...");
      long prepareStart = System.nanoTime();
      try {
        pool = KeyPool.prepare(new SetupSession(setupChannel, kmip), kmip, options, runId, payload);
      } catch (KeyPool.PreparationException e) {
        pool = e.pool();
        throw new IOException("preparing the key pool: " + e.getMessage(), e);
      }
      double prepareSeconds = (System.nanoTime() - prepareStart) / 1e9;

      RunControl control =
          new RunControl(options.requests().isPresent(), options.requests().orElse(0));
      for (int i = 0; i < options.connections(); i++) {
        BenchTls.Handshake h = connector.connect();
        workers.add(
            new Worker(
                i,
                new KmipChannel(h.socket()),
                h,
                connector,
                control,
                options.mix(),
                pool,
                options.inFlight()));
      }
      List<String> notes = new ArrayList<>();
      OptionalLong serverPid = serverPid(notes);
      Measurement m = drive(workers, control, serverPid);

      Tally all = new Tally();
      List<String> created = new ArrayList<>();
      for (Worker w : workers) {
        all.add(w.tally());
        created.addAll(w.created());
        if (w.crash() != null) {
          notes.add("worker " + w.index() + " stopped: " + w.crash());
        }
      }
      long[] removal = {0, 0};
      if (options.cleanup()) {
        say("removing the key pool and " + created.size() + " created objects ...");
        removal = cleanup(workers, setupChannel, kmip, pool, created);
      }
      cleaned = true;
      PoolSummary poolSummary =
          new PoolSummary(pool.size(), prepareSeconds, created.size(), removal[0], removal[1]);
      addNotes(notes);
      return report(all, m, workers.get(0), serverPid, poolSummary, notes);
    } finally {
      if (!cleaned && pool != null && options.cleanup()) {
        // A failure before the end: remove what was made all the same.
        List<String> created = new ArrayList<>();
        for (Worker w : workers) {
          created.addAll(w.created());
        }
        cleanup(workers, setupChannel, kmip, pool, created);
      }
      setupChannel.close();
      for (Worker w : workers) {
        if (w.channel() != null) {
          w.channel().close();
        }
      }
    }
  }

  /** What was sampled at the two ends of the timed part. */
  private record Measurement(
      Instant started,
      double elapsedSeconds,
      double sampledSeconds,
      OptionalLong serverCpuNanos,
      long serverRss,
      long serverPeakRss,
      long clientCpuNanos,
      long[] machineTicks) {}

  private Measurement drive(List<Worker> workers, RunControl control, OptionalLong pid) {
    List<Thread> threads = new ArrayList<>();
    for (Worker w : workers) {
      Thread t = new Thread(w, "bench-worker-" + w.index());
      t.setDaemon(true);
      threads.add(t);
    }
    long begin = System.nanoTime();
    threads.forEach(Thread::start);
    Ticker ticker = new Ticker(control, pid);
    long warmupEnd = begin + options.warmup().toNanos();
    while (System.nanoTime() - warmupEnd < 0) {
      ticker.tickUntil(warmupEnd, "warm-up");
    }

    long[] machine0 = ProcStats.machineTicks();
    OptionalLong server0 =
        pid.isPresent() ? ProcStats.cpuNanos(pid.getAsLong()) : OptionalLong.empty();
    long client0 = ProcStats.cpuNanos(ProcStats.self()).orElse(0);
    long sample0 = System.nanoTime();
    Instant started = Instant.now();
    control.measureStart = sample0;
    ticker.startMeasuring();
    if (options.duration().isPresent()) {
      control.measureEnd = sample0 + options.duration().get().toNanos();
      while (System.nanoTime() - control.measureEnd < 0) {
        ticker.tickUntil(control.measureEnd, "timed");
      }
      control.stop = true;
    } else {
      while (!control.stop && threads.stream().anyMatch(Thread::isAlive)) {
        ticker.tickUntil(System.nanoTime() + TICK_NANOS / 20, "timed");
      }
      control.stop = true;
    }
    long sample1 = System.nanoTime();
    long[] machine1 = ProcStats.machineTicks();
    OptionalLong server1 =
        pid.isPresent() ? ProcStats.cpuNanos(pid.getAsLong()) : OptionalLong.empty();
    long client1 = ProcStats.cpuNanos(ProcStats.self()).orElse(0);
    long rss = pid.isPresent() ? ProcStats.residentBytes(pid.getAsLong()).orElse(0) : 0;
    ticker.done();
    long join = System.nanoTime() + options.readTimeout().toNanos() + TICK_NANOS;
    for (Thread t : threads) {
      try {
        t.join(Math.max(1, (join - System.nanoTime()) / 1_000_000));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    long end = control.measureEnd == Long.MAX_VALUE ? sample1 : control.measureEnd;
    OptionalLong serverCpu =
        server0.isPresent() && server1.isPresent()
            ? OptionalLong.of(server1.getAsLong() - server0.getAsLong())
            : OptionalLong.empty();
    return new Measurement(
        started,
        (end - sample0) / 1e9,
        (sample1 - sample0) / 1e9,
        serverCpu,
        rss,
        Math.max(rss, ticker.peakRss),
        client1 - client0,
        new long[] {machine1[0] - machine0[0], machine1[1] - machine0[1]});
  }

  private LoadReport report(
      Tally all,
      Measurement m,
      Worker first,
      OptionalLong pid,
      PoolSummary pool,
      List<String> notes) {
    List<OperationResult> ops = new ArrayList<>();
    Histogram total = new Histogram(1, Tally.MAX_MICROS, 3);
    long totalErrors = 0;
    java.util.Map<String, Long> totalReasons = new java.util.TreeMap<>();
    for (BenchOperation op : options.mix().operations()) {
      Histogram h = all.histogram(op);
      total.add(h);
      Map<String, Long> reasons = all.errors(op);
      long errors = reasons.values().stream().mapToLong(Long::longValue).sum();
      totalErrors += errors;
      reasons.forEach((k, v) -> totalReasons.merge(op.id() + ": " + k, v, Long::sum));
      ops.add(
          new OperationResult(
              op.id(),
              h.getTotalCount(),
              errors,
              h.getTotalCount() / m.elapsedSeconds(),
              Latency.of(h),
              reasons));
    }
    OperationResult sum =
        new OperationResult(
            "total",
            total.getTotalCount(),
            totalErrors,
            total.getTotalCount() / m.elapsedSeconds(),
            Latency.of(total),
            totalReasons);
    Optional<Handshakes> handshakes =
        options.mix().contains(BenchOperation.HANDSHAKE)
            ? Optional.of(
                new Handshakes(
                    all.handshakes(), all.resumed(), all.handshakes() / m.elapsedSeconds()))
            : Optional.empty();
    Optional<ServerUsage> server = Optional.empty();
    if (pid.isPresent() && m.serverCpuNanos().isPresent()) {
      double cpuSeconds = m.serverCpuNanos().getAsLong() / 1e9;
      long per =
          options.mix().operations().equals(List.of(BenchOperation.HANDSHAKE))
              ? all.handshakes()
              : total.getTotalCount();
      server =
          Optional.of(
              new ServerUsage(
                  pid.getAsLong(),
                  cpuSeconds,
                  cpuSeconds / m.sampledSeconds(),
                  per == 0 ? 0 : cpuSeconds * 1e6 / per * (m.elapsedSeconds() / m.sampledSeconds()),
                  m.serverRss(),
                  m.serverPeakRss()));
    }
    ClientUsage client =
        new ClientUsage(ProcStats.self(), m.clientCpuNanos() / 1e9 / m.sampledSeconds());
    int cores = Runtime.getRuntime().availableProcessors();
    double busy = m.machineTicks()[1] == 0 ? 0 : 100.0 * m.machineTicks()[0] / m.machineTicks()[1];
    return new LoadReport(
        options.label(),
        options.target(),
        m.started(),
        options.version().toString(),
        first.tlsProtocol(),
        first.cipherSuite(),
        options,
        m.elapsedSeconds(),
        sum,
        ops,
        handshakes,
        server,
        client,
        new MachineUsage(cores, busy),
        pool,
        notes);
  }

  private void addNotes(List<String> notes) {
    OperationMix mix = options.mix();
    if (mix.contains(BenchOperation.ENCRYPT) || mix.contains(BenchOperation.DECRYPT)) {
      notes.add(
          options.aesMode() == AesMode.GCM
              ? "Encrypt/Decrypt: AES-256-GCM, Tag Length 16, IV from the server"
              : "Encrypt/Decrypt: AES-256-CBC with PKCS#5 padding, IV from the server");
    }
    if (options.requests().isPresent()) {
      notes.add("timed part by count: it ends with the last of its requests answered");
    }
  }

  /**
   * The server's process id: the one given, else the process listening on the port when the host is
   * this machine. The load generator's own process is not taken: a server in this process (a test)
   * cannot be measured apart from the load.
   */
  private OptionalLong serverPid(List<String> notes) {
    if (options.serverPid().isPresent()) {
      return options.serverPid();
    }
    if (!isLocal(options.host())) {
      return OptionalLong.empty();
    }
    OptionalLong found = ProcStats.listening(options.port());
    if (found.isPresent() && found.getAsLong() == ProcStats.self()) {
      notes.add("the server runs in the load generator's process: its CPU is not reported apart");
      return OptionalLong.empty();
    }
    return found;
  }

  private static boolean isLocal(String host) {
    try {
      InetAddress a = InetAddress.getByName(host);
      return a.isLoopbackAddress() || a.isAnyLocalAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }

  /**
   * Revokes the pool's Active objects, then destroys the pool and every object Create made,
   * spreading the requests over the open connections.
   *
   * @return {removed, failed requests}
   */
  private long[] cleanup(
      List<Worker> workers,
      KmipChannel setup,
      KmipRequests kmip,
      KeyPool pool,
      List<String> created) {
    List<KmipChannel> channels = new ArrayList<>();
    channels.add(setup);
    for (Worker w : workers) {
      if (w.channel() != null) {
        channels.add(w.channel());
      }
    }
    long failed = Pipeline.run(channels, pool.revokeRequests(kmip), CLEANUP_DEPTH).failed();
    List<byte[]> destroys = new ArrayList<>(pool.destroyRequests(kmip));
    for (String id : created) {
      destroys.add(kmip.message(dev.arca.kmip.enums.Operation.DESTROY, kmip.destroy(id)));
    }
    Pipeline.Result r = Pipeline.run(channels, destroys, CLEANUP_DEPTH);
    return new long[] {r.succeeded(), failed + r.failed()};
  }

  private void say(String line) {
    if (progress != null) {
      progress.println(line);
      progress.flush();
    }
  }

  /** The progress line, once a second, and the peak of the server's memory. */
  private final class Ticker {
    private final RunControl control;
    private final OptionalLong pid;
    private long nextTick = System.nanoTime() + TICK_NANOS;
    private long lastCompleted;
    private long lastTick = System.nanoTime();
    private long lastCpu = -1;
    private long measureStartNanos;
    long peakRss;

    Ticker(RunControl control, OptionalLong pid) {
      this.control = control;
      this.pid = pid;
      this.lastCpu = pid.isPresent() ? ProcStats.cpuNanos(pid.getAsLong()).orElse(-1) : -1;
    }

    void startMeasuring() {
      measureStartNanos = System.nanoTime();
      peakRss = 0;
    }

    /** Sleeps until {@code until} or the next tick, whichever comes first; prints on a tick. */
    void tickUntil(long until, String phase) {
      long wake = until - nextTick < 0 ? until : nextTick;
      long wait = wake - System.nanoTime();
      if (wait > 0) {
        try {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          control.stop = true;
          return;
        }
      }
      long now = System.nanoTime();
      if (now - nextTick >= 0) {
        nextTick += TICK_NANOS;
        print(now, phase);
      }
    }

    private void print(long now, String phase) {
      long completed = control.completed.sum();
      double seconds = (now - lastTick) / 1e9;
      double rate = (completed - lastCompleted) / seconds;
      Histogram recent = control.recent.getIntervalHistogram();
      String cpu = "";
      if (pid.isPresent()) {
        long c = ProcStats.cpuNanos(pid.getAsLong()).orElse(-1);
        if (c >= 0 && lastCpu >= 0) {
          cpu =
              String.format(Locale.ROOT, "  server CPU %.2f cores", (c - lastCpu) / 1e9 / seconds);
        }
        lastCpu = c;
        peakRss = Math.max(peakRss, ProcStats.residentBytes(pid.getAsLong()).orElse(0));
      }
      lastCompleted = completed;
      lastTick = now;
      String when =
          phase.equals("timed")
              ? String.format(Locale.ROOT, "%5.0fs", (now - measureStartNanos) / 1e9)
              : "      ";
      String line =
          String.format(
              Locale.ROOT,
              "%-7s %s %,10.0f req/s  p99 %7.3f ms  errors %,d%s",
              phase,
              when,
              rate,
              recent.getTotalCount() == 0 ? 0.0 : recent.getValueAtPercentile(99) / 1000.0,
              control.failed.sum(),
              cpu);
      if (progress != null) {
        if (interactive) {
          progress.print("\r" + line + "   ");
        } else {
          progress.println(line);
        }
        progress.flush();
      }
    }

    void done() {
      if (progress != null && interactive) {
        progress.println();
      }
    }
  }
}
