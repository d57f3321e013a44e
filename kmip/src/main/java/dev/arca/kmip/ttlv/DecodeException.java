package dev.arca.kmip.ttlv;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.ResultReason;

/**
 * A message that could not be decoded, in any of the three encodings. It names what was wrong,
 * where (a byte offset for binary TTLV, a character offset for XML and JSON) and, when known, the
 * tag of the item being read. A server answers it with result reason Invalid Message.
 */
public final class DecodeException extends KmipException {

  private static final long serialVersionUID = 1L;

  /** What was wrong with the input. */
  public enum Problem {
    TOO_LARGE("message exceeds the size limit"),
    TOO_DEEP("structures nested deeper than the limit"),
    TRUNCATED("input ends inside an item"),
    OVERRUN("length runs past the end of the enclosing item"),
    BAD_PADDING("padding bytes are not zero"),
    UNKNOWN_TYPE("unknown item type"),
    BAD_TAG("not a KMIP tag"),
    WRONG_LENGTH("wrong length for the item type"),
    BAD_VALUE("invalid value"),
    BAD_UTF8("text string is not valid UTF-8"),
    TRAILING_DATA("data after the end of the message"),
    SYNTAX("malformed document"),
    UNKNOWN_NAME("unknown tag or value name");

    private final String description;

    Problem(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  private final Problem problem;
  private final long offset;
  private final int tag;
  private final String detail;
  private final int messageIndex;

  /**
   * @param offset where the problem was found, or -1 if not known
   * @param tag the tag of the item being decoded, or -1 if not known
   * @param detail what exactly was found; never the content of a byte string
   */
  public DecodeException(Problem problem, long offset, int tag, String detail) {
    this(problem, offset, tag, detail, -1);
  }

  private DecodeException(Problem problem, long offset, int tag, String detail, int messageIndex) {
    super(ResultReason.INVALID_MESSAGE, format(problem, offset, tag, detail, messageIndex));
    this.problem = problem;
    this.offset = offset;
    this.tag = tag;
    this.detail = detail == null ? "" : detail;
    this.messageIndex = messageIndex;
  }

  private static String format(
      Problem problem, long offset, int tag, String detail, int messageIndex) {
    StringBuilder sb = new StringBuilder();
    if (messageIndex >= 0) {
      sb.append("message ").append(messageIndex + 1).append(": ");
    }
    sb.append(problem.description());
    if (offset >= 0) {
      sb.append(" at offset ").append(offset);
    }
    if (tag >= 0) {
      sb.append(" (tag ").append(Ttlv.tagName(tag)).append(')');
    }
    if (detail != null && !detail.isEmpty()) {
      sb.append(": ").append(detail);
    }
    return sb.toString();
  }

  public Problem problem() {
    return problem;
  }

  /** Byte offset (binary) or character offset (XML, JSON); -1 when not known. */
  public long offset() {
    return offset;
  }

  /** The tag being decoded, or -1. */
  public int tag() {
    return tag;
  }

  /** What exactly was found, without the problem, offset and tag; may be empty. */
  public String detail() {
    return detail;
  }

  /**
   * The same problem with the offset moved by {@code delta}: for a message decoded from inside a
   * larger input, so that the offset counts from the start of that input.
   */
  public DecodeException shifted(long delta) {
    return new DecodeException(
        problem, offset < 0 ? offset : offset + delta, tag, detail, messageIndex);
  }

  /**
   * The same problem, placed in the message at {@code index} (from 0) of an input that holds
   * several; the text then starts with "message N:" counting from 1.
   */
  public DecodeException inMessage(int index) {
    return new DecodeException(problem, offset, tag, detail, index);
  }

  /** The position (from 0) of the failing message in a multi-message input, or -1. */
  public int messageIndex() {
    return messageIndex;
  }
}
