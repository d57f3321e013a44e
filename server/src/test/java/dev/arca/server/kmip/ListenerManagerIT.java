package dev.arca.server.kmip;

import static dev.arca.server.kmip.Listeners.address;
import static dev.arca.server.kmip.Listeners.eventually;
import static dev.arca.server.kmip.Listeners.mutualTls;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.server.config.ClientCertificateMode;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.testing.KmipTestClient;
import dev.arca.server.testing.TestPki;
import dev.arca.server.tls.TlsContexts;
import dev.arca.server.tls.TlsMaterial;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Reconfiguring listeners while the node runs. */
class ListenerManagerIT {

  private static final TestPki PKI = TestPki.shared();
  private static final SSLContext ALICE = TlsContexts.client(PKI.client("alice", "127.0.0.1"));
  private static final SSLContext NO_CERTIFICATE = TlsContexts.client(PKI.trustedCas());

  private final EchoService service = new EchoService();

  /** The material each listener gets, by name; the server certificate unless a test says so. */
  private final Map<String, TlsMaterial> materials = new ConcurrentHashMap<>();

  private ListenerManager manager;

  @BeforeEach
  void startManager() {
    manager = new ListenerManager(service, TransportSettings.DEFAULTS);
  }

  @AfterEach
  void stopManager() {
    manager.close();
  }

  private void apply(ListenerConfig... configs) {
    manager.apply(List.of(configs), c -> materials.getOrDefault(c.name(), PKI.server()));
  }

  private KmipListener listener(String name) {
    return manager.listener(name).orElseThrow();
  }

  private static int call(KmipTestClient client, int batchCount) throws Exception {
    return KmipMessages.batchCount(client.call(KmipMessages.request(batchCount)));
  }

  private static void assertRefused(InetSocketAddress address) {
    assertThatThrownBy(
            () -> {
              try (Socket socket = new Socket()) {
                socket.connect(address, 2_000);
              }
            })
        .isInstanceOf(ConnectException.class);
  }

