package dev.arca.cli;

import dev.arca.kmip.codec.Encoding;
import dev.arca.kmip.codec.JsonCodec;
import dev.arca.kmip.codec.XmlCodec;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.kmip.ttlv.TtlvStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code arca kmip convert}: converts KMIP messages between binary TTLV, KMIP JSON and KMIP XML. An
 * input may hold several messages: a {@code <KMIP>} element (as the OASIS test files do), a JSON
 * array, or TTLV messages one after another (binary, or hex with one message per line).
 */
@Command(
    name = "convert",
    mixinStandardHelpOptions = true,
    description = {
      "Convert KMIP messages between binary TTLV, KMIP JSON and KMIP XML.",
      "Reads every message of every FILE (standard input when none) and writes them in the"
          + " target encoding: to standard output, or with --out-dir one file per input."
    },
    footer = {
      "",
      "Examples:",
      "  arca kmip convert --from xml --to json SKLC-M-1-14.xml",
      "  arca kmip convert --from xml --to ttlv --hex request.xml",
      "  arca kmip convert --from ttlv --to xml capture.bin",
      "  arca kmip convert --from xml --to json --out-dir out/ vectors/*.xml"
    })
final class ConvertCommand implements Callable<Integer> {

  @Option(
      names = "--from",
      required = true,
      paramLabel = "ENCODING",
      converter = EncodingConverter.class,
      description = "Encoding of the input: ttlv, json or xml.")
  Encoding from;

  @Option(
      names = "--to",
      required = true,
      paramLabel = "ENCODING",
      converter = EncodingConverter.class,
      description = "Encoding of the output: ttlv, json or xml.")
  Encoding to;

  @Option(
      names = "--hex",
      description = "TTLV is hex text (one message per line) rather than binary.")
  boolean hex;

  @Option(
      names = "--out-dir",
      paramLabel = "DIR",
      description = "Write one output file per input file into DIR, with the same base name.")
  Path outDir;

  @Parameters(paramLabel = "FILE", description = "Input files; standard input when none.")
  List<Path> files = new ArrayList<>();

  private final TtlvDecoder decoder = new TtlvDecoder();
  private final TtlvEncoder encoder = new TtlvEncoder();
  private final XmlCodec xml = new XmlCodec();
  private final JsonCodec json = new JsonCodec();

  @Override
  public Integer call() throws CliException, IOException {
    if (files.isEmpty()) {
      if (outDir != null) {
        throw new CliException("--out-dir needs input files");
      }
      byte[] in = readAll(System.in);
      write(convert("<stdin>", in), System.out);
      return 0;
    }
    if (outDir != null) {
      Files.createDirectories(outDir);
    }
    for (Path file : files) {
      byte[] in;
      try {
        in = Files.readAllBytes(file);
      } catch (IOException e) {
        throw new CliException(file + ": cannot read: " + e.getMessage());
      }
      byte[] out = convert(file.toString(), in);
      if (outDir == null) {
        write(out, System.out);
      } else {
        Files.write(outDir.resolve(baseName(file) + "." + extension()), out);
      }
    }
    return 0;
  }

  private static void write(byte[] out, PrintStream stream) {
    stream.write(out, 0, out.length);
    stream.flush();
  }

  private static byte[] readAll(InputStream in) throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    in.transferTo(buf);
    return buf.toByteArray();
  }

  private static String baseName(Path file) {
    String name = file.getFileName().toString();
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private String extension() {
    if (to == Encoding.TTLV) {
      return hex ? "hex" : "ttlv";
    }
    return to.shortName();
  }

  /** Decodes every message of {@code input} and encodes them all in the target encoding. */
  byte[] convert(String source, byte[] input) throws CliException {
    List<Ttlv> messages = decode(source, input);
    return encode(messages);
  }

  private List<Ttlv> decode(String source, byte[] input) throws CliException {
    try {
      switch (from) {
        case TTLV:
          return hex
              ? TtlvStream.decodeHex(new String(input, StandardCharsets.UTF_8), decoder)
              : TtlvStream.decodeAll(input, decoder);
        case JSON:
          return json.decodeAll(new String(input, StandardCharsets.UTF_8));
        default:
          return xml.decodeAll(new String(input, StandardCharsets.UTF_8));
      }
    } catch (DecodeException e) {
      // The message names the message index (from 1) and the offset.
      throw new CliException(source + ": " + e.getMessage());
    }
  }

  private byte[] encode(List<Ttlv> messages) {
    switch (to) {
      case TTLV:
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Ttlv m : messages) {
          byte[] b = encoder.encode(m);
          if (hex) {
            b = (TtlvStream.toHex(b) + "\n").getBytes(StandardCharsets.US_ASCII);
          }
          out.write(b, 0, b.length);
        }
        return out.toByteArray();
      case JSON:
        return ((messages.size() == 1 ? json.encode(messages.get(0)) : json.encodeAll(messages))
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
      default:
        return ((messages.size() == 1 ? xml.encode(messages.get(0)) : xml.encodeAll(messages))
                + "\n")
            .getBytes(StandardCharsets.UTF_8);
    }
  }

  /** Parses {@code ttlv}, {@code json} or {@code xml}. */
  static final class EncodingConverter implements ITypeConverter<Encoding> {
    @Override
    public Encoding convert(String value) {
      return Encoding.fromName(value)
          .orElseThrow(
              () ->
                  new picocli.CommandLine.TypeConversionException(
                      "'" + value + "' is not one of ttlv, json, xml"));
    }
  }
}
