package dev.arca.core.state;

import dev.arca.core.key.ManagedObject;
import dev.arca.core.store.ObjectStore;
import dev.arca.core.store.RecordStore;
import dev.arca.core.store.StoredRecord;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A {@link Replicator} that remembers what the commands passed through it changed, so that the
 * changes can be taken back: what the KMIP Batch Error Continuation Option "Undo" asks for, where a
 * failed operation in a batch makes the server undo all the operations before it.
 *
 * <p>For every managed object and record a command touches ({@link PutObject}, {@link
 * DeleteObject}, {@link PutRecord}, {@link DeleteRecord}, also inside an {@link Atomic}), the state
 * just before submitting is read from the store — the before-image — and, once the command is
 * applied, kept with the revision the command left. {@link #undo()} then submits the compensating
 * commands, newest change first, as one {@link Atomic}:
 *
 * <ul>
 *   <li>a created object or record is deleted ({@link DeleteObject}, {@link DeleteRecord});
 *   <li>a changed one is put back as its before-image with the next revision after the batch's
 *       last, so that revisions only ever grow and caches keyed by revision notice;
 *   <li>a deleted one is created again from its before-image, at revision 1.
 * </ul>
 *
 * Each compensating command carries the compare-and-set of the revision the batch left. If anything
 * changed in between, the atomic command is rejected whole, the store stays exactly as it is and
 * {@link #undo()} throws {@link UndoFailedException} with {@link
 * UndoFailedException.Reason#CONFLICT}.
 *
 * <p><b>Destroyed material comes back.</b> An undone Destroy restores the object from its
 * before-image, which holds the material as the sealed envelope it was stored as. That is what an
 * undo must do — the batch failed, so its Destroy did not happen — but it means that key material
 * is only gone for good once the batch that destroyed it has completed, and that the before-images
 * held here are sealed key material for as long as this recorder lives. Drop the recorder with the
 * batch.
 *
 * <p>Commands are recorded as their futures complete; the future returned by {@link #submit}
 * completes after the recording. One batch submits through one recorder, one command after the
 * other; {@link #undo()} must not run while commands are in flight. {@link #close()} does not close
 * the delegate, which outlives the batch.
 */
public final class RecordingReplicator implements Replicator {

  /** How long {@link #undo()} waits for its command by default. */
  public static final Duration DEFAULT_UNDO_TIMEOUT = Duration.ofSeconds(30);

  private final Replicator delegate;
  private final ObjectStore objects;
  private final RecordStore records;
  private final Duration undoTimeout;

  private final Object lock = new Object();
  // Guarded by lock.
  private final List<Change> changes = new ArrayList<>();
  private int inFlight;
  private String incomplete;

  /**
   * A recorder over {@code delegate}, reading before-images from {@code objects} and {@code
   * records}, the stores the delegate applies to.
   */
  public RecordingReplicator(Replicator delegate, ObjectStore objects, RecordStore records) {
    this(delegate, objects, records, DEFAULT_UNDO_TIMEOUT);
  }

  /**
   * A recorder whose {@link #undo()} waits at most {@code undoTimeout} (1 ms to 1 hour) for its
   * command.
   */
  public RecordingReplicator(
      Replicator delegate, ObjectStore objects, RecordStore records, Duration undoTimeout) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.objects = Objects.requireNonNull(objects, "objects");
    this.records = Objects.requireNonNull(records, "records");
    Objects.requireNonNull(undoTimeout, "undoTimeout");
    if (undoTimeout.toMillis() < 1 || undoTimeout.compareTo(Duration.ofHours(1)) > 0) {
      throw new IllegalArgumentException(
          "undoTimeout must be between 1 ms and 1 hour: " + undoTimeout);
    }
    this.undoTimeout = undoTimeout;
  }

  /** A recorder over a store that holds both objects and records. */
  public static <S extends ObjectStore & RecordStore> RecordingReplicator over(
      Replicator delegate, S store) {
    return new RecordingReplicator(delegate, store, store);
  }

  @Override
  public CompletableFuture<CommandResult> submit(Command command) {
    Objects.requireNonNull(command, "command");
    Map<Target, Touch> touches = new LinkedHashMap<>();
    collect(command, touches);
    List<Change> planned = new ArrayList<>(touches.size());
    boolean beforeImagesFit = true;
    for (Map.Entry<Target, Touch> e : touches.entrySet()) {
      Target target = e.getKey();
      Touch touch = e.getValue();
      Object before = read(target);
      // The command's compare-and-set says which revision it met. A before-image at another
      // revision was read before some other change: if the command applies, it is not the state
      // the command replaced.
      if (revisionOf(before) != touch.expectedBefore) {
        beforeImagesFit = false;
      }
      planned.add(new Change(target, before, touch.after));
    }
    synchronized (lock) {
      inFlight++;
    }
    CompletableFuture<CommandResult> submitted;
    try {
      submitted = delegate.submit(command);
    } catch (RuntimeException e) {
      synchronized (lock) {
        inFlight--;
      }
      throw e;
    }
    boolean fits = beforeImagesFit;
    return submitted.whenComplete((result, error) -> record(planned, fits, result, error));
  }

  private void record(List<Change> planned, boolean fits, CommandResult result, Throwable error) {
    synchronized (lock) {
      inFlight--;
      if (error != null) {
        Throwable cause = error instanceof CompletionException ? error.getCause() : error;
        // An apply failure is documented to leave the store as it was; anything else (a timeout
        // of a cluster, say) may or may not have applied the command.
        if (!(cause instanceof ApplyFailedException) && incomplete == null) {
          incomplete = "the outcome of a command is unknown (" + describe(cause) + ")";
        }
        return;
      }
      if (!result.applied()) {
        return;
      }
      if (!fits) {
        if (incomplete == null) {
          incomplete = "the store changed between reading a before-image and applying a command";
        }
        return;
      }
      changes.addAll(planned);
    }
  }

  /** How many object and record changes are recorded, not counting those already undone. */
  public int changeCount() {
    synchronized (lock) {
      return changes.size();
    }
  }

  /**
   * Takes back every recorded change, newest first, in one atomic command; afterwards nothing is
   * recorded. Does nothing when nothing was changed.
   *
   * @throws UndoFailedException if the changes cannot be taken back; the store is then unchanged,
   *     except with {@link UndoFailedException.Reason#NOT_CONFIRMED}
   */
  public void undo() throws UndoFailedException {
    List<Change> recorded;
    synchronized (lock) {
      if (inFlight > 0) {
        throw new UndoFailedException(
            UndoFailedException.Reason.INCOMPLETE_RECORDING,
            inFlight + " command(s) of the batch are still in flight; nothing was undone");
      }
      if (incomplete != null) {
        throw new UndoFailedException(
            UndoFailedException.Reason.INCOMPLETE_RECORDING,
            "cannot undo: " + incomplete + "; nothing was undone");
      }
      recorded = List.copyOf(changes);
    }
    List<Command> compensation = compensation(recorded);
    if (!compensation.isEmpty()) {
      CommandResult result = await(delegate.submit(new Atomic(compensation)));
      if (result instanceof CommandResult.Rejected) {
        throw new UndoFailedException(
            UndoFailedException.Reason.CONFLICT,
            "cannot undo: a change of the batch was changed again since ("
                + ((CommandResult.Rejected) result).message()
                + "); nothing was undone");
      }
    }
    synchronized (lock) {
      changes.subList(0, recorded.size()).clear();
    }
  }

  private CommandResult await(CompletableFuture<CommandResult> future) throws UndoFailedException {
    try {
      return future.get(undoTimeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new UndoFailedException(
          UndoFailedException.Reason.NOT_CONFIRMED,
          "interrupted while the undo was being applied; it may still be applied",
          e);
    } catch (TimeoutException e) {
      throw new UndoFailedException(
          UndoFailedException.Reason.NOT_CONFIRMED,
          "the undo was not confirmed within " + undoTimeout + "; it may still be applied",
          e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof ApplyFailedException || cause instanceof IllegalStateException) {
        throw new UndoFailedException(
            UndoFailedException.Reason.STORE_FAILED,
            "the undo could not be applied (" + describe(cause) + "); nothing was undone",
            cause);
      }
      throw new UndoFailedException(
          UndoFailedException.Reason.NOT_CONFIRMED,
          "the undo failed (" + describe(cause) + ") and may or may not be applied",
          cause);
    }
  }

  /** Does not close the delegate; the recording is simply dropped with this object. */
  @Override
  public void close() {}

  // ---- internals -------------------------------------------------------------------------------

  /** What a compensating command is about: an object by id, or a record by key. */
  private interface Target {}

  private record ObjectTarget(String id) implements Target {}

  private record RecordTarget(RecordKey key) implements Target {}

  /** A target's first expected revision in one command (0: absent), and the revision it leaves. */
  private static final class Touch {
    final long expectedBefore;
    long after;

    Touch(long expectedBefore, long after) {
      this.expectedBefore = expectedBefore;
      this.after = after;
    }
  }

  /**
   * One applied change: the before-image (a {@link ManagedObject} or {@link StoredRecord}, null
   * when the target did not exist) and the revision left behind (0 when it was deleted).
   */
  private record Change(Target target, Object before, long after) {}

  private static void collect(Command command, Map<Target, Touch> touches) {
    if (command instanceof Atomic a) {
      for (Command c : a.commands()) {
        collect(c, touches);
      }
    } else if (command instanceof PutObject p) {
      touch(
          touches, new ObjectTarget(p.object().id()), p.expectedRevision(), p.object().revision());
    } else if (command instanceof DeleteObject d) {
      touch(touches, new ObjectTarget(d.id()), d.expectedRevision(), 0);
    } else if (command instanceof PutRecord p) {
      touch(touches, new RecordTarget(p.key()), p.expectedRevision(), p.revision());
    } else if (command instanceof DeleteRecord d) {
      touch(touches, new RecordTarget(d.key()), d.expectedRevision(), 0);
    } else {
      throw new IllegalArgumentException("unknown command " + command.getClass().getName());
    }
  }

  private static void touch(
      Map<Target, Touch> touches, Target target, long expectedBefore, long after) {
    Touch t = touches.get(target);
    if (t == null) {
      touches.put(target, new Touch(expectedBefore, after));
    } else {
      t.after = after;
    }
  }

  private Object read(Target target) {
    if (target instanceof ObjectTarget o) {
      return objects.get(o.id()).orElse(null);
    }
    return records.record(((RecordTarget) target).key()).orElse(null);
  }

  private static long revisionOf(Object image) {
    if (image == null) {
      return 0;
    }
    if (image instanceof ManagedObject o) {
      return o.revision();
    }
    return ((StoredRecord) image).revision();
  }

  /** The commands that take the changes back, one per target, the most recently changed first. */
  private static List<Command> compensation(List<Change> recorded) {
    // Per target, the state before its first change and the revision after its last; a target
    // moves to the end whenever it changes again, so the order is that of the last changes.
    Map<Target, Change> net = new LinkedHashMap<>();
    for (Change c : recorded) {
      Change first = net.remove(c.target());
      net.put(c.target(), first == null ? c : new Change(c.target(), first.before(), c.after()));
    }
    List<Change> newestFirst = new ArrayList<>(net.values());
    Collections.reverse(newestFirst);
    List<Command> out = new ArrayList<>();
    for (Change c : newestFirst) {
      compensate(c).ifPresent(out::add);
    }
    return out;
  }

  private static Optional<Command> compensate(Change c) {
    if (c.before() == null && c.after() == 0) {
      return Optional.empty(); // created and deleted again within the batch
    }
    long restoredRevision = c.after() == 0 ? 1 : c.after() + 1;
    if (c.target() instanceof ObjectTarget o) {
      if (c.before() == null) {
        return Optional.of(new DeleteObject(o.id(), c.after()));
      }
      return Optional.of(new PutObject(withRevision((ManagedObject) c.before(), restoredRevision)));
    }
    RecordKey key = ((RecordTarget) c.target()).key();
    if (c.before() == null) {
      return Optional.of(new DeleteRecord(key, c.after()));
    }
    return Optional.of(new PutRecord(key, ((StoredRecord) c.before()).body(), restoredRevision));
  }

  private static ManagedObject withRevision(ManagedObject o, long revision) {
    return new ManagedObject(
        o.id(),
        o.objectType(),
        o.attributes(),
        o.owner(),
        o.keyName(),
        o.keyVersion(),
        o.materialState(),
        o.material(),
        revision);
  }

  private static String describe(Throwable t) {
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }
}
