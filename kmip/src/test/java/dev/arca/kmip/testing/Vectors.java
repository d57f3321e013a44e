package dev.arca.kmip.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The OASIS KMIP vectors copied into the test resources ({@code kmip-vectors/}, see its README),
 * read from the class path so that other modules can use them through the test jar.
 */
public final class Vectors {

  private static final String ROOT = "/kmip-vectors/";

  private Vectors() {}

  /** One vector file: its path under {@code kmip-vectors/} (e.g. {@code v1.4/mandatory/SKLC/…}). */
  public record VectorFile(String path) {

    /** The file name without directory and extension, e.g. {@code SKLC-M-1-14}. */
    public String name() {
      String base = path.substring(path.lastIndexOf('/') + 1);
      int dot = base.lastIndexOf('.');
      return dot < 0 ? base : base.substring(0, dot);
    }

    /** {@code v1.4} or {@code v2.1}. */
    public String version() {
      return path.substring(0, path.indexOf('/'));
    }

    /** The profile folder, e.g. {@code SKLC}. */
    public String profile() {
      String[] parts = path.split("/");
      return parts.length >= 4 ? parts[2] : "";
    }

    public String text() {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    public byte[] bytes() {
      try (InputStream in = Vectors.class.getResourceAsStream(ROOT + path)) {
        if (in == null) {
          throw new IllegalStateException("missing test resource " + ROOT + path);
        }
        return in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public String toString() {
      return path;
    }
  }

  /** Every file listed in the manifest. */
  public static List<VectorFile> all() {
    List<VectorFile> out = new ArrayList<>();
    try (InputStream in = Vectors.class.getResourceAsStream(ROOT + "MANIFEST.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + ROOT + "MANIFEST.tsv");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      r.readLine(); // header
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          out.add(new VectorFile(line.substring(0, line.indexOf('\t'))));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** Every OASIS profile test case (the XML files of v1.4 and v2.1). */
  public static Stream<VectorFile> xml() {
    return all().stream().filter(f -> f.path().endsWith(".xml"));
  }

  /** The KMIP 1.4 §9.1.2 primitive examples. */
  public static VectorFile ttlvExamples() {
    return new VectorFile("ttlv/kmip-1.4-spec-9.1.2-examples.tsv");
  }
}
