package dev.arca.server.kmip;

import dev.arca.server.config.ClientCertificateMode;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.tls.TlsContexts;
import dev.arca.server.tls.TlsMaterial;
import dev.arca.server.tls.TlsPolicy;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.group.ChannelGroup;
import io.netty.channel.group.DefaultChannelGroup;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslHandler;
import io.netty.util.concurrent.GlobalEventExecutor;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One KMIP listener: a TCP port speaking binary TTLV over TLS (KMIP 1.4 and 2.1 §9.1, the KMIP
 * profiles' mutual TLS), created and reconfigured by {@link ListenerManager}.
 *
 * <h2>Connection lifecycle</h2>
 *
 * <ol>
 *   <li><b>Accept.</b> Beyond {@link TransportSettings#maxConnectionsPerListener()} open
 *       connections, a new one is closed before any TLS.
 *   <li><b>Handshake.</b> TLS 1.3 or 1.2 with the suites of {@link TlsPolicy}; a client certificate
 *       is required unless the mode is {@link ClientCertificateMode#NOT_USED}, and must chain to
 *       the listener's trusted CAs. A handshake not finished within {@link
 *       TransportSettings#handshakeTimeout()} (10 s) is abandoned. A client without a valid
 *       certificate never reaches the KMIP service. With <i>certificate must contain the source
 *       IP</i>, the leaf's subjectAltName iPAddress entries must include the client's address
 *       (compared as bytes; IPv4-mapped IPv6 counts as IPv4), or the connection is closed.
 *   <li><b>Framing.</b> A request is one TTLV item: an 8-byte header (3-byte tag, type, 4-byte
 *       length) and the value, padded to 8 bytes. From the header alone the listener refuses a
 *       first item that is not a Request Message structure (tag 0x420078) and a length beyond the
 *       decoder's {@code maxMessageBytes} (1 MiB by default), without waiting for that body. A
 *       refused or undecodable frame is answered with {@link KmipService#undecodable} (result
 *       reason Invalid Message) and then the connection is closed: after a bad header the stream
 *       cannot be trusted to be at a message boundary.
 *   <li><b>Processing.</b> Requests on one connection are answered strictly in order, one at a
 *       time: the service (on a shared, bounded worker pool, never on the network thread) gets the
 *       next request only once the previous response has been written. Pipelined requests wait in
 *       the connection's buffer; once 64 KiB of them are buffered, reading pauses until the
 *       connection takes the next one, so the buffer stays bounded by one maximal request plus 256
 *       KiB.
 *   <li><b>Settings.</b> Each request sees the listener's settings as they are when it is taken
 *       ({@link ConnectionInfo#listener()}): changed flags apply to the next request on open
 *       connections; a stricter certificate rule closes connections that no longer satisfy it;
 *       protocol, certificate and trust changes apply to new connections.
 * </ol>
 *
 * <h2>Timeouts</h2>
 *
 * <ul>
 *   <li><b>Idle timeout</b> (per listener, {@link ListenerConfig#idleTimeout()}, default 1 h): no
 *       complete request since the last response (or the handshake) closes the connection.
 *   <li><b>Request read timeout</b> ({@link TransportSettings#requestReadTimeout()}, default 30 s):
 *       once the first byte of a request has arrived, at the TLS record layer, the whole request
 *       must arrive within this time. A client trickling one byte a second is cut off after it,
 *       whatever the idle timeout.
 *   <li><b>Response write timeout</b> ({@link TransportSettings#responseWriteTimeout()}, default 30
 *       s): a client that does not read its response within this time is cut off, so that unread
 *       responses cannot pile up.
 * </ul>
 *
 * There is no timeout while the service works on a request; the service bounds its own work.
 */
public final class KmipListener {

  private static final Logger LOG = LoggerFactory.getLogger(KmipListener.class);

  private final String name;
  private final AtomicReference<ListenerConfig> config;
  private final AtomicReference<SSLContext> sslContext;
  private final Transport transport;
  private final ListenerCounters counters;
  private final ChannelGroup connections;
  private TlsMaterial material;
  private Channel serverChannel;
  private volatile InetSocketAddress localAddress;

  KmipListener(
      ListenerConfig config, TlsMaterial material, Transport transport, ListenerCounters counters) {
    this.name = config.name();
    this.config = new AtomicReference<>(config);
    this.material = Objects.requireNonNull(material, "material");
    this.sslContext = new AtomicReference<>(TlsContexts.server(material));
    this.transport = transport;
    this.counters = counters;
    this.connections = new DefaultChannelGroup("kmip-" + name, GlobalEventExecutor.INSTANCE);
  }

  /** The listener's name, unique on the node. */
  public String name() {
    return name;
  }

  /** The settings in force now. */
  public ListenerConfig config() {
    return config.get();
  }

  /** The address and port actually bound; the port differs from the configured one when it is 0. */
  public InetSocketAddress localAddress() {
    InetSocketAddress bound = localAddress;
    if (bound == null) {
      throw new IllegalStateException("KMIP listener " + name + " is not bound");
    }
    return bound;
  }

  /** The TCP port actually bound. */
  public int port() {
    return localAddress().getPort();
  }

  /** The listener's counters now. */
  public ListenerStats stats() {
    return counters.snapshot();
  }

  ListenerCounters counters() {
    return counters;
  }

  /** Whether {@code other} binds the same address and port, so that it needs no rebind. */
  boolean bindsLike(ListenerConfig other) {
    ListenerConfig current = config.get();
    return current.port() == other.port()
        && sameAddress(current.bindAddress(), other.bindAddress());
  }

  private static boolean sameAddress(String a, String b) {
    try {
      return InetAddress.getByName(a).equals(InetAddress.getByName(b));
    } catch (UnknownHostException e) {
      return a.equals(b);
    }
  }

  synchronized void start() {
    ListenerConfig current = config.get();
    InetSocketAddress bindTo;
    try {
      bindTo = new InetSocketAddress(InetAddress.getByName(current.bindAddress()), current.port());
    } catch (UnknownHostException e) {
      throw new IllegalStateException(
          "KMIP listener " + name + ": unknown bind address " + current.bindAddress(), e);
    }
    ServerBootstrap bootstrap =
        new ServerBootstrap()
            .group(transport.acceptors(), transport.io())
            .channel(NioServerSocketChannel.class)
            .option(ChannelOption.SO_BACKLOG, 1024)
            .option(ChannelOption.SO_REUSEADDR, true)
            .childOption(ChannelOption.TCP_NODELAY, true)
            .childOption(ChannelOption.SO_KEEPALIVE, true)
            .childHandler(
                new ChannelInitializer<SocketChannel>() {
                  @Override
                  protected void initChannel(SocketChannel channel) {
                    accept(channel);
                  }
                });
    ChannelFuture bound = bootstrap.bind(bindTo).awaitUninterruptibly();
    if (!bound.isSuccess()) {
      throw new IllegalStateException(
          "KMIP listener "
              + name
              + ": cannot bind "
              + current.bindAddress()
              + " port "
              + current.port()
              + ": "
              + bound.cause().getMessage(),
          bound.cause());
    }
    serverChannel = bound.channel();
    localAddress = (InetSocketAddress) serverChannel.localAddress();
    LOG.info(
        "KMIP listener {} listening on {} port {}",
        name,
        current.bindAddress(),
        localAddress.getPort());
  }

  private void accept(SocketChannel channel) {
    counters.accepted.increment();
    int open = counters.open.incrementAndGet();
    channel.closeFuture().addListener(closed -> counters.open.decrementAndGet());
    if (open > transport.settings().maxConnectionsPerListener()) {
      counters.refusedConnections.increment();
      LOG.debug(
          "KMIP listener {}: refusing {}: {} connections open",
          name,
          channel.remoteAddress(),
          open - 1);
      channel.close();
      return;
    }
    connections.add(channel);
    KmipConnection connection = new KmipConnection(this, transport);
    channel
        .pipeline()
        .addLast("tls-records", connection.recordWatcher())
        .addLast("tls", sslHandler(config.get()))
        .addLast("kmip", connection);
  }

  private SslHandler sslHandler(ListenerConfig current) {
    SSLEngine engine = sslContext.get().createSSLEngine();
    engine.setUseClientMode(false);
    SSLParameters parameters = engine.getSSLParameters();
    List<String> protocols = new ArrayList<>();
    for (String protocol : TlsPolicy.PROTOCOLS) {
      if (current.tlsProtocols().contains(protocol)) {
        protocols.add(protocol);
      }
    }
    parameters.setProtocols(protocols.toArray(new String[0]));
    if (current.clientCertificateMode() == ClientCertificateMode.NOT_USED) {
      parameters.setWantClientAuth(false);
    } else {
      parameters.setNeedClientAuth(true);
    }
    engine.setSSLParameters(parameters);
    SslHandler handler = new SslHandler(engine);
    handler.setHandshakeTimeoutMillis(transport.settings().handshakeTimeout().toMillis());
    return handler;
  }

  /**
   * Applies new settings that bind the same address and port. Flags apply to the next request of
   * every open connection; new key material or trust builds a new TLS context for new connections.
   */
  synchronized void update(ListenerConfig next, TlsMaterial nextMaterial) {
    if (!nextMaterial.chain().equals(material.chain())
        || !nextMaterial.trustedCas().equals(material.trustedCas())) {
      sslContext.set(TlsContexts.server(nextMaterial));
      material = nextMaterial;
      LOG.info("KMIP listener {}: new server certificate or trusted CAs for new connections", name);
    }
    config.set(next);
    for (Channel channel : connections) {
      KmipConnection connection = channel.pipeline().get(KmipConnection.class);
      if (connection != null) {
        connection.configChanged();
      }
    }
  }

  /** Closes the port and every connection of this listener. */
  synchronized void stop() {
    if (serverChannel == null) {
      return;
    }
    serverChannel.close().syncUninterruptibly();
    connections.close().awaitUninterruptibly(5, TimeUnit.SECONDS);
    serverChannel = null;
    int port = localAddress.getPort();
    localAddress = null;
    LOG.info("KMIP listener {} on {} port {} stopped", name, config.get().bindAddress(), port);
  }
}
