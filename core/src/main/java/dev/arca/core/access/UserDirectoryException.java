package dev.arca.core.access;

/**
 * A change to the client users was refused or failed. The message names the user and the rule,
 * never a password or a hash; the {@link Reason} lets the admin API and the CLI map it to their own
 * vocabulary (an HTTP status, an exit code) without parsing the message.
 */
public final class UserDirectoryException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Why the change did not happen. */
  public enum Reason {
    /** The user name breaks the naming rules. */
    INVALID_NAME,
    /** The password breaks the password policy. */
    INVALID_PASSWORD,
    /** A user with that name exists already. */
    ALREADY_EXISTS,
    /** No user has that name. */
    NOT_FOUND,
    /** The user kept changing concurrently; nothing was changed. */
    CONFLICT,
    /** The change could not be made durable, or its outcome is unknown; see the server log. */
    UNAVAILABLE
  }

  private final Reason reason;

  public UserDirectoryException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public UserDirectoryException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
