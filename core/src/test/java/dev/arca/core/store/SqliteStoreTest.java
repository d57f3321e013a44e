package dev.arca.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.key.ManagedObject;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.IndexedCommand;
import dev.arca.core.state.LocalReplicator;
import dev.arca.core.state.PutObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqliteStoreTest extends ObjectStoreContract {

  @TempDir Path dir;

  @Override
  protected Subject open() {
    SqliteStore s = SqliteStore.open(dir.resolve("data"));
    return new Subject(s, new LocalReplicator(s), s);
  }

  @Test
  void contentsAndLastAppliedIndexSurviveReopening() throws Exception {
    Path data = dir.resolve("reopen");
    ManagedObject a = TestObjects.key("a").name("n").custom("x", "k", "v").build();
    try (SqliteStore s = SqliteStore.open(data);
        LocalReplicator r = new LocalReplicator(s)) {
      r.submit(new PutObject(a)).get();
      r.submit(new PutObject(a)).get(); // rejected, but it still takes an index
    }
    try (SqliteStore s = SqliteStore.open(data);
        LocalReplicator r = new LocalReplicator(s)) {
      assertThat(s.lastAppliedIndex()).isEqualTo(2);
      assertThat(s.get("a")).contains(a);
      assertThat(s.locate(QueryBuilder.at(NOW).name("n").build()).ids()).containsExactly("a");
      CommandResult next = r.submit(new PutObject(TestObjects.key("b").build())).get();
      assertThat(next).isEqualTo(new CommandResult.Applied(3));
      assertThat(s.integrityCheck()).isEmpty();
    }
  }

  @Test
  void aDataDirectoryIsOpenedOnce() {
    Path data = dir.resolve("once");
    try (SqliteStore s = SqliteStore.open(data)) {
      assertThat(s.databaseFile()).exists();
      assertThatThrownBy(() -> SqliteStore.open(data))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("already open");
    }
    SqliteStore.open(data).close();
  }

  @Test
  void theDatabaseFileIsPrivateToItsOwner() throws Exception {
    try (SqliteStore s = SqliteStore.open(dir.resolve("perm"))) {
      if (s.databaseFile().getFileSystem().supportedFileAttributeViews().contains("posix")) {
        assertThat(Files.getPosixFilePermissions(s.databaseFile()))
            .containsExactlyInAnyOrder(
                PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
      }
    }
  }

  @Test
  void indexesMustMoveForward() throws Exception {
    try (SqliteStore s = SqliteStore.open(dir.resolve("idx"))) {
      s.apply(List.of(new IndexedCommand(5, new PutObject(TestObjects.key("a").build()))));
      assertThat(s.lastAppliedIndex()).isEqualTo(5);
      assertThatThrownBy(
              () ->
                  s.apply(
                      List.of(new IndexedCommand(5, new PutObject(TestObjects.key("b").build())))))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(
              () ->
                  s.apply(
                      List.of(
                          new IndexedCommand(7, new PutObject(TestObjects.key("b").build())),
                          new IndexedCommand(6, new PutObject(TestObjects.key("c").build())))))
          .isInstanceOf(IllegalArgumentException.class);
      // Gaps are allowed: a Raft log has entries that are not commands.
      List<CommandResult> r =
          s.apply(List.of(new IndexedCommand(9, new PutObject(TestObjects.key("b").build()))));
      assertThat(r).containsExactly(new CommandResult.Applied(9));
      assertThat(s.count()).isEqualTo(2);
    }
  }

  @Test
  void readsRunBesideTheWriter() throws Exception {
    try (SqliteStore s = SqliteStore.open(dir.resolve("concurrent"), 3);
        LocalReplicator r = new LocalReplicator(s)) {
      ExecutorService pool = Executors.newFixedThreadPool(6);
      try {
        List<Future<?>> work = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          int thread = t;
          work.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < 300; i++) {
                      String id = "w" + thread + "-" + i;
                      r.submit(new PutObject(TestObjects.key(id).name(id).build())).get();
                      // A write acknowledged is visible to the next read.
                      assertThat(s.get(id)).isPresent();
                      assertThat(s.locate(QueryBuilder.at(NOW).name(id).build()).ids())
                          .containsExactly(id);
                    }
                    return null;
                  }));
        }
        for (int t = 0; t < 4; t++) {
          work.add(
              pool.submit(
                  () -> {
                    for (int i = 0; i < 200; i++) {
                      s.count();
                      s.locate(QueryBuilder.at(NOW).maxItems(50).build());
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
      assertThat(s.count()).isEqualTo(600);
    }
  }

  @Test
  void aClosedStoreRefusesReads() {
    SqliteStore s = SqliteStore.open(dir.resolve("closed"));
    s.close();
    s.close();
    assertThatThrownBy(() -> s.get("a")).isInstanceOf(StoreException.class);
  }
}
