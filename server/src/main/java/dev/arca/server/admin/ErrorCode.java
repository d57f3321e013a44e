package dev.arca.server.admin;

import dev.arca.core.access.UserDirectoryException;
import dev.arca.core.admin.AdminDirectoryException;
import dev.arca.kmip.enums.ResultReason;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The error codes of the admin API and the one table that maps them — and the KMIP result reasons
 * the key service answers with — to HTTP statuses (STYLE rule 6). An error response is always
 *
 * <pre>
 * {"error": {"code": "not_found", "message": "no client user bob"}}
 * </pre>
 *
 * with a stable snake_case code a script may match on and a message for people. Codes are never
 * renamed; new ones may be added.
 */
public enum ErrorCode {
  /** The body is not JSON, or not a JSON object. */
  MALFORMED_JSON(400),
  /** A field has the wrong type or a value outside what is allowed; the message names it. */
  INVALID_FIELD(400),
  /** The body has a field the request does not take; the message names it. */
  UNKNOWN_FIELD(400),
  /** A required field is absent; the message names it. */
  MISSING_FIELD(400),
  /** A query or path parameter is not valid. */
  INVALID_PARAMETER(400),
  /** A user or administrator name breaks the naming rules. */
  INVALID_NAME(400),
  /** A new password breaks the password policy. */
  INVALID_PASSWORD(400),
  /** No valid bearer token: none, unknown, expired or ended by logout. */
  AUTHENTICATION_REQUIRED(401),
  /** Login refused; the same answer whatever the reason (name, password, disabled, locked). */
  AUTHENTICATION_FAILED(401),
  /** The administrator lacks the permission area the resource needs. */
  NOT_PERMITTED(403),
  /** The current password given with one's own password change is not right. */
  WRONG_PASSWORD(403),
  /** The administrator's password is older than the policy allows: only changing it is allowed. */
  PASSWORD_EXPIRED(403),
  /**
   * KMIP over HTTPS: the client certificate is missing, not from the listener's trusted CAs, or
   * lacks the source address the listener requires.
   */
  CLIENT_CERTIFICATE_REFUSED(403),
  /** No such resource, or no such route. */
  NOT_FOUND(404),
  /** The route exists, not with this method. */
  METHOD_NOT_ALLOWED(405),
  /** A resource with that name exists already. */
  ALREADY_EXISTS(409),
  /** The resource changed concurrently, or the request conflicts with its current state. */
  CONFLICT(409),
  /** The change would leave no enabled administrator with the high access area. */
  LAST_HIGH_ACCESS(409),
  /** The key's lifecycle state does not allow the operation (e.g. destroying an active key). */
  WRONG_STATE(409),
  /** Listener settings were valid but could not be applied (e.g. the port is in use). */
  LISTENER_NOT_APPLIED(409),
  /** The body is larger than the route accepts. */
  PAYLOAD_TOO_LARGE(413),
  /** The Content-Type is not one the route accepts. */
  UNSUPPORTED_MEDIA_TYPE(415),
  /** An unexpected failure; the message carries a correlation id that the server log has too. */
  INTERNAL_ERROR(500),
  /** The change could not be made durable, or the node is not ready; try again. */
  UNAVAILABLE(503);

  private final int status;

  ErrorCode(int status) {
    this.status = status;
  }

  /** The HTTP status of this error. */
  public int status() {
    return status;
  }

  /** The stable code, e.g. {@code not_found}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The KMIP result reasons the key service may answer, and the code each becomes. */
  private static final Map<ResultReason, ErrorCode> KMIP = new EnumMap<>(ResultReason.class);

