package dev.arca.core.store;

import dev.arca.core.state.LocalReplicator;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

class SqliteRecordStoreTest extends RecordStoreContract {

  @TempDir Path dir;

  @Override
  protected Subject open() {
    SqliteStore s = SqliteStore.open(dir.resolve("data"));
    return new Subject(s, s, new LocalReplicator(s), s);
  }
}
