package dev.arca.bench.load;

import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import org.HdrHistogram.Histogram;

/**
 * What one worker measured in the timed part, per operation: latencies (microseconds, HdrHistogram
 * with 3 significant digits, up to a minute) and failures by reason. Owned by one thread while the
 * load runs; the workers' tallies are merged at the end.
 */
final class Tally {

  /** The largest latency kept apart; longer ones count as this. */
  static final long MAX_MICROS = 60_000_000L;

  private final Map<BenchOperation, Histogram> latency = new EnumMap<>(BenchOperation.class);
  private final Map<BenchOperation, Map<String, Long>> errors = new EnumMap<>(BenchOperation.class);
  private long handshakes;
  private long resumed;

  void success(BenchOperation op, long micros) {
    histogram(op).recordValue(Math.max(1, Math.min(MAX_MICROS, micros)));
  }

  void failure(BenchOperation op, long micros, String reason) {
    success(op, micros);
    errors.computeIfAbsent(op, k -> new TreeMap<>()).merge(reason, 1L, Long::sum);
  }

  void handshake(boolean wasResumed) {
    handshakes++;
    if (wasResumed) {
      resumed++;
    }
  }

  Histogram histogram(BenchOperation op) {
    return latency.computeIfAbsent(op, k -> new Histogram(1, MAX_MICROS, 3));
  }

  /** Failures of {@code op} by reason. */
  Map<String, Long> errors(BenchOperation op) {
    return errors.getOrDefault(op, Map.of());
  }

  long handshakes() {
    return handshakes;
  }

  long resumed() {
    return resumed;
  }

  /** Adds {@code other}'s figures to these. */
  void add(Tally other) {
    for (Map.Entry<BenchOperation, Histogram> e : other.latency.entrySet()) {
      histogram(e.getKey()).add(e.getValue());
    }
    for (Map.Entry<BenchOperation, Map<String, Long>> e : other.errors.entrySet()) {
      Map<String, Long> mine = errors.computeIfAbsent(e.getKey(), k -> new TreeMap<>());
      e.getValue().forEach((reason, n) -> mine.merge(reason, n, Long::sum));
    }
    handshakes += other.handshakes;
    resumed += other.resumed;
  }
}
