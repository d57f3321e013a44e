package dev.arca.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.client.FakeKmipServer.Behaviour;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.server.testing.TestPki;
import dev.arca.server.tls.TlsMaterial;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pooling, timeouts, failover and the retry rule, against fake servers on loopback. */
class KmipClientTest {

  private static final TlsMaterial CLIENT = TestPki.shared().client("unit");
  private final List<AutoCloseable> toClose = new ArrayList<>();

  @AfterEach
  void closeAll() throws Exception {
    for (AutoCloseable c : toClose) {
      c.close();
    }
  }

  private FakeKmipServer server(Behaviour behaviour) throws IOException {
    FakeKmipServer s = FakeKmipServer.start(behaviour);
    toClose.add(s);
    return s;
  }

  private KmipClient.Builder builder(String... addresses) {
    return KmipClient.builder()
        .addresses(List.of(addresses))
        .credentials(ClientCredentials.of(CLIENT.privateKey(), CLIENT.chain()))
        .trustedCertificates(CLIENT.trustedCas())
        .credential("unit", "unit-password".toCharArray())
        .connectTimeout(Duration.ofMillis(700))
        .readTimeout(Duration.ofMillis(700));
  }

  private KmipClient client(KmipClient.Builder b) throws IOException {
    KmipClient c = b.build();
    toClose.add(c);
    return c;
  }

