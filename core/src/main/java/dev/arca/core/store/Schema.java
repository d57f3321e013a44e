package dev.arca.core.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Objects;

/**
 * The database schema as an ordered list of migrations, the one place where tables change.
 *
 * <p>The meta table records {@code schema_version}, the number of the last migration applied.
 * Opening a database applies every later migration, all in one transaction, so a crash halfway
 * leaves the old version intact. A database whose version is higher than the last migration here
 * was written by a newer Arca and is refused: its meaning is unknown to this code.
 *
 * <p>A migration, once released, never changes; a change to the schema is a new migration at the
 * end of the list.
 */
final class Schema {

  /** One step from version {@code version - 1} to {@code version}. */
  record Migration(int version, String description, List<String> statements) {
    Migration {
      Objects.requireNonNull(description, "description");
      statements = List.copyOf(statements);
    }
  }

  static final List<Migration> MIGRATIONS =
      List.of(
          new Migration(
              1,
              "objects, names, custom attribute index, archive, meta",
              List.of(
                  "CREATE TABLE meta (name TEXT PRIMARY KEY, value INTEGER NOT NULL) WITHOUT ROWID",
                  // seq is the rowid: insertion order, which Locate returns, and the compact key
                  // the other tables refer to. Dates are epoch seconds (KMIP Date-Time).
                  "CREATE TABLE objects ("
                      + " seq INTEGER PRIMARY KEY,"
                      + " id TEXT NOT NULL UNIQUE,"
                      + " object_type INTEGER NOT NULL,"
                      + " state INTEGER NOT NULL,"
                      + " activation_date INTEGER,"
                      + " deactivation_date INTEGER,"
                      + " primary_name TEXT,"
                      + " key_name TEXT,"
                      + " key_version INTEGER NOT NULL CHECK (key_version BETWEEN 0 AND 3999),"
                      + " algorithm INTEGER,"
                      + " length INTEGER,"
                      + " owner TEXT,"
                      + " initial_date INTEGER,"
                      + " last_change_date INTEGER,"
                      + " material_state INTEGER NOT NULL CHECK (material_state IN (1, 2, 3)),"
                      + " revision INTEGER NOT NULL CHECK (revision >= 1),"
                      + " attributes BLOB NOT NULL,"
                      + " material_format INTEGER,"
                      + " material BLOB,"
                      + " CHECK ((material IS NULL) = (material_format IS NULL)),"
                      // Online material lives here, archived material in the archive table.
                      + " CHECK (material IS NULL OR material_state = 1))",
                  "CREATE UNIQUE INDEX objects_key_version ON objects (key_name, key_version)"
                      + " WHERE key_name IS NOT NULL",
                  "CREATE INDEX objects_object_type ON objects (object_type)",
                  "CREATE INDEX objects_state ON objects (state)",
                  "CREATE INDEX objects_algorithm ON objects (algorithm, length)",
                  "CREATE INDEX objects_owner ON objects (owner)",
                  "CREATE INDEX objects_activation_date ON objects (activation_date)",
                  "CREATE INDEX objects_deactivation_date ON objects (deactivation_date)",
                  "CREATE INDEX objects_initial_date ON objects (initial_date)",
                  "CREATE INDEX objects_last_change_date ON objects (last_change_date)",
                  // Every Name value of an object, in attribute order.
                  "CREATE TABLE names ("
                      + " object_seq INTEGER NOT NULL REFERENCES objects (seq) ON DELETE CASCADE,"
                      + " position INTEGER NOT NULL,"
                      + " value TEXT NOT NULL,"
                      + " PRIMARY KEY (object_seq, position)) WITHOUT ROWID",
                  "CREATE INDEX names_value ON names (value, object_seq)",
                  // Text values of custom attributes, name as vendor-name (x-expiry).
                  "CREATE TABLE custom_text ("
                      + " object_seq INTEGER NOT NULL REFERENCES objects (seq) ON DELETE CASCADE,"
                      + " name TEXT NOT NULL,"
                      + " position INTEGER NOT NULL,"
                      + " value TEXT NOT NULL,"
                      + " PRIMARY KEY (object_seq, name, position)) WITHOUT ROWID",
                  "CREATE INDEX custom_text_value ON custom_text (name, value, object_seq)",
                  // Cold storage: Archive moves the envelope here, Recover moves it back.
                  "CREATE TABLE archive ("
                      + " object_seq INTEGER PRIMARY KEY"
                      + " REFERENCES objects (seq) ON DELETE CASCADE,"
                      + " material_format INTEGER NOT NULL,"
                      + " material BLOB NOT NULL)",
                  "INSERT INTO meta (name, value) VALUES ('last_applied_index', 0)")),
          new Migration(
              2,
              "records: users, groups and other configuration beside the managed objects",
              List.of(
                  // The body is opaque here; its kind's owner defines the encoding. Names compare
                  // as UTF-8 bytes (BINARY), i.e. in code point order.
                  "CREATE TABLE records ("
                      + " kind TEXT NOT NULL,"
                      + " name TEXT NOT NULL,"
                      + " revision INTEGER NOT NULL CHECK (revision >= 1),"
                      + " body BLOB NOT NULL,"
                      + " PRIMARY KEY (kind, name)) WITHOUT ROWID")));

  private final List<Migration> migrations;

  Schema(List<Migration> migrations) {
    this.migrations = List.copyOf(migrations);
    for (int i = 0; i < this.migrations.size(); i++) {
      if (this.migrations.get(i).version() != i + 1) {
        throw new IllegalArgumentException(
            "migration " + i + " has version " + this.migrations.get(i).version());
      }
    }
  }

  static Schema current() {
    return new Schema(MIGRATIONS);
  }

  /** The version this code writes and reads. */
  int latestVersion() {
    return migrations.size();
  }

  /**
   * Brings the database to {@link #latestVersion()}; returns the version it had before.
   *
   * @throws StoreException if the database is newer than this code
   */
  int migrate(Connection c, String databaseName) throws SQLException {
    try (Statement s = c.createStatement()) {
      // IMMEDIATE takes the write lock before reading the version, so two processes cannot both
      // decide to run the same migration.
      s.execute("BEGIN IMMEDIATE");
      boolean done = false;
      try {
        int found = version(c);
        if (found > latestVersion()) {
          throw new StoreException(
              databaseName
                  + " has schema version "
                  + found
                  + ", newer than version "
                  + latestVersion()
                  + " that this version of Arca knows: it was written by a newer Arca. Run that"
                  + " version, or restore a backup made with this one.");
        }
        for (Migration m : migrations.subList(found, migrations.size())) {
          for (String sql : m.statements()) {
            s.execute(sql);
          }
          try (PreparedStatement p =
              c.prepareStatement(
                  "INSERT INTO meta (name, value) VALUES ('schema_version', ?)"
                      + " ON CONFLICT (name) DO UPDATE SET value = excluded.value")) {
            p.setInt(1, m.version());
            p.executeUpdate();
          }
        }
        s.execute("COMMIT");
        done = true;
        return found;
      } finally {
        if (!done) {
          s.execute("ROLLBACK");
        }
      }
    }
  }

  /** The schema version of the database; 0 for an empty one. */
  static int version(Connection c) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'meta'")) {
      rs.next();
      if (rs.getInt(1) == 0) {
        return 0;
      }
    }
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("SELECT value FROM meta WHERE name = 'schema_version'")) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
