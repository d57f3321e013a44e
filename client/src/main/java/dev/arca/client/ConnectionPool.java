package dev.arca.client;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A small bounded pool of connections shared by the threads of one client.
 *
 * <p>The pool counts slots: at most {@code capacity} connections exist at once, idle or in use. A
 * caller {@link #lease leases} a slot, which comes with the most recently used idle connection if
 * there is one; it may replace a broken connection in its slot with a new one; on {@link
 * Lease#close} a connection marked {@link Lease#keep kept} goes back to the idle list, any other is
 * closed. Idle connections are handed out newest first, so that under light load old ones age out
 * ({@code maxIdle}) instead of all being kept warm.
 */
final class ConnectionPool implements AutoCloseable {

  private final int capacity;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition changed = lock.newCondition();
  private final ArrayDeque<Connection> idle = new ArrayDeque<>();
  private int slots;
  private boolean closed;

  ConnectionPool(int capacity) {
    if (capacity < 1) {
      throw new IllegalArgumentException("pool capacity must be at least 1, was " + capacity);
    }
    this.capacity = capacity;
  }

  /**
   * A slot, with an idle connection when one is available, waiting at most {@code wait} for one to
   * free up.
   *
   * @throws IOException when the pool is closed or every slot stayed busy for {@code wait}
   */
  Lease lease(Duration wait) throws IOException {
    long left = wait.toNanos();
    lock.lock();
    try {
      while (true) {
        if (closed) {
          throw new IOException("the client is closed");
        }
        Connection c = idle.pollFirst();
        if (c != null) {
          return new Lease(c);
        }
        if (slots < capacity) {
          slots++;
          return new Lease(null);
        }
        if (left <= 0) {
          throw new IOException(
              "all "
                  + capacity
                  + " connections of the pool stayed busy for "
                  + wait.toMillis()
                  + " ms");
        }
        try {
          left = changed.awaitNanos(left);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException("interrupted while waiting for a connection", e);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  /** Connections open now, idle or in use. */
  int size() {
    lock.lock();
    try {
      return slots;
    } finally {
      lock.unlock();
    }
  }

  /** Idle connections now. */
  int idle() {
    lock.lock();
    try {
      return idle.size();
    } finally {
      lock.unlock();
    }
  }

  /** Closes the idle connections; connections in use are closed when their lease ends. */
  @Override
  public void close() {
    List<Connection> toClose;
    lock.lock();
    try {
      closed = true;
      toClose = new ArrayList<>(idle);
      slots -= idle.size();
      idle.clear();
      changed.signalAll();
    } finally {
      lock.unlock();
    }
    toClose.forEach(Connection::close);
  }

  private void release(Connection connection, boolean keep) {
    boolean closeIt = false;
    lock.lock();
    try {
      if (connection != null && keep && !closed) {
        idle.addFirst(connection);
      } else {
        closeIt = connection != null;
        slots--;
      }
      changed.signal();
    } finally {
      lock.unlock();
    }
    if (closeIt) {
      connection.close();
    }
  }

  /** One slot of the pool, held by one caller; not thread-safe. */
  final class Lease implements AutoCloseable {
    private Connection connection;
    private boolean keep;
    private boolean released;

    private Lease(Connection connection) {
      this.connection = connection;
    }

    /** The connection in the slot; {@code null} when the slot is empty. */
    Connection connection() {
      return connection;
    }

    /** Puts a new connection into the slot; it must be empty. */
    void use(Connection fresh) {
      if (connection != null) {
        throw new IllegalStateException("slot is in use");
      }
      connection = fresh;
      keep = false;
    }

    /** Closes the connection in the slot and empties it, keeping the slot. */
    void discard() {
      if (connection != null) {
        connection.close();
        connection = null;
      }
      keep = false;
    }

    /** Marks the connection healthy: it returns to the pool when the lease ends. */
    void keep() {
      keep = true;
    }

    /** Ends the lease: the connection returns to the pool if kept, or is closed. */
    @Override
    public void close() {
      if (!released) {
        released = true;
        release(connection, keep);
        connection = null;
      }
    }
  }

  @Override
  public String toString() {
    return "ConnectionPool[" + size() + "/" + capacity + " open, " + idle() + " idle]";
  }
}
