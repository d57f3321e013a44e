package dev.arca.core.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.key.ManagedObject;
import dev.arca.core.state.IndexedCommand;
import dev.arca.core.state.LocalReplicator;
import dev.arca.core.state.PutObject;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.RecordKey;
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

  /** Tables and indexes as SQLite describes them, to compare two databases' schemas. */
  private static List<String> schemaOf(Path data) throws Exception {
    List<String> out = new ArrayList<>();
    try (Connection c =
            DriverManager.getConnection("jdbc:sqlite:" + data.resolve(SqliteStore.DATABASE_FILE));
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT type, name, sql FROM sqlite_master WHERE sql IS NOT NULL ORDER BY name")) {
      while (rs.next()) {
        out.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
      }
    }
    return out;
  }

  @Test
  void aVersionOneDatabaseGetsTheRecordsTable() throws Exception {
    // A database as the first release wrote it: the migration list as it was then.
    Path data = dir.resolve("v1");
    Schema v1 = new Schema(Schema.MIGRATIONS.subList(0, 1));
    ManagedObject a = TestObjects.key("a").name("payments").custom("x", "team", "t").build();
    try (SqliteStore s = SqliteStore.open(data, 1, v1)) {
      s.apply(List.of(new IndexedCommand(1, new PutObject(a))));
    }
    assertThat(metaValue(data, "schema_version")).isEqualTo(1);
    assertThat(schemaOf(data)).noneMatch(line -> line.contains("records"));

    try (SqliteStore s = SqliteStore.open(data);
        LocalReplicator r = new LocalReplicator(s)) {
      assertThat(s.get("a")).contains(a);
      assertThat(s.lastAppliedIndex()).isEqualTo(1);
      assertThat(s.records("user")).isEmpty();
      RecordKey alice = RecordKey.of("user", "alice");
      assertThat(r.submit(new PutRecord(alice, new byte[] {1}, 1)).get().applied()).isTrue();
      assertThat(s.record(alice).orElseThrow().revision()).isEqualTo(1);
      assertThat(s.integrityCheck()).isEmpty();
    }
    assertThat(metaValue(data, "schema_version")).isEqualTo(2);
    assertThat(metaValue(data, "last_applied_index")).isEqualTo(2);
    // Migrated, the schema is the one a new database gets.
    Path fresh = dir.resolve("fresh");
    SqliteStore.open(fresh).close();
    assertThat(schemaOf(data)).isEqualTo(schemaOf(fresh));
  }

  @Test
  void theCurrentSchemaIsVersionTwo() {
    assertThat(Schema.current().latestVersion()).isEqualTo(2);
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
