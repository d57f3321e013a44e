package dev.arca.bench.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * The figures of one load generator report (JSON schema {@code arca-bench/1}) that a comparison
 * shows.
 *
 * @param label the server's name, e.g. {@code arca} or {@code pykmip}
 * @param mix the operation mix, e.g. {@code get=1}
 * @param kmipVersion the KMIP version of the requests
 * @param tls the negotiated protocol and cipher suite
 * @param connections connections open at once
 * @param inFlight requests in flight per connection
 * @param payloadBytes bytes of data in cryptographic requests
 * @param aesMode the AES mode of Encrypt and Decrypt
 * @param requests requests answered in the timed part
 * @param errors those that failed
 * @param throughput requests per second
 * @param p50 median latency, ms
 * @param p99 99th percentile, ms
 * @param p999 99.9th percentile, ms
 * @param distribution the latency spectrum: {percentile, ms} pairs in increasing order
 * @param serverCpuCores the server's CPU use over the timed part, in cores, when measured
 * @param serverCpuMicros the server's CPU time per request (per handshake for a handshake-only
 *     load), when measured
 * @param clientCpuCores the load generator's CPU use, in cores
 * @param machineBusyPercent the whole machine's CPU use, percent of all cores
 * @param machineCores the machine's cores
 * @param handshakes new connections made in the timed part (0 when the mix has none)
 * @param resumed of those, how many resumed a TLS session
 * @param source the file read
 */
public record RunResult(
    String label,
    String mix,
    String kmipVersion,
    String tls,
    int connections,
    int inFlight,
    int payloadBytes,
    String aesMode,
    long requests,
    long errors,
    double throughput,
    double p50,
    double p99,
    double p999,
    List<double[]> distribution,
    OptionalDouble serverCpuCores,
    OptionalDouble serverCpuMicros,
    double clientCpuCores,
    double machineBusyPercent,
    int machineCores,
    long handshakes,
    long resumed,
    Path source) {

  static final String SCHEMA = "arca-bench/1";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  public RunResult {
    distribution = List.copyOf(distribution);
  }

  /**
   * Reads a report written by {@code arca bench --json} or {@code --output}.
   *
   * @throws IOException when the file cannot be read or is not a report of schema {@value SCHEMA}
   */
  public static RunResult read(Path file) throws IOException {
    JsonNode root;
    try {
      root = MAPPER.readTree(file.toFile());
    } catch (IOException e) {
      throw new IOException(file + ": not JSON: " + e.getMessage(), e);
    }
    if (root == null || !SCHEMA.equals(root.path("schema").asText())) {
      throw new IOException(file + ": not a load report of schema " + SCHEMA);
    }
    JsonNode load = root.path("load");
    JsonNode latency = root.path("latency_ms");
    List<double[]> spectrum = new ArrayList<>();
    for (JsonNode p : root.path("latency_distribution_ms")) {
      spectrum.add(new double[] {p.path("percentile").asDouble(), p.path("ms").asDouble()});
    }
    JsonNode server = root.path("server");
    JsonNode hs = root.path("handshakes");
    return new RunResult(
        root.path("label").asText(),
        load.path("mix").asText(),
        root.path("kmip_version").asText(),
        root.path("tls").path("protocol").asText()
            + " "
            + root.path("tls").path("cipher_suite").asText(),
        load.path("connections").asInt(),
        load.path("in_flight").asInt(1),
        load.path("payload_bytes").asInt(),
        load.path("aes_mode").asText(),
        root.path("requests").asLong(),
        root.path("errors").asLong(),
        root.path("throughput_per_s").asDouble(),
        latency.path("p50").asDouble(),
        latency.path("p99").asDouble(),
        latency.path("p99_9").asDouble(),
        spectrum,
        server.isObject()
            ? OptionalDouble.of(server.path("cpu_cores").asDouble())
            : OptionalDouble.empty(),
        server.isObject()
            ? OptionalDouble.of(server.path("cpu_us_per_request").asDouble())
            : OptionalDouble.empty(),
        root.path("client").path("cpu_cores").asDouble(),
        root.path("machine").path("cpu_busy_percent").asDouble(),
        root.path("machine").path("cores").asInt(),
        hs.path("count").asLong(0),
        hs.path("resumed").asLong(0),
        file);
  }

  /** The operations of the mix without weights, e.g. {@code get} or {@code get+encrypt}. */
  public String operations() {
    List<String> ops = new ArrayList<>();
    for (String part : mix.split(",")) {
      int eq = part.indexOf('=');
      ops.add((eq < 0 ? part : part.substring(0, eq)).strip());
    }
    return String.join("+", ops);
  }

  /**
   * The CPU that neither the server nor the load generator used during the run, in cores: other
   * processes on the machine (and the kernel's work not charged to either). Empty when the server's
   * CPU was not measured.
   */
  public OptionalDouble otherCpuCores() {
    if (serverCpuCores.isEmpty()) {
      return OptionalDouble.empty();
    }
    double busy = machineBusyPercent / 100 * machineCores;
    return OptionalDouble.of(Math.max(0, busy - serverCpuCores.getAsDouble() - clientCpuCores));
  }

  /** Whether the load only opened new connections. */
  public boolean handshakeOnly() {
    return operations().equals("handshake");
  }
}
