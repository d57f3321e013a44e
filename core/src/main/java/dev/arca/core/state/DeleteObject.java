package dev.arca.core.state;

import java.util.Objects;

/**
 * Removes a managed object with everything stored beside it (its names, custom attribute index and
 * archived material), if it still has {@code expectedRevision}: a missing object is rejected with
 * {@link CommandResult.Reason#NOT_FOUND}, another revision with {@link
 * CommandResult.Reason#CONFLICT}.
 *
 * <p>KMIP never deletes an object: Destroy removes the material and keeps the object's metadata.
 * This command exists to take back a Create or Register, which is what undoing a batch needs (see
 * {@link RecordingReplicator}). The freed id, and the version number of a versioned key, may be
 * used again.
 *
 * @param id the object's id
 * @param expectedRevision the revision the stored object must have, at least 1
 */
public record DeleteObject(String id, long expectedRevision) implements Command {
  public DeleteObject {
    Objects.requireNonNull(id, "id");
    if (id.isEmpty()) {
      throw new IllegalArgumentException("empty id");
    }
    if (expectedRevision < 1) {
      throw new IllegalArgumentException(
          "expected revision must be at least 1: " + expectedRevision);
    }
  }
}
