package dev.arca.core.store;

import dev.arca.core.key.ManagedObject;
import dev.arca.core.state.ApplyFailedException;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.IndexedCommand;
import dev.arca.core.state.RecordKey;
import dev.arca.core.state.StateMachine;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteOpenMode;

/**
 * The embedded store: one SQLite database, {@value #DATABASE_FILE}, in the data directory.
 *
 * <p>The database runs in WAL mode with {@code synchronous=FULL}, so a committed transaction is on
 * disk before the commit returns and survives {@code kill -9} and power loss. One connection writes
 * (the {@link StateMachine} side, driven by one replicator); a small pool of read-only connections
 * serves {@link ObjectStore} and {@link RecordStore} reads beside it, each read seeing the last
 * committed state. A lock file keeps a second process from opening the same directory.
 *
 * <p>Opening migrates an older database to the current schema and refuses a newer one (see {@code
 * Schema}). Key material arrives sealed and is stored as it came: online material in the objects
 * table, archived material in the archive table.
 */
public final class SqliteStore implements ObjectStore, RecordStore, StateMachine, AutoCloseable {

  /** The database file in the data directory. */
  public static final String DATABASE_FILE = "arca.db";

  /** Held while a process has the data directory open. */
  public static final String LOCK_FILE = "arca.db.lock";

  /** Default number of read-only connections. */
  public static final int DEFAULT_READERS = 4;

  private static final Logger LOG = LoggerFactory.getLogger(SqliteStore.class);

  private static final int BUSY_TIMEOUT_MS = 10_000;

  private final Path databaseFile;
  private final FileChannel lockChannel;
  private final FileLock lock;
  private final CommandWriter writer;
  private final List<ReadConnection> readers;
  private final BlockingQueue<ReadConnection> idleReaders;
  private volatile boolean closed;

  private SqliteStore(
      Path databaseFile,
      FileChannel lockChannel,
      FileLock lock,
      CommandWriter writer,
      List<ReadConnection> readers) {
    this.databaseFile = databaseFile;
    this.lockChannel = lockChannel;
    this.lock = lock;
    this.writer = writer;
    this.readers = List.copyOf(readers);
    this.idleReaders = new ArrayBlockingQueue<>(readers.size(), false, readers);
  }

  /**
   * Opens the store in {@code dataDirectory}, creating the directory and the database if needed.
   *
   * @throws StoreException if the directory is in use by another process, the database cannot be
   *     opened or migrated, or its schema is newer than this code
   */
  public static SqliteStore open(Path dataDirectory) {
    return open(dataDirectory, DEFAULT_READERS);
  }

  /**
   * Opens the store with {@code readConnections} read-only connections (1 to 64): as many reads run
   * at once, more wait.
   */
  public static SqliteStore open(Path dataDirectory, int readConnections) {
    return open(dataDirectory, readConnections, Schema.current());
  }

