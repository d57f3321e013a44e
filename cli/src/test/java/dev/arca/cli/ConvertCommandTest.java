package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.codec.XmlCodec;
import dev.arca.kmip.testing.VectorMessages;
import dev.arca.kmip.testing.Vectors;
import dev.arca.kmip.ttlv.DecodeLimits;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.kmip.ttlv.TtlvStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConvertCommandTest {

  @TempDir Path dir;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  /** The messages of the OASIS test case SKLC-M-1-14, placeholders filled in. */
  private static List<Ttlv> sklcMessages() {
    return VectorMessages.trees(
        Vectors.xml().filter(f -> f.name().equals("SKLC-M-1-14")).findFirst().orElseThrow());
  }

  private static String sklcXml() {
    return new XmlCodec().encodeAll(sklcMessages());
  }

  private Path write(String name, String text) throws Exception {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void xmlToJsonAndBackGivesTheSameMessages() throws Exception {
    Path xmlFile = write("SKLC-M-1-14.xml", sklcXml());
    List<Ttlv> original = sklcMessages();

    assertThat(Main.run("kmip", "convert", "--from", "xml", "--to", "json", xmlFile.toString()))
        .isZero();
    Path jsonFile = write("sklc.json", out.toString(StandardCharsets.UTF_8));
    out.reset();
    assertThat(Main.run("kmip", "convert", "--from", "json", "--to", "xml", jsonFile.toString()))
        .isZero();

    assertThat(new XmlCodec().decodeAll(out.toString(StandardCharsets.UTF_8))).isEqualTo(original);
    assertThat(err.toString(StandardCharsets.UTF_8)).isEmpty();
  }

  @Test
  void hexTtlvIsOneMessagePerLineAndConvertsBack() throws Exception {
    Path xmlFile = write("SKLC-M-1-14.xml", sklcXml());
    List<Ttlv> original = sklcMessages();

    assertThat(
            Main.run(
                "kmip", "convert", "--from", "xml", "--to", "ttlv", "--hex", xmlFile.toString()))
        .isZero();
    String hex = out.toString(StandardCharsets.UTF_8);
    List<String> lines = hex.lines().toList();
    assertThat(lines).hasSize(original.size());
    assertThat(lines.get(0)).isEqualTo(TtlvStream.toHex(new TtlvEncoder().encode(original.get(0))));

    out.reset();
    Path hexFile = write("sklc.hex", hex);
    assertThat(
            Main.run(
                "kmip", "convert", "--from", "ttlv", "--hex", "--to", "xml", hexFile.toString()))
        .isZero();
    assertThat(new XmlCodec().decodeAll(out.toString(StandardCharsets.UTF_8))).isEqualTo(original);
  }

  @Test
  void outDirWritesOneFilePerInputWithTheSameBaseName() throws Exception {
    Path a = write("a.xml", sklcXml());
    Path b = write("b.xml", sklcXml());
    Path target = dir.resolve("out");

    assertThat(
            Main.run(
                "kmip",
                "convert",
                "--from",
                "xml",
                "--to",
                "ttlv",
                "--out-dir",
                target.toString(),
                a.toString(),
                b.toString()))
        .isZero();

    byte[] binary = Files.readAllBytes(target.resolve("a.ttlv"));
    assertThat(binary).isEqualTo(Files.readAllBytes(target.resolve("b.ttlv")));
    List<Ttlv> original = sklcMessages();
    assertThat(TtlvStream.split(binary, DecodeLimits.DEFAULT)).hasSize(original.size());
    assertThat(out.size()).isZero();
  }

  @Test
  void aBadMessageNamesFileIndexAndOffsetAndExitsNonZero() throws Exception {
    byte[] good = new TtlvEncoder().encode(sklcMessages().get(0));
    byte[] bad = good.clone();
    bad[11] = 0x0F; // the first child's item type: not a KMIP type
    byte[] both = new byte[good.length + bad.length];
    System.arraycopy(good, 0, both, 0, good.length);
    System.arraycopy(bad, 0, both, good.length, bad.length);
    Path file = dir.resolve("capture.ttlv");
    Files.write(file, both);

    int code = Main.run("kmip", "convert", "--from", "ttlv", "--to", "xml", file.toString());

    assertThat(code).isEqualTo(1);
    String line = err.toString(StandardCharsets.UTF_8).strip();
    assertThat(line.lines()).hasSize(1);
    assertThat(line)
        .startsWith(
            "arca: " + file + ": message 2: unknown item type at offset " + (good.length + 11));
  }

  @Test
  void badXmlNamesTheMessageIndex() throws Exception {
    String text =
        sklcXml()
            .replaceFirst(
                "(?s)(</RequestMessage>.*?)<ProtocolVersionMajor type=\"Integer\" value=\"1\"/>",
                "$1<ProtocolVersionMajor type=\"Integer\" value=\"one\"/>");
    Path file = write("broken.xml", text);

    int code = Main.run("kmip", "convert", "--from", "xml", "--to", "json", file.toString());

    assertThat(code).isEqualTo(1);
    assertThat(err.toString(StandardCharsets.UTF_8)).startsWith("arca: " + file + ": message 2: ");
  }

  @Test
  void unknownEncodingIsAUsageError() {
    int code = Main.run("kmip", "convert", "--from", "yaml", "--to", "xml");
    assertThat(code).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8))
        .contains("'yaml' is not one of ttlv, json, xml");
  }
}
