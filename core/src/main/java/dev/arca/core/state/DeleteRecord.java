package dev.arca.core.state;

import java.util.Objects;

/**
 * Removes a record, if it still has {@code expectedRevision}: a missing record is rejected with
 * {@link CommandResult.Reason#NOT_FOUND}, another revision with {@link
 * CommandResult.Reason#CONFLICT}.
 *
 * @param key the record's address
 * @param expectedRevision the revision the stored record must have, at least 1
 */
public record DeleteRecord(RecordKey key, long expectedRevision) implements Command {
  public DeleteRecord {
    Objects.requireNonNull(key, "key");
    if (expectedRevision < 1) {
      throw new IllegalArgumentException(
          "expected revision must be at least 1: " + expectedRevision);
    }
  }
}
