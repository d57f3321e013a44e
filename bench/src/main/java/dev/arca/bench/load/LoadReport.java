package dev.arca.bench.load;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import org.HdrHistogram.Histogram;

/**
 * The result of a load: what ran, how much, how fast, and what it cost the server. {@link
 * ReportJson} writes it for scripts (schema {@value #SCHEMA}) and {@link ReportText} as one screen
 * for people.
 *
 * @param label the server's name in reports
 * @param target {@code host:port}
 * @param started when the timed part began
 * @param kmipVersion e.g. {@code 1.2}
 * @param tlsProtocol the protocol the connections negotiated, e.g. {@code TLSv1.3}
 * @param cipherSuite the cipher suite they negotiated
 * @param options the load's settings
 * @param elapsedSeconds the length of the timed part
 * @param total every operation together
 * @param operations each operation of the mix
 * @param handshakes new connections made by {@link BenchOperation#HANDSHAKE} steps, when any
 * @param server the server process's CPU time and memory over the timed part, when it could be
 *     measured
 * @param client this process's CPU use over the timed part (the load generator's own cost)
 * @param machine the whole machine's CPU use over the timed part
 * @param pool the key pool and the clean-up
 * @param notes remarks on how to read the figures, e.g. a request shape chosen for the server
 */
public record LoadReport(
    String label,
    String target,
    Instant started,
    String kmipVersion,
    String tlsProtocol,
    String cipherSuite,
    LoadOptions options,
    double elapsedSeconds,
    OperationResult total,
    List<OperationResult> operations,
    Optional<Handshakes> handshakes,
    Optional<ServerUsage> server,
    ClientUsage client,
    MachineUsage machine,
    PoolSummary pool,
    List<String> notes) {

  /** The JSON form's schema name; a change of its fields changes the number. */
  public static final String SCHEMA = "arca-bench/1";

  public LoadReport {
    operations = List.copyOf(operations);
    notes = List.copyOf(notes);
  }

  /** Requests answered in the timed part, failures included. */
  public long requests() {
    return total.requests();
  }

  /** Requests per second over the timed part. */
  public double throughput() {
    return total.throughput();
  }

  /**
   * One operation's figures (or all of them together).
   *
   * @param operation its name, or {@code total}
   * @param requests requests answered in the timed part
   * @param errors those that failed
   * @param throughput requests per second
   * @param latency its latency percentiles
   * @param errorsByReason failures by Result Reason, or by I/O error
   */
  public record OperationResult(
      String operation,
      long requests,
      long errors,
      double throughput,
      Latency latency,
      Map<String, Long> errorsByReason) {

    public OperationResult {
      errorsByReason = Map.copyOf(errorsByReason);
    }
  }

  /**
   * Latency percentiles, in milliseconds, from an HdrHistogram of microseconds (3 significant
   * digits), and the percentile spectrum for plots.
   */
  public record Latency(
      double mean,
      double p50,
      double p90,
      double p99,
      double p999,
      double max,
      List<Percentile> distribution) {

    /** The percentiles a distribution plot shows, 0 to 100. */
    static final double[] SPECTRUM = {
      0, 10, 25, 50, 75, 90, 95, 99, 99.5, 99.9, 99.95, 99.99, 99.999, 100
    };

    public Latency {
      distribution = List.copyOf(distribution);
    }

    /** The percentiles of {@code h} (microseconds). */
    static Latency of(Histogram h) {
      if (h.getTotalCount() == 0) {
        return new Latency(0, 0, 0, 0, 0, 0, List.of());
      }
      List<Percentile> spectrum = new java.util.ArrayList<>();
      for (double p : SPECTRUM) {
        spectrum.add(new Percentile(p, ms(h.getValueAtPercentile(p))));
      }
      return new Latency(
          h.getMean() / 1000.0,
          ms(h.getValueAtPercentile(50)),
          ms(h.getValueAtPercentile(90)),
          ms(h.getValueAtPercentile(99)),
          ms(h.getValueAtPercentile(99.9)),
          ms(h.getMaxValue()),
          spectrum);
    }

    private static double ms(long micros) {
      return micros / 1000.0;
    }
  }

  /**
   * A point of the latency distribution: {@code percentile} % of requests took at most {@code ms}.
   */
  public record Percentile(double percentile, double ms) {}

  /**
   * New connections.
   *
   * @param count handshakes completed in the timed part
   * @param resumed of those, how many resumed a TLS 1.2 session
   * @param perSecond handshakes per second
   */
  public record Handshakes(long count, long resumed, double perSecond) {}

  /**
   * The server process over the timed part.
   *
   * @param pid its process id
   * @param cpuSeconds user and system CPU time it used
   * @param cpuCores that time divided by the elapsed time: 1.0 is one core busy all along
   * @param cpuMicrosPerRequest its CPU time per answered request (per handshake for a handshake
   *     load)
   * @param residentBytes its resident memory at the end
   * @param peakResidentBytes the most resident memory seen during the timed part
   */
  public record ServerUsage(
      long pid,
      double cpuSeconds,
      double cpuCores,
      double cpuMicrosPerRequest,
      long residentBytes,
      long peakResidentBytes) {}

  /** This process (the load generator) over the timed part, in cores busy. */
  public record ClientUsage(long pid, double cpuCores) {}

  /** The machine over the timed part: its cores and the share of their time not idle. */
  public record MachineUsage(int cores, double busyPercent) {}

  /**
   * The key pool.
   *
   * @param objects objects made before the timed part
   * @param prepareSeconds how long making them took
   * @param created objects Create made during the load (warm-up included)
   * @param removed objects destroyed at the end
   * @param cleanupErrors requests of the clean-up that failed
   */
  public record PoolSummary(
      int objects, double prepareSeconds, long created, long removed, long cleanupErrors) {}

  /** The process id measured, if any. */
  OptionalLong serverPid() {
    return server.map(s -> OptionalLong.of(s.pid())).orElse(OptionalLong.empty());
  }
}