  @Test
  void addsAListenerWithoutTouchingTheOthers() throws Exception {
    apply(mutualTls("internal"));
    KmipListener internal = listener("internal");
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(internal))) {
      apply(mutualTls("internal"), mutualTls("external"));

      assertThat(listener("internal")).isSameAs(internal);
      assertThat(call(client, 1)).isEqualTo(1);
      try (KmipTestClient other = KmipTestClient.connect(ALICE, address(listener("external")))) {
        assertThat(call(other, 2)).isEqualTo(2);
      }
    }
    assertThat(manager.listeners())
        .extracting(KmipListener::name)
        .containsExactly("internal", "external");
  }

  @Test
  void changedFlagsApplyToTheNextRequestOnOpenConnections() throws Exception {
    ListenerConfig config = mutualTls("default");
    apply(config);
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener("default")))) {
      call(client, 1);
      assertThat(service.lastConnection().listener().allowKeyExport()).isTrue();

      apply(Listeners.withKeyExport(config, false));

      call(client, 1);
      assertThat(service.lastConnection().listener().allowKeyExport()).isFalse();
      assertThat(listener("default").config().allowKeyExport()).isFalse();
    }
  }

  @Test
  void changedPortClosesTheOldAndBindsTheNew() throws Exception {
    ListenerConfig config = mutualTls("default");
    apply(config);
    KmipListener before = listener("default");
    InetSocketAddress oldAddress = address(before);
    int newPort = Listeners.freePort();
    try (KmipTestClient client = KmipTestClient.connect(ALICE, oldAddress)) {
      call(client, 1);

      apply(Listeners.withPort(config, newPort));

      assertThat(client.closedByServerWithin(Duration.ofSeconds(3))).isTrue();
    }
    assertThat(listener("default").port()).isEqualTo(newPort);
    assertRefused(oldAddress);
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener("default")))) {
      assertThat(call(client, 3)).isEqualTo(3);
    }
    assertThat(listener("default").stats().acceptedConnections())
        .as("counters survive a rebind")
        .isEqualTo(2);
  }

  @Test
  void removedListenerStopsAndClosesItsConnections() throws Exception {
    apply(mutualTls("a"), mutualTls("b"));
    InetSocketAddress a = address(listener("a"));
    try (KmipTestClient client = KmipTestClient.connect(ALICE, a)) {
      apply(mutualTls("b"));

      assertThat(client.closedByServerWithin(Duration.ofSeconds(3))).isTrue();
    }
    assertThat(manager.listener("a")).isEmpty();
    assertRefused(a);
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener("b")))) {
      assertThat(call(client, 1)).isEqualTo(1);
    }
  }

  @Test
  void newCertificateServesNewConnectionsWhileOldOnesContinue() throws Exception {
    apply(mutualTls("default"));
    try (KmipTestClient old = KmipTestClient.connect(ALICE, address(listener("default")))) {
      X509Certificate first = (X509Certificate) old.socket().getSession().getPeerCertificates()[0];
      materials.put("default", PKI.rsaServer());
      apply(mutualTls("default"));

      try (KmipTestClient fresh = KmipTestClient.connect(ALICE, address(listener("default")))) {
        X509Certificate second =
            (X509Certificate) fresh.socket().getSession().getPeerCertificates()[0];
        assertThat(second).isNotEqualTo(first);
        assertThat(second.getPublicKey().getAlgorithm()).isEqualTo("RSA");
      }
      assertThat(call(old, 1)).isEqualTo(1);
    }
  }

  @Test
  void stricterCertificateRuleClosesConnectionsThatNoLongerQualify() throws Exception {
    ListenerConfig open =
        Listeners.config("default", "127.0.0.1", 0, ClientCertificateMode.NOT_USED, false);
    apply(open);
    // A listener that does not ask for a certificate gets none, even from a client that has one.
    try (KmipTestClient anonymous =
            KmipTestClient.connect(NO_CERTIFICATE, address(listener("default")));
        KmipTestClient alice = KmipTestClient.connect(ALICE, address(listener("default")))) {
      call(anonymous, 1);
      call(alice, 1);

      apply(Listeners.withMode(open, ClientCertificateMode.TLS_SESSION_ONLY));

      for (KmipTestClient client : List.of(anonymous, alice)) {
        client.send(KmipMessages.request(1));
        assertThat(client.closedByServerWithin(Duration.ofSeconds(3))).isTrue();
      }
    }
    try (KmipTestClient alice = KmipTestClient.connect(ALICE, address(listener("default")))) {
      assertThat(call(alice, 2)).isEqualTo(2);
    }
    assertThat(service.handled.get()).isEqualTo(3);
    assertThat(listener("default").stats().refusedClients()).isEqualTo(2);
  }

  @Test
  void listenerThatCannotBindIsReportedAndTheOthersApplied() throws Exception {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      ListenerConfig clash = Listeners.withPort(mutualTls("clash"), taken.getLocalPort());
      assertThatThrownBy(() -> apply(mutualTls("fine"), clash))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("clash")
          .hasMessageContaining(Integer.toString(taken.getLocalPort()));
    }
    assertThat(manager.listener("clash")).isEmpty();
    try (KmipTestClient client = KmipTestClient.connect(ALICE, address(listener("fine")))) {
      assertThat(call(client, 1)).isEqualTo(1);
    }
  }

  @Test
  void duplicateNamesAreRefused() {
    assertThatThrownBy(() -> apply(mutualTls("twin"), mutualTls("twin")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("twin");
  }

  @Test
  void listenersCanSwapPorts() throws Exception {
    int[] ports = Listeners.freePorts(2);
    int portA = ports[0];
    int portB = ports[1];
    apply(Listeners.withPort(mutualTls("a"), portA), Listeners.withPort(mutualTls("b"), portB));
    apply(Listeners.withPort(mutualTls("a"), portB), Listeners.withPort(mutualTls("b"), portA));
    assertThat(listener("a").port()).isEqualTo(portB);
    assertThat(listener("b").port()).isEqualTo(portA);
  }

  @Test
  void closeStopsEverything() throws Exception {
    apply(mutualTls("default"));
    InetSocketAddress address = address(listener("default"));
    manager.close();
    assertRefused(address);
    assertThatThrownBy(() -> apply(mutualTls("default"))).isInstanceOf(IllegalStateException.class);
    assertThat(eventually(Duration.ofSeconds(1), () -> manager.listeners().isEmpty())).isTrue();
  }
}
