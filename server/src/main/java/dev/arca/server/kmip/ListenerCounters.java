package dev.arca.server.kmip;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/** The live counters behind {@link ListenerStats}; kept across rebinds of a listener. */
final class ListenerCounters {
  final AtomicInteger open = new AtomicInteger();
  final LongAdder accepted = new LongAdder();
  final LongAdder refusedConnections = new LongAdder();
  final LongAdder handshakesSucceeded = new LongAdder();
  final LongAdder handshakesFailed = new LongAdder();
  final LongAdder refusedClients = new LongAdder();
  final LongAdder requests = new LongAdder();
  final LongAdder rejectedFrames = new LongAdder();
  final LongAdder idleTimeouts = new LongAdder();
  final LongAdder stalls = new LongAdder();
  final LongAdder busyRejections = new LongAdder();

  ListenerStats snapshot() {
    return new ListenerStats(
        open.get(),
        accepted.sum(),
        refusedConnections.sum(),
        handshakesSucceeded.sum(),
        handshakesFailed.sum(),
        refusedClients.sum(),
        requests.sum(),
        rejectedFrames.sum(),
        idleTimeouts.sum(),
        stalls.sum(),
        busyRejections.sum());
  }
}
