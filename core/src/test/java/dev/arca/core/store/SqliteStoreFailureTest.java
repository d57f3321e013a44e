package dev.arca.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.key.SealedMaterial;
import dev.arca.core.state.ApplyFailedException;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.LocalReplicator;
import dev.arca.core.state.PutObject;
import dev.arca.kmip.enums.KeyFormatType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that cannot grow, as on a full disk: SQLite's own error, not a simulation of it. */
class SqliteStoreFailureTest {

  @TempDir Path dir;

  @Test
  void aFullDatabaseFailsTheBatchAndAcknowledgesNothingUncommitted() throws Exception {
    Set<String> acknowledged = new HashSet<>();
    List<Throwable> failures = new ArrayList<>();
    try (SqliteStore store = SqliteStore.open(dir)) {
      store.executeOnWriter("PRAGMA max_page_count = 60");
      try (LocalReplicator replicator = new LocalReplicator(store)) {
        List<CompletableFuture<CommandResult>> futures = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
          byte[] big = new byte[8_000];
          big[0] = (byte) i;
          futures.add(
              replicator.submit(
                  new PutObject(
                      TestObjects.key("k" + i)
                          .material(new SealedMaterial(KeyFormatType.RAW, big))
                          .build())));
        }
        for (int i = 0; i < futures.size(); i++) {
          try {
            assertThat(futures.get(i).get().applied()).isTrue();
            acknowledged.add("k" + i);
          } catch (ExecutionException e) {
            failures.add(e.getCause());
          }
        }
      }
      assertThat(failures).isNotEmpty();
      assertThat(failures.get(0))
          .isInstanceOf(ApplyFailedException.class)
          .hasMessageContaining("full");
      assertThat(store.count()).isEqualTo(acknowledged.size());

      // Room again: writing goes on where it stopped.
      store.executeOnWriter("PRAGMA max_page_count = 1000000");
      try (LocalReplicator replicator = new LocalReplicator(store)) {
        CommandResult r = replicator.submit(new PutObject(TestObjects.key("after").build())).get();
        assertThat(r).isEqualTo(new CommandResult.Applied(acknowledged.size() + 1L));
      }
    }
    try (SqliteStore store = SqliteStore.open(dir)) {
      for (String id : acknowledged) {
        assertThat(store.get(id)).as(id).isPresent();
      }
      assertThat(store.count()).isEqualTo(acknowledged.size() + 1L);
      assertThat(store.integrityCheck()).isEmpty();
    }
  }
}
