package dev.arca.server.conformance;

import dev.arca.kmip.testing.Vectors;
import dev.arca.server.testing.VectorReplay;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The expected outcome of the OASIS KMIP 1.4 and 2.1 profile test cases (the vectors of {@link
 * Vectors#xml()}), in one place for every replay: in process ({@code OasisVectorReplayTest}, {@code
 * CryptoVectorReplayTest}) and over mutual TLS ({@link OasisReplayIT}). Every file passes except
 * those in {@link #KNOWN_FAILING}, each with its {@link Category} and a one-line reason; a replay
 * asserts that exactly the other files pass, so that a regression and a file that starts to pass
 * both show.
 *
 * <p>The FIPS-mode run reuses the list: the files of category {@link
 * Category#NON_APPROVED_ALGORITHM} ({@link #nonApproved()}) need an algorithm, key size or
 * parameter that FIPS mode refuses.
 */
public final class Conformance {

  /** Why a file does not pass. */
  public enum Category {
    /** Arca does not implement what the file tests. */
    NOT_SUPPORTED("not supported"),
    /** The file needs an algorithm, key size or parameter that FIPS mode refuses. */
    NON_APPROVED_ALGORITHM("non-approved algorithm"),
    /** No server other than the one that recorded the file can answer as it expects. */
    VECTOR_DEFECT("vector defect"),
    /** The specification allows Arca's answer as well as the file's. */
    SPEC_AMBIGUITY("spec ambiguity"),
    /** The file is one of several exclusive server choices; Arca makes another one. */
    ALTERNATIVE_BEHAVIOUR("alternative behaviour");

    private final String label;

    Category(String label) {
      this.label = label;
    }

    /** The category as the reports and docs/conformance.md write it. */
    public String label() {
      return label;
    }
  }

  /** Where a replay sends the files. */
  public enum Replay {
    /** To the dispatcher of a test server in the test's JVM ({@code DispatcherFixture}). */
    IN_PROCESS("in process"),
    /** To a real node over mutual TLS ({@code NodeFixture}), with the node's own settings. */
    OVER_TLS("over mutual TLS"),
    /**
     * To a real node in FIPS mode over mutual TLS, in a JVM with BC-FIPS approved-only ({@code
     * FipsNodeProcess}). A file that fails over TLS fails here too.
     */
    FIPS_MODE("in FIPS mode");

    private final String label;

    Replay(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /**
   * A file that does not pass.
   *
   * @param path the path under {@code kmip-vectors/}, e.g. {@code v2.1/mandatory/QS/QS-M-2-21.xml}
   * @param category why
   * @param reason one line: what the file expects and what Arca does
   * @param replays the replays it fails in: both, unless a difference between the test server and a
   *     node's settings decides
   */
  public record KnownFailure(String path, Category category, String reason, Set<Replay> replays) {
    public KnownFailure {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(reason, "reason");
      replays = Set.copyOf(replays);
      if (replays.isEmpty()) {
        throw new IllegalArgumentException(path + ": fails in no replay");
      }
    }

    /** Whether the file fails in {@code replay}. */
    public boolean failsIn(Replay replay) {
      return replays.contains(replay)
          || (replay == Replay.FIPS_MODE && replays.contains(Replay.OVER_TLS));
    }

    @Override
    public String toString() {
      return category.label()
          + (replays.size() == 1 ? " (" + replays.iterator().next().label() + " only)" : "")
          + ": "
          + reason;
    }
  }

  /**
   * Test cases that continue the one before them and find the objects it left: they run on the same
   * server, right after it. Every other file starts from an empty store.
   */
  public static final Map<String, String> FOLLOWS =
      Map.of(
          "SASED-M-3-14", "SASED-M-2-14",
          "SASED-M-3-21", "SASED-M-2-21",
          "TL-M-3-14", "TL-M-2-14",
          "TL-M-3-21", "TL-M-2-21");

  /** The files that do not pass, by path, in the order of the list below. */
  public static final Map<String, KnownFailure> KNOWN_FAILING;

  static {
    Map<String, KnownFailure> m = new LinkedHashMap<>();
    for (String v : List.of("14", "21")) {
      String root = v.equals("14") ? "v1.4/mandatory/" : "v2.1/mandatory/";
      String optional = v.equals("14") ? "v1.4/optional/" : "v2.1/optional/";
      for (String f : List.of("OAEP-1", "OAEP-3", "OAEP-5", "OAEP-7", "OAEP-9")) {
        known(
            m,
            root + "CS-AC/CS-AC-M-" + f + "-" + v + ".xml",
            Category.VECTOR_DEFECT,
            "compares an RSA-OAEP cipher text, which is randomized (RFC 8017 §7.1.1 seed) and"
                + " cannot be reproduced");
      }
      for (String f : List.of("1", "2", "3")) {
        known(
            m,
            root + "CS-BC/CS-BC-M-" + f + "-" + v + ".xml",
            Category.VECTOR_DEFECT,
            "compares data encrypted or decrypted under a key the reference server generated"
                + " (Create), which no other server has");
      }
      known(
          m,
          root + "CS-BC/CS-BC-M-GCM-1-" + v + ".xml",
          Category.SPEC_AMBIGUITY,
          "expects General Failure for a GCM Tag Length of 1 and of 32 bytes; the spec names no"
              + " reason and Arca answers Invalid Field");
      known(
          m,
          root + "CS-BC/CS-BC-M-GCM-2-" + v + ".xml",
          Category.NON_APPROVED_ALGORITHM,
          "3 of its 23 cases use a 64-bit GCM IV; BC-FIPS takes 96 bits or more (FIPS 140-3"
              + " IG C.H); the other 20 pass");
      known(
          m,
          root + "CS-BC/CS-BC-M-GCM-3-" + v + ".xml",
          Category.NON_APPROVED_ALGORITHM,
          "its multi-part GCM uses a 64-bit IV; BC-FIPS takes 96 bits or more");
      known(
          m,
          optional + "CS-RNG/CS-RNG-O-2-" + v + ".xml",
          Category.ALTERNATIVE_BEHAVIOUR,
          "a server that uses 16 bytes of an RNG Seed; Arca uses all 32, as CS-RNG-O-1 expects");
      known(
          m,
          optional + "CS-RNG/CS-RNG-O-3-" + v + ".xml",
          Category.ALTERNATIVE_BEHAVIOUR,
          "a server that ignores RNG Seed data; Arca uses it, as CS-RNG-O-1 expects");
      known(
          m,
          optional + "CS-RNG/CS-RNG-O-4-" + v + ".xml",
          Category.ALTERNATIVE_BEHAVIOUR,
          "a server that refuses RNG Seed; Arca takes it, as CS-RNG-O-1 expects");
    }
    known(
        m,
        "v1.4/mandatory/CS-BC/CS-BC-M-13-14.xml",
        Category.VECTOR_DEFECT,
        "writes the server's random IV as a literal (the 2.1 file uses $IV_COUNTER_NONCE and"
            + " passes)");
    known(
        m,
        "v1.4/mandatory/TL/TL-M-3-14.xml",
        Category.VECTOR_DEFECT,
        "its Get Attributes for every attribute leaves out Sensitive, Always Sensitive,"
            + " Extractable and Never Extractable, which its own Get Attribute List lists");
    known(
        m,
        "v1.4/optional/OMOS/OMOS-O-1-14.xml",
        Category.VECTOR_DEFECT,
        "the last response is in protocol version 1.3 to a 1.4 request");
    for (String f : List.of("12", "13")) {
      known(
          m,
          "v2.1/mandatory/BL/BL-M-" + f + "-21.xml",
          Category.NON_APPROVED_ALGORITHM,
          "registers a 512-bit DSA key (Transparent DSA); Arca keeps no DSA keys (FIPS 186-5"
              + " withdrew DSA signing, and 512 bits is below any approved size)");
    }
    for (String f : List.of("CHACHA20-1", "CHACHA20-2", "CHACHA20-3", "CHACHA20POLY1305-1")) {
      known(
          m,
          "v2.1/mandatory/CS-BC/CS-BC-M-" + f + "-21.xml",
          Category.NON_APPROVED_ALGORITHM,
          "ChaCha20 and ChaCha20-Poly1305 are not FIPS-approved and not in BC-FIPS");
    }
    known(
        m,
        "v2.1/mandatory/PKCS11/PKCS11-M-1-21.xml",
        Category.NOT_SUPPORTED,
        "the PKCS#11 operation (KMIP 2.1 §6.1.37)");
    known(
        m,
        "v2.1/mandatory/QS/QS-M-2-21.xml",
        Category.NOT_SUPPORTED,
        "expects a Quantum Safe policy that refuses an AES-128 key for a 13-year Protection"
            + " Period (General Failure); Arca records Quantum Safe but has no such policy");
    // In FIPS mode only: these pass on a node outside FIPS mode and are refused inside it.
    for (String v : List.of("14", "21")) {
      String root = v.equals("14") ? "v1.4/mandatory/" : "v2.1/mandatory/";
      for (String f : List.of("4", "8", "12")) {
        known(
            m,
            root + "SKFF/SKFF-M-" + f + "-" + v + ".xml",
            Category.NON_APPROVED_ALGORITHM,
            "creates a 3-key 3DES (TDEA) key, 168 bits; SP 800-131A Rev. 2 ended TDEA"
                + " encryption after 2023, so FIPS mode refuses it (Invalid Field, naming 3DES-168)",
            Set.of(Replay.FIPS_MODE));
      }
    }
    KNOWN_FAILING = Collections.unmodifiableMap(m);
  }

  private Conformance() {}

  private static void known(
      Map<String, KnownFailure> m, String path, Category category, String reason) {
    known(m, path, category, reason, Set.of(Replay.values()));
  }

  private static void known(
      Map<String, KnownFailure> m,
      String path,
      Category category,
      String reason,
      Set<Replay> replays) {
    if (m.put(path, new KnownFailure(path, category, reason, replays)) != null) {
      throw new ExceptionInInitializerError("listed twice: " + path);
    }
  }

  /** Why {@code file} does not pass in {@code replay}; empty when it should pass. */
  public static Optional<KnownFailure> knownFailure(Vectors.VectorFile file, Replay replay) {
    return Optional.ofNullable(KNOWN_FAILING.get(file.path())).filter(k -> k.failsIn(replay));
  }

  /** The files that need an algorithm, key size or parameter FIPS mode refuses. */
  public static List<KnownFailure> nonApproved() {
    return KNOWN_FAILING.values().stream()
        .filter(k -> k.category() == Category.NON_APPROVED_ALGORITHM)
        .toList();
  }

  /** Whether {@code file} must start on a fresh server, or continues the file before it. */
  public static boolean startsFresh(
      Vectors.VectorFile file, Optional<Vectors.VectorFile> previous) {
    String follows = FOLLOWS.get(file.name());
    return follows == null || previous.filter(p -> p.name().equals(follows)).isEmpty();
  }

  /**
   * How a replay's results differ from the expected ones.
   *
   * @param regressions files that should pass and did not, with their first difference
   * @param nowPassing listed files that passed: take them off {@link #KNOWN_FAILING}
   */
  public record Deviations(List<String> regressions, List<String> nowPassing) {
    public Deviations {
      regressions = List.copyOf(regressions);
      nowPassing = List.copyOf(nowPassing);
    }

    public boolean none() {
      return regressions.isEmpty() && nowPassing.isEmpty();
    }
  }

  /** Compares the files that passed in {@code replay} with the expected ones. */
  public static Deviations deviations(List<VectorReplay.FileResult> results, Replay replay) {
    List<String> regressions = new ArrayList<>();
    List<String> nowPassing = new ArrayList<>();
    for (VectorReplay.FileResult r : results) {
      boolean listed = knownFailure(r.file(), replay).isPresent();
      if (!r.passed() && !listed) {
        regressions.add(r.file().path() + ": " + r.firstDifference());
      } else if (r.passed() && listed) {
        nowPassing.add(r.file().path());
      }
    }
    return new Deviations(regressions, nowPassing);
  }

  /** The paths of the files that should pass in {@code replay} among {@code files}. */
  public static Set<String> expectedPassing(List<Vectors.VectorFile> files, Replay replay) {
    Set<String> out = new TreeSet<>();
    for (Vectors.VectorFile f : files) {
      if (knownFailure(f, replay).isEmpty()) {
        out.add(f.path());
      }
    }
    return out;
  }

  /** The paths of the files that passed. */
  public static Set<String> passing(List<VectorReplay.FileResult> results) {
    Set<String> out = new TreeSet<>();
    for (VectorReplay.FileResult r : results) {
      if (r.passed()) {
        out.add(r.file().path());
      }
    }
    return out;
  }

  /**
   * A report: one line per file (PASS or FAIL, with the category and reason of a listed file and
   * the first differences of a failed one), then passed/failed counts per version and profile.
   *
   * @param title the first line
   * @param replay the replay the results come from
   * @param detailed how many differences to show per failed file
   */
  public static String report(
      String title, List<VectorReplay.FileResult> results, Replay replay, int detailed) {
    StringBuilder out = new StringBuilder("\n").append(title).append('\n');
    for (VectorReplay.FileResult r : results) {
      Optional<KnownFailure> known = knownFailure(r.file(), replay);
      out.append(String.format("%-4s %-52s", r.passed() ? "PASS" : "FAIL", r.file().path()));
      if (r.skipped() > 0) {
        out.append(" (").append(r.skipped()).append(" exchanges not sent)");
      }
      if (!r.passed()) {
        out.append(known.map(k -> "  [" + k + "]").orElse("  [NOT LISTED]"));
        int shown = 0;
        for (VectorReplay.MessageDiff d : r.failures()) {
          for (String difference : d.differences()) {
            if (shown++ < detailed) {
              out.append("\n      exchange ").append(d.exchange()).append(' ');
              out.append(d.operations()).append(": ").append(difference);
            }
          }
        }
      } else if (known.isPresent()) {
        out.append("  (passes now: take it off Conformance.KNOWN_FAILING)");
      }
      out.append('\n');
    }
    out.append(counts(results));
    return out.toString();
  }

  /** Passed / failed per version and profile, per version, and in all. */
  public static String counts(List<VectorReplay.FileResult> results) {
    Map<String, int[]> perProfile = new TreeMap<>();
    for (VectorReplay.FileResult r : results) {
      String key = r.file().version() + " " + r.file().profile();
      perProfile.computeIfAbsent(key, p -> new int[2])[r.passed() ? 0 : 1]++;
    }
    StringBuilder out = new StringBuilder("per version and profile: passed / failed\n");
    int[] all = new int[2];
    Map<String, int[]> perVersion = new TreeMap<>();
    for (Map.Entry<String, int[]> e : perProfile.entrySet()) {
      out.append(
          String.format("  %-14s %3d / %3d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
      int[] v = perVersion.computeIfAbsent(e.getKey().split(" ")[0], k -> new int[2]);
      for (int i = 0; i < 2; i++) {
        v[i] += e.getValue()[i];
        all[i] += e.getValue()[i];
      }
    }
    for (Map.Entry<String, int[]> e : perVersion.entrySet()) {
      out.append(
          String.format("  %-14s %3d / %3d%n", e.getKey(), e.getValue()[0], e.getValue()[1]));
    }
    out.append(String.format("  %-14s %3d / %3d%n", "all", all[0], all[1]));
    return out.toString();
  }
}
