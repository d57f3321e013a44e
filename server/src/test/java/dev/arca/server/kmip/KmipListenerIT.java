package dev.arca.server.kmip;

import static dev.arca.server.kmip.Listeners.address;
import static dev.arca.server.kmip.Listeners.eventually;
import static dev.arca.server.kmip.Listeners.mutualTls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.arca.kmip.ttlv.DecodeException.Problem;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.config.ClientCertificateMode;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.testing.KmipTestClient;
import dev.arca.server.testing.TestPki;
import dev.arca.server.testing.TestTls;
import dev.arca.server.tls.TlsContexts;
import dev.arca.server.tls.TlsMaterial;
import dev.arca.server.tls.TlsPolicy;
import java.io.ByteArrayOutputStream;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One listener at a time, real TLS sockets on loopback, a stub service. */
class KmipListenerIT {

  private static final TestPki PKI = TestPki.shared();
  private static final Duration READ_TIMEOUT = Duration.ofMillis(1500);
  private static final SSLContext ALICE =
      TlsContexts.client(PKI.client("alice", "127.0.0.1", "::1"));
  private static final SSLContext NO_CERTIFICATE = TlsContexts.client(PKI.trustedCas());

  private final EchoService service = new EchoService();
  private ListenerManager manager;

  @BeforeEach
  void startManager() {
    manager =
        new ListenerManager(
            service,
            TransportSettings.DEFAULTS
                .withRequestReadTimeout(READ_TIMEOUT)
                .withHandshakeTimeout(Duration.ofSeconds(2)));
  }

  @AfterEach
  void stopManager() {
    manager.close();
  }

  private KmipListener start(ListenerConfig config) {
    return start(config, PKI.server());
  }

  private KmipListener start(ListenerConfig config, TlsMaterial material) {
    manager.apply(List.of(config), c -> material);
    return manager.listener(config.name()).orElseThrow();
  }

