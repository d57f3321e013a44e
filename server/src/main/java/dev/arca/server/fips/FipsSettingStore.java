package dev.arca.server.fips;

import dev.arca.core.state.CommandResult;
import dev.arca.core.state.NotDurableException;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.RecordFields;
import dev.arca.core.state.RecordKey;
import dev.arca.core.state.Replicator;
import dev.arca.core.store.RecordStore;
import dev.arca.core.store.SqliteStore;
import dev.arca.core.store.StoreException;
import dev.arca.core.store.StoredRecord;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * FIPS mode as a security officer last set it (through the admin API or {@code arca fips}): one
 * record of kind {@value #KIND}, replicated like every other record, so that the choice survives
 * restarts and reaches every node of a cluster. Until it is first set, the configuration file's
 * {@code fips.enabled} decides.
 *
 * <p>The record is read once more before the node starts, by {@link #readBeforeStart}:
 * approved-only mode must be fixed before the JVM loads BC-FIPS, so the launcher needs the answer
 * before any cryptography runs. Reading the store needs none.
 *
 * <pre>
 * enabled=true
 * format=1
 * </pre>
 */
public final class FipsSettingStore {

  /** The record kind. */
  public static final String KIND = "fips";

  private static final RecordKey KEY = new RecordKey(KIND, "mode");
  private static final String FORMAT = "1";

  private final RecordStore records;
  private final Replicator replicator;
  private final Duration commandTimeout;

  public FipsSettingStore(RecordStore records, Replicator replicator, Duration commandTimeout) {
    this.records = Objects.requireNonNull(records, "records");
    this.replicator = Objects.requireNonNull(replicator, "replicator");
    this.commandTimeout = Objects.requireNonNull(commandTimeout, "commandTimeout");
  }

  /**
   * The stored choice in the data directory {@code dataDirectory}, read without starting a node;
   * empty when the directory has no store yet or FIPS mode was never set through the API.
   *
   * @throws StoreException if the store or the record cannot be read
   */
  public static Optional<Boolean> readBeforeStart(Path dataDirectory) {
    if (!Files.exists(dataDirectory.resolve(SqliteStore.DATABASE_FILE))) {
      return Optional.empty();
    }
    try (SqliteStore store = SqliteStore.open(dataDirectory, 1)) {
      return store.record(KEY).map(FipsSettingStore::read);
    }
  }

  /** The stored choice, if FIPS mode was ever set through the API. */
  public Optional<Boolean> stored() {
    return records.record(KEY).map(FipsSettingStore::read);
  }

  /**
   * Stores the choice; it takes effect at the next start of each node.
   *
   * @throws IllegalStateException if it cannot be made durable
   */
  public void store(boolean enabled) {
    Optional<StoredRecord> current = records.record(KEY);
    long revision = current.map(r -> r.revision() + 1).orElse(1L);
    byte[] body =
        RecordFields.builder()
            .put("enabled", Boolean.toString(enabled))
            .put("format", FORMAT)
            .build()
            .encode();
    CommandResult result;
    try {
      result = replicator.submitAndWait(new PutRecord(KEY, body, revision), commandTimeout);
    } catch (NotDurableException e) {
      throw new IllegalStateException("the FIPS mode setting: " + e.getMessage(), e);
    }
    if (!result.applied()) {
      throw new IllegalStateException(
          "the FIPS mode setting changed at the same time; read it again and retry");
    }
  }

  private static boolean read(StoredRecord record) {
    try {
      RecordFields f = RecordFields.decode(record.body());
      if (!FORMAT.equals(f.require("format"))) {
        throw new IllegalArgumentException("format " + f.require("format") + " is not " + FORMAT);
      }
      String enabled = f.require("enabled");
      if (!enabled.equals("true") && !enabled.equals("false")) {
        throw new IllegalArgumentException("field enabled is neither true nor false");
      }
      return Boolean.parseBoolean(enabled);
    } catch (IllegalArgumentException e) {
      throw new StoreException("the stored FIPS mode setting is damaged: " + e.getMessage(), e);
    }
  }
}
