package dev.arca.server.testing;

import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * A blocking KMIP-over-TLS client for tests: one {@link SSLSocket}, binary TTLV messages framed by
 * their 8-byte header. Reads time out after 10 s so that a test never hangs.
 *
 * <pre>{@code
 * try (KmipTestClient client = KmipTestClient.connect(TlsContexts.client(pki.client("alice")), address)) {
 *   Ttlv response = client.call(request);
 * }
 * }</pre>
 */
public final class KmipTestClient implements AutoCloseable {

  private static final TtlvEncoder ENCODER = new TtlvEncoder();
  private static final TtlvDecoder DECODER = new TtlvDecoder();

  private final SSLSocket socket;
  private final DataInputStream in;
  private final OutputStream out;

  private KmipTestClient(SSLSocket socket) throws IOException {
    this.socket = socket;
    this.in = new DataInputStream(socket.getInputStream());
    this.out = socket.getOutputStream();
  }

  /** Connects and completes the TLS handshake (as far as the client can tell). */
  public static KmipTestClient connect(SSLContext context, InetSocketAddress address)
      throws IOException {
    return connect(context, address, null);
  }

  /**
   * Connects offering only {@code protocol} (e.g. {@code TLSv1.2}). The TLS socket is layered over
   * a connected TCP socket and told the host it connects to: BCJSSE checks the server's certificate
   * against that name or address, and refuses when it has none.
   */
  public static KmipTestClient connect(
      SSLContext context, InetSocketAddress address, String protocol) throws IOException {
    Socket tcp = new Socket();
    try {
      tcp.connect(address, 10_000);
      SSLSocket socket =
          (SSLSocket)
              context
                  .getSocketFactory()
                  .createSocket(tcp, address.getHostString(), address.getPort(), true);
      if (protocol != null) {
        socket.setEnabledProtocols(new String[] {protocol});
      }
      socket.setSoTimeout(10_000);
      socket.startHandshake();
      return new KmipTestClient(socket);
    } catch (IOException | RuntimeException e) {
      tcp.close();
      throw e;
    }
  }

  public SSLSocket socket() {
    return socket;
  }

  /** Sends raw bytes as they are. */
  public void send(byte[] bytes) throws IOException {
    out.write(bytes);
    out.flush();
  }

  /** Sends one message. */
  public void send(Ttlv message) throws IOException {
    send(ENCODER.encode(message));
  }

  /** Reads one message. */
  public Ttlv receive() throws IOException {
    byte[] header = new byte[8];
    in.readFully(header);
    int length =
        ((header[4] & 0xFF) << 24)
            | ((header[5] & 0xFF) << 16)
            | ((header[6] & 0xFF) << 8)
            | (header[7] & 0xFF);
    byte[] message = new byte[8 + ((length + 7) & ~7)];
    System.arraycopy(header, 0, message, 0, 8);
    in.readFully(message, 8, message.length - 8);
    try {
      return DECODER.decode(message);
    } catch (DecodeException e) {
      throw new IOException("undecodable response: " + e.getMessage(), e);
    }
  }

  /** Sends {@code request} and reads the response. */
  public Ttlv call(Ttlv request) throws IOException {
    send(request);
    return receive();
  }

  /**
   * Whether the server closes the connection within {@code within}: true when the stream ends or
   * the connection fails, false when the time passes with the connection still open. Data that
   * arrives meanwhile is skipped.
   */
  public boolean closedByServerWithin(Duration within) throws IOException {
    long deadline = System.nanoTime() + within.toNanos();
    InputStream raw = socket.getInputStream();
    byte[] sink = new byte[4096];
    try {
      while (true) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          return false;
        }
        socket.setSoTimeout((int) Math.max(1, left / 1_000_000));
        if (raw.read(sink) < 0) {
          return true;
        }
      }
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      // The end of the stream, a reset, or a TLS alert (BCJSSE's TlsFatalAlert is an IOException).
      return true;
    } finally {
      if (!socket.isClosed()) {
        socket.setSoTimeout(10_000);
      }
    }
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
