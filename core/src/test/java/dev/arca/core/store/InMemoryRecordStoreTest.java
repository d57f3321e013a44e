package dev.arca.core.store;

import dev.arca.core.key.testing.InMemoryObjectStore;
import dev.arca.core.key.testing.InMemoryReplicator;

/** The in-memory test store must behave as the real one, or tests on it prove nothing. */
class InMemoryRecordStoreTest extends RecordStoreContract {

  @Override
  protected Subject open() {
    InMemoryObjectStore s = new InMemoryObjectStore();
    return new Subject(s, s, new InMemoryReplicator(s), () -> {});
  }
}
