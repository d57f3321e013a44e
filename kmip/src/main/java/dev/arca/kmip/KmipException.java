package dev.arca.kmip;

import dev.arca.kmip.enums.ResultReason;
import java.util.Objects;

/**
 * The one error type of the KMIP protocol: a result reason the client sees and a message that
 * explains it.
 *
 * <p>The message is sent to the client, so it never contains key material, passwords or whether an
 * object the caller may not see exists.
 */
public class KmipException extends Exception {

  private static final long serialVersionUID = 1L;

  private final ResultReason reason;

  public KmipException(ResultReason reason, String message) {
    super(message);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public KmipException(ResultReason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = Objects.requireNonNull(reason, "reason");
  }

  public ResultReason reason() {
    return reason;
  }
}
