package dev.arca.core.store;

import dev.arca.core.key.ManagedObject;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the managed objects of the local store. Changes go through a {@link
 * dev.arca.core.state.Replicator}, never through this interface. Safe for concurrent use.
 */
public interface ObjectStore {

  Optional<ManagedObject> get(String id);

  LocateQuery.Result locate(LocateQuery query);

  /** The highest version of the versioned key {@code keyName}, if it has any. */
  OptionalInt latestVersion(String keyName);

  /** The index of the last command applied to this store (0 for an empty store). */
  long lastAppliedIndex();

  /** How many managed objects the store holds. */
  long count();
}
