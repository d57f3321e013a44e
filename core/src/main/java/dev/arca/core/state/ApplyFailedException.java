package dev.arca.core.state;

/**
 * The store could not apply commands at all: an I/O error, a full disk, a corrupt database. Nothing
 * of the batch was committed and the last applied index did not move, so the commands may be
 * applied again once the cause is fixed.
 *
 * <p>This is not a rejection: a command that does not fit the state is a {@link
 * CommandResult.Rejected} and is part of a successful apply.
 */
public final class ApplyFailedException extends Exception {

  private static final long serialVersionUID = 1L;

  public ApplyFailedException(String message, Throwable cause) {
    super(message, cause);
  }
}
