package dev.arca.core.state;

/**
 * A submitted command was not confirmed as durable: the wait was interrupted, applying it failed,
 * or no confirmation came in time, in which case it may still be applied. The message says which,
 * in words a caller can pass on; the cause is the replicator's.
 */
public final class NotDurableException extends Exception {

  private static final long serialVersionUID = 1L;

  NotDurableException(String message, Throwable cause) {
    super(message, cause);
  }
}
