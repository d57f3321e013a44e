package dev.arca.server.kmip;

import dev.arca.server.config.ListenerConfig;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What the listener knows about the connection a request came on.
 *
 * @param listener the listener's settings as they were when the request arrived
 * @param remote the client's address
 * @param peerCertificates the client's verified certificate chain, leaf first; empty when the
 *     listener does not use client certificates
 * @param protocol the negotiated TLS version
 * @param cipherSuite the negotiated cipher suite
 */
public record ConnectionInfo(
    ListenerConfig listener,
    InetSocketAddress remote,
    List<X509Certificate> peerCertificates,
    String protocol,
    String cipherSuite) {

  public ConnectionInfo {
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(remote, "remote");
    peerCertificates = List.copyOf(peerCertificates);
  }
}