  private void assertServes(KmipListener listener) throws Exception {
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener))) {
      assertThat(KmipMessages.batchCount(client.call(KmipMessages.request(2)))).isEqualTo(2);
    }
  }

  // ---- TLS ---------------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
  void answersARequestOverMutualTls(String protocol) throws Exception {
    KmipListener listener = start(mutualTls("default"));
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener), protocol)) {
      Ttlv response = client.call(KmipMessages.request(3));

      assertThat(KmipMessages.batchCount(response)).isEqualTo(3);
      String suite = client.socket().getSession().getCipherSuite();
      assertThat(client.socket().getSession().getProtocol()).isEqualTo(protocol);
      assertThat(suite).isIn(TlsPolicy.CIPHER_SUITES);
      ConnectionInfo info = service.lastConnection();
      assertThat(info.listener().name()).isEqualTo("default");
      assertThat(info.protocol()).isEqualTo(protocol);
      assertThat(info.cipherSuite()).isEqualTo(suite);
      assertThat(info.remote().getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
      assertThat(info.peerCertificates()).hasSize(2);
      assertThat(info.peerCertificates().get(0).getSubjectX500Principal().getName())
          .contains("CN=alice");
    }
    assertThat(listener.stats().handshakesSucceeded()).isEqualTo(1);
    assertThat(listener.stats().requests()).isEqualTo(1);
  }

  @Test
  void prefersAes256() throws Exception {
    KmipListener listener = start(mutualTls("default"));
    try (KmipTestClient tls13 = KmipTestClient.connect(ALICE, address(listener), "TLSv1.3");
        KmipTestClient tls12 = KmipTestClient.connect(ALICE, address(listener), "TLSv1.2")) {
      assertThat(tls13.socket().getSession().getCipherSuite()).isEqualTo("TLS_AES_256_GCM_SHA384");
      assertThat(tls12.socket().getSession().getCipherSuite())
          .isEqualTo("TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384");
    }
  }

  @Test
  void rsaServerCertificateUsesEcdheRsa() throws Exception {
    KmipListener listener = start(mutualTls("rsa"), PKI.rsaServer());
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener), "TLSv1.2")) {
      assertThat(client.socket().getSession().getCipherSuite())
          .isEqualTo("TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384");
      assertThat(KmipMessages.batchCount(client.call(KmipMessages.request(1)))).isEqualTo(1);
    }
  }

  @Test
  void clientOfferingOnlyCbcSuitesCannotConnect() throws Exception {
    KmipListener listener = start(mutualTls("default"));
    Socket tcp = new Socket();
    tcp.connect(address(listener), 5_000);
    try (SSLSocket socket =
        (SSLSocket)
            ALICE.getSocketFactory().createSocket(tcp, "127.0.0.1", listener.port(), true)) {
      socket.setEnabledProtocols(new String[] {"TLSv1.2"});
      socket.setEnabledCipherSuites(
          new String[] {
            "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA384",
            "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA"
          });
      socket.setSoTimeout(5_000);
      // BCJSSE reports a refused handshake as its own TlsFatalAlertReceived, an IOException.
      assertThatThrownBy(socket::startHandshake).isInstanceOf(IOException.class);
    }
    assertThat(eventually(Duration.ofSeconds(2), () -> listener.stats().handshakesFailed() == 1))
        .isTrue();
    assertServes(listener);
  }

  @Test
  void clientOfferingOnlyTls11CannotConnect() throws Exception {
    KmipListener listener = start(mutualTls("default"));
    try (Socket socket = new Socket()) {
      socket.connect(address(listener), 5_000);
      socket.setSoTimeout(5_000);
      socket.getOutputStream().write(tls11ClientHello());
      int first = socket.getInputStream().read();
      // An alert (21) or the end of the stream; never a ServerHello (handshake, 22).
      assertThat(first).isIn(21, -1);
    }
    assertThat(eventually(Duration.ofSeconds(2), () -> listener.stats().handshakesFailed() == 1))
        .isTrue();
    assertServes(listener);
  }

  /**
   * A TLS 1.1 ClientHello (RFC 4346 §7.4.1.2) offering ECDHE and RSA CBC suites, P-256 and
   * uncompressed points; no supported_versions extension, so TLS 1.1 is the highest it accepts.
   */
  private static byte[] tls11ClientHello() {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(3);
    body.write(2);
    body.writeBytes(new byte[32]);
    body.write(0);
    body.writeBytes(new byte[] {0, 6, (byte) 0xC0, 0x13, (byte) 0xC0, 0x09, 0x00, 0x2F});
    body.writeBytes(new byte[] {1, 0});
    byte[] extensions = {0x00, 0x0A, 0, 4, 0, 2, 0, 0x17, 0x00, 0x0B, 0, 2, 1, 0};
    body.write(0);
    body.write(extensions.length);
    body.writeBytes(extensions);
    byte[] hello = body.toByteArray();
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.writeBytes(new byte[] {22, 3, 2});
    int length = hello.length + 4;
    record.write(length >> 8);
    record.write(length);
    record.write(1);
    record.writeBytes(new byte[] {0, (byte) (hello.length >> 8), (byte) hello.length});
    record.writeBytes(hello);
    return record.toByteArray();
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
  void clientWithoutCertificateNeverReachesTheService(String protocol) throws Exception {
    KmipListener listener = start(mutualTls("default"));
    assertThatThrownBy(
            () -> {
              try (KmipTestClient client =
                  KmipTestClient.connect(NO_CERTIFICATE, address(listener), protocol)) {
                client.call(KmipMessages.request(1));
              }
            })
        .isInstanceOf(IOException.class);
    assertThat(eventually(Duration.ofSeconds(2), () -> listener.stats().handshakesFailed() == 1))
        .isTrue();
    assertThat(service.handled.get()).isZero();
    assertThat(service.undecodable).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"TLSv1.3", "TLSv1.2"})
  void certificateFromAnUntrustedCaIsRefused(String protocol) throws Exception {
    KmipListener listener = start(mutualTls("default"));
    SSLContext mallory = TestTls.clientPresentingAnyway(PKI.untrustedClient("mallory"));
    assertThatThrownBy(
            () -> {
              try (KmipTestClient client =
                  KmipTestClient.connect(mallory, address(listener), protocol)) {
                client.call(KmipMessages.request(1));
              }
            })
        .isInstanceOf(IOException.class);
    assertThat(eventually(Duration.ofSeconds(2), () -> listener.stats().handshakesFailed() == 1))
        .isTrue();
    assertThat(service.handled.get()).isZero();
  }

  @Test
  void modeNotUsedServesClientsWithoutCertificate() throws Exception {
    KmipListener listener =
        start(Listeners.config("open", "127.0.0.1", 0, ClientCertificateMode.NOT_USED, false));
    try (KmipTestClient client = KmipTestClient.connect(NO_CERTIFICATE, address(listener))) {
      assertThat(KmipMessages.batchCount(client.call(KmipMessages.request(1)))).isEqualTo(1);
    }
    assertThat(service.lastConnection().peerCertificates()).isEmpty();
  }

  // ---- source address ------------------------------------------------------------------------

  @Test
  void sourceAddressMustBeInTheCertificateWhenRequired() throws Exception {
    KmipListener listener =
        start(
            Listeners.config(
                "strict", "127.0.0.1", 0, ClientCertificateMode.TLS_SESSION_ONLY, true));
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener))) {
      assertThat(KmipMessages.batchCount(client.call(KmipMessages.request(1)))).isEqualTo(1);
    }
    for (TlsMaterial refused :
        List.of(PKI.client("no-address"), PKI.client("elsewhere", "10.9.8.7", "::2"))) {
      try (KmipTestClient client =
          KmipTestClient.connect(TlsContexts.client(refused), address(listener))) {
        assertThat(client.closedByServerWithin(Duration.ofSeconds(3))).isTrue();
      }
    }
    assertThat(service.handled.get()).isEqualTo(1);
    assertThat(listener.stats().refusedClients()).isEqualTo(2);
  }

  @Test
  void sourceAddressIsNotCheckedWhenNotRequired() throws Exception {
    KmipListener listener = start(mutualTls("lenient"));
    try (KmipTestClient client =
        KmipTestClient.connect(TlsContexts.client(PKI.client("no-address")), address(listener))) {
      assertThat(KmipMessages.batchCount(client.call(KmipMessages.request(1)))).isEqualTo(1);
    }
  }

  @Test
  void sourceAddressCheckOverIpv6() throws Exception {
    assumeTrue(Listeners.ipv6Loopback(), "no IPv6 loopback");
    KmipListener listener =
        start(Listeners.config("v6", "::", 0, ClientCertificateMode.TLS_SESSION_ONLY, true));
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener, "::1"))) {
      assertThat(KmipMessages.batchCount(client.call(KmipMessages.request(1)))).isEqualTo(1);
      assertThat(service.lastConnection().remote().getAddress()).isInstanceOf(Inet6Address.class);
    }
    SSLContext ipv4Only = TlsContexts.client(PKI.client("v4-only", "127.0.0.1"));
    try (KmipTestClient client = KmipTestClient.connect(ipv4Only, address(listener, "::1"))) {
      assertThat(client.closedByServerWithin(Duration.ofSeconds(3))).isTrue();
    }
    try (KmipTestClient client = KmipTestClient.connect(ipv4Only, address(listener, "127.0.0.1"))) {
      assertThat(KmipMessages.batchCount(client.call(KmipMessages.request(1)))).isEqualTo(1);
    }
  }

  // ---- bad input -----------------------------------------------------------------------------

  @ParameterizedTest
  @ValueSource(strings = {"garbage", "response", "oversized", "bad-body"})
  void badFrameIsAnsweredThenTheConnectionClosed(String kind) throws Exception {
    KmipListener listener = start(mutualTls("default"));
    byte[] frame;
    Problem expected;
    switch (kind) {
      case "garbage":
        frame = "GET / HTTP/1.1\r\nHost: kmip\r\n\r\n".getBytes(StandardCharsets.US_ASCII);
        expected = Problem.BAD_TAG;
        break;
      case "response":
        frame = new dev.arca.kmip.ttlv.TtlvEncoder().encode(KmipMessages.response(1));
        expected = Problem.BAD_VALUE;
        break;
      case "oversized":
        // Claims almost 2 GiB; only the header and a few bytes are ever sent.
        frame =
            new byte[] {
              0x42, 0x00, 0x78, 0x01, 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0, 0x42, 0, 0x77, 1
            };
        expected = Problem.TOO_LARGE;
        break;
      default:
        frame = KmipMessages.requestBytes(1);
        frame[27] = 0x0F; // the type of Protocol Version Major: no such item type
        expected = Problem.UNKNOWN_TYPE;
        break;
    }
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener))) {
      client.send(frame);
      assertThat(KmipMessages.isInvalidMessage(client.receive())).isTrue();
      assertThat(client.closedByServerWithin(Duration.ofSeconds(3))).isTrue();
    }
    assertThat(service.undecodable)
        .singleElement()
        .extracting(e -> e.problem())
        .isEqualTo(expected);
    assertThat(service.handled.get()).isZero();
    assertThat(listener.stats().rejectedFrames()).isEqualTo(1);
    assertServes(listener);
  }

  @Test
  void truncatedFrameIsCutOffAfterTheRequestReadTimeout() throws Exception {
    KmipListener listener = start(mutualTls("default"));
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener))) {
      byte[] request = KmipMessages.requestBytes(1);
      client.send(java.util.Arrays.copyOf(request, 20));
      long start = System.nanoTime();
      assertThat(client.closedByServerWithin(READ_TIMEOUT.plusSeconds(3))).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isGreaterThan(READ_TIMEOUT.minusMillis(300));
    }
    assertThat(listener.stats().stalls()).isEqualTo(1);
    assertThat(service.handled.get()).isZero();
    assertServes(listener);
  }

  @Test
  void clientTricklingARequestIsCutOff() throws Exception {
    KmipListener listener = start(mutualTls("default"));
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener))) {
      byte[] request = KmipMessages.requestBytes(1);
      Thread trickle =
          new Thread(
              () -> {
                try {
                  for (byte b : request) {
                    client.send(new byte[] {b});
                    Thread.sleep(200);
                  }
                } catch (IOException | InterruptedException e) {
                  // cut off, as expected
                }
              });
      trickle.start();
      long start = System.nanoTime();
      assertThat(client.closedByServerWithin(READ_TIMEOUT.plusSeconds(2))).isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isLessThan(READ_TIMEOUT.plusSeconds(1));
      trickle.interrupt();
      trickle.join();
    }
    assertThat(listener.stats().stalls()).isEqualTo(1);
    assertThat(service.handled.get()).isZero();
  }

  @Test
  void clientTricklingATlsRecordIsCutOff() throws Exception {
    KmipListener listener = start(mutualTls("default"));
    ThrottledSocket tcp = new ThrottledSocket();
    tcp.connect(address(listener), 5_000);
    try (SSLSocket socket =
        (SSLSocket)
            ALICE.getSocketFactory().createSocket(tcp, "127.0.0.1", listener.port(), true)) {
      socket.setSoTimeout(10_000);
      socket.startHandshake();
      tcp.throttle.set(true);
      OutputStream out = socket.getOutputStream();
      Thread trickle =
          new Thread(
              () -> {
                try {
                  out.write(KmipMessages.requestBytes(1));
                  out.flush();
                } catch (IOException e) {
                  // cut off, as expected
                }
              });
      trickle.start();
      long start = System.nanoTime();
      assertThat(
              eventually(
                  READ_TIMEOUT.plusSeconds(2), () -> listener.stats().openConnections() == 0))
          .isTrue();
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isLessThan(READ_TIMEOUT.plusSeconds(1));
      tcp.close();
      trickle.join();
    }
    assertThat(listener.stats().stalls()).isEqualTo(1);
    assertThat(service.handled.get()).isZero();
  }

  /** A TCP socket whose writes, once throttled, go out one byte every 200 ms. */
  private static final class ThrottledSocket extends Socket {
    final AtomicBoolean throttle = new AtomicBoolean();

    @Override
    public OutputStream getOutputStream() throws IOException {
      return new FilterOutputStream(super.getOutputStream()) {
        @Override
        public void write(byte[] b, int off, int len) throws IOException {
          if (!throttle.get()) {
            out.write(b, off, len);
            return;
          }
          for (int i = 0; i < len; i++) {
            out.write(b[off + i]);
            out.flush();
            try {
              Thread.sleep(200);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
              throw new IOException("interrupted", e);
            }
          }
        }
      };
    }

    @Override
    public InputStream getInputStream() throws IOException {
      return super.getInputStream();
    }
  }

  @Test
  void clientThatDoesNotReadItsResponsesIsCutOff() throws Exception {
    manager.close();
    manager =
        new ListenerManager(
            service, TransportSettings.DEFAULTS.withResponseWriteTimeout(Duration.ofSeconds(1)));
    KmipListener listener = start(mutualTls("default"));
    service.pad(512 * 1024);
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener))) {
      client.socket().setReceiveBufferSize(64 * 1024);
      // 40 responses of 512 KiB are far more than the socket buffers hold; none is read.
      byte[] request = KmipMessages.requestBytes(1);
      for (int i = 0; i < 40; i++) {
        client.send(request);
      }
      assertThat(eventually(Duration.ofSeconds(10), () -> listener.stats().stalls() == 1)).isTrue();
      assertThat(listener.stats().requests()).isLessThan(40);
    }
    assertThat(eventually(Duration.ofSeconds(2), () -> listener.stats().openConnections() == 0))
        .isTrue();
  }

  @Test
  void silentClientIsDroppedAfterTheHandshakeTimeout() throws Exception {
    KmipListener listener = start(mutualTls("default"));
    try (Socket socket = new Socket()) {
      socket.connect(address(listener), 5_000);
      socket.setSoTimeout(6_000);
      long start = System.nanoTime();
      assertThat(socket.getInputStream().read()).isEqualTo(-1);
      assertThat(Duration.ofNanos(System.nanoTime() - start))
          .isBetween(Duration.ofMillis(1500), Duration.ofSeconds(4));
    }
  }

  // ---- timeouts and ordering -----------------------------------------------------------------

  @Test
  void idleConnectionIsClosedAfterTheIdleTimeout() throws Exception {
    KmipListener listener =
        start(Listeners.withIdleTimeout(mutualTls("default"), Duration.ofSeconds(1)));
    try (KmipTestClient busy = KmipTestClient.connect(ALICE, address(listener));
        KmipTestClient idle = KmipTestClient.connect(ALICE, address(listener))) {
      idle.call(KmipMessages.request(1));
      long start = System.nanoTime();
      // The busy client asks every 300 ms and keeps its connection beyond the idle timeout.
      while (System.nanoTime() - start < Duration.ofMillis(2100).toNanos()) {
        assertThat(KmipMessages.batchCount(busy.call(KmipMessages.request(1)))).isEqualTo(1);
        Thread.sleep(300);
      }
      assertThat(idle.closedByServerWithin(Duration.ofSeconds(1))).isTrue();
    }
    assertThat(listener.stats().idleTimeouts()).isEqualTo(1);
  }

  @Test
  void pipelinedRequestsAreAnsweredInOrderOneAtATime() throws Exception {
    KmipListener listener = start(mutualTls("default"));
    service.delay(batchCount -> (6 - batchCount) * 30L);
    ByteArrayOutputStream pipeline = new ByteArrayOutputStream();
    for (int batchCount = 1; batchCount <= 5; batchCount++) {
      pipeline.writeBytes(KmipMessages.requestBytes(batchCount));
    }
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener))) {
      client.send(pipeline.toByteArray());
      for (int batchCount = 1; batchCount <= 5; batchCount++) {
        assertThat(KmipMessages.batchCount(client.receive())).isEqualTo(batchCount);
      }
      assertThat(KmipMessages.batchCount(client.call(KmipMessages.request(6)))).isEqualTo(6);
    }
    assertThat(service.maxInFlight.get()).isEqualTo(1);
  }

  @Test
  void aLongPipelineIsReadAheadBoundedAndAnsweredInOrderWithoutACutOff() throws Exception {
    KmipListener listener = start(mutualTls("default"));
    // Far more than the read-ahead bound, sent at once while the first request is served slowly.
    service.delay(batchCount -> batchCount == 1 ? 300L : 0L);
    ByteArrayOutputStream pipeline = new ByteArrayOutputStream();
    int count = 0;
    while (pipeline.size() < 4 * KmipConnection.READ_AHEAD_BYTES) {
      pipeline.writeBytes(KmipMessages.requestBytes(count++ % 3 + 1));
    }
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener))) {
      client.send(pipeline.toByteArray());
      for (int i = 0; i < count; i++) {
        assertThat(KmipMessages.batchCount(client.receive())).isEqualTo(i % 3 + 1);
      }
    }
    assertThat(service.maxInFlight.get()).isEqualTo(1);
    assertThat(listener.stats().stalls()).isZero();
    assertThat(listener.stats().requests()).isEqualTo(count);
  }

  @Test
  void connectionsBeyondTheLimitAreClosedAtOnce() throws Exception {
    manager.close();
    manager =
        new ListenerManager(service, TransportSettings.DEFAULTS.withMaxConnectionsPerListener(2));
    KmipListener listener = start(mutualTls("default"));
    try (KmipTestClient first = KmipTestClient.connect(ALICE, address(listener));
        KmipTestClient second = KmipTestClient.connect(ALICE, address(listener))) {
      assertThatThrownBy(() -> KmipTestClient.connect(ALICE, address(listener)).close())
          .isInstanceOf(IOException.class);
      assertThat(listener.stats().refusedConnections()).isEqualTo(1);
      assertThat(KmipMessages.batchCount(first.call(KmipMessages.request(1)))).isEqualTo(1);
      assertThat(KmipMessages.batchCount(second.call(KmipMessages.request(2)))).isEqualTo(2);
    }
    assertThat(eventually(Duration.ofSeconds(2), () -> listener.stats().openConnections() == 0))
        .isTrue();
    assertServes(listener);
  }

  // ---- addresses -----------------------------------------------------------------------------

  @Test
  void wildcardIpv6BindServesBothFamilies() throws Exception {
    assumeTrue(Listeners.ipv6Loopback(), "no IPv6 loopback");
    KmipListener listener =
        start(Listeners.config("any", "::", 0, ClientCertificateMode.TLS_SESSION_ONLY, false));
    for (String host : List.of("127.0.0.1", "::1")) {
      try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener, host))) {
        assertThat(KmipMessages.batchCount(client.call(KmipMessages.request(1)))).isEqualTo(1);
      }
      assertThat(service.lastConnection().remote().getAddress())
          .isEqualTo(InetAddress.getByName(host));
    }
  }

  @Test
  void specificAddressBindServesThatAddressOnly() throws Exception {
    KmipListener listener = start(mutualTls("v4"));
    assertThat(listener.localAddress().getAddress()).isEqualTo(InetAddress.getByName("127.0.0.1"));
    assertServes(listener);
    if (Listeners.ipv6Loopback()) {
      try (Socket socket = new Socket()) {
        assertThatThrownBy(() -> socket.connect(address(listener, "::1"), 2_000))
            .isInstanceOf(ConnectException.class);
      }
    }
  }

  @Test
  void specificIpv6AddressBind() throws Exception {
    assumeTrue(Listeners.ipv6Loopback(), "no IPv6 loopback");
    KmipListener listener =
        start(Listeners.config("v6", "::1", 0, ClientCertificateMode.TLS_SESSION_ONLY, false));
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener, "::1"))) {
      assertThat(KmipMessages.batchCount(client.call(KmipMessages.request(1)))).isEqualTo(1);
    }
    try (Socket socket = new Socket()) {
      assertThatThrownBy(
              () -> socket.connect(new InetSocketAddress("127.0.0.1", listener.port()), 2_000))
          .isInstanceOf(ConnectException.class);
    }
  }
}
