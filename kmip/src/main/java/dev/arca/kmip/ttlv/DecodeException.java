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

  /**
   * @param offset where the problem was found, or -1 if not known
   * @param tag the tag of the item being decoded, or -1 if not known
   * @param detail what exactly was found; never the content of a byte string
   */
  public DecodeException(Problem problem, long offset, int tag, String detail) {
    super(ResultReason.INVALID_MESSAGE, format(problem, offset, tag, detail));
    this.problem = problem;
    this.offset = offset;
    this.tag = tag;
  }

  private static String format(Problem problem, long offset, int tag, String detail) {
    StringBuilder sb = new StringBuilder(problem.description());
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
}
