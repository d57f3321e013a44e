package dev.arca.server.kmip;

import dev.arca.kmip.ttlv.DecodeLimits;
import java.time.Duration;
import java.util.Objects;

/**
 * Limits and timeouts shared by every KMIP listener of a node. The per-listener settings (address,
 * certificate, idle timeout, flags) are in {@link dev.arca.server.config.ListenerConfig}.
 *
 * @param handshakeTimeout a TLS handshake not finished in this time is abandoned (default 10 s)
 * @param requestReadTimeout once the first byte of a request has arrived, the whole request must
 *     arrive within this time, or the connection is closed (default 30 s). It bounds what a client
 *     that trickles bytes can hold, independently of the listener's idle timeout.
 * @param responseWriteTimeout a response the client does not read within this time closes the
 *     connection (default 30 s)
 * @param maxConnectionsPerListener connections beyond this many on one listener are closed as soon
 *     as they are accepted, before TLS (default 10,000)
 * @param decodeLimits the largest request and the deepest nesting accepted (default 1 MiB, 32)
 * @param workerThreads threads that run the KMIP service, shared by all listeners (default 32; the
 *     service may block, e.g. waiting for a commit)
 * @param workerQueue requests that may wait for a worker; beyond this a connection is closed
 *     (default 10,000)
 * @param ioThreads network event-loop threads; 0 for twice the number of processors
 */
public record TransportSettings(
    Duration handshakeTimeout,
    Duration requestReadTimeout,
    Duration responseWriteTimeout,
    int maxConnectionsPerListener,
    DecodeLimits decodeLimits,
    int workerThreads,
    int workerQueue,
    int ioThreads) {

  public static final Duration DEFAULT_HANDSHAKE_TIMEOUT = Duration.ofSeconds(10);
  public static final Duration DEFAULT_REQUEST_READ_TIMEOUT = Duration.ofSeconds(30);
  public static final Duration DEFAULT_RESPONSE_WRITE_TIMEOUT = Duration.ofSeconds(30);
  public static final int DEFAULT_MAX_CONNECTIONS_PER_LISTENER = 10_000;
  public static final int DEFAULT_WORKER_THREADS = 32;
  public static final int DEFAULT_WORKER_QUEUE = 10_000;

  /** The defaults listed above. */
  public static final TransportSettings DEFAULTS =
      new TransportSettings(
          DEFAULT_HANDSHAKE_TIMEOUT,
          DEFAULT_REQUEST_READ_TIMEOUT,
          DEFAULT_RESPONSE_WRITE_TIMEOUT,
          DEFAULT_MAX_CONNECTIONS_PER_LISTENER,
          DecodeLimits.DEFAULT,
          DEFAULT_WORKER_THREADS,
          DEFAULT_WORKER_QUEUE,
          0);

  public TransportSettings {
    positive("handshakeTimeout", handshakeTimeout);
    positive("requestReadTimeout", requestReadTimeout);
    positive("responseWriteTimeout", responseWriteTimeout);
    Objects.requireNonNull(decodeLimits, "decodeLimits");
    atLeast("maxConnectionsPerListener", maxConnectionsPerListener, 1);
    atLeast("workerThreads", workerThreads, 1);
    atLeast("workerQueue", workerQueue, 1);
    atLeast("ioThreads", ioThreads, 0);
  }

  public TransportSettings withHandshakeTimeout(Duration value) {
    return new TransportSettings(
        value,
        requestReadTimeout,
        responseWriteTimeout,
        maxConnectionsPerListener,
        decodeLimits,
        workerThreads,
        workerQueue,
        ioThreads);
  }

  public TransportSettings withRequestReadTimeout(Duration value) {
    return new TransportSettings(
        handshakeTimeout,
        value,
        responseWriteTimeout,
        maxConnectionsPerListener,
        decodeLimits,
        workerThreads,
        workerQueue,
        ioThreads);
  }

  public TransportSettings withResponseWriteTimeout(Duration value) {
    return new TransportSettings(
        handshakeTimeout,
        requestReadTimeout,
        value,
        maxConnectionsPerListener,
        decodeLimits,
        workerThreads,
        workerQueue,
        ioThreads);
  }

  public TransportSettings withMaxConnectionsPerListener(int value) {
    return new TransportSettings(
        handshakeTimeout,
        requestReadTimeout,
        responseWriteTimeout,
        value,
        decodeLimits,
        workerThreads,
        workerQueue,
        ioThreads);
  }

  public TransportSettings withDecodeLimits(DecodeLimits value) {
    return new TransportSettings(
        handshakeTimeout,
        requestReadTimeout,
        responseWriteTimeout,
        maxConnectionsPerListener,
        value,
        workerThreads,
        workerQueue,
        ioThreads);
  }

  private static void positive(String setting, Duration value) {
    Objects.requireNonNull(value, setting);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(
          "KMIP transport setting " + setting + " must be positive, was " + value);
    }
  }

  private static void atLeast(String setting, int value, int minimum) {
    if (value < minimum) {
      throw new IllegalArgumentException(
          "KMIP transport setting " + setting + " must be at least " + minimum + ", was " + value);
    }
  }
}
