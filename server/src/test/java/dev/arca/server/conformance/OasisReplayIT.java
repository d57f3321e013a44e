package dev.arca.server.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.testing.Vectors;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.server.conformance.Conformance.Replay;
import dev.arca.server.testing.KmipTestClient;
import dev.arca.server.testing.NodeFixture;
import dev.arca.server.testing.VectorReplay;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Replays every OASIS KMIP 1.4 and 2.1 profile test case over the wire: binary TTLV over mutual TLS
 * to a real node, with the first client user's certificate, and compares the responses by the rules
 * of {@link VectorReplay}. Prints a pass/fail table per file and the counts per version and
 * profile, and asserts that exactly the files not in {@link Conformance#KNOWN_FAILING} pass — the
 * same list as the in-process replay ({@code OasisVectorReplayTest}).
 *
 * <p>How the files are sent:
 *
 * <ul>
 *   <li><b>An empty store per file.</b> Each file gets a fresh {@link NodeFixture} (its own data
 *       directory, SQLite store, master key, PKI and listener), except that the files of {@link
 *       Conformance#FOLLOWS} run on the node of the file they continue. A node starts in well under
 *       a second once the first has loaded BC-FIPS and built a TLS context (about 2 s), so nothing
 *       else is needed to reset the store; the whole run takes one to two and a half minutes.
 *   <li><b>Credentials are added.</b> The vectors carry no Authentication, and the node's listener
 *       requires a password with the client certificate. Before sending, the replay puts the
 *       fixture user's Authentication ({@link NodeFixture#credential()}: Username and Password)
 *       into the Request Header of every request, in its place by KMIP 2.1 §8.2 Table 395 (after
 *       Attestation Type, before Batch Error Continuation Option). Nothing else is changed.
 *   <li><b>Interop is not sent.</b> The node is a production server, and Interop "SHALL NOT be
 *       available in a production server" (KMIP 2.1 §6.1.26); the test cases use it only to mark
 *       where each begins and ends. The exchanges made of Interop items alone are left out and
 *       reported as not sent. The in-process replay runs on a test server that serves Interop, and
 *       sends them.
 * </ul>
 */
class OasisReplayIT {

  /** The Request Header fields that come after Authentication (KMIP 2.1 §8.2 Table 395). */
  private static final Set<Integer> AFTER_AUTHENTICATION =
      Set.of(
          Tag.BATCH_ERROR_CONTINUATION_OPTION.code(),
          Tag.BATCH_ORDER_OPTION.code(),
          Tag.TIME_STAMP.code(),
          Tag.BATCH_COUNT.code());

  @Test
  void exactlyTheExpectedProfileFilesPassOverMutualTls() {
    List<Vectors.VectorFile> files = Vectors.xml().toList();
    List<VectorReplay.FileResult> results = new ArrayList<>();
    long started = System.nanoTime();
    NodeFixture node = null;
    Optional<Vectors.VectorFile> previous = Optional.empty();
    try {
      for (Vectors.VectorFile file : files) {
        if (node == null || Conformance.startsFresh(file, previous)) {
          if (node != null) {
            node.close();
          }
          node = NodeFixture.start();
        }
        try (Connection connection = new Connection(node)) {
          results.add(VectorReplay.replay(file, connection::call, Set.of(Operation.INTEROP)));
        }
        previous = Optional.of(file);
      }
    } finally {
      if (node != null) {
        node.close();
      }
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    System.out.println(
        Conformance.report(
                "OASIS KMIP profile test cases, over mutual TLS", results, Replay.OVER_TLS, 3)
            + String.format(
                "%d files in %.1f s (a fresh node per file)%n",
                results.size(), took.toMillis() / 1000.0));

    assertThat(results).hasSize(files.size());
    Conformance.Deviations d = Conformance.deviations(results, Replay.OVER_TLS);
    assertThat(d.regressions()).as("files that should pass").isEmpty();
    assertThat(d.nowPassing())
        .as("listed files that pass now: take them off Conformance.KNOWN_FAILING")
        .isEmpty();
    assertThat(Conformance.passing(results))
        .isEqualTo(Conformance.expectedPassing(files, Replay.OVER_TLS));
  }

  /** {@code request} with the fixture user's Authentication in its Request Header. */
  static Ttlv withCredential(Ttlv request) {
    if (!(request instanceof TtlvStructure message)) {
      return request;
    }
    List<Ttlv> children = new ArrayList<>();
    for (Ttlv c : message.children()) {
      children.add(
          c.tag() == Tag.REQUEST_HEADER.code() && c instanceof TtlvStructure header
              ? authenticated(header)
              : c);
    }
    return new TtlvStructure(message.tag(), children);
  }

  private static TtlvStructure authenticated(TtlvStructure header) {
    Ttlv authentication = TtlvBinder.encode(NodeFixture.credential());
    List<Ttlv> fields = new ArrayList<>();
    boolean added = false;
    for (Ttlv f : header.children()) {
      if (f.tag() == Tag.AUTHENTICATION.code()) {
        continue;
      }
      if (!added && AFTER_AUTHENTICATION.contains(f.tag())) {
        fields.add(authentication);
        added = true;
      }
      fields.add(f);
    }
    if (!added) {
      fields.add(authentication);
    }
    return new TtlvStructure(header.tag(), fields);
  }

  /**
   * One TLS connection to the node for a file's requests. When a call fails (the server closed the
   * connection), the next one connects again, so that one broken exchange does not fail the rest.
   */
  private static final class Connection implements AutoCloseable {
    private final NodeFixture node;
    private KmipTestClient client;

    Connection(NodeFixture node) {
      this.node = node;
    }

    Ttlv call(Ttlv request) {
      try {
        if (client == null) {
          client = node.connect();
        }
        return client.call(withCredential(request));
      } catch (IOException e) {
        close();
        throw new UncheckedIOException(e);
      }
    }

    @Override
    public void close() {
      if (client != null) {
        try {
          client.close();
        } catch (IOException e) {
          // The connection is gone either way.
        }
        client = null;
      }
    }
  }
}
