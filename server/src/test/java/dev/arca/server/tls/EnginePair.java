package dev.arca.server.tls;

import java.nio.ByteBuffer;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLEngineResult;
import javax.net.ssl.SSLEngineResult.HandshakeStatus;
import javax.net.ssl.SSLException;

/**
 * A client and a server engine talking through memory, for handshake tests without sockets. {@link
 * #handshake()} runs both sides until each is done or one fails, then exchanges one application
 * record each way so that a TLS 1.3 server's late refusal of a client certificate shows too.
 */
final class EnginePair {

  private final SSLEngine client;
  private final SSLEngine server;
  private final ByteBuffer toServer;
  private final ByteBuffer toClient;

  EnginePair(SSLEngine client, SSLEngine server) {
    this.client = client;
    this.server = server;
    client.setUseClientMode(true);
    server.setUseClientMode(false);
    int packet = Math.max(client.getSession().getPacketBufferSize(), 1 << 17);
    toServer = ByteBuffer.allocate(packet);
    toClient = ByteBuffer.allocate(packet);
  }

  SSLEngine client() {
    return client;
  }

  SSLEngine server() {
    return server;
  }

  /** Completes the handshake and a one-byte exchange each way; throws what either side threw. */
  void handshake() throws SSLException {
    client.beginHandshake();
    server.beginHandshake();
    ByteBuffer empty = ByteBuffer.allocate(0);
    ByteBuffer sink = ByteBuffer.allocate(1 << 17);
    for (int round = 0; round < 100; round++) {
      boolean progress = step(client, empty, toServer, toClient, sink);
      progress |= step(server, empty, toClient, toServer, sink);
      if (done(client) && done(server) && !progress) {
        break;
      }
    }
    if (!done(client) || !done(server)) {
      throw new SSLException(
          "handshake did not finish: client "
              + client.getHandshakeStatus()
              + ", server "
              + server.getHandshakeStatus());
    }
    exchange(client, server, sink);
    exchange(server, client, sink);
  }

  private static boolean done(SSLEngine engine) {
    HandshakeStatus status = engine.getHandshakeStatus();
    return status == HandshakeStatus.NOT_HANDSHAKING || status == HandshakeStatus.FINISHED;
  }

  /** One round for {@code engine}: unwrap what it received, then wrap what it has to send. */
  private static boolean step(
      SSLEngine engine, ByteBuffer empty, ByteBuffer out, ByteBuffer in, ByteBuffer sink)
      throws SSLException {
    boolean progress = false;
    in.flip();
    try {
      while (in.hasRemaining()) {
        SSLEngineResult result = engine.unwrap(in, sink);
        runTasks(engine);
        sink.clear();
        if (result.bytesConsumed() == 0) {
          break;
        }
        progress = true;
      }
    } finally {
      in.compact();
    }
    while (true) {
      SSLEngineResult result = engine.wrap(empty, out);
      runTasks(engine);
      if (result.bytesProduced() == 0) {
        break;
      }
      progress = true;
    }
    return progress;
  }

  private void exchange(SSLEngine from, SSLEngine to, ByteBuffer sink) throws SSLException {
    ByteBuffer wire = ByteBuffer.allocate(1 << 17);
    from.wrap(ByteBuffer.wrap(new byte[] {42}), wire);
    // A peer may still have post-handshake messages queued (TLS 1.3 alerts, tickets).
    ByteBuffer pending = from == client ? toServer : toClient;
    pending.flip();
    ByteBuffer all = ByteBuffer.allocate(pending.remaining() + wire.position());
    all.put(pending);
    pending.clear();
    wire.flip();
    all.put(wire);
    all.flip();
    while (all.hasRemaining()) {
      SSLEngineResult result = to.unwrap(all, sink);
      runTasks(to);
      if (result.bytesConsumed() == 0) {
        break;
      }
    }
    if (to.isInboundDone()) {
      throw new SSLException("peer closed the connection");
    }
    sink.clear();
  }

  private static void runTasks(SSLEngine engine) {
    Runnable task;
    while ((task = engine.getDelegatedTask()) != null) {
      task.run();
    }
  }
}
