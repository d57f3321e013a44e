package dev.arca.server.operation;

import dev.arca.core.access.Caller;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The open multi-part cryptographic operations (KMIP 2.1 §6.1: "Multi-part cryptographic operations
 * (operations where a stream of data is provided across multiple requests from a client to a
 * server) are optionally supported"; 1.4 §2.1.15–2.1.17 Correlation Value, Init Indicator, Final
 * Indicator).
 *
 * <p>The first request (Init Indicator True) settles the key and parameters and gets a random
 * Correlation Value; later requests name it, and the one with Final Indicator True completes the
 * operation. A stream keeps the data received so far, never key material: each part opens the key
 * again, so a key revoked or denied mid-stream stops the stream. Bounds keep a client from holding
 * server memory: {@value #MAX_STREAMS} open streams, {@value #MAX_STREAM_BYTES} bytes per stream,
 * {@value #MAX_TOTAL_BYTES} bytes in all, and a stream idle for {@link #IDLE_LIMIT} is dropped. A
 * stream belongs to the caller that opened it; for anyone else it does not exist. A part that fails
 * ends its stream.
 *
 * <p>Thread-safe. A stream is taken out of the table while one of its parts is processed, so two
 * requests cannot work on one stream at once.
 */
final class CryptoStreams {

  static final int MAX_STREAMS = 256;
  static final int MAX_STREAM_BYTES = 1 << 20;
  static final long MAX_TOTAL_BYTES = 64L << 20;
  static final Duration IDLE_LIMIT = Duration.ofMinutes(5);

  private static final int CORRELATION_BYTES = 16;

  /** How a request takes part in a multi-part operation. */
  record Part(Optional<byte[]> correlationValue, boolean init, boolean last) {

    static Part of(
        Optional<byte[]> correlationValue, Optional<Boolean> init, Optional<Boolean> last)
        throws KmipException {
      if (correlationValue.isPresent() && init.orElse(false)) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            "Init Indicator starts a multi-part operation and cannot come with a Correlation Value");
      }
      return new Part(correlationValue, init.orElse(false), last.orElse(false));
    }

    /** A single-part operation: no stream is opened or continued. */
    boolean single() {
      return correlationValue.isEmpty() && (!init || last);
    }

    /** The first part of a multi-part operation. */
    boolean first() {
      return correlationValue.isEmpty() && init && !last;
    }
  }

  /** One open multi-part operation. */
  static final class Stream {
    private final Operation operation;
    private final String owner;
    private final Optional<String> keyId;
    private final byte[] correlationValue;
    private Object setup;
    private byte[] buffer = new byte[0];
    private int length;
    private int emitted;
    private Optional<byte[]> lastValue = Optional.empty();
    private Instant lastUsed;

    private Stream(
        Operation operation,
        String owner,
        Optional<String> keyId,
        byte[] correlationValue,
        Object setup,
        Instant now) {
      this.operation = operation;
      this.owner = owner;
      this.keyId = keyId;
      this.correlationValue = correlationValue;
      this.setup = setup;
      this.lastUsed = now;
    }

    /** The key the stream was opened with; empty for Hash. */
    Optional<String> keyId() {
      return keyId;
    }

    byte[] correlationValue() {
      return correlationValue.clone();
    }

    /** What the first request settled: the parameters, IV, associated data and tag. */
    <S> S setup(Class<S> type) {
      return type.cast(setup);
    }

    void setup(Object newSetup) {
      this.setup = newSetup;
    }

    /** How many bytes have been received. */
    int length() {
      return length;
    }

    /** A copy of the first {@code n} bytes received. */
    byte[] data(int n) {
      return Arrays.copyOf(buffer, n);
    }

    /** A copy of all bytes received. */
    byte[] data() {
      return data(length);
    }

    /** How many output bytes earlier parts returned. */
    int emitted() {
      return emitted;
    }

    void emitted(int n) {
      this.emitted = n;
    }

    /** A value a later part may bring (the signature or MAC to verify); the last one given wins. */
    Optional<byte[]> lastValue() {
      return lastValue;
    }

    void lastValue(Optional<byte[]> value) {
      if (value.isPresent()) {
        lastValue = value;
      }
    }

    private void wipe() {
      Arrays.fill(buffer, (byte) 0);
      buffer = new byte[0];
      length = 0;
      setup = null;
    }
  }

  private final Map<String, Stream> open = new ConcurrentHashMap<>();
  private final AtomicLong totalBytes = new AtomicLong();
  private final SecureRandom random = new SecureRandom();

  /**
   * Opens a stream for the first part of an operation.
   *
   * @throws KmipException Server Limit Exceeded when {@value #MAX_STREAMS} streams are open
   */
  Stream begin(
      Operation operation, Caller caller, Optional<String> keyId, Object setup, Instant now)
      throws KmipException {
    expire(now);
    if (open.size() >= MAX_STREAMS) {
      throw new KmipException(
          ResultReason.SERVER_LIMIT_EXCEEDED,
          "too many multi-part operations are open; finish one or send the data in one part");
    }
    byte[] cv = new byte[CORRELATION_BYTES];
    random.nextBytes(cv);
    return new Stream(operation, caller.username(), keyId, cv, setup, now);
  }

  /**
   * Takes the stream a later part names out of the table, for this request alone.
   *
   * @throws KmipException Invalid Correlation Value when no stream of this operation and caller has
   *     that value (KMIP 1.x clients see Item Not Found, 1.4 §11.30)
   */
  Stream resume(Part part, Operation operation, Caller caller, Instant now) throws KmipException {
    expire(now);
    String key = HexFormat.of().formatHex(part.correlationValue().orElseThrow());
    Stream s = open.remove(key);
    if (s != null && (s.operation != operation || !s.owner.equals(caller.username()))) {
      open.put(key, s);
      s = null;
    }
    if (s == null) {
      throw new KmipException(
          ResultReason.INVALID_CORRELATION_VALUE,
          "no open multi-part " + operation.specName() + " has this Correlation Value");
    }
    s.lastUsed = now;
    return s;
  }

  /** Adds a part's data to the stream, within the bounds. */
  void append(Stream s, byte[] data) throws KmipException {
    if (data.length == 0) {
      return;
    }
    if ((long) s.length + data.length > MAX_STREAM_BYTES) {
      throw new KmipException(
          ResultReason.SERVER_LIMIT_EXCEEDED,
          "a multi-part operation takes at most " + MAX_STREAM_BYTES + " bytes");
    }
    if (totalBytes.addAndGet(data.length) > MAX_TOTAL_BYTES) {
      totalBytes.addAndGet(-data.length);
      throw new KmipException(
          ResultReason.SERVER_LIMIT_EXCEEDED,
          "the server holds too much multi-part data; try again later");
    }
    if (s.length + data.length > s.buffer.length) {
      byte[] grown = Arrays.copyOf(s.buffer, Math.max(s.length + data.length, s.buffer.length * 2));
      Arrays.fill(s.buffer, (byte) 0);
      s.buffer = grown;
    }
    System.arraycopy(data, 0, s.buffer, s.length, data.length);
    s.length += data.length;
  }

  /** Puts a stream back after a part that is not the last, for the next part to find. */
  void suspend(Stream s, Instant now) {
    s.lastUsed = now;
    open.put(HexFormat.of().formatHex(s.correlationValue), s);
  }

  /** Ends a stream: its data is wiped. Idempotent. */
  void end(Stream s) {
    open.remove(HexFormat.of().formatHex(s.correlationValue), s);
    totalBytes.addAndGet(-s.length);
    s.wipe();
  }

  /** How many streams are open, for tests and metrics. */
  int openStreams() {
    return open.size();
  }

  private void expire(Instant now) {
    if (open.isEmpty()) {
      return;
    }
    Instant cutoff = now.minus(IDLE_LIMIT);
    for (Iterator<Map.Entry<String, Stream>> it = open.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Stream> e = it.next();
      if (e.getValue().lastUsed.isBefore(cutoff) && open.remove(e.getKey(), e.getValue())) {
        totalBytes.addAndGet(-e.getValue().length);
        e.getValue().wipe();
      }
    }
  }
}
