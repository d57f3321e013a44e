package dev.arca.cli;

import java.util.Map;

/**
 * The admin API's error codes as the commands report them: one line that names the cause, then the
 * node's own message (which names the field, user or rule), and the exit code a script can test.
 * The codes are the API's stable ones ({@code dev.arca.server.admin.ErrorCode}); an unknown code
 * from a newer node reads as a refusal.
 */
final class AdminErrors {

  /** The server refused, or a setting or file is wrong. */
  static final int EXIT_REFUSED = KmipConnectionOptions.EXIT_FAILURE;

  /** No node answered, or it is not ready: worth retrying later. */
  static final int EXIT_UNREACHABLE = KmipConnectionOptions.EXIT_UNREACHABLE;

  /** Not logged in, the session has ended, or the login was refused. */
  static final int EXIT_NOT_LOGGED_IN = 4;

  /** The change was filed for approval by other administrators and is not applied yet. */
  static final int EXIT_PENDING_APPROVAL = 5;

  /** How one code reads: the cause in words, and the exit code. */
  private record Cause(String words, int exitCode) {}

  private static final Map<String, Cause> CAUSES =
      Map.ofEntries(
          Map.entry("malformed_json", new Cause("invalid request", EXIT_REFUSED)),
          Map.entry("invalid_field", new Cause("invalid value", EXIT_REFUSED)),
          Map.entry("unknown_field", new Cause("invalid request", EXIT_REFUSED)),
          Map.entry("missing_field", new Cause("missing value", EXIT_REFUSED)),
          Map.entry("invalid_parameter", new Cause("invalid value", EXIT_REFUSED)),
          Map.entry("invalid_name", new Cause("invalid name", EXIT_REFUSED)),
          Map.entry("invalid_password", new Cause("password refused by the policy", EXIT_REFUSED)),
          Map.entry("authentication_required", new Cause("not logged in", EXIT_NOT_LOGGED_IN)),
          Map.entry("authentication_failed", new Cause("login refused", EXIT_NOT_LOGGED_IN)),
          Map.entry("not_permitted", new Cause("not permitted", EXIT_REFUSED)),
          Map.entry("wrong_password", new Cause("wrong current password", EXIT_REFUSED)),
          Map.entry(
              "password_expired",
              new Cause("password expired, change it with 'arca admin passwd'", EXIT_REFUSED)),
          Map.entry("pending_approval", new Cause("waiting for approval", EXIT_PENDING_APPROVAL)),
          Map.entry(
              "client_certificate_refused", new Cause("client certificate refused", EXIT_REFUSED)),
          Map.entry("not_found", new Cause("not found", EXIT_REFUSED)),
          Map.entry("method_not_allowed", new Cause("not supported by this node", EXIT_REFUSED)),
          Map.entry("already_exists", new Cause("already exists", EXIT_REFUSED)),
          Map.entry("conflict", new Cause("conflict", EXIT_REFUSED)),
          Map.entry("last_high_access", new Cause("refused", EXIT_REFUSED)),
          Map.entry("wrong_state", new Cause("wrong state", EXIT_REFUSED)),
          Map.entry("listener_not_applied", new Cause("not applied", EXIT_REFUSED)),
          Map.entry("payload_too_large", new Cause("request too large", EXIT_REFUSED)),
          Map.entry("unsupported_media_type", new Cause("invalid request", EXIT_REFUSED)),
          Map.entry("internal_error", new Cause("the node failed", EXIT_REFUSED)),
          Map.entry("unavailable", new Cause("the node is not available", EXIT_UNREACHABLE)),
          Map.entry("malformed_answer", new Cause("unexpected answer", EXIT_REFUSED)));

  private AdminErrors() {}

  /** The exit code for an API error code. */
  static int exitCode(String code) {
    Cause c = CAUSES.get(code);
    return c == null ? EXIT_REFUSED : c.exitCode();
  }

  /** {@code "not found: no client user bob"}. */
  static String describe(String code, String message) {
    Cause c = CAUSES.get(code);
    String words = c == null ? "refused (" + code + ")" : c.words();
    return message == null || message.isBlank() ? words : words + ": " + message;
  }

  /** The one-line failure for an API error. */
  static CliException of(AdminApiClient.ApiError e) {
    return new CliException(describe(e.code(), e.getMessage()), exitCode(e.code()));
  }

  /** The one-line failure for a node that did not answer. */
  static CliException of(AdminApiClient.Unreachable e) {
    return new CliException(e.getMessage(), e.tls() ? EXIT_REFUSED : EXIT_UNREACHABLE);
  }
}
