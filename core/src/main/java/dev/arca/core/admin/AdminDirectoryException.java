package dev.arca.core.admin;

/**
 * A change to the administrators was refused or failed. The message names the administrator and the
 * rule, never a password or a hash; the {@link Reason} lets the admin API and the CLI map it to
 * their own vocabulary (an HTTP status, an exit code) without parsing the message.
 */
public final class AdminDirectoryException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the change did not happen. */
  public enum Reason {
    /** The name breaks the naming rules. */
    INVALID_NAME,
    /** The new password breaks the password policy. */
    INVALID_PASSWORD,
    /** An administrator with that name exists already. */
    ALREADY_EXISTS,
    /** No administrator has that name. */
    NOT_FOUND,
    /** The acting administrator may not do this (it lacks the high access area). */
    NOT_PERMITTED,
    /** The change would leave no enabled administrator with the high access area. */
    LAST_HIGH_ACCESS,
    /** The current password given with one's own password change is not the right one. */
    WRONG_PASSWORD,
    /** The administrator kept changing concurrently; nothing was changed. */
    CONFLICT,
    /** An approval request that is no longer pending: applied, denied or expired. */
    WRONG_STATE,
    /** A setting or field out of its range; the message names it. */
    INVALID_FIELD,
    /** The change could not be made durable, or its outcome is unknown; see the server log. */
    UNAVAILABLE
  }

  private final Reason reason;

  public AdminDirectoryException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public AdminDirectoryException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
