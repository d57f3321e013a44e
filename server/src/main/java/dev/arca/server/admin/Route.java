package dev.arca.server.admin;

import dev.arca.core.admin.AdminPermission;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One route of the admin port: what it answers, who may call it, what it is called in the audit
 * trail, and what the OpenAPI document says of it. The route table ({@link RouteTable}) is the one
 * list of routes: the server registers exactly these, and {@link OpenApi} describes exactly these.
 *
 * @param method GET, POST, PUT, PATCH or DELETE
 * @param path the path template, parameters in braces ({@code /api/v1/users/{name}})
 * @param access who may call it
 * @param area the permission area an administrator needs; empty for any administrator
 * @param action the audit trail's name of the action, e.g. {@code user.create}
 * @param summary one line for the OpenAPI document
 * @param status the HTTP status of success
 * @param request the OpenAPI schema of the JSON body, if the route takes one
 * @param response the OpenAPI schema of the JSON response, if it returns one
 * @param query the query parameters it takes
 * @param errors the error codes it may answer beyond those its access and body imply
 * @param handler what it does
 */
record Route(
    String method,
    String path,
    Access access,
    Optional<AdminPermission> area,
    String action,
    String summary,
    int status,
    Optional<String> request,
    Optional<String> response,
    List<QueryParameter> query,
    List<ErrorCode> errors,
    Handler handler) {

  /** Who may call a route. */
  enum Access {
    /** Anyone: login and health. */
    PUBLIC,
    /** A logged-in administrator, with the route's area if it names one. */
    ADMINISTRATOR,
    /**
     * KMIP over HTTPS: authenticated by the KMIP rules of the default listener (client certificate
     * and the request's credential), not by an administrator session.
     */
    KMIP,
    /** {@code /metrics}: an administrator with the services area, unless metrics are open. */
    METRICS
  }

  /**
   * A query parameter.
   *
   * @param name its name
   * @param type the OpenAPI type: {@code string} or {@code integer}
   * @param description one line
   */
  record QueryParameter(String name, String type, String description) {}

  /** What a route does with a call. */
  @FunctionalInterface
  interface Handler {
    void handle(Call call) throws Exception;
  }

  Route {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(access, "access");
    Objects.requireNonNull(area, "area");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(summary, "summary");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(response, "response");
    query = List.copyOf(query);
    errors = List.copyOf(errors);
    Objects.requireNonNull(handler, "handler");
  }

  /** The path parameters, in order. */
  List<String> pathParameters() {
    List<String> out = new ArrayList<>();
    int i = path.indexOf('{');
    while (i >= 0) {
      int end = path.indexOf('}', i);
      out.add(path.substring(i + 1, end));
      i = path.indexOf('{', end);
    }
    return List.copyOf(out);
  }

  /** Every error code the route may answer. */
  List<ErrorCode> allErrors() {
    LinkedHashSet<ErrorCode> out = new LinkedHashSet<>();
    if (access == Access.ADMINISTRATOR || access == Access.METRICS) {
      out.add(ErrorCode.AUTHENTICATION_REQUIRED);
      if (area.isPresent() || access == Access.METRICS) {
        out.add(ErrorCode.NOT_PERMITTED);
      }
    }
    if (request.isPresent()) {
      out.add(ErrorCode.MALFORMED_JSON);
      out.add(ErrorCode.UNKNOWN_FIELD);
      out.add(ErrorCode.INVALID_FIELD);
      out.add(ErrorCode.MISSING_FIELD);
      out.add(ErrorCode.PAYLOAD_TOO_LARGE);
      out.add(ErrorCode.UNSUPPORTED_MEDIA_TYPE);
    }
    if (!pathParameters().isEmpty()) {
      out.add(ErrorCode.NOT_FOUND);
    }
    out.addAll(errors);
    out.add(ErrorCode.INTERNAL_ERROR);
    return List.copyOf(out);
  }
}
