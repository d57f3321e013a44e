package dev.arca.core.state;

import java.util.Arrays;
import java.util.Objects;

/**
 * Writes a record whole, if the stored one still has {@code revision - 1} (or, for revision 1, if
 * no record with that key exists): the same compare-and-set as {@link PutObject}. A conflict is
 * rejected with {@link CommandResult.Reason#CONFLICT}, a revision 1 for an existing key with {@link
 * CommandResult.Reason#ALREADY_EXISTS}, a later revision for a missing key with {@link
 * CommandResult.Reason#NOT_FOUND}.
 *
 * <p>The body is opaque to the store; its owner (the user directory, say) defines its encoding. It
 * may hold secrets such as password hashes, so {@link #toString()} shows its length only.
 *
 * @param key the record's address
 * @param body the new contents, at most {@value #MAX_BODY_BYTES} bytes; copied
 * @param revision the revision the record gets, at least 1
 */
public record PutRecord(RecordKey key, byte[] body, long revision) implements Command {

  /** The largest body, in bytes. Records are configuration, not bulk data. */
  public static final int MAX_BODY_BYTES = 1 << 20;

  public PutRecord {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(body, "body");
    if (body.length > MAX_BODY_BYTES) {
      throw new IllegalArgumentException(
          "a record body has at most " + MAX_BODY_BYTES + " bytes, not " + body.length);
    }
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

  /** The revision the stored record must have, 0 when it must not exist. */
  public long expectedRevision() {
    return revision - 1;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PutRecord p
        && p.key.equals(key)
        && p.revision == revision
        && Arrays.equals(p.body, body);
  }

  @Override
  public int hashCode() {
    return Objects.hash(key, revision) * 31 + Arrays.hashCode(body);
  }

  @Override
  public String toString() {
    return "PutRecord[" + key + ", rev " + revision + ", " + body.length + " bytes]";
  }
}