  /** A loopback port with nothing listening: connections are refused. */
  private static String refusedAddress() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return "127.0.0.1:" + s.getLocalPort();
    }
  }

  /** A loopback port that accepts TCP (into the backlog) and never answers the TLS handshake. */
  private String hangingAddress() throws IOException {
    ServerSocket s = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    toClose.add(s);
    return "127.0.0.1:" + s.getLocalPort();
  }

  @Test
  void sequentialCallsShareOnePooledConnection() throws Exception {
    FakeKmipServer server = server(Behaviour.ANSWER);
    KmipClient client = client(builder(server.address()));

    for (int i = 0; i < 5; i++) {
      assertThat(client.discoverVersions()).containsExactly(new ProtocolVersion(2, 1));
    }
    client.create(Attributes.empty());

    assertThat(server.connections()).isEqualTo(1);
    assertThat(server.operations()).hasSize(6).endsWith(Operation.CREATE);
  }

  @Test
  void concurrentCallsOpenNoMoreConnectionsThanThePoolSize() throws Exception {
    FakeKmipServer server = server(Behaviour.ANSWER);
    KmipClient client =
        client(builder(server.address()).poolSize(2).readTimeout(Duration.ofSeconds(10)));
    server.holdAnswers();
    ExecutorService pool = Executors.newFixedThreadPool(6);
    try {
      List<Future<List<ProtocolVersion>>> calls = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        calls.add(pool.submit(() -> client.discoverVersions()));
      }
      Thread.sleep(300);
      assertThat(server.connections()).isEqualTo(2);
      server.release();
      for (Future<List<ProtocolVersion>> f : calls) {
        assertThat(f.get(10, TimeUnit.SECONDS)).hasSize(1);
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.connections()).isEqualTo(2);
  }

  @Test
  void aConnectionTheServerClosedIsDiscardedAndReplaced() throws Exception {
    FakeKmipServer server = server(Behaviour.ANSWER_AND_CLOSE);
    KmipClient client = client(builder(server.address()));

    client.discoverVersions();
    Thread.sleep(100);
    // The server's close_notify is waiting on the pooled connection: a new one is opened, so even
    // a Create, which is never retried, goes through.
    assertThat(client.create(Attributes.empty())).startsWith("key-");
    Thread.sleep(100);
    client.discoverVersions();

    assertThat(server.connections()).isEqualTo(3);
  }

  @Test
  void aReadRetriesOnANewConnectionWhenThePooledOneBreaks() throws Exception {
    FakeKmipServer server = server(Behaviour.ANSWER);
    KmipClient client = client(builder(server.address()));
    client.discoverVersions();

    server.dropConnections();
    assertThat(client.discoverVersions()).hasSize(1);

    assertThat(server.connections()).isEqualTo(2);
  }

  @Test
  void firstAddressRefusesSecondAnswers() throws Exception {
    FakeKmipServer second = server(Behaviour.ANSWER);
    KmipClient client = client(builder(refusedAddress(), second.address()));

    // A Create is safe to send to the second address: the first never saw it.
    assertThat(client.create(Attributes.empty())).isEqualTo("key-1");
    assertThat(second.operations()).containsExactly(Operation.CREATE);
  }

  @Test
  void firstAddressHangsTimesOutThenSecondAnswers() throws Exception {
    FakeKmipServer second = server(Behaviour.ANSWER);
    KmipClient client = client(builder(hangingAddress(), second.address()).poolSize(1));

    long start = System.nanoTime();
    assertThat(client.create(Attributes.empty())).isEqualTo("key-1");
    long elapsed = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    assertThat(elapsed).isBetween(600L, 5_000L);

    // The second address is now preferred: a new connection goes there directly.
    second.dropConnections();
    Thread.sleep(100);
    start = System.nanoTime();
    client.discoverVersions();
    assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(600L);
  }

  @Test
  void noAddressReachableIsServerUnavailableNamingEachAddress() throws Exception {
    String a = refusedAddress();
    String b = hangingAddress();
    KmipClient client = client(builder(a, b));

    assertThatThrownBy(() -> client.create(Attributes.empty()))
        .isInstanceOf(ServerUnavailableException.class)
        .hasMessageContaining(a + ": connection refused")
        .hasMessageContaining(b + ": timed out")
        .satisfies(e -> assertThat(e.getSuppressed()).hasSize(2));
  }

  @Test
  void aCreateWithoutAnswerIsNeverSentAgain() throws Exception {
    FakeKmipServer silent = server(Behaviour.SILENT);
    FakeKmipServer second = server(Behaviour.ANSWER);
    KmipClient client = client(builder(silent.address(), second.address()));

    assertThatThrownBy(() -> client.createSymmetricKey("k", CryptographicAlgorithm.AES, 256))
        .isInstanceOf(RequestOutcomeUnknownException.class)
        .hasMessageContaining(silent.address())
        .hasMessageContaining("may or may not have carried it out");
    assertThat(silent.operations()).containsExactly(Operation.CREATE);
    assertThat(second.operations()).isEmpty();
  }

  @Test
  void aReadWithoutAnswerIsRetriedOnTheNextAddress() throws Exception {
    FakeKmipServer silent = server(Behaviour.SILENT);
    FakeKmipServer second = server(Behaviour.ANSWER);
    KmipClient client = client(builder(silent.address(), second.address()));

    assertThat(client.locate(KeyQuery.byName("k"))).isEmpty();
    assertThat(silent.operations()).containsExactly(Operation.LOCATE);
    assertThat(second.operations()).containsExactly(Operation.LOCATE);
  }

  @Test
  void aRefusedClientCertificateIsAConnectionFailureNotAnUnknownOutcome() throws Exception {
    FakeKmipServer server = server(Behaviour.ANSWER);
    TlsMaterial stranger = TestPki.shared().untrustedClient("stranger");
    KmipClient client =
        client(
            builder(server.address())
                .credentials(ClientCredentials.of(stranger.privateKey(), stranger.chain())));

    // TLS 1.3 reports the refusal on the first read, after the Create was written; the server
    // never read it, so this is "unavailable" (safe to retry), with a hint at the cause.
    assertThatThrownBy(() -> client.create(Attributes.empty()))
        .isInstanceOf(ServerUnavailableException.class)
        .hasMessageContaining(server.address())
        .hasMessageContaining("CA the listener trusts");
    assertThat(server.operations()).isEmpty();
  }

  @Test
  void aKmipErrorIsAKmipClientExceptionAndNotRetried() throws Exception {
    FakeKmipServer server = server(Behaviour.ANSWER);
    FakeKmipServer second = server(Behaviour.ANSWER);
    KmipClient client = client(builder(server.address(), second.address()));

    assertThatThrownBy(() -> client.get("missing"))
        .isInstanceOfSatisfying(
            KmipClientException.class,
            e -> {
              assertThat(e.reason()).isEqualTo(ResultReason.ITEM_NOT_FOUND);
              assertThat(e.operation()).contains(Operation.GET);
              assertThat(e.resultMessage()).isEqualTo("no such object");
            })
        .hasMessage("Get failed: Item Not Found: no such object");
    assertThat(second.operations()).isEmpty();
  }

  @Test
  void aCallWaitsForTheOnlyConnectionToFreeUp() throws Exception {
    FakeKmipServer server = server(Behaviour.ANSWER);
    KmipClient client =
        client(builder(server.address()).poolSize(1).readTimeout(Duration.ofSeconds(5)));
    server.holdAnswers();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      Future<List<ProtocolVersion>> first = pool.submit(() -> client.discoverVersions());
      Future<String> second = pool.submit(() -> client.create(Attributes.empty()));
      Thread.sleep(300);
      assertThat(server.operations()).hasSize(1);
      server.release();
      assertThat(first.get(5, TimeUnit.SECONDS)).hasSize(1);
      assertThat(second.get(5, TimeUnit.SECONDS)).isEqualTo("key-1");
    } finally {
      pool.shutdownNow();
    }
    assertThat(server.connections()).isEqualTo(1);
  }

  @Test
  void closeClosesThePoolAndLaterCallsFail() throws Exception {
    FakeKmipServer server = server(Behaviour.ANSWER);
    KmipClient client = client(builder(server.address()));
    client.discoverVersions();

    client.close();

    assertThatThrownBy(client::discoverVersions)
        .isInstanceOf(IOException.class)
        .hasMessage("the client is closed");
    assertThat(client.toString()).contains("0/4 open").doesNotContain("unit-password");
  }

  @Test
  void settingsOutOfRangeFailNamingTheSetting() {
    assertThatThrownBy(() -> builder().build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("addresses:");
    assertThatThrownBy(() -> builder("127.0.0.1:1").poolSize(0).build())
        .hasMessage("poolSize must be between 1 and 256, was 0");
    assertThatThrownBy(() -> builder("127.0.0.1:1").readTimeout(Duration.ZERO))
        .hasMessage("readTimeout must be positive, was PT0S");
    assertThatThrownBy(
            () ->
                KmipClient.builder()
                    .address("127.0.0.1:1")
                    .credentials(ClientCredentials.of(CLIENT.privateKey(), CLIENT.chain()))
                    .build())
        .hasMessageStartingWith("trustedCertificates:");
    assertThatThrownBy(() -> builder("host:99999")).hasMessageContaining("not between 1 and 65535");
  }
}