  static SqliteStore open(Path dataDirectory, int readConnections, Schema schema) {
    if (readConnections < 1 || readConnections > 64) {
      throw new IllegalArgumentException(
          "readConnections must be between 1 and 64: " + readConnections);
    }
    Path dir = dataDirectory.toAbsolutePath();
    FileChannel lockChannel = null;
    FileLock lock = null;
    Connection writeConnection = null;
    List<ReadConnection> readers = new ArrayList<>();
    try {
      Files.createDirectories(dir);
      lockChannel =
          FileChannel.open(
              dir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      try {
        lock = lockChannel.tryLock();
      } catch (OverlappingFileLockException e) {
        throw new StoreException("data directory " + dir + " is already open in this process");
      }
      if (lock == null) {
        throw new StoreException("data directory " + dir + " is in use by another process");
      }
      Path file = dir.resolve(DATABASE_FILE);
      createPrivate(file);
      String url = "jdbc:sqlite:" + file;
      writeConnection = writerConfig().createConnection(url);
      checkJournalMode(writeConnection, file);
      int before = schema.migrate(writeConnection, file.toString());
      if (before == 0) {
        LOG.info("Created database {} with schema version {}", file, schema.latestVersion());
      } else if (before != schema.latestVersion()) {
        LOG.info(
            "Database {} migrated from schema version {} to {}",
            file,
            before,
            schema.latestVersion());
      }
      long lastApplied;
      try (Statement s = writeConnection.createStatement();
          ResultSet rs =
              s.executeQuery("SELECT value FROM meta WHERE name = 'last_applied_index'")) {
        if (!rs.next()) {
          throw new StoreException(file + " has no last applied index: not an Arca database");
        }
        lastApplied = rs.getLong(1);
      }
      for (int i = 0; i < readConnections; i++) {
        readers.add(new ReadConnection(readerConfig().createConnection(url)));
      }
      CommandWriter writer = new CommandWriter(writeConnection, lastApplied);
      return new SqliteStore(file, lockChannel, lock, writer, readers);
    } catch (SQLException e) {
      closeAll(readers, writeConnection, lock, lockChannel);
      throw new StoreException("cannot open the database in " + dir + ": " + e.getMessage(), e);
    } catch (IOException e) {
      closeAll(readers, writeConnection, lock, lockChannel);
      throw new StoreException("cannot open data directory " + dir + ": " + e.getMessage(), e);
    } catch (RuntimeException e) {
      closeAll(readers, writeConnection, lock, lockChannel);
      throw e;
    }
  }

  private static SQLiteConfig writerConfig() {
    SQLiteConfig config = new SQLiteConfig();
    config.setJournalMode(SQLiteConfig.JournalMode.WAL);
    // FULL: the WAL is synced at every commit, so an acknowledged change survives power loss.
    config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
    config.enforceForeignKeys(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setCacheSize(-32_768); // KiB: 32 MiB of native page cache for the writer
    // The writer checkpoints after the commit that takes the log past this many pages. It must
    // be the writer: a checkpoint beside continuous commits never catches up, so the log would
    // never start over and would grow without bound. Larger than SQLite's 1,000 so that pages
    // written by many commits (index tails) are copied once.
    config.setPragma(SQLiteConfig.Pragma.WAL_AUTOCHECKPOINT, "4000");
    // After a large batch the log file is cut back to this size instead of keeping its peak.
    config.setPragma(SQLiteConfig.Pragma.JOURNAL_SIZE_LIMIT, Long.toString(64L << 20));
    // sqlite-jdbc otherwise inspects every statement for generated keys; none are used.
    config.setGetGeneratedKeys(false);
    return config;
  }

  private static SQLiteConfig readerConfig() {
    SQLiteConfig config = new SQLiteConfig();
    config.setOpenMode(SQLiteOpenMode.READONLY);
    config.setReadOnly(true);
    config.setBusyTimeout(BUSY_TIMEOUT_MS);
    config.setCacheSize(-8_192);
    return config;
  }

  /** The database holds sealed key material and metadata: owner-only, where the OS allows. */
  private static void createPrivate(Path file) throws IOException {
    if (Files.exists(file)) {
      return;
    }
    try {
      if (file.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.createFile(
            file,
            PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
      }
    } catch (FileAlreadyExistsException e) {
      // Created meanwhile by the process that now holds the lock? Impossible; SQLite will tell.
    }
  }

  private static void checkJournalMode(Connection c, Path file) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("PRAGMA journal_mode")) {
      String mode = rs.next() ? rs.getString(1) : "";
      if (!"wal".equalsIgnoreCase(mode)) {
        throw new StoreException(
            file
                + " cannot use WAL journal mode (got "
                + mode
                + "); is it on a network file system?");
      }
    }
  }

  private static void closeAll(
      List<ReadConnection> readers, Connection writer, FileLock lock, FileChannel channel) {
    for (ReadConnection r : readers) {
      try {
        r.close();
      } catch (SQLException e) {
        LOG.debug("Closing a reader: {}", e.getMessage());
      }
    }
    try {
      if (writer != null) {
        writer.close();
      }
      if (lock != null) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (SQLException | IOException e) {
      LOG.debug("Closing after a failed open: {}", e.getMessage());
    }
  }

  /** The database file. */
  public Path databaseFile() {
    return databaseFile;
  }

  // ---- StateMachine ------------------------------------------------------------------------

  @Override
  public List<CommandResult> apply(List<IndexedCommand> commands) throws ApplyFailedException {
    checkOpen();
    return writer.apply(commands);
  }

  @Override
  public long lastAppliedIndex() {
    return writer.lastApplied();
  }

  // ---- ObjectStore -------------------------------------------------------------------------

  @Override
  public Optional<ManagedObject> get(String id) {
    return read(
        "read object " + id,
        r -> {
          PreparedStatement p =
              r.prepare(
                  "SELECT " + ObjectRows.COLUMNS + " FROM " + ObjectRows.FROM + " WHERE o.id = ?");
          p.setString(1, id);
          try (ResultSet rs = p.executeQuery()) {
            return rs.next() ? Optional.of(ObjectRows.read(rs, 1)) : Optional.empty();
          }
        });
  }

  @Override
  public LocateQuery.Result locate(LocateQuery query) {
    LocateSql.Plan plan = LocateSql.plan(query);
    List<String> ids = new ArrayList<>();
    List<LocateSql.Candidate> candidates = new ArrayList<>();
    read(
        "locate",
        r -> {
          PreparedStatement p = r.prepare(plan.sql());
          List<Object> params = plan.parameters();
          for (int i = 0; i < params.size(); i++) {
            p.setObject(i + 1, params.get(i));
          }
          try (ResultSet rs = p.executeQuery()) {
            int active = ObjectRows.COLUMN_COUNT + 1;
            while (rs.next()) {
              if (plan.wholeRows()) {
                candidates.add(
                    new LocateSql.Candidate(ObjectRows.read(rs, 1), rs.getInt(active) == 1));
              } else {
                ids.add(rs.getString(1));
              }
            }
          }
          return null;
        });
    // The connection is back in the pool before the residual, which may be slow, runs.
    return new LocateQuery.Result(plan.wholeRows() ? LocateSql.finish(query, candidates) : ids);
  }

  @Override
  public OptionalInt latestVersion(String keyName) {
    return read(
        "read the latest version of " + keyName,
        r -> {
          PreparedStatement p =
              r.prepare("SELECT max(key_version) FROM objects WHERE key_name = ?");
          p.setString(1, keyName);
          try (ResultSet rs = p.executeQuery()) {
            if (rs.next()) {
              int v = rs.getInt(1);
              if (!rs.wasNull()) {
                return OptionalInt.of(v);
              }
            }
            return OptionalInt.empty();
          }
        });
  }

  @Override
  public long count() {
    return read(
        "count objects",
        r -> {
          try (ResultSet rs = r.prepare("SELECT count(*) FROM objects").executeQuery()) {
            rs.next();
            return rs.getLong(1);
          }
        });
  }

  // ---- RecordStore -------------------------------------------------------------------------

  @Override
  public Optional<StoredRecord> record(RecordKey key) {
    return read(
        "read record " + key,
        r -> {
          PreparedStatement p =
              r.prepare("SELECT revision, body FROM records WHERE kind = ? AND name = ?");
          p.setString(1, key.kind());
          p.setString(2, key.name());
          try (ResultSet rs = p.executeQuery()) {
            return rs.next()
                ? Optional.of(new StoredRecord(key, rs.getBytes(2), rs.getLong(1)))
                : Optional.empty();
          }
        });
  }

  @Override
  public List<StoredRecord> records(String kind) {
    RecordKey.checkKind(kind);
    return read(
        "read the records of kind " + kind,
        r -> {
          // BINARY collation: UTF-8 byte order, which is the code point order of RecordKey.
          PreparedStatement p =
              r.prepare("SELECT name, revision, body FROM records WHERE kind = ? ORDER BY name");
          p.setString(1, kind);
          List<StoredRecord> out = new ArrayList<>();
          try (ResultSet rs = p.executeQuery()) {
            while (rs.next()) {
              out.add(
                  new StoredRecord(
                      storedKey(kind, rs.getString(1)), rs.getBytes(3), rs.getLong(2)));
            }
          }
          return List.copyOf(out);
        });
  }

  /** The key of a stored row; only a damaged database holds a name the key refuses. */
  private static RecordKey storedKey(String kind, String name) {
    try {
      return new RecordKey(kind, name);
    } catch (IllegalArgumentException e) {
      throw new StoreException(
          "a stored record of kind " + kind + " is damaged: " + e.getMessage(), e);
    }
  }

  /**
   * Runs SQLite's integrity check over the whole database; an empty list means it is sound. Takes
   * time proportional to the database size.
   */
  public List<String> integrityCheck() {
    return read(
        "check integrity",
        r -> {
          List<String> problems = new ArrayList<>();
          try (Statement s = r.connection().createStatement();
              ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
            while (rs.next()) {
              String line = rs.getString(1);
              if (!"ok".equals(line)) {
                problems.add(line);
              }
            }
          }
          return problems;
        });
  }

  /** Runs a statement on the writing connection between batches; for tests only. */
  void executeOnWriter(String sql) throws SQLException {
    writer.execute(sql);
  }

  @FunctionalInterface
  private interface Read<T> {
    T run(ReadConnection r) throws SQLException;
  }

  private <T> T read(String what, Read<T> work) {
    checkOpen();
    ReadConnection r;
    try {
      r = idleReaders.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new StoreException("interrupted while waiting for a database connection to " + what);
    }
    try {
      return work.run(r);
    } catch (SQLException e) {
      throw new StoreException("database read failed (" + what + "): " + e.getMessage(), e);
    } finally {
      idleReaders.add(r);
    }
  }

  private void checkOpen() {
    if (closed) {
      throw new StoreException("store " + databaseFile + " is closed");
    }
  }

  /**
   * Closes the connections and releases the data directory. Reads still running finish first; the
   * replicator that writes through this store must be closed before.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (int i = 0; i < readers.size(); i++) {
      try {
        ReadConnection r = idleReaders.poll(30, TimeUnit.SECONDS);
        if (r == null) {
          LOG.warn("A read did not finish within 30 s of close; closing anyway");
          break;
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      }
    }
    for (ReadConnection r : readers) {
      try {
        r.close();
      } catch (SQLException e) {
        LOG.warn("Closing a read connection of {}: {}", databaseFile, e.getMessage());
      }
    }
    try {
      // The last connection to close checkpoints the whole log into the database file.
      writer.close();
    } catch (SQLException e) {
      LOG.warn("Closing the write connection of {}: {}", databaseFile, e.getMessage());
    }
    try {
      lock.release();
      lockChannel.close();
    } catch (IOException e) {
      LOG.warn("Releasing the lock of {}: {}", databaseFile, e.getMessage());
    }
  }

  @Override
  public String toString() {
    return "SqliteStore[" + databaseFile + "]";
  }
}
