package dev.arca.core.state;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The replicator of a single node: applies commands to the local {@link StateMachine} with group
 * commit.
 *
 * <p>One writer thread takes the queued commands, up to {@code maxBatch} at a time, and applies
 * them in one transaction: one fsync for the batch instead of one per command, which is what lifts
 * a disk that commits ~2,800 transactions a second to many thousands of commands a second. Within
 * the batch each command is applied whole or not at all, so a rejected command does not undo the
 * others. Commands get consecutive log indexes in the order they were queued. A future completes
 * only once its batch is committed; if the store fails, every future of the batch fails with {@link
 * ApplyFailedException} and nothing of it counts as applied.
 *
 * <p>A batch is applied as soon as the writer is free: a lone caller's command waits for no one,
 * and commands that arrive while a batch commits form the next batch. When recent batches were
 * larger than what is queued, the writer waits up to 0.3 ms for the group to form again: callers
 * that each wait for their command resubmit a few at a time, and committing the first arrival alone
 * would spend a whole fsync on it.
 *
 * <p>Futures are completed on completion threads, not the writer's, so that a caller's dependent
 * action (a {@code thenApply}, even one that submits and waits for another command) can never stall
 * or deadlock the writer. Futures of different batches may complete in any order.
 *
 * <p>The queue is bounded: when it is full, {@link #submit} blocks until there is room, so a burst
 * of clients slows down instead of filling the heap. {@link #close()} stops taking commands,
 * applies those already queued and waits for the writer to finish.
 */
public final class LocalReplicator implements Replicator {

  /** Default capacity of the queue of commands waiting for the writer. */
  public static final int DEFAULT_QUEUE_CAPACITY = 8192;

  /** Default largest number of commands applied in one transaction. */
  public static final int DEFAULT_MAX_BATCH = 512;

  private static final Logger LOG = LoggerFactory.getLogger(LocalReplicator.class);

  /** The longest a batch waits for more commands, when recent batches were bigger. */
  private static final long LINGER_NANOS = TimeUnit.MICROSECONDS.toNanos(300);

  /** Put last in the queue by {@link #close()}: nothing can be queued after it. */
  private static final Pending STOP = new Pending(null);

  private final StateMachine stateMachine;
  private final int maxBatch;
  private final BlockingQueue<Pending> queue;
  // One permit per free place for a command; STOP needs none.
  private final Semaphore room;
  private final Thread writer;
  private final ExecutorService completer;
  // Guards "closed" together with enqueueing, so that nothing is queued behind STOP.
  private final Object submitLock = new Object();
  private boolean closed;
  private long nextIndex;
  private final AtomicLong appliedBatches = new AtomicLong();
  private final AtomicLong appliedCommands = new AtomicLong();

  /** A replicator with the default queue capacity and batch size. */
  public LocalReplicator(StateMachine stateMachine) {
    this(stateMachine, DEFAULT_QUEUE_CAPACITY, DEFAULT_MAX_BATCH);
  }

  /**
   * @param stateMachine the store to apply commands to; this replicator must be its only writer
   * @param queueCapacity how many commands may wait, 1 to 1,000,000
   * @param maxBatch the most commands applied in one transaction, 1 to 100,000
   */
  public LocalReplicator(StateMachine stateMachine, int queueCapacity, int maxBatch) {
    this.stateMachine = Objects.requireNonNull(stateMachine, "stateMachine");
    if (queueCapacity < 1 || queueCapacity > 1_000_000) {
      throw new IllegalArgumentException(
          "queueCapacity must be between 1 and 1000000: " + queueCapacity);
    }
    if (maxBatch < 1 || maxBatch > 100_000) {
      throw new IllegalArgumentException("maxBatch must be between 1 and 100000: " + maxBatch);
    }
    this.maxBatch = maxBatch;
    // One place more than commands may take, so that STOP always fits behind them.
    this.queue = new ArrayBlockingQueue<>(queueCapacity + 1);
    this.room = new Semaphore(queueCapacity);
    this.nextIndex = stateMachine.lastAppliedIndex() + 1;
    // A pool rather than one thread: a dependent action may wait for another command, whose
    // future another completion thread then completes. Threads exist only while actions run.
    AtomicInteger completionThreads = new AtomicInteger();
    this.completer =
        new ThreadPoolExecutor(
            0,
            Integer.MAX_VALUE,
            30,
            TimeUnit.SECONDS,
            new SynchronousQueue<>(),
            r -> {
              Thread t =
                  new Thread(
                      r, "arca-local-replicator-completion-" + completionThreads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    this.writer = new Thread(this::run, "arca-local-replicator");
    this.writer.setDaemon(true);
    this.writer.start();
  }

  /**
   * Queues {@code command}; blocks while the queue is full. The future completes with the result
   * once the command's batch is committed, or exceptionally with {@link ApplyFailedException} if
   * the store failed, {@link IllegalStateException} if this replicator is closed, or {@link
   * InterruptedException} if the caller was interrupted while waiting for room.
   */
  @Override
  public CompletableFuture<CommandResult> submit(Command command) {
    Pending pending = new Pending(Objects.requireNonNull(command, "command"));
    synchronized (submitLock) {
      if (closed) {
        pending.future.completeExceptionally(new IllegalStateException("replicator is closed"));
        return pending.future;
      }
      try {
        // Blocking with the lock held is deliberate: other submitters would block on the full
        // queue anyway, and close() must not slip STOP in front of a command already accepted.
        room.acquire();
        queue.add(pending);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        pending.future.completeExceptionally(e);
      }
    }
    return pending.future;
  }

  /** How many batches were committed so far; with {@link #commandsApplied()}, the batch size. */
  public long batchesApplied() {
    return appliedBatches.get();
  }

  /** How many commands were applied (or rejected) in committed batches so far. */
  public long commandsApplied() {
    return appliedCommands.get();
  }

  /** Stops taking commands, applies every command already queued and waits for that to finish. */
  @Override
  public void close() {
    synchronized (submitLock) {
      if (!closed) {
        closed = true;
        queue.add(STOP);
      }
    }
    boolean interrupted = false;
    while (writer.isAlive()) {
      try {
        writer.join();
      } catch (InterruptedException e) {
        interrupted = true;
      }
    }
    // Every future is completed by now or being completed; what may still run is callers'
    // dependent actions, which are given a while but not forever.
    completer.shutdown();
    try {
      if (!completer.awaitTermination(10, TimeUnit.SECONDS)) {
        LOG.warn("Dependent actions of completed commands still running 10 s after close");
      }
    } catch (InterruptedException e) {
      interrupted = true;
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
  }

  private void run() {
    List<Pending> batch = new ArrayList<>(maxBatch);
    boolean stopping = false;
    // The largest of the recent batches: about how many callers are waiting on their commands.
    int recentLargest = 1;
    int batchesSinceLargest = 0;
    while (!stopping) {
      batch.clear();
      Pending first;
      try {
        first = queue.poll(1, TimeUnit.DAYS);
      } catch (InterruptedException e) {
        // Nobody but close() should stop this thread, and close() uses STOP.
        LOG.warn("Writer thread interrupted; it keeps applying queued commands");
        continue;
      }
      if (first == null) {
        continue;
      }
      if (first == STOP) {
        break;
      }
      batch.add(first);
      queue.drainTo(batch, maxBatch - 1);
      stopping = removeStop(batch);
      if (!stopping && batch.size() < recentLargest) {
        stopping = linger(batch, recentLargest);
      }
      if (batch.size() >= recentLargest || ++batchesSinceLargest > 64) {
        // Forget an old peak after a while, so that a burst does not make later batches wait.
        recentLargest = Math.max(1, batch.size());
        batchesSinceLargest = 0;
      }
      room.release(batch.size());
      applyBatch(batch);
    }
    // Only STOP was queued last, so the queue is empty now; fail anything that got in regardless.
    Pending left;
    while ((left = queue.poll()) != null) {
      if (left != STOP) {
        CompletableFuture<CommandResult> f = left.future;
        completer.execute(
            () -> f.completeExceptionally(new IllegalStateException("replicator is closed")));
      }
    }
  }

  /** Takes STOP out of the batch; STOP is always last in the queue, so nothing follows it. */
  private static boolean removeStop(List<Pending> batch) {
    int stop = batch.indexOf(STOP);
    if (stop < 0) {
      return false;
    }
    batch.remove(stop);
    return true;
  }

  /**
   * Waits a moment for the batch to fill up to {@code target}, the size of a recent batch.
   *
   * <p>Callers that wait for each command resubmit right after their batch commits, a few at a
   * time; committing the first arrival alone would pay a whole fsync for it and leave the others to
   * the next. Waiting at most {@link #LINGER_NANOS}, a fraction of a commit, lets the group form
   * again. A lone caller makes batches of one and never waits.
   */
  private boolean linger(List<Pending> batch, int target) {
    long deadline = System.nanoTime() + LINGER_NANOS;
    while (batch.size() < target) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        return false;
      }
      Pending next;
      try {
        next = queue.poll(left, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        return false;
      }
      if (next == null) {
        return false;
      }
      if (next == STOP) {
        return true;
      }
      batch.add(next);
      queue.drainTo(batch, target - batch.size());
      if (removeStop(batch)) {
        return true;
      }
    }
    return false;
  }

  private void applyBatch(List<Pending> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<IndexedCommand> commands = new ArrayList<>(batch.size());
    for (int i = 0; i < batch.size(); i++) {
      commands.add(new IndexedCommand(nextIndex + i, batch.get(i).command));
    }
    List<CommandResult> results;
    try {
      results = stateMachine.apply(commands);
    } catch (ApplyFailedException e) {
      LOG.error("Store failed; {} commands were not applied", batch.size(), e);
      failAll(batch, e);
      return;
    } catch (RuntimeException | Error e) {
      // A bug or an exhausted JVM: the batch is in an unknown state, so nothing is acknowledged.
      LOG.error("Unexpected failure applying {} commands", batch.size(), e);
      failAll(
          batch,
          new ApplyFailedException("unexpected failure while applying commands; see the log", e));
      return;
    }
    if (results.size() != batch.size()) {
      failAll(
          batch,
          new ApplyFailedException(
              "state machine returned "
                  + results.size()
                  + " results for "
                  + batch.size()
                  + " commands",
              null));
      return;
    }
    nextIndex += batch.size();
    appliedBatches.incrementAndGet();
    appliedCommands.addAndGet(batch.size());
    List<Pending> done = List.copyOf(batch);
    completer.execute(
        () -> {
          for (int i = 0; i < done.size(); i++) {
            done.get(i).future.complete(results.get(i));
          }
        });
  }

  private void failAll(List<Pending> batch, Throwable cause) {
    // The store may have moved on or not; ask it rather than guess, so the next batch is numbered
    // right either way.
    try {
      nextIndex = stateMachine.lastAppliedIndex() + 1;
    } catch (RuntimeException e) {
      LOG.error("Cannot read the last applied index after a failure", e);
    }
    List<Pending> failed = List.copyOf(batch);
    completer.execute(
        () -> {
          for (Pending p : failed) {
            p.future.completeExceptionally(cause);
          }
        });
  }

  /** A queued command and the future its submitter waits on. */
  private static final class Pending {
    final Command command;
    final CompletableFuture<CommandResult> future = new CompletableFuture<>();

    Pending(Command command) {
      this.command = command;
    }
  }
}
