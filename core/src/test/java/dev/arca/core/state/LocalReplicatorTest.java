package dev.arca.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.key.ManagedObject;
import dev.arca.core.state.CommandResult.Reason;
import dev.arca.core.store.SqliteStore;
import dev.arca.core.store.TestObjects;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(60)
class LocalReplicatorTest {

  @TempDir Path dir;
  private SqliteStore store;
  private Recording recording;

  /** Passes batches to the store, recording them; can hold the writer at the gate. */
  static final class Recording implements StateMachine {
    final StateMachine delegate;
    final List<Integer> batchSizes = Collections.synchronizedList(new ArrayList<>());
    final Map<Long, Command> byIndex = new ConcurrentHashMap<>();
    final CountDownLatch entered = new CountDownLatch(1);
    volatile CountDownLatch gate = new CountDownLatch(0);
    final AtomicInteger failuresLeft = new AtomicInteger();

    Recording(StateMachine delegate) {
      this.delegate = delegate;
    }

    @Override
    public List<CommandResult> apply(List<IndexedCommand> commands) throws ApplyFailedException {
      entered.countDown();
      try {
        // Bounded, so that a failing test ends instead of holding the writer forever.
        gate.await(20, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      if (failuresLeft.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        throw new ApplyFailedException("disk on fire (test)", null);
      }
      batchSizes.add(commands.size());
      for (IndexedCommand c : commands) {
        byIndex.put(c.index(), c.command());
      }
      return delegate.apply(commands);
    }

    @Override
    public long lastAppliedIndex() {
      return delegate.lastAppliedIndex();
    }
  }

  @BeforeEach
  void open() {
    store = SqliteStore.open(dir);
    recording = new Recording(store);
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static PutObject put(String id) {
    return new PutObject(TestObjects.key(id).build());
  }

  @Test
  void eightThreadsGetConsecutiveUniqueIndexesAndTheirOwnResults() throws Exception {
    int threads = 8;
    int perThread = 400;
    Map<String, CommandResult> results = new ConcurrentHashMap<>();
    try (LocalReplicator replicator = new LocalReplicator(recording, 1024, 64)) {
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
          int thread = t;
          work.add(
              pool.submit(
                  () -> {
                    List<CompletableFuture<CommandResult>> mine = new ArrayList<>();
                    for (int i = 0; i < perThread; i++) {
                      mine.add(replicator.submit(put("t" + thread + "-" + i)));
                      if (i % 4 == 3) {
                        // Mix waiting and pipelining callers.
                        mine.get(mine.size() - 1).get();
                      }
                    }
                    for (int i = 0; i < perThread; i++) {
                      results.put("t" + thread + "-" + i, mine.get(i).get());
                    }
                    return null;
                  }));
        }
        for (Future<?> f : work) {
          f.get(60, TimeUnit.SECONDS);
        }
      } finally {
        pool.shutdownNow();
      }
    }
    int total = threads * perThread;
    List<Long> indexes = new ArrayList<>();
    for (Map.Entry<String, CommandResult> e : results.entrySet()) {
      assertThat(e.getValue()).isInstanceOf(CommandResult.Applied.class);
      long index = ((CommandResult.Applied) e.getValue()).index();
      indexes.add(index);
      // The result a caller got is the result of its own command.
      PutObject applied = (PutObject) recording.byIndex.get(index);
      assertThat(applied.object().id()).isEqualTo(e.getKey());
    }
    Collections.sort(indexes);
    for (int i = 0; i < total; i++) {
      assertThat(indexes.get(i)).isEqualTo(i + 1L);
    }
    assertThat(store.count()).isEqualTo(total);
    assertThat(store.lastAppliedIndex()).isEqualTo(total);
    assertThat(recording.batchSizes).hasSizeLessThan(total);
    assertThat(recording.batchSizes.stream().mapToInt(Integer::intValue).max().orElse(0))
        .isGreaterThan(1)
        .isLessThanOrEqualTo(64);
  }

  @Test
  void aRejectedCommandInABatchDoesNotUndoTheOthers() throws Exception {
    recording.gate = new CountDownLatch(1);
    try (LocalReplicator replicator = new LocalReplicator(recording)) {
      CompletableFuture<CommandResult> first = replicator.submit(put("first"));
      recording.entered.await();
      // The writer is held in the first batch; these queue up and form the second.
      List<CompletableFuture<CommandResult>> f = new ArrayList<>();
      f.add(replicator.submit(put("a")));
      f.add(replicator.submit(put("a")));
      f.add(replicator.submit(put("b")));
      f.add(replicator.submit(Atomic.of(put("c"), put("b"))));
      f.add(replicator.submit(put("d")));
      recording.gate.countDown();
      assertThat(first.get()).isEqualTo(new CommandResult.Applied(1));
      assertThat(f.get(0).get()).isEqualTo(new CommandResult.Applied(2));
      assertThat(((CommandResult.Rejected) f.get(1).get()).reason())
          .isEqualTo(Reason.ALREADY_EXISTS);
      assertThat(f.get(2).get()).isEqualTo(new CommandResult.Applied(4));
      assertThat(((CommandResult.Rejected) f.get(3).get()).reason())
          .isEqualTo(Reason.ALREADY_EXISTS);
      assertThat(f.get(4).get()).isEqualTo(new CommandResult.Applied(6));
    }
    assertThat(recording.batchSizes).containsExactly(1, 5);
    assertThat(store.get("a")).isPresent();
    assertThat(store.get("b")).isPresent();
    assertThat(store.get("c")).isEmpty();
    assertThat(store.get("d")).isPresent();
    assertThat(store.lastAppliedIndex()).isEqualTo(6);
  }

