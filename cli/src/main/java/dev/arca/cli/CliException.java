package dev.arca.cli;

/** A failure whose message is meant for the user, with the exit code to end with. */
public class CliException extends Exception {
  private static final long serialVersionUID = 1L;

  private final int exitCode;

  public CliException(String message) {
    this(message, 1);
  }

  public CliException(String message, int exitCode) {
    super(message);
    this.exitCode = exitCode;
  }

  public int exitCode() {
    return exitCode;
  }
}
