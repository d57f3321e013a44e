package dev.arca.bench.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.arca.bench.load.LoadOptions;
import dev.arca.bench.load.LoadReport;
import dev.arca.bench.load.OperationMix;
import dev.arca.bench.load.ReportJson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

/** Reports written by the load generator, read back and turned into tables and SVG plots. */
class ComparisonTest {

  @TempDir Path dir;

  /** A report as {@code arca bench --json} writes it, with chosen figures. */
  static String report(
      String label, String mix, int connections, double perSecond, double p99, long errors) {
    LoadOptions options =
        LoadOptions.builder()
            .host("127.0.0.1")
            .port(5696)
            .certificate(Path.of("client.pem"), Path.of("client-key.pem"))
            .trustedCas(List.of(Path.of("ca.pem")))
            .connections(connections)
            .duration(Duration.ofSeconds(10))
            .mix(OperationMix.parse(mix))
            .label(label)
            .build();
    List<LoadReport.Percentile> spectrum = new ArrayList<>();
    for (double p : new double[] {0, 50, 90, 99, 99.9, 100}) {
      spectrum.add(new LoadReport.Percentile(p, p99 * (0.1 + p / 100)));
    }
    LoadReport.Latency latency =
        new LoadReport.Latency(p99 / 2, p99 / 4, p99 / 2, p99, p99 * 1.5, p99 * 2, spectrum);
    long requests = (long) (perSecond * 10);
    LoadReport.OperationResult total =
        new LoadReport.OperationResult(
            "total",
            requests,
            errors,
            perSecond,
            latency,
            errors == 0 ? Map.of() : Map.of("get: Item Not Found", errors));
    boolean handshakes = mix.startsWith("handshake");
    return ReportJson.write(
        new LoadReport(
            label,
            "127.0.0.1:5696",
            Instant.parse("2030-01-01T00:00:00Z"),
            "1.2",
            "TLSv1.2",
            "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
            options,
            10.0,
            total,
            List.of(total),
            handshakes
                ? Optional.of(new LoadReport.Handshakes(requests, requests / 2, perSecond))
                : Optional.empty(),
            Optional.of(
                new LoadReport.ServerUsage(
                    42, 15.0, 1.5, 1.5e6 / perSecond, 100L << 20, 120L << 20)),
            new LoadReport.ClientUsage(43, 0.3),
            new LoadReport.MachineUsage(2, 95.0),
            new LoadReport.PoolSummary(16, 0.1, 0, 16, 0),
            List.of()));
  }

