package dev.arca.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.server.testing.TestPki;
import java.net.Socket;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;
import org.junit.jupiter.api.Test;

class CachingClientTrustManagerTest {

  private static final TestPki PKI = TestPki.shared();
  private static final long LONG = Duration.ofMinutes(10).toNanos();

  /** Counts the full checks and refuses the chains it is told to. */
  private static final class Counting extends X509ExtendedTrustManager {
    int checks;
    final List<X509Certificate> refused = new ArrayList<>();

    private void check(X509Certificate[] chain) throws CertificateException {
      checks++;
      if (refused.contains(chain[0])) {
        throw new CertificateException("refused");
      }
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
        throws CertificateException {
      check(chain);
    }

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType)
        throws CertificateException {
      check(chain);
    }

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }

  private static X509Certificate[] chain(String name) {
    return PKI.client(name).chain().toArray(new X509Certificate[0]);
  }

  @Test
  void anAcceptedChainIsCheckedOnceThenRemembered() throws Exception {
    Counting full = new Counting();
    CachingClientTrustManager tm = new CachingClientTrustManager(full, 16, LONG);
    X509Certificate[] alice = chain("alice");

    tm.checkClientTrusted(alice, "ECDHE_ECDSA", (SSLEngine) null);
    tm.checkClientTrusted(alice, "ECDHE_ECDSA", (SSLEngine) null);
    tm.checkClientTrusted(alice.clone(), "ECDHE_ECDSA", (Socket) null);

    assertThat(full.checks).isEqualTo(1);
    assertThat(tm.size()).isEqualTo(1);
  }

  @Test
  void anotherChainOrAuthTypeIsCheckedInFull() throws Exception {
    Counting full = new Counting();
    CachingClientTrustManager tm = new CachingClientTrustManager(full, 16, LONG);

    tm.checkClientTrusted(chain("alice"), "ECDHE_ECDSA");
    tm.checkClientTrusted(chain("bob"), "ECDHE_ECDSA");
    tm.checkClientTrusted(chain("alice"), "UNKNOWN");

    assertThat(full.checks).isEqualTo(3);
  }

  @Test
  void aRefusalIsNeverRemembered() {
    Counting full = new Counting();
    CachingClientTrustManager tm = new CachingClientTrustManager(full, 16, LONG);
    X509Certificate[] mallory = chain("mallory");
    full.refused.add(mallory[0]);

    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> tm.checkClientTrusted(mallory, "ECDHE_ECDSA"))
          .isInstanceOf(CertificateException.class);
    }
    assertThat(full.checks).isEqualTo(3);
    assertThat(tm.size()).isZero();
  }

  @Test
  void anExpiredEntryIsCheckedAgain() throws Exception {
    Counting full = new Counting();
    CachingClientTrustManager tm = new CachingClientTrustManager(full, 16, 1);
    X509Certificate[] alice = chain("alice");

    tm.checkClientTrusted(alice, "ECDHE_ECDSA");
    Thread.sleep(1);
    tm.checkClientTrusted(alice, "ECDHE_ECDSA");

    assertThat(full.checks).isEqualTo(2);
  }

  @Test
  void theCacheIsBounded() throws Exception {
    Counting full = new Counting();
    CachingClientTrustManager tm = new CachingClientTrustManager(full, 2, LONG);

    tm.checkClientTrusted(chain("a"), "x");
    tm.checkClientTrusted(chain("b"), "x");
    tm.checkClientTrusted(chain("c"), "x");

    assertThat(tm.size()).isEqualTo(2);
  }

  @Test
  void serverChainsAreAlwaysCheckedInFull() throws Exception {
    Counting full = new Counting();
    CachingClientTrustManager tm = new CachingClientTrustManager(full, 16, LONG);
    X509Certificate[] server = PKI.server().chain().toArray(new X509Certificate[0]);

    tm.checkServerTrusted(server, "ECDHE_ECDSA", (SSLEngine) null);
    tm.checkServerTrusted(server, "ECDHE_ECDSA", (SSLEngine) null);

    assertThat(full.checks).isEqualTo(2);
  }

  @Test
  void withRevocationCheckingOnNothingIsRemembered() throws Exception {
    String old = System.getProperty("com.sun.net.ssl.checkRevocation");
    System.setProperty("com.sun.net.ssl.checkRevocation", "true");
    try {
      Counting full = new Counting();
      CachingClientTrustManager tm = new CachingClientTrustManager(full, 16, LONG);
      tm.checkClientTrusted(chain("alice"), "x");
      tm.checkClientTrusted(chain("alice"), "x");
      assertThat(full.checks).isEqualTo(2);
    } finally {
      if (old == null) {
        System.clearProperty("com.sun.net.ssl.checkRevocation");
      } else {
        System.setProperty("com.sun.net.ssl.checkRevocation", old);
      }
    }
  }

  @Test
  void serverContextsStillRefuseUntrustedClientsAndAcceptTrustedOnesAgain() throws Exception {
    SSLContext server = TlsContexts.server(PKI.server());
    SSLContext trusted = TlsContexts.client(PKI.client("carol"));
    SSLContext untrusted = TlsContexts.client(PKI.untrustedClient("eve"));
    for (int i = 0; i < 2; i++) {
      EnginePair ok = pair(trusted, server);
      ok.handshake();
      assertThat(ok.server().getSession().getPeerCertificates()).isNotEmpty();
      EnginePair refused = pair(untrusted, server);
      assertThatThrownBy(refused::handshake).isNotNull();
    }
  }

  private static EnginePair pair(SSLContext client, SSLContext server) {
    SSLEngine serverEngine = server.createSSLEngine();
    serverEngine.setUseClientMode(false);
    serverEngine.setNeedClientAuth(true);
    return new EnginePair(client.createSSLEngine("localhost", 5696), serverEngine);
  }
}
