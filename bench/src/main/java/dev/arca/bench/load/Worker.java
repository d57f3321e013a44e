package dev.arca.bench.load;

import dev.arca.bench.load.RunControl.Send;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives one connection: keeps up to {@code inFlight} requests outstanding on it, pipelined over
 * the one TLS socket, and takes their responses in order (a KMIP server answers a connection's
 * requests in the order they came). A {@link BenchOperation#HANDSHAKE} step first waits for the
 * outstanding responses, then opens a new connection (timed: TCP connect and TLS handshake) and
 * closes the old one.
 *
 * <p>A broken connection fails its outstanding requests, each counted by the I/O error, and is
 * replaced; the load goes on.
 */
final class Worker implements Runnable {

  private final int index;
  private final Connector connector;
  private final RunControl control;
  private final OperationMix.Cursor cursor;
  private final byte[][][] requests;
  private final int[] nextKey;
  private final int depth;
  private final Tally tally = new Tally();
  private final List<String> created = new ArrayList<>();

  private KmipChannel channel;
  private String tlsProtocol = "";
  private String cipherSuite = "";
  private Throwable crash;

  /** Opens new connections for a worker. */
  interface Connector {
    BenchTls.Handshake connect() throws IOException;
  }

  Worker(
      int index,
      KmipChannel channel,
      BenchTls.Handshake first,
      Connector connector,
      RunControl control,
      OperationMix mix,
      KeyPool pool,
      int depth) {
    this.index = index;
    this.channel = channel;
    this.tlsProtocol = first.protocol();
    this.cipherSuite = first.cipherSuite();
    this.connector = connector;
    this.control = control;
    this.cursor = mix.cursor(index);
    this.depth = depth;
    BenchOperation[] all = BenchOperation.values();
    this.requests = new byte[all.length][][];
    this.nextKey = new int[all.length];
    for (BenchOperation op : all) {
      requests[op.ordinal()] = pool.requests(op);
      nextKey[op.ordinal()] =
          requests[op.ordinal()].length == 0 ? 0 : index % requests[op.ordinal()].length;
    }
  }

  @Override
  public void run() {
    try {
      loop();
    } catch (RuntimeException | Error e) {
      crash = e;
    }
  }

  private void loop() {
    long[] sentAt = new long[depth];
    BenchOperation[] ops = new BenchOperation[depth];
    Send[] sends = new Send[depth];
    int head = 0;
    int count = 0;
    BenchOperation pending = null;
    boolean exhausted = false;
    while (true) {
      boolean wrote = false;
      try {
        while (!control.stop && !exhausted && count < depth && channel != null) {
          if (pending == null) {
            pending = cursor.next();
          }
          if (pending == BenchOperation.HANDSHAKE && count > 0) {
            break; // Drain the pipeline first.
          }
          long now = System.nanoTime();
          Send send = control.trySend(now);
          if (send == Send.NO) {
            exhausted = true;
            break;
          }
          if (pending == BenchOperation.HANDSHAKE) {
            pending = null;
            handshake(send);
            continue;
          }
          byte[][] table = requests[pending.ordinal()];
          int k = nextKey[pending.ordinal()];
          nextKey[pending.ordinal()] = k + 1 == table.length ? 0 : k + 1;
          channel.write(table[k]);
          wrote = true;
          int slot = head + count < depth ? head + count : head + count - depth;
          sentAt[slot] = now;
          ops[slot] = pending;
          sends[slot] = send;
          count++;
          pending = null;
        }
        if (count == 0) {
          if (control.stop || exhausted) {
            return;
          }
          if (channel == null) {
            reconnect();
          }
          continue;
        }
        if (wrote) {
          channel.flush();
        }
        int n = channel.read();
        long now = System.nanoTime();
        BenchOperation op = ops[head];
        ResponseScanner.Outcome o =
            ResponseScanner.scan(channel.buffer(), n, op == BenchOperation.CREATE);
        if (o.success()) {
          complete(op, sentAt[head], now, sends[head], null);
          if (op == BenchOperation.CREATE && o.uniqueIdentifier() != null) {
            created.add(o.uniqueIdentifier());
          }
        } else {
          complete(op, sentAt[head], now, sends[head], o.errorName());
        }
        head = head + 1 == depth ? 0 : head + 1;
        count--;
      } catch (IOException e) {
        long now = System.nanoTime();
        String reason = "I/O: " + describe(e);
        for (int i = 0; i < count; i++) {
          int slot = (head + i) % depth;
          complete(ops[slot], sentAt[slot], now, sends[slot], reason);
        }
        head = 0;
        count = 0;
        if (channel != null) {
          channel.close();
          channel = null;
        }
        if (control.stop || exhausted) {
          return;
        }
        reconnect();
      }
    }
  }

  private void complete(BenchOperation op, long sent, long now, Send send, String error) {
    long micros = (now - sent) / 1000;
    control.completed.increment();
    control.recent.recordValue(Math.max(1, Math.min(Tally.MAX_MICROS, micros)));
    if (error != null) {
      control.failed.increment();
    }
    if (control.counts(send, now)) {
      if (error == null) {
        tally.success(op, micros);
      } else {
        tally.failure(op, micros, error);
      }
    }
    if (send == Send.TIMED) {
      control.permitDone(now);
    }
  }

  /** A timed new connection replacing the current one. */
  private void handshake(Send send) {
    long start = System.nanoTime();
    try {
      BenchTls.Handshake h = connector.connect();
      long now = System.nanoTime();
      KmipChannel fresh = new KmipChannel(h.socket());
      if (channel != null) {
        channel.close();
      }
      channel = fresh;
      tlsProtocol = h.protocol();
      cipherSuite = h.cipherSuite();
      if (control.counts(send, now)) {
        tally.handshake(h.resumed());
      }
      complete(BenchOperation.HANDSHAKE, start, now, send, null);
    } catch (IOException e) {
      complete(BenchOperation.HANDSHAKE, start, System.nanoTime(), send, "TLS: " + describe(e));
    }
  }

  /** A new connection after a failure, untimed; retried every 100 ms until the load stops. */
  private void reconnect() {
    while (!control.stop) {
      try {
        BenchTls.Handshake h = connector.connect();
        channel = new KmipChannel(h.socket());
        return;
      } catch (IOException e) {
        control.failed.increment();
        try {
          Thread.sleep(100);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          return;
        }
      }
    }
  }

  private static String describe(IOException e) {
    Throwable t = e;
    // The connector prefixes the address; the reason is what matters in a tally.
    String m = t.getMessage();
    if (m == null || m.isBlank()) {
      return t.getClass().getSimpleName();
    }
    int colon = m.indexOf(": ");
    String reason =
        colon > 0 && m.substring(0, colon).matches(".*:[0-9]+") ? m.substring(colon + 2) : m;
    return reason.length() > 120 ? reason.substring(0, 120) : reason;
  }

  int index() {
    return index;
  }

  Tally tally() {
    return tally;
  }

  List<String> created() {
    return created;
  }

  /** The open connection, for removing the pool after the load; may be null after a failure. */
  KmipChannel channel() {
    return channel;
  }

  String tlsProtocol() {
    return tlsProtocol;
  }

  String cipherSuite() {
    return cipherSuite;
  }

  /** An unexpected failure that stopped this worker, if any. */
  Throwable crash() {
    return crash;
  }
}
