package dev.arca.server.tls;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.security.KeyManagementException;
import java.security.SecureRandom;
import javax.net.ssl.KeyManager;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLContextSpi;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLServerSocketFactory;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;

/**
 * An initialised BCJSSE context whose engines and sockets start with {@link TlsPolicy} applied.
 * BCJSSE's own defaults include CBC and DHE_DSS suites; wrapping the context, instead of trusting
 * every caller to narrow them, makes the safe setting the one nobody can forget. Jetty, for one,
 * starts from an engine's enabled suites when given no include list.
 */
final class PolicySslContext extends SSLContextSpi {

  private final SSLContext delegate;
  private final boolean client;

  private PolicySslContext(SSLContext delegate, boolean client) {
    this.delegate = delegate;
    this.client = client;
  }

  static SSLContext wrap(SSLContext delegate, boolean client) {
    return new PolicyContext(new PolicySslContext(delegate, client), delegate);
  }

  private static final class PolicyContext extends SSLContext {
    PolicyContext(SSLContextSpi spi, SSLContext delegate) {
      super(spi, delegate.getProvider(), delegate.getProtocol());
    }
  }

  private SSLParameters parameters() {
    return TlsContexts.policyParameters(client);
  }

  private SSLEngine configure(SSLEngine engine) {
    engine.setSSLParameters(parameters());
    return engine;
  }

  private Socket configure(Socket socket) {
    ((SSLSocket) socket).setSSLParameters(parameters());
    return socket;
  }

  private ServerSocket configure(ServerSocket socket) {
    ((SSLServerSocket) socket).setSSLParameters(parameters());
    return socket;
  }

  @Override
  protected void engineInit(KeyManager[] km, TrustManager[] tm, SecureRandom random)
      throws KeyManagementException {
    throw new KeyManagementException("this context is already initialised");
  }

  @Override
  protected SSLEngine engineCreateSSLEngine() {
    return configure(delegate.createSSLEngine());
  }

  @Override
  protected SSLEngine engineCreateSSLEngine(String host, int port) {
    return configure(delegate.createSSLEngine(host, port));
  }

  @Override
  protected SSLSessionContext engineGetServerSessionContext() {
    return delegate.getServerSessionContext();
  }

  @Override
  protected SSLSessionContext engineGetClientSessionContext() {
    return delegate.getClientSessionContext();
  }

  @Override
  protected SSLParameters engineGetDefaultSSLParameters() {
    return parameters();
  }

  @Override
  protected SSLParameters engineGetSupportedSSLParameters() {
    return parameters();
  }

  @Override
  protected SSLSocketFactory engineGetSocketFactory() {
    return new SocketFactory(delegate.getSocketFactory());
  }

  @Override
  protected SSLServerSocketFactory engineGetServerSocketFactory() {
    return new ServerSocketFactory(delegate.getServerSocketFactory());
  }

  private final class SocketFactory extends SSLSocketFactory {
    private final SSLSocketFactory factory;

    SocketFactory(SSLSocketFactory factory) {
      this.factory = factory;
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return parameters().getCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return parameters().getCipherSuites();
    }

    @Override
    public Socket createSocket() throws IOException {
      return configure(factory.createSocket());
    }

    @Override
    public Socket createSocket(Socket socket, String host, int port, boolean autoClose)
        throws IOException {
      return configure(factory.createSocket(socket, host, port, autoClose));
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
      return configure(factory.createSocket(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort)
        throws IOException {
      return configure(factory.createSocket(host, port, localHost, localPort));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
      return configure(factory.createSocket(host, port));
    }

    @Override
    public Socket createSocket(
        InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
      return configure(factory.createSocket(address, port, localAddress, localPort));
    }
  }

  private final class ServerSocketFactory extends SSLServerSocketFactory {
    private final SSLServerSocketFactory factory;

    ServerSocketFactory(SSLServerSocketFactory factory) {
      this.factory = factory;
    }

    @Override
    public String[] getDefaultCipherSuites() {
      return parameters().getCipherSuites();
    }

    @Override
    public String[] getSupportedCipherSuites() {
      return parameters().getCipherSuites();
    }

    @Override
    public ServerSocket createServerSocket() throws IOException {
      return configure(factory.createServerSocket());
    }

    @Override
    public ServerSocket createServerSocket(int port) throws IOException {
      return configure(factory.createServerSocket(port));
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog) throws IOException {
      return configure(factory.createServerSocket(port, backlog));
    }

    @Override
    public ServerSocket createServerSocket(int port, int backlog, InetAddress address)
        throws IOException {
      return configure(factory.createServerSocket(port, backlog, address));
    }
  }
}