  @Test
  void aFullQueueMakesSubmittersWait() throws Exception {
    recording.gate = new CountDownLatch(1);
    try (LocalReplicator replicator = new LocalReplicator(recording, 2, 10)) {
      CompletableFuture<CommandResult> first = replicator.submit(put("first"));
      recording.entered.await();
      replicator.submit(put("q1"));
      replicator.submit(put("q2"));
      CompletableFuture<CompletableFuture<CommandResult>> blocked =
          CompletableFuture.supplyAsync(() -> replicator.submit(put("q3")));
      Thread.sleep(300);
      assertThat(blocked).isNotDone();
      recording.gate.countDown();
      assertThat(blocked.get(10, TimeUnit.SECONDS).get(10, TimeUnit.SECONDS).applied()).isTrue();
      assertThat(first.get().applied()).isTrue();
    }
    assertThat(store.count()).isEqualTo(4);
  }

  @Test
  void closeAppliesWhatIsQueuedAndRefusesMore() throws Exception {
    recording.gate = new CountDownLatch(1);
    LocalReplicator replicator = new LocalReplicator(recording);
    List<CompletableFuture<CommandResult>> f = new ArrayList<>();
    f.add(replicator.submit(put("first")));
    recording.entered.await();
    for (int i = 0; i < 20; i++) {
      f.add(replicator.submit(put("q" + i)));
    }
    CompletableFuture<Void> closing = CompletableFuture.runAsync(replicator::close);
    Thread.sleep(100);
    assertThat(closing).isNotDone();
    CompletableFuture<CommandResult> late = replicator.submit(put("late"));
    recording.gate.countDown();
    closing.get(10, TimeUnit.SECONDS);
    for (CompletableFuture<CommandResult> r : f) {
      assertThat(r).isDone();
      assertThat(r.get().applied()).isTrue();
    }
    assertThatThrownBy(late::get).hasCauseInstanceOf(IllegalStateException.class);
    assertThat(store.count()).isEqualTo(21);
    replicator.close(); // twice is fine
  }

  @Test
  void aStoreFailureFailsItsBatchAndNothingElse() throws Exception {
    recording.gate = new CountDownLatch(1);
    recording.failuresLeft.set(1);
    try (LocalReplicator replicator = new LocalReplicator(recording)) {
      CompletableFuture<CommandResult> first = replicator.submit(put("first"));
      recording.entered.await();
      CompletableFuture<CommandResult> second = replicator.submit(put("second"));
      recording.gate.countDown();
      assertThatThrownBy(first::get)
          .isInstanceOf(ExecutionException.class)
          .hasCauseInstanceOf(ApplyFailedException.class);
      // The failed batch took no index: the next one starts at 1.
      assertThat(second.get()).isEqualTo(new CommandResult.Applied(1));
    }
    assertThat(store.get("first")).isEmpty();
    assertThat(store.get("second")).isPresent();
  }

  @Test
  void dependentActionsMayWaitOnFurtherCommands() throws Exception {
    try (LocalReplicator replicator = new LocalReplicator(recording, 1, 1)) {
      // A callback that submits and waits must not deadlock the writer, even with a tiny queue.
      CommandResult chained =
          replicator
              .submit(put("one"))
              .thenApply(r -> replicator.submit(put("two")).join())
              .get(10, TimeUnit.SECONDS);
      assertThat(chained.applied()).isTrue();
    }
    assertThat(store.count()).isEqualTo(2);
  }

  @Test
  void anInterruptedSubmitterGetsAFailedFuture() throws Exception {
    recording.gate = new CountDownLatch(1);
    try (LocalReplicator replicator = new LocalReplicator(recording, 1, 1)) {
      replicator.submit(put("first"));
      recording.entered.await();
      replicator.submit(put("fills-the-queue"));
      Thread.currentThread().interrupt();
      CompletableFuture<CommandResult> f = replicator.submit(put("interrupted"));
      assertThat(Thread.interrupted()).isTrue();
      assertThatThrownBy(f::get).hasCauseInstanceOf(InterruptedException.class);
      recording.gate.countDown();
    }
    assertThat(store.get("interrupted")).isEmpty();
    assertThat(store.count()).isEqualTo(2);
  }

  @Test
  void settingsAreChecked() {
    assertThatThrownBy(() -> new LocalReplicator(recording, 0, 10))
        .hasMessageContaining("queueCapacity");
    assertThatThrownBy(() -> new LocalReplicator(recording, 10, 0))
        .hasMessageContaining("maxBatch");
  }

  @Test
  void indexesContinueAfterARestart() throws Exception {
    try (LocalReplicator replicator = new LocalReplicator(store)) {
      replicator.submit(put("a")).get();
      replicator.submit(put("a")).get();
    }
    try (LocalReplicator replicator = new LocalReplicator(store)) {
      ManagedObject b = TestObjects.key("b").build();
      assertThat(replicator.submit(new PutObject(b)).get()).isEqualTo(new CommandResult.Applied(3));
    }
  }
}