  static {
    for (ResultReason r :
        new ResultReason[] {ResultReason.ITEM_NOT_FOUND, ResultReason.OBJECT_NOT_FOUND}) {
      KMIP.put(r, NOT_FOUND);
    }
    for (ResultReason r :
        new ResultReason[] {
          ResultReason.PERMISSION_DENIED,
          ResultReason.NOT_AUTHORISED,
          ResultReason.SENSITIVE,
          ResultReason.NOT_EXTRACTABLE
        }) {
      KMIP.put(r, NOT_PERMITTED);
    }
    for (ResultReason r :
        new ResultReason[] {
          ResultReason.WRONG_KEY_LIFECYCLE_STATE,
          ResultReason.OBJECT_DESTROYED,
          ResultReason.OBJECT_ARCHIVED,
          ResultReason.KEY_VALUE_NOT_PRESENT,
          ResultReason.USAGE_LIMIT_EXCEEDED
        }) {
      KMIP.put(r, WRONG_STATE);
    }
    KMIP.put(ResultReason.NON_UNIQUE_NAME_ATTRIBUTE, ALREADY_EXISTS);
    KMIP.put(ResultReason.OBJECT_ALREADY_EXISTS, ALREADY_EXISTS);
    KMIP.put(ResultReason.SERVER_LIMIT_EXCEEDED, CONFLICT);
    KMIP.put(ResultReason.CONSTRAINT_VIOLATION, CONFLICT);
    KMIP.put(ResultReason.GENERAL_FAILURE, UNAVAILABLE);
    KMIP.put(ResultReason.INTERNAL_SERVER_ERROR, INTERNAL_ERROR);
    KMIP.put(ResultReason.CRYPTOGRAPHIC_FAILURE, INTERNAL_ERROR);
  }

  /**
   * The code for a KMIP result reason from the key service: the table above, and {@link
   * #INVALID_FIELD} for every other reason, all of which say the request was wrong (an invalid
   * field, attribute, object type, a read-only or single-valued attribute, …).
   */
  public static ErrorCode of(ResultReason reason) {
    return KMIP.getOrDefault(reason, INVALID_FIELD);
  }

  /** The code for a refusal of the client user directory. */
  public static ErrorCode of(UserDirectoryException.Reason reason) {
    switch (reason) {
      case INVALID_NAME:
        return INVALID_NAME;
      case INVALID_PASSWORD:
        return INVALID_PASSWORD;
      case ALREADY_EXISTS:
        return ALREADY_EXISTS;
      case NOT_FOUND:
        return NOT_FOUND;
      case CONFLICT:
        return CONFLICT;
      default:
        return UNAVAILABLE;
    }
  }

  /** The code for a refusal of the administrator directory. */
  public static ErrorCode of(AdminDirectoryException.Reason reason) {
    switch (reason) {
      case INVALID_NAME:
        return INVALID_NAME;
      case INVALID_PASSWORD:
        return INVALID_PASSWORD;
      case ALREADY_EXISTS:
        return ALREADY_EXISTS;
      case NOT_FOUND:
        return NOT_FOUND;
      case NOT_PERMITTED:
        return NOT_PERMITTED;
      case LAST_HIGH_ACCESS:
        return LAST_HIGH_ACCESS;
      case WRONG_PASSWORD:
        return WRONG_PASSWORD;
      case CONFLICT:
        return CONFLICT;
      case WRONG_STATE:
        return WRONG_STATE;
      case INVALID_FIELD:
        return INVALID_FIELD;
      default:
        return UNAVAILABLE;
    }
  }

  /** The code for an HTTP status the web server produced itself (404, 405, 413, …). */
  public static ErrorCode ofStatus(int status) {
    switch (status) {
      case 400:
        return INVALID_PARAMETER;
      case 401:
        return AUTHENTICATION_REQUIRED;
      case 403:
        return NOT_PERMITTED;
      case 404:
        return NOT_FOUND;
      case 405:
        return METHOD_NOT_ALLOWED;
      case 413:
        return PAYLOAD_TOO_LARGE;
      case 415:
        return UNSUPPORTED_MEDIA_TYPE;
      case 503:
        return UNAVAILABLE;
      default:
        return status < 500 ? INVALID_PARAMETER : INTERNAL_ERROR;
    }
  }
}
