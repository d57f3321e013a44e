package dev.arca.core.key.testing;

import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.Replicator;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A replicator that lets a test run a concurrent change just before the next commands are applied,
 * so that they meet a compare-and-set conflict, as they would when another node's write came first.
 */
public final class InterferingReplicator implements Replicator {

  /** The change another writer makes, through the same replicator. */
  @FunctionalInterface
  public interface Interference {
    void run(Replicator replicator) throws Exception;
  }

  private final Replicator delegate;
  private final AtomicInteger submits = new AtomicInteger();
  private volatile Interference interference;
  private volatile int times;

  public InterferingReplicator(Replicator delegate) {
    this.delegate = delegate;
  }

  /** Runs {@code interference} before each of the next {@code times} submits. */
  public synchronized void interfere(int times, Interference interference) {
    this.times = times;
    this.interference = interference;
  }

  /** How many commands the key service submitted. */
  public int submits() {
    return submits.get();
  }

  @Override
  public CompletableFuture<CommandResult> submit(Command command) {
    submits.incrementAndGet();
    Interference i;
    synchronized (this) {
      i = times > 0 ? interference : null;
      if (i != null) {
        times--;
      }
    }
    if (i != null) {
      try {
        i.run(delegate);
      } catch (Exception e) {
        return CompletableFuture.failedFuture(e);
      }
    }
    return delegate.submit(command);
  }

  @Override
  public void close() {
    delegate.close();
  }
}
