package dev.arca.bench.load;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import java.util.TreeMap;

/**
 * The JSON form of a {@link LoadReport}, schema {@value LoadReport#SCHEMA}. Names are snake_case;
 * durations are seconds ({@code _s}), latencies milliseconds ({@code _ms}); a figure that could not
 * be measured is {@code null}. The fields are listed in {@code docs/benchmarks.md}.
 */
public final class ReportJson {

  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReportJson() {}

  /** The report as an indented JSON document. */
  public static String write(LoadReport r) {
    try {
      return MAPPER.writeValueAsString(tree(r));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report: " + e.getMessage(), e);
    }
  }

  /** The report as a JSON tree. */
  public static ObjectNode tree(LoadReport r) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("schema", LoadReport.SCHEMA);
    root.put("label", r.label());
    root.put("target", r.target());
    root.put("started", r.started().toString());
    root.put("kmip_version", r.kmipVersion());
    ObjectNode tls = root.putObject("tls");
    tls.put("protocol", r.tlsProtocol());
    tls.put("cipher_suite", r.cipherSuite());
    tls.put("resume_sessions", r.options().resumeSessions());

    LoadOptions o = r.options();
    ObjectNode load = root.putObject("load");
    load.put("connections", o.connections());
    load.put("in_flight", o.inFlight());
    if (o.duration().isPresent()) {
      load.put("duration_s", o.duration().get().toMillis() / 1000.0);
      load.putNull("requests");
    } else {
      load.putNull("duration_s");
      load.put("requests", o.requests().getAsLong());
    }
    load.put("warmup_s", o.warmup().toMillis() / 1000.0);
    load.put("mix", o.mix().toString());
    load.put("payload_bytes", o.payloadBytes());
    load.put("aes_mode", o.aesMode().id());
    load.put("signature", o.signature().id());
    load.put("keys", o.keys());

    root.put("elapsed_s", round(r.elapsedSeconds(), 3));
    root.put("requests", r.total().requests());
    root.put("errors", r.total().errors());
    root.put("throughput_per_s", round(r.total().throughput(), 1));
    latency(root.putObject("latency_ms"), r.total().latency());
    ArrayNode spectrum = root.putArray("latency_distribution_ms");
    for (LoadReport.Percentile p : r.total().latency().distribution()) {
      ObjectNode point = spectrum.addObject();
      point.put("percentile", p.percentile());
      point.put("ms", p.ms());
    }
    ArrayNode ops = root.putArray("operations");
    Map<String, Long> allErrors = new TreeMap<>();
    for (LoadReport.OperationResult op : r.operations()) {
      ObjectNode n = ops.addObject();
      n.put("operation", op.operation());
      n.put("requests", op.requests());
      n.put("errors", op.errors());
      n.put("throughput_per_s", round(op.throughput(), 1));
      latency(n.putObject("latency_ms"), op.latency());
      ObjectNode reasons = n.putObject("errors_by_reason");
      new TreeMap<>(op.errorsByReason()).forEach(reasons::put);
      op.errorsByReason()
          .forEach((k, v) -> allErrors.merge(op.operation() + ": " + k, v, Long::sum));
    }
    ObjectNode reasons = root.putObject("errors_by_reason");
    allErrors.forEach(reasons::put);

    if (r.handshakes().isPresent()) {
      LoadReport.Handshakes h = r.handshakes().get();
      ObjectNode n = root.putObject("handshakes");
      n.put("count", h.count());
      n.put("resumed", h.resumed());
      n.put("per_s", round(h.perSecond(), 1));
    } else {
      root.putNull("handshakes");
    }
    if (r.server().isPresent()) {
      LoadReport.ServerUsage s = r.server().get();
      ObjectNode n = root.putObject("server");
      n.put("pid", s.pid());
      n.put("cpu_s", round(s.cpuSeconds(), 3));
      n.put("cpu_cores", round(s.cpuCores(), 3));
      n.put("cpu_us_per_request", round(s.cpuMicrosPerRequest(), 2));
      n.put("rss_mib", round(s.residentBytes() / 1048576.0, 1));
      n.put("rss_peak_mib", round(s.peakResidentBytes() / 1048576.0, 1));
    } else {
      root.putNull("server");
    }
    ObjectNode client = root.putObject("client");
    client.put("pid", r.client().pid());
    client.put("cpu_cores", round(r.client().cpuCores(), 3));
    ObjectNode machine = root.putObject("machine");
    machine.put("cores", r.machine().cores());
    machine.put("cpu_busy_percent", round(r.machine().busyPercent(), 1));
    ObjectNode pool = root.putObject("pool");
    pool.put("objects", r.pool().objects());
    pool.put("prepare_s", round(r.pool().prepareSeconds(), 3));
    pool.put("created", r.pool().created());
    pool.put("removed", r.pool().removed());
    pool.put("cleanup_errors", r.pool().cleanupErrors());
    ArrayNode notes = root.putArray("notes");
    r.notes().forEach(notes::add);
    return root;
  }

  private static void latency(ObjectNode n, LoadReport.Latency l) {
    n.put("mean", round(l.mean(), 3));
    n.put("p50", l.p50());
    n.put("p90", l.p90());
    n.put("p99", l.p99());
    n.put("p99_9", l.p999());
    n.put("max", l.max());
  }

  private static double round(double v, int digits) {
    double f = Math.pow(10, digits);
    return Math.round(v * f) / f;
  }
}
