package dev.arca.server.kmip;

import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvByteString;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.ToLongFunction;

/**
 * A stand-in for the dispatcher: answers every request with a Response Message carrying the
 * request's batch count, and records what it saw.
 */
final class EchoService implements KmipService {

  final AtomicInteger handled = new AtomicInteger();
  final AtomicInteger inFlight = new AtomicInteger();
  final AtomicInteger maxInFlight = new AtomicInteger();
  final List<ConnectionInfo> connections = new CopyOnWriteArrayList<>();
  final List<DecodeException> undecodable = new CopyOnWriteArrayList<>();
  private volatile ToLongFunction<Integer> delayMillis = batchCount -> 0;
  private volatile int padding;

  /** Makes every response carry {@code bytes} more, in an extension byte string. */
  void pad(int bytes) {
    this.padding = bytes;
  }

  /** Makes each request take a while, by batch count. */
  void delay(ToLongFunction<Integer> millisByBatchCount) {
    this.delayMillis = millisByBatchCount;
  }

  void reset() {
    handled.set(0);
    maxInFlight.set(0);
    connections.clear();
    undecodable.clear();
    delayMillis = batchCount -> 0;
    padding = 0;
  }

  ConnectionInfo lastConnection() {
    return connections.get(connections.size() - 1);
  }

  @Override
  public Ttlv handle(Ttlv request, ConnectionInfo connection) {
    maxInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    try {
      return answer(request, connection);
    } finally {
      inFlight.decrementAndGet();
    }
  }

  private Ttlv answer(Ttlv request, ConnectionInfo connection) {
    int batchCount = KmipMessages.batchCount(request);
    long delay = delayMillis.applyAsLong(batchCount);
    if (delay > 0) {
      try {
        Thread.sleep(delay);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    connections.add(connection);
    handled.incrementAndGet();
    TtlvStructure response = KmipMessages.response(batchCount);
    int bytes = padding;
    return bytes == 0 ? response : response.with(new TtlvByteString(0x540001, new byte[bytes]));
  }

  @Override
  public Ttlv undecodable(DecodeException problem, ConnectionInfo connection) {
    undecodable.add(problem);
    return KmipMessages.invalidMessage(problem.getMessage());
  }
}
