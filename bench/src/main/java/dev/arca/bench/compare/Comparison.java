package dev.arca.bench.compare;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Turns load generator reports into a comparison: a Markdown table per operation with the servers
 * side by side at each connection count and their throughput ratio, a table of the other runs, and
 * two SVG plots — throughput versus connections, and the latency distribution at the highest
 * connection count. {@code bench/compare.sh} runs it over the reports of its runs.
 *
 * <p>Usage: {@code Comparison --out DIR [--note TEXT]... REPORT.json|DIR...}. It writes {@code
 * DIR/results.md}, {@code DIR/throughput.svg} and {@code DIR/latency.svg}. A sweep is an operation
 * mix measured at two or more connection counts; the first label met is the reference of the ratio
 * column.
 */
public final class Comparison {

  static final String TABLE = "results.md";
  static final String THROUGHPUT = "throughput.svg";
  static final String LATENCY = "latency.svg";

  private final List<RunResult> runs;

  /** Sweeps: operations → label → connections → run. */
  private final Map<String, Map<String, TreeMap<Integer, RunResult>>> sweeps =
      new LinkedHashMap<>();

  private final List<RunResult> others = new ArrayList<>();
  private final List<String> labels = new ArrayList<>();

  Comparison(List<RunResult> runs) {
    this.runs = List.copyOf(runs);
    Map<String, Set<Integer>> counts = new LinkedHashMap<>();
    for (RunResult r : runs) {
      counts.computeIfAbsent(r.operations(), k -> new LinkedHashSet<>()).add(r.connections());
      if (!labels.contains(r.label())) {
        labels.add(r.label());
      }
    }
    for (RunResult r : runs) {
      if (counts.get(r.operations()).size() >= 2 && !r.handshakeOnly()) {
        sweeps
            .computeIfAbsent(r.operations(), k -> new LinkedHashMap<>())
            .computeIfAbsent(r.label(), k -> new TreeMap<>())
            .put(r.connections(), r);
      } else {
        others.add(r);
      }
    }
  }

