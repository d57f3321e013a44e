package dev.arca.core.store;

import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.MaterialState;
import dev.arca.core.key.SealedMaterial;
import dev.arca.core.state.ApplyFailedException;
import dev.arca.core.state.Atomic;
import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.CommandResult.Reason;
import dev.arca.core.state.CommandResult.Rejected;
import dev.arca.core.state.DeleteObject;
import dev.arca.core.state.DeleteRecord;
import dev.arca.core.state.IndexedCommand;
import dev.arca.core.state.PutObject;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.RecordKey;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Applies commands through the one writing connection.
 *
 * <p>A batch is one transaction; each command in it runs inside a savepoint, so that a rejected
 * command, or one that breaks a constraint halfway, is rolled back alone. Nothing here reads a
 * clock or a random source: the outcome depends only on the stored state and the command.
 */
final class CommandWriter implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(CommandWriter.class);

  /** SQLite's primary result code for a constraint violation. */
  private static final int SQLITE_CONSTRAINT = 19;

  private final Connection c;
  private Prepared sql;
  private volatile long lastApplied;

  CommandWriter(Connection c, long lastApplied) throws SQLException {
    this.c = c;
    this.lastApplied = lastApplied;
    this.sql = new Prepared(c);
  }

  /**
   * The statements of the writer. After a failed statement sqlite-jdbc may leave a prepared
   * statement unusable, so a failure replaces the whole set.
   */
  private static final class Prepared {
    private final Connection c;
    final Statement plain;
    final PreparedStatement begin;
    final PreparedStatement commit;
    final PreparedStatement savepoint;
    final PreparedStatement release;
    final PreparedStatement rollbackToSavepoint;
    final PreparedStatement findById;
    final PreparedStatement findVersion;
    final PreparedStatement insertObject;
    final PreparedStatement updateObject;
    final PreparedStatement deleteNames;
    final PreparedStatement insertName;
    final PreparedStatement deleteCustom;
    final PreparedStatement insertCustom;
    final PreparedStatement deleteArchive;
    final PreparedStatement insertArchive;
    final PreparedStatement deleteObject;
    final PreparedStatement setLastApplied;
    private RecordStatements records;

    Prepared(Connection c) throws SQLException {
      this.c = c;
      plain = c.createStatement();
      // Prepared once: these run for every command, and parsing costs more than running them.
      begin = c.prepareStatement("BEGIN IMMEDIATE");
      commit = c.prepareStatement("COMMIT");
      savepoint = c.prepareStatement("SAVEPOINT command");
      release = c.prepareStatement("RELEASE command");
      rollbackToSavepoint = c.prepareStatement("ROLLBACK TO command");
      findById = c.prepareStatement("SELECT seq, revision FROM objects WHERE id = ?");
      findVersion =
          c.prepareStatement("SELECT id FROM objects WHERE key_name = ? AND key_version = ?");
      // The sequence number is chosen here rather than left to SQLite's rowid choice, so that
      // insertion order is a pure function of the commands.
      insertObject =
          c.prepareStatement(
              "INSERT INTO objects (seq, id, object_type, state, activation_date,"
                  + " deactivation_date, primary_name, key_name, key_version, algorithm, length,"
                  + " owner, initial_date, last_change_date, material_state, revision,"
                  + " attributes, material_format, material)"
                  + " VALUES ((SELECT ifnull(max(seq), 0) + 1 FROM objects),"
                  + " ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
                  + " RETURNING seq");
      updateObject =
          c.prepareStatement(
              "UPDATE objects SET object_type = ?, state = ?, activation_date = ?,"
                  + " deactivation_date = ?, primary_name = ?, key_name = ?, key_version = ?,"
                  + " algorithm = ?, length = ?, owner = ?, initial_date = ?,"
                  + " last_change_date = ?, material_state = ?, revision = ?, attributes = ?,"
                  + " material_format = ?, material = ? WHERE seq = ?");
      deleteNames = c.prepareStatement("DELETE FROM names WHERE object_seq = ?");
      insertName =
          c.prepareStatement("INSERT INTO names (object_seq, position, value) VALUES (?, ?, ?)");
      deleteCustom = c.prepareStatement("DELETE FROM custom_text WHERE object_seq = ?");
      insertCustom =
          c.prepareStatement(
              "INSERT INTO custom_text (object_seq, name, position, value) VALUES (?, ?, ?, ?)");
      deleteArchive = c.prepareStatement("DELETE FROM archive WHERE object_seq = ?");
      insertArchive =
          c.prepareStatement(
              "INSERT INTO archive (object_seq, material_format, material) VALUES (?, ?, ?)");
      deleteObject = c.prepareStatement("DELETE FROM objects WHERE seq = ?");
      setLastApplied =
          c.prepareStatement("UPDATE meta SET value = ? WHERE name = 'last_applied_index'");
    }

    /**
     * The record statements, prepared on first use: a writer over a database of schema version 1,
     * which has no records table, still writes objects.
     */
    RecordStatements records() throws SQLException {
      if (records == null) {
        records = new RecordStatements(c);
      }
      return records;
    }

    void close() {
      List<Statement> all = new ArrayList<>();
      if (records != null) {
        all.addAll(List.of(records.find, records.insert, records.update, records.delete));
      }
      all.addAll(
          List.of(
              plain,
              begin,
              commit,
              savepoint,
              release,
              rollbackToSavepoint,
              findById,
              findVersion,
              insertObject,
              updateObject,
              deleteNames,
              insertName,
              deleteCustom,
              insertCustom,
              deleteArchive,
              insertArchive,
              deleteObject,
              setLastApplied));
      for (Statement st : all) {
        try {
          st.close();
        } catch (SQLException e) {
          LOG.debug("Closing a statement: {}", e.getMessage());
        }
      }
    }
  }

  /** The statements that read and write the records table. */
  private static final class RecordStatements {
    final PreparedStatement find;
    final PreparedStatement insert;
    final PreparedStatement update;
    final PreparedStatement delete;

    RecordStatements(Connection c) throws SQLException {
      find = c.prepareStatement("SELECT revision FROM records WHERE kind = ? AND name = ?");
      insert =
          c.prepareStatement(
              "INSERT INTO records (kind, name, revision, body) VALUES (?, ?, ?, ?)");
      update =
          c.prepareStatement(
              "UPDATE records SET revision = ?, body = ? WHERE kind = ? AND name = ?");
      delete = c.prepareStatement("DELETE FROM records WHERE kind = ? AND name = ?");
    }
  }

  /** Replaces the statements after a failure; if that fails too, the next batch tries again. */
  private void renewStatements() {
    sql.close();
    try {
      sql = new Prepared(c);
    } catch (SQLException e) {
      LOG.warn("Cannot prepare statements after a failed write: {}", e.getMessage());
    }
  }

  long lastApplied() {
    return lastApplied;
  }

  synchronized List<CommandResult> apply(List<IndexedCommand> commands)
      throws ApplyFailedException {
    long previous = lastApplied;
    for (IndexedCommand ic : commands) {
      if (ic.index() <= previous) {
        throw new IllegalArgumentException(
            "log index " + ic.index() + " is not after " + previous + ", already applied");
      }
      previous = ic.index();
    }
    if (commands.isEmpty()) {
      return List.of();
    }
    List<CommandResult> results = new ArrayList<>(commands.size());
    boolean committed = false;
    try {
      sql.begin.execute();
      for (IndexedCommand ic : commands) {
        results.add(applyOne(ic));
      }
      sql.setLastApplied.setLong(1, previous);
      sql.setLastApplied.executeUpdate();
      sql.commit.execute();
      committed = true;
      lastApplied = previous;
      return results;
    } catch (SQLException e) {
      throw new ApplyFailedException(
          "database write failed, none of "
              + commands.size()
              + " commands was applied: "
              + e.getMessage(),
          e);
    } finally {
      if (!committed) {
        rollback();
        renewStatements();
      }
    }
  }

  private void rollback() {
    try (Statement s = c.createStatement()) {
      s.execute("ROLLBACK");
    } catch (SQLException e) {
      // SQLite rolls back by itself after some I/O and full-disk errors; then there is nothing
      // left to roll back and this fails harmlessly.
      LOG.debug("Rollback after a failed write: {}", e.getMessage());
    }
  }

  private CommandResult applyOne(IndexedCommand ic) throws SQLException {
    sql.savepoint.execute();
    Rejected rejected;
    try {
      rejected = apply(ic.command(), "");
    } catch (SQLException e) {
      if ((e.getErrorCode() & 0xFF) != SQLITE_CONSTRAINT) {
        throw e;
      }
      rejected = new Rejected(Reason.CONSTRAINT, "constraint violated: " + e.getMessage());
      renewStatements();
    }
    if (rejected != null) {
      sql.rollbackToSavepoint.execute();
    }
    sql.release.execute();
    return rejected == null ? new CommandResult.Applied(ic.index()) : rejected;
  }

  /** Applies one command; returns why it was rejected, or null once it is applied. */
  private Rejected apply(Command command, String where) throws SQLException {
    if (command instanceof PutObject p) {
      return within(where, put(p.object()));
    }
    if (command instanceof DeleteObject d) {
      return within(where, deleteObject(d));
    }
    if (command instanceof PutRecord p) {
      return within(where, putRecord(p));
    }
    if (command instanceof DeleteRecord d) {
      return within(where, deleteRecord(d));
    }
    if (command instanceof Atomic a) {
      // One rejection rejects the whole: the caller rolls back to the command's savepoint.
      List<Command> parts = a.commands();
      for (int i = 0; i < parts.size(); i++) {
        Rejected r =
            apply(parts.get(i), where + "command " + (i + 1) + " of " + parts.size() + ": ");
        if (r != null) {
          return r;
        }
      }
      return null;
    }
    throw new IllegalArgumentException("unknown command " + command.getClass().getName());
  }

  /** The rejection with where in an atomic command it happened; null stays null. */
  private static Rejected within(String where, Rejected r) {
    return r == null ? null : new Rejected(r.reason(), where + r.message());
  }

  private Rejected deleteObject(DeleteObject d) throws SQLException {
    long seq = -1;
    long stored = 0;
    sql.findById.setString(1, d.id());
    try (ResultSet rs = sql.findById.executeQuery()) {
      if (rs.next()) {
        seq = rs.getLong(1);
        stored = rs.getLong(2);
      }
    }
    if (seq < 0) {
      return new Rejected(Reason.NOT_FOUND, "object " + d.id() + " does not exist");
    }
    if (stored != d.expectedRevision()) {
      return new Rejected(
          Reason.CONFLICT,
          "object "
              + d.id()
              + " is at revision "
              + stored
              + ", the deletion was made for revision "
              + d.expectedRevision());
    }
    // The side rows go explicitly rather than by ON DELETE CASCADE, so that the result does not
    // hang on the foreign_keys setting of the connection.
    sql.deleteNames.setLong(1, seq);
    sql.deleteNames.executeUpdate();
    sql.deleteCustom.setLong(1, seq);
    sql.deleteCustom.executeUpdate();
    sql.deleteArchive.setLong(1, seq);
    sql.deleteArchive.executeUpdate();
    sql.deleteObject.setLong(1, seq);
    sql.deleteObject.executeUpdate();
    return null;
  }

  /** The revision of the stored record at {@code key}, 0 if there is none. */
  private long recordRevision(RecordStatements r, RecordKey key) throws SQLException {
    r.find.setString(1, key.kind());
    r.find.setString(2, key.name());
    try (ResultSet rs = r.find.executeQuery()) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  private Rejected putRecord(PutRecord p) throws SQLException {
    RecordStatements r = sql.records();
    RecordKey key = p.key();
    long stored = recordRevision(r, key);
    long expected = p.expectedRevision();
    if (expected == 0 && stored > 0) {
      return new Rejected(Reason.ALREADY_EXISTS, "record " + key + " already exists");
    }
    if (expected > 0 && stored == 0) {
      return new Rejected(Reason.NOT_FOUND, "record " + key + " does not exist");
    }
    if (expected != stored) {
      return new Rejected(
          Reason.CONFLICT,
          "record "
              + key
              + " is at revision "
              + stored
              + ", the change was made for revision "
              + expected);
    }
    if (stored == 0) {
      r.insert.setString(1, key.kind());
      r.insert.setString(2, key.name());
      r.insert.setLong(3, p.revision());
      r.insert.setBytes(4, p.body());
      r.insert.executeUpdate();
    } else {
      r.update.setLong(1, p.revision());
      r.update.setBytes(2, p.body());
      r.update.setString(3, key.kind());
      r.update.setString(4, key.name());
      r.update.executeUpdate();
    }
    return null;
  }

  private Rejected deleteRecord(DeleteRecord d) throws SQLException {
    RecordStatements r = sql.records();
    RecordKey key = d.key();
    long stored = recordRevision(r, key);
    if (stored == 0) {
      return new Rejected(Reason.NOT_FOUND, "record " + key + " does not exist");
    }
    if (stored != d.expectedRevision()) {
      return new Rejected(
          Reason.CONFLICT,
          "record "
              + key
              + " is at revision "
              + stored
              + ", the deletion was made for revision "
              + d.expectedRevision());
    }
    r.delete.setString(1, key.kind());
    r.delete.setString(2, key.name());
    r.delete.executeUpdate();
    return null;
  }

  private Rejected put(ManagedObject o) throws SQLException {
    if (o.materialState() == MaterialState.DESTROYED && o.material().isPresent()) {
      return new Rejected(
          Reason.CONSTRAINT, "object " + o.id() + " is destroyed but still carries material");
    }
    long seq = -1;
    long stored = 0;
    sql.findById.setString(1, o.id());
    try (ResultSet rs = sql.findById.executeQuery()) {
      if (rs.next()) {
        seq = rs.getLong(1);
        stored = rs.getLong(2);
      }
    }
    long expected = o.revision() - 1;
    if (expected == 0 && seq >= 0) {
      return new Rejected(Reason.ALREADY_EXISTS, "object " + o.id() + " already exists");
    }
    if (expected > 0 && seq < 0) {
      return new Rejected(Reason.NOT_FOUND, "object " + o.id() + " does not exist");
    }
    if (expected != stored && seq >= 0) {
      return new Rejected(
          Reason.CONFLICT,
          "object "
              + o.id()
              + " is at revision "
              + stored
              + ", the change was made for revision "
              + expected);
    }
    if (o.keyName().isPresent()) {
      Optional<String> holder = versionHolder(o.keyName().get(), o.keyVersion());
      if (holder.isPresent() && !holder.get().equals(o.id())) {
        return new Rejected(
            Reason.CONSTRAINT,
            "version "
                + o.keyVersion()
                + " of key "
                + o.keyName().get()
                + " already exists as object "
                + holder.get());
      }
    }
    ObjectRows.Indexed ix = ObjectRows.index(o.attributes());
    byte[] attributes = ObjectRows.encodeAttributes(o.attributes());
    Optional<SealedMaterial> online =
        o.materialState() == MaterialState.ONLINE ? o.material() : Optional.empty();
    if (seq < 0) {
      sql.insertObject.setString(1, o.id());
      bindObject(sql.insertObject, 2, o, ix, attributes, online);
      try (ResultSet rs = sql.insertObject.executeQuery()) {
        rs.next();
        seq = rs.getLong(1);
      }
    } else {
      int next = bindObject(sql.updateObject, 1, o, ix, attributes, online);
      sql.updateObject.setLong(next, seq);
      sql.updateObject.executeUpdate();
      sql.deleteNames.setLong(1, seq);
      sql.deleteNames.executeUpdate();
      sql.deleteCustom.setLong(1, seq);
      sql.deleteCustom.executeUpdate();
      sql.deleteArchive.setLong(1, seq);
      sql.deleteArchive.executeUpdate();
    }
    for (int i = 0; i < ix.names().size(); i++) {
      sql.insertName.setLong(1, seq);
      sql.insertName.setInt(2, i);
      sql.insertName.setString(3, ix.names().get(i));
      sql.insertName.executeUpdate();
    }
    for (ObjectRows.CustomText t : ix.customText()) {
      sql.insertCustom.setLong(1, seq);
      sql.insertCustom.setString(2, t.name());
      sql.insertCustom.setInt(3, t.position());
      sql.insertCustom.setString(4, t.value());
      sql.insertCustom.executeUpdate();
    }
    if (o.materialState() == MaterialState.ARCHIVED && o.material().isPresent()) {
      SealedMaterial m = o.material().get();
      sql.insertArchive.setLong(1, seq);
      sql.insertArchive.setInt(2, m.format().code());
      sql.insertArchive.setBytes(3, m.envelope());
      sql.insertArchive.executeUpdate();
    }
    return null;
  }

  private Optional<String> versionHolder(String keyName, int version) throws SQLException {
    sql.findVersion.setString(1, keyName);
    sql.findVersion.setInt(2, version);
    try (ResultSet rs = sql.findVersion.executeQuery()) {
      return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
    }
  }

  /** Binds the columns after the id from {@code at}; returns the next parameter index. */
  private static int bindObject(
      PreparedStatement p,
      int at,
      ManagedObject o,
      ObjectRows.Indexed ix,
      byte[] attributes,
      Optional<SealedMaterial> online)
      throws SQLException {
    int i = at;
    p.setInt(i++, o.objectType().code());
    p.setInt(i++, ix.state());
    setLong(p, i++, ix.activationDate());
    setLong(p, i++, ix.deactivationDate());
    setText(p, i++, ix.primaryName());
    setText(p, i++, o.keyName().orElse(null));
    p.setInt(i++, o.keyVersion());
    setInt(p, i++, ix.algorithm());
    setInt(p, i++, ix.length());
    setText(p, i++, o.owner().orElse(null));
    setLong(p, i++, ix.initialDate());
    setLong(p, i++, ix.lastChangeDate());
    p.setInt(i++, ObjectRows.materialStateCode(o.materialState()));
    p.setLong(i++, o.revision());
    p.setBytes(i++, attributes);
    if (online.isPresent()) {
      p.setInt(i++, online.get().format().code());
      p.setBytes(i++, online.get().envelope());
    } else {
      p.setNull(i++, Types.INTEGER);
      p.setNull(i++, Types.BLOB);
    }
    return i;
  }

  private static void setLong(PreparedStatement p, int i, Long v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.INTEGER);
    } else {
      p.setLong(i, v);
    }
  }

  private static void setInt(PreparedStatement p, int i, Integer v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.INTEGER);
    } else {
      p.setInt(i, v);
    }
  }

  private static void setText(PreparedStatement p, int i, String v) throws SQLException {
    if (v == null) {
      p.setNull(i, Types.VARCHAR);
    } else {
      p.setString(i, v);
    }
  }

  /** Runs a statement on the writing connection outside any batch (tests, maintenance). */
  synchronized void execute(String statement) throws SQLException {
    sql.plain.execute(statement);
  }

  @Override
  public synchronized void close() throws SQLException {
    try {
      sql.plain.execute("PRAGMA optimize");
    } catch (SQLException e) {
      LOG.debug("PRAGMA optimize failed on close: {}", e.getMessage());
    }
    c.close();
  }
}
