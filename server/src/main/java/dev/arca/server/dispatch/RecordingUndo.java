package dev.arca.server.dispatch;

import dev.arca.core.key.KeyService;
import dev.arca.core.state.RecordingReplicator;
import dev.arca.core.state.Replicator;
import dev.arca.core.state.UndoFailedException;
import dev.arca.core.store.ObjectStore;
import dev.arca.core.store.RecordStore;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.ResultReason;
import java.util.function.Function;

/**
 * Undo for batches by recording: a batch with the Undo option runs on a key service whose
 * replicator remembers what each change replaced, and undoing applies the before-images back,
 * newest first, in one atomic command.
 */
public final class RecordingUndo<S extends ObjectStore & RecordStore> implements UndoSupport {

  private final Replicator replicator;
  private final S store;
  private final Function<Replicator, KeyService> keyServices;

  /**
   * @param keyServices builds a key service like the node's, on another replicator
   */
  public RecordingUndo(
      Replicator replicator, S store, Function<Replicator, KeyService> keyServices) {
    this.replicator = replicator;
    this.store = store;
    this.keyServices = keyServices;
  }

  @Override
  public Scope open(Services services) {
    RecordingReplicator recording = RecordingReplicator.over(replicator, store);
    Services scoped =
        new Services(keyServices.apply(recording), services.crypto(), services.server());
    return new Scope() {
      @Override
      public Services services() {
        return scoped;
      }

      @Override
      public void undo() throws KmipException {
        try {
          recording.undo();
        } catch (UndoFailedException e) {
          throw new KmipException(
              ResultReason.GENERAL_FAILURE, "the batch could not be undone: " + e.getMessage());
        }
      }
    };
  }
}
