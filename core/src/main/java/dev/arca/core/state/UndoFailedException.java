package dev.arca.core.state;

/**
 * The changes recorded by a {@link RecordingReplicator} could not be taken back. The store is as it
 * was before the attempt: the compensating commands form one atomic command, applied whole or not
 * at all (except for {@link Reason#NOT_CONFIRMED}, whose outcome is unknown).
 */
public final class UndoFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the undo failed. */
  public enum Reason {
    /**
     * Something the batch changed was changed again since, by another writer: putting the old state
     * back would overwrite that change, so nothing was put back.
     */
    CONFLICT,
    /**
     * The recording is not reliable: a command's outcome is unknown, one is still in flight, or the
     * store moved between reading a before-image and applying the command. Nothing was put back.
     */
    INCOMPLETE_RECORDING,
    /** The compensating command failed in the store and was not applied. */
    STORE_FAILED,
    /** The compensating command was not confirmed in time and may still be applied. */
    NOT_CONFIRMED
  }

  private final Reason reason;

  public UndoFailedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public UndoFailedException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
