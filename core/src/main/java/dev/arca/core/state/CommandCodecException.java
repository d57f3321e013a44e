package dev.arca.core.state;

/**
 * Bytes that are not a valid serialized command: unknown format version or type code, a length that
 * runs past the end, a value out of range, bytes left over. The message names the problem and the
 * byte offset where it was found, never the content of the bytes (they may hold sealed key
 * material).
 */
public final class CommandCodecException extends Exception {

  private static final long serialVersionUID = 1L;

  private final int offset;

  public CommandCodecException(String problem, int offset) {
    super(problem + " at offset " + offset);
    this.offset = offset;
  }

  public CommandCodecException(String problem, int offset, Throwable cause) {
    super(problem + " at offset " + offset, cause);
    this.offset = offset;
  }

  /** Where in the input the problem was found. */
  public int offset() {
    return offset;
  }
}
