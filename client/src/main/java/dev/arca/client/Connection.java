package dev.arca.client;

import dev.arca.kmip.Tag;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.TtlvDecoder;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLSocket;

/**
 * One TLS connection to one server: blocking request/response exchanges of binary TTLV messages,
 * each framed by its 8-byte header (KMIP 1.4 §9.1.1). Not thread-safe: the pool hands a connection
 * to one caller at a time.
 */
final class Connection implements AutoCloseable {

  /**
   * A connection idle for less than this is reused without a liveness probe: a server closing an
   * idle connection (the listener's idle timeout is at least a second) cannot have done so yet.
   */
  static final long PROBE_AFTER_NANOS = Duration.ofSeconds(1).toNanos();

  private static final int RESPONSE_MESSAGE = Tag.RESPONSE_MESSAGE.code();

  private final ServerAddress address;
  private final Socket tcp;
  private final SSLSocket tls;
  private final DataInputStream in;
  private final OutputStream out;
  private final TtlvDecoder decoder;
  private long lastUsedNanos;
  private int exchanges;

  private Connection(
      ServerAddress address, Socket tcp, SSLSocket tls, TtlvDecoder decoder, long nowNanos)
      throws IOException {
    this.address = address;
    this.tcp = tcp;
    this.tls = tls;
    this.in = new DataInputStream(tls.getInputStream());
    this.out = tls.getOutputStream();
    this.decoder = decoder;
    this.lastUsedNanos = nowNanos;
  }

  /**
   * Connects and completes the TLS handshake, each within {@code connectTimeout}; later reads wait
   * at most {@code readTimeout} for data.
   *
   * @throws IOException when the address refuses, does not answer in time, or the handshake fails;
   *     the message starts with the address
   */
  static Connection open(
      ServerAddress address,
      SSLContext context,
      Duration connectTimeout,
      Duration readTimeout,
      TtlvDecoder decoder)
      throws IOException {
    Socket tcp = new Socket();
    try {
      tcp.setTcpNoDelay(true);
      tcp.connect(new InetSocketAddress(address.host(), address.port()), millis(connectTimeout));
      // The handshake is bounded by the connect timeout: a server that accepts TCP but never
      // answers the ClientHello must not hold the caller for a read timeout.
      tcp.setSoTimeout(millis(connectTimeout));
      // Layered with the host named, so that BCJSSE checks the server certificate against it.
      SSLSocket tls =
          (SSLSocket)
              context.getSocketFactory().createSocket(tcp, address.host(), address.port(), true);
      ClientTls.configure(tls);
      tls.startHandshake();
      tls.setSoTimeout(millis(readTimeout));
      return new Connection(address, tcp, tls, decoder, System.nanoTime());
    } catch (IOException | RuntimeException e) {
      closeQuietly(tcp);
      throw new IOException(address + ": " + describe(e), e);
    }
  }

  ServerAddress address() {
    return address;
  }

  /** Whether no exchange has been made yet. */
  boolean isFresh() {
    return exchanges == 0;
  }

  /**
   * Sends one request and reads one response message.
   *
   * @return the response message, header included
   * @throws NotSentException when writing the request failed: the server cannot have received the
   *     whole message, so it cannot have carried it out
   * @throws IOException on any other failure; the connection is then unusable
   */
  byte[] exchange(byte[] request) throws IOException {
    try {
      out.write(request);
      out.flush();
    } catch (IOException e) {
      throw new NotSentException(pendingAlert(e));
    }
    byte[] header = new byte[TtlvDecoder.HEADER_BYTES];
    in.readFully(header);
    int length;
    try {
      length = decoder.messageLength(header, 0);
    } catch (DecodeException e) {
      throw new IOException("bad response header: " + e.getMessage(), e);
    }
    int tag = ((header[0] & 0xFF) << 16) | ((header[1] & 0xFF) << 8) | (header[2] & 0xFF);
    if (tag != RESPONSE_MESSAGE) {
      throw new IOException(
          String.format("the server sent tag 0x%06X, not a Response Message", tag));
    }
    byte[] message = new byte[length];
    System.arraycopy(header, 0, message, 0, header.length);
    in.readFully(message, header.length, length - header.length);
    exchanges++;
    lastUsedNanos = System.nanoTime();
    return message;
  }

  /**
   * Whether the connection can take another request: open, idle for at most {@code maxIdleNanos},
   * and not closed by the server. A KMIP server never sends unsolicited data, so any byte waiting
   * (a close_notify alert) means the server is done with this connection. A connection idle for a
   * second or more is also probed with a one-millisecond read of the TCP socket, which sees the end
   * of the stream of a server that closed without close_notify.
   */
  boolean isReusable(long nowNanos, long maxIdleNanos) {
    if (tls.isClosed() || tcp.isInputShutdown()) {
      return false;
    }
    long idle = nowNanos - lastUsedNanos;
    if (idle > maxIdleNanos) {
      return false;
    }
    try {
      // Bytes waiting unasked: the server's close_notify, sent when it closed the connection.
      if (tcp.getInputStream().available() > 0) {
        return false;
      }
    } catch (IOException e) {
      return false;
    }
    if (idle < PROBE_AFTER_NANOS) {
      return true;
    }
    int saved;
    try {
      saved = tcp.getSoTimeout();
    } catch (IOException e) {
      return false;
    }
    try {
      tcp.setSoTimeout(1);
      InputStream raw = tcp.getInputStream();
      raw.read();
      return false;
    } catch (SocketTimeoutException e) {
      return true;
    } catch (IOException e) {
      return false;
    } finally {
      try {
        tcp.setSoTimeout(saved);
      } catch (IOException e) {
        // The next exchange fails and discards the connection.
      }
    }
  }

  /**
   * The reason a write failed. A server that refuses the client certificate after a TLS 1.3
   * handshake sends an alert and closes, and the request written meanwhile meets a reset; the alert
   * may still be waiting to be read, and is the better reason.
   */
  private IOException pendingAlert(IOException writeFailure) {
    if (exchanges > 0) {
      return writeFailure;
    }
    try {
      tls.setSoTimeout(100);
      in.read();
    } catch (IOException e) {
      if (ClientTls.isHandshakeRefusal(e)) {
        return e;
      }
    }
    return writeFailure;
  }

  /** Writing a request failed: no complete message reached the server. */
  static final class NotSentException extends IOException {
    private static final long serialVersionUID = 1L;

    NotSentException(IOException cause) {
      super(cause.getMessage(), cause);
    }
  }

  @Override
  public void close() {
    closeQuietly(tls);
    closeQuietly(tcp);
  }

  @Override
  public String toString() {
    return "Connection[" + address + ", " + exchanges + " exchanges]";
  }

  /** A short reason for an I/O failure, without a stack trace or class name where avoidable. */
  static String describe(Exception e) {
    if (e instanceof SocketTimeoutException) {
      return "timed out";
    }
    if (e instanceof ConnectException) {
      String m = e.getMessage();
      return m == null
          ? "connection refused"
          : m.replace("Connection refused", "connection refused");
    }
    if (e instanceof UnknownHostException) {
      return "unknown host";
    }
    if (e instanceof EOFException) {
      return "connection closed by the server";
    }
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    return e.getClass().getName().startsWith("org.bouncycastle.") ? "TLS: " + m : m;
  }

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
  }

  private static void closeQuietly(Socket socket) {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing a broken connection; nothing to do.
    }
  }
}
