package dev.arca.bench.load;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** A {@link LoadReport} on one screen: at most {@value #MAX_LINES} lines of at most 100 columns. */
public final class ReportText {

  static final int MAX_LINES = 24;

  private ReportText() {}

  /** The summary, lines ending in {@code \n}. */
  public static String write(LoadReport r) {
    LoadOptions o = r.options();
    List<String> lines = new ArrayList<>();
    lines.add(
        String.format(
            Locale.ROOT,
            "%s (%s), KMIP %s, %s %s",
            r.label(),
            r.target(),
            r.kmipVersion(),
            r.tlsProtocol(),
            r.cipherSuite()));
    String span =
        o.duration().isPresent()
            ? String.format(Locale.ROOT, "%.1f s", r.elapsedSeconds())
            : String.format(
                Locale.ROOT,
                "%,d requests in %.1f s",
                o.requests().getAsLong(),
                r.elapsedSeconds());
    lines.add(
        String.format(
            Locale.ROOT,
            "%d connection%s x %d in flight, %s after %s s warm-up; mix %s",
            o.connections(),
            o.connections() == 1 ? "" : "s",
            o.inFlight(),
            span,
            trim(o.warmup().toMillis() / 1000.0),
            o.mix()));
    lines.add(details(o));
    lines.add("");
    lines.add(
        String.format(
            Locale.ROOT,
            "%-15s %11s %10s %8s %8s %8s %9s %8s %7s",
            "operation",
            "requests",
            "per s",
            "p50 ms",
            "p90 ms",
            "p99 ms",
            "p99.9 ms",
            "max ms",
            "errors"));
    List<LoadReport.OperationResult> rows = new ArrayList<>(r.operations());
    if (rows.size() > 1) {
      rows.add(r.total());
    }
    for (LoadReport.OperationResult op : rows.subList(0, Math.min(rows.size(), 10))) {
      LoadReport.Latency l = op.latency();
      lines.add(
          String.format(
              Locale.ROOT,
              "%-15s %,11d %,10.0f %8.3f %8.3f %8.3f %9.3f %8.1f %,7d",
              op.operation(),
              op.requests(),
              op.throughput(),
              l.p50(),
              l.p90(),
              l.p99(),
              l.p999(),
              l.max(),
              op.errors()));
    }
    Map<String, Long> errors = new TreeMap<>();
    for (LoadReport.OperationResult op : r.operations()) {
      op.errorsByReason().forEach((k, v) -> errors.merge(op.operation() + ": " + k, v, Long::sum));
    }
    if (errors.isEmpty()) {
      lines.add("errors: none");
    } else {
      int shown = 0;
      for (Map.Entry<String, Long> e : errors.entrySet()) {
        if (shown++ == 3) {
          lines.add(String.format(Locale.ROOT, "  ... and %d more kinds", errors.size() - 3));
          break;
        }
        lines.add(String.format(Locale.ROOT, "error %,d x %s", e.getValue(), clip(e.getKey(), 80)));
      }
    }
    r.handshakes()
        .ifPresent(
            h ->
                lines.add(
                    String.format(
                        Locale.ROOT,
                        "handshakes: %,d (%,d resumed), %,.0f per s",
                        h.count(),
                        h.resumed(),
                        h.perSecond())));
    lines.add("");
    if (r.server().isPresent()) {
      LoadReport.ServerUsage s = r.server().get();
      lines.add(
          String.format(
              Locale.ROOT,
              "server pid %d: CPU %.2f cores, %.1f us per %s; RSS %.0f MiB (peak %.0f MiB)",
              s.pid(),
              s.cpuCores(),
              s.cpuMicrosPerRequest(),
              isHandshakeOnly(r) ? "handshake" : "request",
              s.residentBytes() / 1048576.0,
              s.peakResidentBytes() / 1048576.0));
    } else {
      lines.add("server: CPU and memory not measured (not a local process, or not found)");
    }
    lines.add(
        String.format(
            Locale.ROOT,
            "load generator: CPU %.2f cores; machine: %d cores, %.0f%% busy",
            r.client().cpuCores(),
            r.machine().cores(),
            r.machine().busyPercent()));
    LoadReport.PoolSummary p = r.pool();
    lines.add(
        String.format(
            Locale.ROOT,
            "key pool: %d objects in %.1f s; %,d made by Create; %,d removed, %d clean-up errors",
            p.objects(),
            p.prepareSeconds(),
            p.created(),
            p.removed(),
            p.cleanupErrors()));
    for (String note : r.notes()) {
      if (lines.size() >= MAX_LINES) {
        break;
      }
      lines.add("note: " + clip(note, 94));
    }
    StringBuilder out = new StringBuilder();
    for (String line : lines.subList(0, Math.min(lines.size(), MAX_LINES))) {
      out.append(clip(line, 100)).append('\n');
    }
    return out.toString();
  }

  private static String details(LoadOptions o) {
    List<String> parts = new ArrayList<>();
    OperationMix mix = o.mix();
    if (mix.contains(BenchOperation.ENCRYPT)
        || mix.contains(BenchOperation.DECRYPT)
        || mix.contains(BenchOperation.SIGN)
        || mix.contains(BenchOperation.MAC)) {
      parts.add(String.format(Locale.ROOT, "%,d-byte payloads", o.payloadBytes()));
    }
    if (mix.contains(BenchOperation.ENCRYPT) || mix.contains(BenchOperation.DECRYPT)) {
      parts.add("AES-256-" + o.aesMode().id().toUpperCase(Locale.ROOT));
    }
    if (mix.contains(BenchOperation.SIGN)) {
      parts.add(o.signature() == SignatureKind.RSA ? "RSA-2048 signatures" : "ECDSA P-256");
    }
    if (mix.contains(BenchOperation.HANDSHAKE)) {
      parts.add("TLS " + String.join("/", o.tlsProtocols()));
      parts.add(o.resumeSessions() ? "resumption on" : "full handshakes");
    }
    parts.add(o.keys() + " pool keys");
    return String.join(", ", parts);
  }

  private static boolean isHandshakeOnly(LoadReport r) {
    return r.options().mix().operations().equals(List.of(BenchOperation.HANDSHAKE));
  }

  private static String trim(double v) {
    return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
  }

  private static String clip(String s, int max) {
    return s.length() <= max ? s : s.substring(0, max - 3) + "...";
  }
}