  private Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name + ".json"), json);
  }

  private Comparison sweep() throws IOException {
    List<RunResult> runs = new ArrayList<>();
    int[] connections = {1, 4, 32};
    for (int c : connections) {
      runs.add(
          RunResult.read(write("get-" + c + "-a", report("arca", "get", c, 1000.0 * c, 2, 0))));
      runs.add(
          RunResult.read(write("get-" + c + "-p", report("pykmip", "get", c, 100.0 * c, 20, 0))));
    }
    runs.add(RunResult.read(write("enc-a", report("arca", "encrypt", 1, 900, 1, 0))));
    runs.add(RunResult.read(write("enc-p", report("pykmip", "encrypt", 32, 80, 30, 3))));
    runs.add(RunResult.read(write("enc-a32", report("arca", "encrypt", 32, 9000, 3, 0))));
    runs.add(RunResult.read(write("hs", report("arca", "handshake", 2, 500, 5, 0))));
    runs.add(RunResult.read(write("create", report("arca", "create", 32, 4000, 9, 0))));
    return new Comparison(runs);
  }

  @Test
  void readsTheFiguresOfAReportAsTheLoadGeneratorWritesIt() throws IOException {
    RunResult r = RunResult.read(write("one", report("arca", "get=3,encrypt=1", 16, 12345, 4, 2)));

    assertThat(r.label()).isEqualTo("arca");
    assertThat(r.mix()).isEqualTo("get=3,encrypt=1");
    assertThat(r.operations()).isEqualTo("get+encrypt");
    assertThat(r.connections()).isEqualTo(16);
    assertThat(r.kmipVersion()).isEqualTo("1.2");
    assertThat(r.tls()).isEqualTo("TLSv1.2 TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256");
    assertThat(r.throughput()).isEqualTo(12345.0);
    assertThat(r.errors()).isEqualTo(2);
    assertThat(r.p99()).isEqualTo(4.0);
    assertThat(r.distribution()).hasSize(6);
    assertThat(r.distribution().get(5)[0]).isEqualTo(100.0);
    assertThat(r.serverCpuCores()).hasValue(1.5);
    assertThat(r.serverCpuMicros().getAsDouble()).isCloseTo(1.5e6 / 12345, within(0.01));
    // 95 % of 2 cores busy, 1.5 of them the server's and 0.3 the load generator's.
    assertThat(r.otherCpuCores().getAsDouble()).isCloseTo(0.1, within(1e-9));
    assertThat(r.handshakes()).isZero();
  }

  @Test
  void refusesAFileThatIsNotALoadReport() throws IOException {
    Path other = Files.writeString(dir.resolve("x.json"), "{\"schema\":\"something-else\"}");
    assertThatThrownBy(() -> RunResult.read(other)).hasMessageContaining("arca-bench/1");
    Path broken = Files.writeString(dir.resolve("y.json"), "{");
    assertThatThrownBy(() -> RunResult.read(broken)).hasMessageContaining("not JSON");
  }

  @Test
  void tablePutsTheServersSideBySideWithTheirRatio() throws IOException {
    String md = sweep().markdown(List.of("Measured somewhere."));

    assertThat(md).startsWith("Measured somewhere.\n\n");
    assertThat(md).contains("### get: KMIP 1.2, 1 in flight per connection");
    assertThat(md)
        .contains(
            "| connections | arca req/s | arca p50 ms | arca p99 ms | arca server CPU |"
                + " pykmip req/s | pykmip p50 ms | pykmip p99 ms | pykmip server CPU |"
                + " arca / pykmip |");
    assertThat(md).contains("| 4 | 4,000 | 0.50 | 2.00 | 1.50 cores, 375 µs/req | 400 |");
    assertThat(md).contains("| 32 | 32,000 |").contains(" 10.0× |");
    // A count measured for one server only shows a gap, not a ratio.
    assertThat(md)
        .contains("| 1 | 900 | 0.25 | 1.00 | 1.50 cores, 1,667 µs/req | – | – | – | – | – |");
    assertThat(md).contains("### encrypt: KMIP 1.2, AES-256-GCM, 1,024-byte payloads");
    assertThat(md).contains("pykmip at 32 connections: 3 of 800 requests failed (see enc-p.json)");
    assertThat(md).contains("during these runs: 0.10 to 0.10 cores");
    // Runs at one connection count only, and handshakes, are listed apart.
    assertThat(md).contains("### Other runs");
    assertThat(md).contains("| arca | create=1 | 1.2 |").contains("| 4,000 |");
    assertThat(md)
        .contains("| arca | handshake=1 |")
        .contains("1.50 cores, 3,000 µs/handshake | 5,000 (2,500 resumed) |");
  }

  @Test
  void plotsAreWellFormedSvgWithALinePerServerAndOperation() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    List<Path> written = sweep().write(out, List.of());

    assertThat(written)
        .containsExactly(
            out.resolve(Comparison.TABLE),
            out.resolve(Comparison.THROUGHPUT),
            out.resolve(Comparison.LATENCY));
    Document throughput = parse(out.resolve(Comparison.THROUGHPUT));
    NodeList lines = throughput.getElementsByTagName("polyline");
    // get and encrypt, each for arca and pykmip.
    assertThat(lines.getLength()).isEqualTo(4);
    String svg = Files.readString(out.resolve(Comparison.THROUGHPUT));
    assertThat(svg).contains(">arca get<", ">pykmip get<", ">arca encrypt<", ">pykmip encrypt<");
    assertThat(svg).contains(">32<", ">100<", ">10k<");
    // The second server's lines are dashed; the first one's are not.
    assertThat(svg.split("stroke-dasharray", -1).length - 1).isEqualTo(4);

    Document latency = parse(out.resolve(Comparison.LATENCY));
    assertThat(latency.getDocumentElement().getAttribute("width")).isEqualTo("760");
    assertThat(latency.getElementsByTagName("polyline").getLength()).isEqualTo(4);
    assertThat(Files.readString(out.resolve(Comparison.LATENCY)))
        .contains("at 32 connections", ">99.9%<", ">max<");
  }

  @Test
  void readsADirectoryInTheOrderItsReportsWereWritten() throws Exception {
    Path raw = Files.createDirectories(dir.resolve("raw"));
    String[][] runs = {
      {"z-get-c1-arca", "arca", "1"},
      {"a-get-c1-pykmip", "pykmip", "1"},
      {"y-get-c8-arca", "arca", "8"},
      {"b-get-c8-pykmip", "pykmip", "8"}
    };
    long t = 1_700_000_000_000L;
    for (String[] run : runs) {
      Path f =
          Files.writeString(
              raw.resolve(run[0] + ".json"),
              report(run[1], "get", Integer.parseInt(run[2]), 100, 1, 0));
      Files.setLastModifiedTime(f, java.nio.file.attribute.FileTime.fromMillis(t += 1000));
    }
    Path out = dir.resolve("out");

    Comparison.main(
        new String[] {"--out", out.toString(), "--note", "one", "--note", "two", raw.toString()});

    String md = Files.readString(out.resolve(Comparison.TABLE));
    assertThat(md).startsWith("one\ntwo\n\n");
    assertThat(md.indexOf("arca req/s")).isLessThan(md.indexOf("pykmip req/s"));
    assertThat(md).contains("| 8 | 100 |");
  }

  @Test
  void ninesAxisSpacesPercentilesByTheirNines() {
    assertThat(Comparison.nines(0)).isZero();
    assertThat(Comparison.nines(90)).isCloseTo(1, within(1e-9));
    assertThat(Comparison.nines(99.9)).isCloseTo(3, within(1e-9));
    assertThat(Comparison.nines(100)).isEqualTo(5.5);
  }

  @Test
  void chartEscapesTextAndLeavesOutWhatALogAxisCannotShow() throws Exception {
    LineChart chart =
        new LineChart(
            "a <b> & \"c\"",
            "x",
            "y",
            List.of(new LineChart.Tick(0, "0"), new LineChart.Tick(1, "1")));
    chart.add(
        new LineChart.Series(
            "s&t",
            false,
            List.of(new double[] {0, 0}, new double[] {0.5, 3}, new double[] {1, 30})));
    String svg = chart.svg();

    Document d =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    assertThat(d.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("a <b> & \"c\"");
    assertThat(d.getElementsByTagName("circle").getLength()).isEqualTo(2);
    assertThat(svg).contains(">1<", ">10<", ">100<");
    assertThat(LineChart.number(0.5)).isEqualTo("0.5");
    assertThat(LineChart.number(20_000)).isEqualTo("20k");
    assertThat(LineChart.number(1_000_000)).isEqualTo("1M");
  }

  private static Document parse(Path svg) throws Exception {
    return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(svg.toFile());
  }
}
