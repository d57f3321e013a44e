package dev.arca.core.state;

import java.util.Objects;

/** What applying a command did. */
public sealed interface CommandResult {

  /** Why a command was not applied. */
  enum Reason {
    /** The object changed since the command was built (revision mismatch). */
    CONFLICT,
    /** An object with that id already exists. */
    ALREADY_EXISTS,
    /** The object the command changes does not exist. */
    NOT_FOUND,
    /** The command breaks a rule of the state, e.g. a second version with the same number. */
    CONSTRAINT
  }

  /** The command changed the state; {@code index} is its position in the log. */
  record Applied(long index) implements CommandResult {}

  /** The command changed nothing. */
  record Rejected(Reason reason, String message) implements CommandResult {
    public Rejected {
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(message, "message");
    }
  }

  default boolean applied() {
    return this instanceof Applied;
  }
}
