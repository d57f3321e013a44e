package dev.arca.server.tls;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.server.testing.TestPki;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLException;
import org.junit.jupiter.api.Test;

class TlsContextsTest {

  private static final TestPki PKI = TestPki.shared();

  private static EnginePair pair(SSLContext client, SSLContext server, boolean needClientAuth) {
    SSLEngine serverEngine = server.createSSLEngine();
    serverEngine.setUseClientMode(false);
    serverEngine.setNeedClientAuth(needClientAuth);
    return new EnginePair(client.createSSLEngine("localhost", 5696), serverEngine);
  }

  @Test
  void enginesStartWithThePolicyOnly() {
    SSLContext server = TlsContexts.server(PKI.server());
    SSLEngine engine = server.createSSLEngine();
    assertThat(engine.getEnabledProtocols()).containsExactlyElementsOf(TlsPolicy.PROTOCOLS);
    assertThat(engine.getEnabledCipherSuites()).containsExactlyElementsOf(TlsPolicy.CIPHER_SUITES);
    assertThat(server.getDefaultSSLParameters().getCipherSuites())
        .containsExactlyElementsOf(TlsPolicy.CIPHER_SUITES);
    assertThat(server.getSupportedSSLParameters().getProtocols())
        .containsExactlyElementsOf(TlsPolicy.PROTOCOLS);
    assertThat(engine.getSSLParameters().getUseCipherSuitesOrder()).isTrue();
    assertThat(server.getProvider().getName()).isEqualTo("BCJSSE");
  }

  @Test
  void mutualTlsHandshakeOverTls13AndTls12() throws Exception {
    SSLContext server = TlsContexts.server(PKI.server());
    SSLContext client = TlsContexts.client(PKI.client("alice"));
    for (String protocol : TlsPolicy.PROTOCOLS) {
      EnginePair pair = pair(client, server, true);
      pair.client().setEnabledProtocols(new String[] {protocol});
      pair.handshake();
      assertThat(pair.server().getSession().getProtocol()).isEqualTo(protocol);
      assertThat(pair.server().getSession().getCipherSuite()).isIn(TlsPolicy.CIPHER_SUITES);
      assertThat(pair.server().getSession().getPeerCertificates()).hasSize(2);
    }
  }

  @Test
  void socketFactoriesCarryThePolicy() throws Exception {
    SSLContext client = TlsContexts.client(PKI.trustedCas());
    assertThat(client.getSocketFactory().getDefaultCipherSuites())
        .containsExactlyElementsOf(TlsPolicy.CIPHER_SUITES);
    try (var socket = (javax.net.ssl.SSLSocket) client.getSocketFactory().createSocket()) {
      assertThat(socket.getEnabledCipherSuites())
          .containsExactlyElementsOf(TlsPolicy.CIPHER_SUITES);
      assertThat(socket.getSSLParameters().getEndpointIdentificationAlgorithm()).isEqualTo("HTTPS");
    }
  }

  @Test
  void missingClientCertificateIsRefused() {
    SSLContext server = TlsContexts.server(PKI.server());
    SSLContext client = TlsContexts.client(PKI.trustedCas());
    EnginePair pair = pair(client, server, true);
    assertThatThrownBy(pair::handshake).isInstanceOf(SSLException.class);
  }

  @Test
  void tls12SessionsResumeAndTls13SessionsDoNot() throws Exception {
    SSLContext server = TlsContexts.server(PKI.server());
    SSLContext client = TlsContexts.client(PKI.client("bob"));
    EnginePair first = pair(client, server, true);
    first.client().setEnabledProtocols(new String[] {"TLSv1.2"});
    first.handshake();
    EnginePair second = pair(client, server, true);
    second.client().setEnabledProtocols(new String[] {"TLSv1.2"});
    second.handshake();
    assertThat(second.server().getSession().getId()).isEqualTo(first.server().getSession().getId());
    assertThat(second.server().getSession().getCreationTime())
        .isEqualTo(first.server().getSession().getCreationTime());
  }

  @Test
  void tls13HandshakesAreAlwaysFull() throws Exception {
    // BCJSSE has no TLS 1.3 resumption (no NewSessionTicket, no PSK); if a release adds it, this
    // test tells, and the notes on resumption in TlsContexts need revising.
    SSLContext server = TlsContexts.server(PKI.server());
    SSLContext client = TlsContexts.client(PKI.client("carol"));
    EnginePair first = pair(client, server, true);
    first.handshake();
    Thread.sleep(50);
    EnginePair second = pair(client, server, true);
    second.handshake();
    assertThat(second.server().getSession().getProtocol()).isEqualTo("TLSv1.3");
    // A resumed session keeps the creation time of the one it resumes (see the TLS 1.2 case).
    assertThat(second.server().getSession().getCreationTime())
        .isGreaterThan(first.server().getSession().getCreationTime());
  }

  @Test
  void clientWithoutTrustedCasIsUsable() {
    SSLContext context = TlsContexts.client(List.of());
    assertThat(context.createSSLEngine()).isNotNull();
  }
}
