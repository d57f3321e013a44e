package dev.arca.server.admin;

import java.util.Objects;

/**
 * A request the admin API refuses: an {@link ErrorCode} (which fixes the HTTP status) and a message
 * for people. Messages name fields, resources and rules, never a password, a token or key material.
 */
final class ApiException extends Exception {

  private static final long serialVersionUID = 1L;

  private final ErrorCode code;

  ApiException(ErrorCode code, String message) {
    super(message, null, false, false);
    this.code = Objects.requireNonNull(code, "code");
  }

  ApiException(ErrorCode code, String message, Throwable cause) {
    super(message, cause, false, false);
    this.code = Objects.requireNonNull(code, "code");
  }

  ErrorCode code() {
    return code;
  }
}
