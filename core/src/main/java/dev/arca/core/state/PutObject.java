package dev.arca.core.state;

import dev.arca.core.key.ManagedObject;
import java.util.Objects;

/**
 * Writes a managed object whole, if the stored one still has {@code object.revision() - 1} (or, for
 * revision 1, if no object with that id exists). This compare-and-set makes every change safe
 * against a concurrent one: the loser is rejected with {@link CommandResult.Reason#CONFLICT} and
 * retries on fresh state.
 *
 * <p>A version of a versioned key exists once: a second object with the same key name and version
 * is rejected with {@link CommandResult.Reason#CONSTRAINT}, and so is a destroyed object that still
 * carries material.
 */
public record PutObject(ManagedObject object) implements Command {
  public PutObject {
    Objects.requireNonNull(object, "object");
  }

  /** The revision the stored object must have, 0 when it must not exist. */
  public long expectedRevision() {
    return object.revision() - 1;
  }
}
