package dev.arca.bench.load;

import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import java.nio.charset.StandardCharsets;

/**
 * Reads what the load needs from a binary TTLV response (KMIP 1.4 §9.1.1) without decoding all of
 * it: the first batch item's Result Status and Result Reason, and on request the Unique Identifier
 * of its Response Payload. Decoding a whole response into records would cost the client more CPU
 * than the server spends on some requests, on the same two cores; this walk touches only headers.
 *
 * <p>Every item is an 8-byte header (3-byte tag, 1-byte type, 4-byte length) and a value padded to
 * a multiple of 8 bytes; a Structure's value is its items. A response that does not follow that
 * layout is reported as {@link #MALFORMED}, never an exception.
 */
final class ResponseScanner {

  /** Result Status code of a response the scanner could not read. */
  static final int MALFORMED = -1;

  private static final int STRUCTURE = 0x01;
  private static final int ENUMERATION = 0x05;
  private static final int TEXT = 0x07;
  private static final int RESPONSE_MESSAGE = Tag.RESPONSE_MESSAGE.code();
  private static final int BATCH_ITEM = Tag.BATCH_ITEM.code();
  private static final int RESULT_STATUS = Tag.RESULT_STATUS.code();
  private static final int RESULT_REASON = Tag.RESULT_REASON.code();
  private static final int RESPONSE_PAYLOAD = Tag.RESPONSE_PAYLOAD.code();
  private static final int UNIQUE_IDENTIFIER = Tag.UNIQUE_IDENTIFIER.code();

  private ResponseScanner() {}

  /**
   * What one response said.
   *
   * @param status the Result Status code, or {@link #MALFORMED}
   * @param reason the Result Reason code, 0 when there is none
   * @param uniqueIdentifier the payload's first Unique Identifier when asked for and present
   */
  record Outcome(int status, int reason, String uniqueIdentifier) {

    boolean success() {
      return status == ResultStatus.SUCCESS.code();
    }

    /** A short name for an error, e.g. {@code Item Not Found}, as reports count them. */
    String errorName() {
      if (status == MALFORMED) {
        return "malformed response";
      }
      if (reason != 0) {
        return ResultReason.find(reason)
            .map(ResultReason::specName)
            .orElse(String.format("Result Reason 0x%08X", reason));
      }
      return ResultStatus.find(status)
          .map(s -> "status " + s.specName())
          .orElse(String.format("Result Status 0x%08X", status));
    }
  }

  /** Scans {@code length} bytes of {@code buf}, a whole response message. */
  static Outcome scan(byte[] buf, int length, boolean wantIdentifier) {
    if (length < 8 || tag(buf, 0) != RESPONSE_MESSAGE || buf[3] != STRUCTURE) {
      return new Outcome(MALFORMED, 0, null);
    }
    int declared = intAt(buf, 4);
    if (declared < 0 || declared > length - 8) {
      return new Outcome(MALFORMED, 0, null);
    }
    int end = 8 + declared;
    int at = 8;
    while (at + 8 <= end) {
      int tag = tag(buf, at);
      int len = intAt(buf, at + 4);
      if (len < 0 || at + 8 + len > end) {
        break;
      }
      if (tag == BATCH_ITEM && buf[at + 3] == STRUCTURE) {
        return batchItem(buf, at + 8, at + 8 + len, wantIdentifier);
      }
      at += 8 + padded(len);
    }
    return new Outcome(MALFORMED, 0, null);
  }

  private static Outcome batchItem(byte[] buf, int from, int end, boolean wantIdentifier) {
    int status = MALFORMED;
    int reason = 0;
    String id = null;
    int at = from;
    while (at + 8 <= end) {
      int tag = tag(buf, at);
      int type = buf[at + 3];
      int len = intAt(buf, at + 4);
      if (len < 0 || at + 8 + len > end) {
        return new Outcome(MALFORMED, 0, null);
      }
      if (tag == RESULT_STATUS && type == ENUMERATION && len == 4) {
        status = intAt(buf, at + 8);
      } else if (tag == RESULT_REASON && type == ENUMERATION && len == 4) {
        reason = intAt(buf, at + 8);
      } else if (tag == RESPONSE_PAYLOAD && type == STRUCTURE && wantIdentifier) {
        id = identifier(buf, at + 8, at + 8 + len);
      }
      at += 8 + padded(len);
    }
    return new Outcome(status, reason, id);
  }

  private static String identifier(byte[] buf, int from, int end) {
    int at = from;
    while (at + 8 <= end) {
      int len = intAt(buf, at + 4);
      if (len < 0 || at + 8 + len > end) {
        return null;
      }
      if (tag(buf, at) == UNIQUE_IDENTIFIER && buf[at + 3] == TEXT) {
        return new String(buf, at + 8, len, StandardCharsets.UTF_8);
      }
      at += 8 + padded(len);
    }
    return null;
  }

  private static int padded(int length) {
    return (length + 7) & ~7;
  }

  private static int tag(byte[] b, int at) {
    return ((b[at] & 0xFF) << 16) | ((b[at + 1] & 0xFF) << 8) | (b[at + 2] & 0xFF);
  }

  private static int intAt(byte[] b, int at) {
    return ((b[at] & 0xFF) << 24)
        | ((b[at + 1] & 0xFF) << 16)
        | ((b[at + 2] & 0xFF) << 8)
        | (b[at + 3] & 0xFF);
  }
}
