package dev.arca.core.store;

import dev.arca.core.state.RecordKey;
import java.util.Arrays;
import java.util.Objects;

/**
 * A record as stored: its key, its body and its revision (1 when created, one more with every
 * change). The body may hold secrets such as password hashes, so {@link #toString()} shows its
 * length only.
 *
 * @param key the record's address
 * @param body the contents; copied in and out
 * @param revision at least 1
 */
public record StoredRecord(RecordKey key, byte[] body, long revision) {

  public StoredRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(body, "body");
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1: " + revision);
    }
    body = body.clone();
  }

  /** A copy of the body. */
  @Override
  public byte[] body() {
    return body.clone();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof StoredRecord r
        && r.key.equals(key)
        && r.revision == revision
        && Arrays.equals(r.body, body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, revision) * 31 + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "StoredRecord[" + key + ", rev " + revision + ", " + body.length + " bytes]";
  }
}
