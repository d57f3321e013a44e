package dev.arca.server;

/** A node could not start; the message says what to fix. */
public class NodeException extends Exception {
  private static final long serialVersionUID = 1L;

  public NodeException(String message) {
    super(message);
  }

  public NodeException(String message, Throwable cause) {
    super(message, cause);
  }
}