  public static void main(String[] args) throws IOException {
    Path out = null;
    List<String> notes = new ArrayList<>();
    List<Path> inputs = new ArrayList<>();
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out":
          out = Path.of(value(args, ++i, "--out"));
          break;
        case "--note":
          notes.add(value(args, ++i, "--note"));
          break;
        default:
          inputs.add(Path.of(args[i]));
      }
    }
    if (out == null || inputs.isEmpty()) {
      System.err.println("usage: Comparison --out DIR [--note TEXT]... REPORT.json|DIR...");
      System.exit(2);
    }
    List<RunResult> runs = new ArrayList<>();
    for (Path p : inputs) {
      if (Files.isDirectory(p)) {
        // In the order the runs were made, so that tables and legends follow the script.
        List<Path> files;
        try (Stream<Path> listed = Files.list(p)) {
          files = listed.filter(f -> f.toString().endsWith(".json")).toList();
        }
        List<Path> ordered = new ArrayList<>(files);
        ordered.sort(Comparator.comparing(Comparison::modified).thenComparing(Path::toString));
        for (Path f : ordered) {
          runs.add(RunResult.read(f));
        }
      } else {
        runs.add(RunResult.read(p));
      }
    }
    Files.createDirectories(out);
    for (Path written : new Comparison(runs).write(out, notes)) {
      System.out.println(written);
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  private static String value(String[] args, int i, String option) {
    if (i >= args.length) {
      throw new IllegalArgumentException(option + " needs a value");
    }
    return args[i];
  }

  /** Writes the table and the plots into {@code dir}; returns the files written. */
  List<Path> write(Path dir, List<String> notes) throws IOException {
    List<Path> written = new ArrayList<>();
    written.add(Files.writeString(dir.resolve(TABLE), markdown(notes), StandardCharsets.UTF_8));
    if (!sweeps.isEmpty()) {
      written.add(
          Files.writeString(
              dir.resolve(THROUGHPUT), throughputChart().svg(), StandardCharsets.UTF_8));
      written.add(
          Files.writeString(dir.resolve(LATENCY), latencyChart().svg(), StandardCharsets.UTF_8));
    }
    return written;
  }

  /** The tables. */
  String markdown(List<String> notes) {
    StringBuilder md = new StringBuilder();
    for (String n : notes) {
      md.append(n).append('\n');
    }
    if (!notes.isEmpty()) {
      md.append('\n');
    }
    for (Map.Entry<String, Map<String, TreeMap<Integer, RunResult>>> sweep : sweeps.entrySet()) {
      List<String> here = labelsOf(sweep.getValue());
      RunResult any = sweep.getValue().get(here.get(0)).firstEntry().getValue();
      md.append(String.format(Locale.ROOT, "### %s: %s\n\n", sweep.getKey(), describe(any)));
      StringBuilder head = new StringBuilder("| connections |");
      StringBuilder rule = new StringBuilder("|---:|");
      for (String label : here) {
        head.append(
            String.format(
                Locale.ROOT, " %1$s req/s | %1$s p50 ms | %1$s p99 ms | %1$s server CPU |", label));
        rule.append("---:|---:|---:|---:|");
      }
      if (here.size() > 1) {
        for (String label : here.subList(1, here.size())) {
          head.append(String.format(Locale.ROOT, " %s / %s |", here.get(0), label));
          rule.append("---:|");
        }
      }
      md.append(head).append('\n').append(rule).append('\n');
      Set<Integer> connections = new TreeSet<>();
      sweep.getValue().values().forEach(m -> connections.addAll(m.keySet()));
      List<String> failures = new ArrayList<>();
      for (int c : connections) {
        StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %d |", c));
        for (String label : here) {
          RunResult r = sweep.getValue().get(label).get(c);
          if (r == null) {
            row.append(" – | – | – | – |");
            continue;
          }
          row.append(
              String.format(
                  Locale.ROOT,
                  " %s | %s | %s | %s |",
                  rate(r.throughput()),
                  ms(r.p50()),
                  ms(r.p99()),
                  cpu(r)));
          if (r.errors() > 0) {
            failures.add(
                String.format(
                    Locale.ROOT,
                    "%s at %d connections: %,d of %,d requests failed (see %s)",
                    label,
                    c,
                    r.errors(),
                    r.requests(),
                    r.source().getFileName()));
          }
        }
        RunResult reference = sweep.getValue().get(here.get(0)).get(c);
        if (here.size() > 1) {
          for (String label : here.subList(1, here.size())) {
            RunResult other = sweep.getValue().get(label).get(c);
            row.append(
                reference == null || other == null || other.throughput() <= 0
                    ? " – |"
                    : String.format(
                        Locale.ROOT, " %.1f× |", reference.throughput() / other.throughput()));
          }
        }
        md.append(row).append('\n');
      }
      md.append('\n');
      double lo = Double.MAX_VALUE;
      double hi = 0;
      for (TreeMap<Integer, RunResult> m : sweep.getValue().values()) {
        for (RunResult r : m.values()) {
          if (r.otherCpuCores().isPresent()) {
            lo = Math.min(lo, r.otherCpuCores().getAsDouble());
            hi = Math.max(hi, r.otherCpuCores().getAsDouble());
          }
        }
      }
      if (hi > 0 || lo == 0) {
        md.append(
            String.format(
                Locale.ROOT,
                "CPU used by neither server nor load generator during these runs: %.2f to %.2f"
                    + " cores.\n\n",
                lo,
                hi));
      }
      for (String f : failures) {
        md.append("- ").append(f).append('\n');
      }
      if (!failures.isEmpty()) {
        md.append('\n');
      }
    }
    if (!others.isEmpty()) {
      md.append("### Other runs\n\n");
      md.append(
          "| server | mix | KMIP | TLS | connections | req/s | p50 ms | p99 ms | p99.9 ms | errors |"
              + " server CPU | new connections |\n");
      md.append("|---|---|---|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
      for (RunResult r : others) {
        md.append(
            String.format(
                Locale.ROOT,
                "| %s | %s | %s | %s | %d | %s | %s | %s | %s | %,d | %s | %s |\n",
                r.label(),
                r.mix(),
                r.kmipVersion(),
                r.tls(),
                r.connections(),
                rate(r.throughput()),
                ms(r.p50()),
                ms(r.p99()),
                ms(r.p999()),
                r.errors(),
                cpu(r),
                r.handshakes() == 0
                    ? "–"
                    : String.format(
                        Locale.ROOT, "%,d (%,d resumed)", r.handshakes(), r.resumed())));
      }
      md.append('\n');
    }
    return md.toString();
  }

  /** Throughput against connections, one line per server and operation. */
  LineChart throughputChart() {
    Set<Integer> connections = new TreeSet<>();
    for (Map<String, TreeMap<Integer, RunResult>> byLabel : sweeps.values()) {
      byLabel.values().forEach(m -> connections.addAll(m.keySet()));
    }
    List<LineChart.Tick> ticks = new ArrayList<>();
    for (int c : connections) {
      ticks.add(new LineChart.Tick(log2(c), Integer.toString(c)));
    }
    if (ticks.size() < 2) {
      ticks.add(new LineChart.Tick(ticks.get(0).x() + 1, ""));
    }
    LineChart chart =
        new LineChart(
            "Throughput by connections (" + String.join(" vs ", labels) + ")",
            "connections (each one request in flight unless noted)",
            "requests per second (log scale)",
            ticks);
    for (Map.Entry<String, Map<String, TreeMap<Integer, RunResult>>> sweep : sweeps.entrySet()) {
      for (Map.Entry<String, TreeMap<Integer, RunResult>> byLabel : sweep.getValue().entrySet()) {
        List<double[]> points = new ArrayList<>();
        byLabel.getValue().forEach((c, r) -> points.add(new double[] {log2(c), r.throughput()}));
        chart.add(
            new LineChart.Series(
                byLabel.getKey() + " " + sweep.getKey(),
                labels.indexOf(byLabel.getKey()) > 0,
                points));
      }
    }
    return chart;
  }

  /**
   * Latency percentiles at each sweep's highest connection count, on the usual "nines" axis: x =
   * log10(100 / (100 − percentile)), so 90, 99, 99.9 % are evenly spaced; the maximum is put one
   * step past the last percentile.
   */
  LineChart latencyChart() {
    int most = 0;
    for (Map<String, TreeMap<Integer, RunResult>> byLabel : sweeps.values()) {
      for (TreeMap<Integer, RunResult> m : byLabel.values()) {
        most = Math.max(most, m.lastKey());
      }
    }
    List<LineChart.Tick> ticks =
        List.of(
            new LineChart.Tick(0, "0%"),
            new LineChart.Tick(1, "90%"),
            new LineChart.Tick(2, "99%"),
            new LineChart.Tick(3, "99.9%"),
            new LineChart.Tick(4, "99.99%"),
            new LineChart.Tick(5, "99.999%"),
            new LineChart.Tick(5.5, "max"));
    LineChart chart =
        new LineChart(
            "Latency distribution at " + most + " connections",
            "percentile of requests",
            "latency, ms (log scale)",
            ticks);
    for (Map.Entry<String, Map<String, TreeMap<Integer, RunResult>>> sweep : sweeps.entrySet()) {
      for (Map.Entry<String, TreeMap<Integer, RunResult>> byLabel : sweep.getValue().entrySet()) {
        RunResult r = byLabel.getValue().get(most);
        if (r == null) {
          continue;
        }
        List<double[]> points = new ArrayList<>();
        for (double[] p : r.distribution()) {
          points.add(new double[] {nines(p[0]), p[1]});
        }
        chart.add(
            new LineChart.Series(
                byLabel.getKey() + " " + sweep.getKey(),
                labels.indexOf(byLabel.getKey()) > 0,
                points));
      }
    }
    return chart;
  }

  /** The "nines" position of a percentile; 100 (the maximum) goes to 5.5. */
  static double nines(double percentile) {
    if (percentile >= 100) {
      return 5.5;
    }
    return Math.min(5.5, Math.log10(100 / (100 - percentile)));
  }

  private List<String> labelsOf(Map<String, TreeMap<Integer, RunResult>> byLabel) {
    List<String> here = new ArrayList<>();
    for (String l : labels) {
      if (byLabel.containsKey(l)) {
        here.add(l);
      }
    }
    return here;
  }

  private static String describe(RunResult r) {
    List<String> parts = new ArrayList<>();
    parts.add("KMIP " + r.kmipVersion());
    String ops = r.operations();
    if (ops.contains("encrypt") || ops.contains("decrypt")) {
      parts.add(
          String.format(
              Locale.ROOT,
              "AES-256-%s, %,d-byte payloads",
              r.aesMode().toUpperCase(Locale.ROOT),
              r.payloadBytes()));
    } else if (ops.contains("sign") || ops.contains("mac")) {
      parts.add(String.format(Locale.ROOT, "%,d-byte payloads", r.payloadBytes()));
    }
    parts.add(r.inFlight() + " in flight per connection");
    return String.join(", ", parts);
  }

  private static String cpu(RunResult r) {
    if (r.serverCpuCores().isEmpty()) {
      return "–";
    }
    return String.format(
        Locale.ROOT,
        "%.2f cores, %s µs/%s",
        r.serverCpuCores().getAsDouble(),
        r.serverCpuMicros().getAsDouble() >= 100
            ? String.format(Locale.ROOT, "%,.0f", r.serverCpuMicros().getAsDouble())
            : String.format(Locale.ROOT, "%.1f", r.serverCpuMicros().getAsDouble()),
        r.handshakeOnly() ? "handshake" : "req");
  }

  private static String rate(double v) {
    return String.format(Locale.ROOT, v >= 100 ? "%,.0f" : "%.1f", v);
  }

  private static String ms(double v) {
    return String.format(Locale.ROOT, v >= 100 ? "%.0f" : v >= 10 ? "%.1f" : "%.2f", v);
  }

  private static double log2(int c) {
    return Math.log(c) / Math.log(2);
  }

  List<RunResult> runs() {
    return runs;
  }
}
