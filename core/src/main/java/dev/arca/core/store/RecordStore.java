package dev.arca.core.store;

import dev.arca.core.state.RecordKey;
import java.util.List;
import java.util.Optional;

/**
 * Reads the records of the local store: users, groups and other configuration kept beside managed
 * objects. Changes go through a {@link dev.arca.core.state.Replicator} as {@link
 * dev.arca.core.state.PutRecord} and {@link dev.arca.core.state.DeleteRecord}, never through this
 * interface. Safe for concurrent use.
 */
public interface RecordStore {

  /** The record at {@code key}, if there is one. */
  Optional<StoredRecord> record(RecordKey key);

  /**
   * Every record of {@code kind}, in name order ({@link RecordKey#compareTo}).
   *
   * @throws IllegalArgumentException if {@code kind} is not a valid record kind
   */
  List<StoredRecord> records(String kind);
}
