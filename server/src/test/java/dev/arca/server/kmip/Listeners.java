package dev.arca.server.kmip;

import dev.arca.server.config.CertificateField;
import dev.arca.server.config.ClientCertificateMode;
import dev.arca.server.config.ListenerConfig;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;

/** Listener settings and waiting helpers for transport tests. */
final class Listeners {

  private Listeners() {}

  /** Mutual TLS on 127.0.0.1, a free port, idle timeout one hour. */
  static ListenerConfig mutualTls(String name) {
    return config(name, "127.0.0.1", 0, ClientCertificateMode.TLS_SESSION_ONLY, false);
  }

  static ListenerConfig config(
      String name, String bind, int port, ClientCertificateMode mode, boolean requireSourceIp) {
    return new ListenerConfig(
        name,
        bind,
        port,
        "kmip",
        "Default",
        ListenerConfig.DEFAULT_IDLE_TIMEOUT,
        true,
        true,
        mode,
        CertificateField.CN,
        requireSourceIp,
        true,
        List.of("TLSv1.3", "TLSv1.2"));
  }

  static ListenerConfig withIdleTimeout(ListenerConfig c, Duration idle) {
    return new ListenerConfig(
        c.name(),
        c.bindAddress(),
        c.port(),
        c.serverCertificate(),
        c.trustedCaProfile(),
        idle,
        c.allowKeyAndPolicyConfiguration(),
        c.allowKeyExport(),
        c.clientCertificateMode(),
        c.usernameField(),
        c.requireSourceIpInCertificate(),
        c.passwordRequired(),
        c.tlsProtocols());
  }

  static ListenerConfig withKeyExport(ListenerConfig c, boolean allowKeyExport) {
    return new ListenerConfig(
        c.name(),
        c.bindAddress(),
        c.port(),
        c.serverCertificate(),
        c.trustedCaProfile(),
        c.idleTimeout(),
        c.allowKeyAndPolicyConfiguration(),
        allowKeyExport,
        c.clientCertificateMode(),
        c.usernameField(),
        c.requireSourceIpInCertificate(),
        c.passwordRequired(),
        c.tlsProtocols());
  }

  static ListenerConfig withPort(ListenerConfig c, int port) {
    return new ListenerConfig(
        c.name(),
        c.bindAddress(),
        port,
        c.serverCertificate(),
        c.trustedCaProfile(),
        c.idleTimeout(),
        c.allowKeyAndPolicyConfiguration(),
        c.allowKeyExport(),
        c.clientCertificateMode(),
        c.usernameField(),
        c.requireSourceIpInCertificate(),
        c.passwordRequired(),
        c.tlsProtocols());
  }

  static ListenerConfig withMode(ListenerConfig c, ClientCertificateMode mode) {
    return new ListenerConfig(
        c.name(),
        c.bindAddress(),
        c.port(),
        c.serverCertificate(),
        c.trustedCaProfile(),
        c.idleTimeout(),
        c.allowKeyAndPolicyConfiguration(),
        c.allowKeyExport(),
        mode,
        c.usernameField(),
        c.requireSourceIpInCertificate(),
        c.passwordRequired(),
        c.tlsProtocols());
  }

  /** Where a client reaches {@code listener}: its bound port on {@code host}. */
  static InetSocketAddress address(KmipListener listener, String host) throws Exception {
    return new InetSocketAddress(InetAddress.getByName(host), listener.port());
  }

  static InetSocketAddress address(KmipListener listener) throws Exception {
    return address(listener, "127.0.0.1");
  }

  /** A port that was free a moment ago. */
  static int freePort() throws Exception {
    return freePorts(1)[0];
  }

  /** {@code count} different ports that were free a moment ago. */
  static int[] freePorts(int count) throws Exception {
    ServerSocket[] sockets = new ServerSocket[count];
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        sockets[i] = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        ports[i] = sockets[i].getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket socket : sockets) {
        if (socket != null) {
          socket.close();
        }
      }
    }
  }

  /** Whether this host can bind and reach ::1. */
  static boolean ipv6Loopback() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("::1"))) {
      return socket.getLocalPort() > 0;
    } catch (Exception e) {
      return false;
    }
  }

  /** Polls {@code condition} every 20 ms until true or {@code within} passes. */
  static boolean eventually(Duration within, BooleanSupplier condition)
      throws InterruptedException {
    long deadline = System.nanoTime() + within.toNanos();
    while (System.nanoTime() < deadline) {
      if (condition.getAsBoolean()) {
        return true;
      }
      Thread.sleep(20);
    }
    return condition.getAsBoolean();
  }
}
