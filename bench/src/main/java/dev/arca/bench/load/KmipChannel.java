package dev.arca.bench.load;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import javax.net.ssl.SSLSocket;

/**
 * One TLS connection carrying binary TTLV messages, with requests pipelined: {@link #write} queues
 * a request, {@link #flush} sends what is queued (several requests then share TLS records), and
 * {@link #read} takes the next response. KMIP servers answer the requests of one connection in the
 * order they came (KMIP 1.4 §9.1, a response per request message), so the n-th response read
 * belongs to the n-th request written. Not thread-safe: one worker owns it.
 */
final class KmipChannel implements AutoCloseable {

  /** The largest response accepted: far beyond any the load asks for. */
  static final int MAX_RESPONSE_BYTES = 16 << 20;

  private final SSLSocket socket;
  private final OutputStream out;
  private final DataInputStream in;
  private byte[] buffer = new byte[16 * 1024];

  KmipChannel(SSLSocket socket) throws IOException {
    this.socket = socket;
    this.out = new BufferedOutputStream(socket.getOutputStream(), 64 * 1024);
    this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream(), 64 * 1024));
  }

  void write(byte[] request) throws IOException {
    out.write(request);
  }

  void flush() throws IOException {
    out.flush();
  }

  /**
   * Reads one whole response message into {@link #buffer()}.
   *
   * @return its length in bytes, header included
   */
  int read() throws IOException {
    in.readFully(buffer, 0, 8);
    long length =
        (((buffer[4] & 0xFFL) << 24)
                | ((buffer[5] & 0xFF) << 16)
                | ((buffer[6] & 0xFF) << 8)
                | (buffer[7] & 0xFF))
            + 8;
    if (buffer[3] != 0x01 || length > MAX_RESPONSE_BYTES) {
      throw new IOException(
          "the server sent "
              + (buffer[3] != 0x01
                  ? "something that is not a TTLV structure"
                  : "a response of " + length + " bytes"));
    }
    int total = (int) length;
    if (total > buffer.length) {
      byte[] bigger = new byte[Math.max(total, buffer.length * 2)];
      System.arraycopy(buffer, 0, bigger, 0, 8);
      buffer = bigger;
    }
    in.readFully(buffer, 8, total - 8);
    return total;
  }

  /** The last response read; valid until the next {@link #read}. */
  byte[] buffer() {
    return buffer;
  }

  /** A request sent and its response awaited. */
  byte[] exchange(byte[] request) throws IOException {
    write(request);
    flush();
    int n = read();
    byte[] copy = new byte[n];
    System.arraycopy(buffer, 0, copy, 0, n);
    return copy;
  }

  @Override
  public void close() {
    try {
      socket.close();
    } catch (IOException e) {
      // Closing at the end of a load; nothing to report.
    }
  }
}
