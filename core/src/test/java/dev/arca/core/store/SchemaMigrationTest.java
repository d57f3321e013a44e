package dev.arca.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.state.IndexedCommand;
import dev.arca.core.state.PutObject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaMigrationTest {

  @TempDir Path dir;

  private static long metaValue(Path data, String name) throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteStore.DATABASE_FILE));
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE name = '" + name + "'")) {
      assertThat(rs.next()).isTrue();
      return rs.getLong(1);
    }
  }

  private static void execute(Path data, String sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteStore.DATABASE_FILE));
        Statement s = c.createStatement()) {
      s.execute(sql);
    }
  }

  @Test
  void anEmptyDirectoryGetsTheCurrentSchemaAndReopensAsIs() throws Exception {
    Path data = dir.resolve("new");
    SqliteStore.open(data).close();
    assertThat(metaValue(data, "schema_version")).isEqualTo(Schema.current().latestVersion());
    byte[] before = LogicalDump.of(data);
    SqliteStore.open(data).close();
    assertThat(LogicalDump.of(data)).isEqualTo(before);
  }

  @Test
  void theDatabaseRunsInWalModeWithForeignKeys() throws Exception {
    try (SqliteStore s = SqliteStore.open(dir.resolve("pragmas"))) {
      try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + s.databaseFile());
          Statement st = c.createStatement();
          ResultSet rs = st.executeQuery("PRAGMA journal_mode")) {
        rs.next();
        assertThat(rs.getString(1)).isEqualToIgnoringCase("wal");
      }
    }
  }

  @Test
  void aNewerSchemaIsRefused() throws Exception {
    Path data = dir.resolve("newer");
    SqliteStore.open(data).close();
    execute(data, "UPDATE meta SET value = 99 WHERE name = 'schema_version'");
    assertThatThrownBy(() -> SqliteStore.open(data))
        .isInstanceOf(StoreException.class)
        .hasMessageContaining("schema version 99")
        .hasMessageContaining("newer than version " + Schema.current().latestVersion());
    // The refusal released the directory and changed nothing.
    assertThat(metaValue(data, "schema_version")).isEqualTo(99);
  }

  @Test
  void anOlderDatabaseIsMigratedKeepingItsData() throws Exception {
    Path data = dir.resolve("older");
    try (SqliteStore s = SqliteStore.open(data)) {
      s.apply(List.of(new IndexedCommand(1, new PutObject(TestObjects.key("a").build()))));
    }
    List<Schema.Migration> next = new ArrayList<>(Schema.MIGRATIONS);
    next.add(
        new Schema.Migration(
            Schema.MIGRATIONS.size() + 1,
            "a test column",
            List.of("ALTER TABLE objects ADD COLUMN test_column TEXT")));
    try (SqliteStore s = SqliteStore.open(data, 2, new Schema(next))) {
      assertThat(s.get("a")).isPresent();
      assertThat(s.lastAppliedIndex()).isEqualTo(1);
    }
    assertThat(metaValue(data, "schema_version")).isEqualTo(next.size());
    // And the current code now refuses it, being older.
    assertThatThrownBy(() -> SqliteStore.open(data)).isInstanceOf(StoreException.class);
  }

  @Test
  void aFailedMigrationLeavesTheOldVersion() throws Exception {
    Path data = dir.resolve("failed");
    SqliteStore.open(data).close();
    List<Schema.Migration> next = new ArrayList<>(Schema.MIGRATIONS);
    next.add(
        new Schema.Migration(
            Schema.MIGRATIONS.size() + 1,
            "broken",
            List.of("CREATE TABLE extra (x INTEGER)", "THIS IS NOT SQL")));
    assertThatThrownBy(() -> SqliteStore.open(data, 1, new Schema(next)))
        .isInstanceOf(StoreException.class);
    assertThat(metaValue(data, "schema_version")).isEqualTo(Schema.current().latestVersion());
    SqliteStore.open(data).close();
  }

  @Test
  void migrationsAreNumberedInOrder() {
    assertThatThrownBy(
            () -> new Schema(List.of(new Schema.Migration(2, "out of order", List.of()))))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
