package dev.arca.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.net.ssl.SSLSession;
import org.eclipse.jetty.io.EndPoint;

/**
 * One request to the admin port as the API sees it: the route it matched, who made it, what it
 * touched and how it ended — what the audit trail and the metrics record afterwards — and helpers
 * to read its body and write its answer.
 */
final class Call {

  /** The request attribute that holds the call. */
  static final String ATTRIBUTE = "arca.call";

  /** Bytes read and discarded of a body found too large, so the client can read the answer. */
  private static final long DRAIN_LIMIT = 8L << 20;

  final Context ctx;
  final String correlationId;
  final long startNanos = System.nanoTime();
  private Route route;
  private String actor = "-";
  private Sessions.Session session;
  private final List<String> objects = new ArrayList<>();
  private ErrorCode error;
  private String errorMessage;
  private boolean audited;

  /** For a replayed request: its path parameters and body, read from the approval request. */
  private Map<String, String> replayPath;

  private byte[] replayBody;

  Call(Context ctx, String correlationId) {
    this.ctx = ctx;
    this.correlationId = correlationId;
  }

  /**
   * A request that waited for approvals, run now on behalf of {@code requester}: its path
   * parameters and body are those stored with the approval request; the answer goes to {@code ctx},
   * the request that gave the last approval.
   */
  static Call replay(
      Context ctx,
      String correlationId,
      Route route,
      String requester,
      Map<String, String> pathParameters,
      byte[] body) {
    Call call = new Call(ctx, correlationId);
    call.route = route;
    call.actor = requester;
    call.replayPath = Map.copyOf(pathParameters);
    call.replayBody = body.clone();
    return call;
  }

  /** Whether this call replays an approved request. */
  boolean isReplay() {
    return replayPath != null;
  }

  /** The path parameters of the request, by name. */
  Map<String, String> pathParameters() {
    return replayPath != null ? replayPath : Map.copyOf(ctx.pathParamMap());
  }

  /** The call of a request. */
  static Call of(Context ctx) {
    Call call = ctx.attribute(ATTRIBUTE);
    if (call == null) {
      throw new IllegalStateException("no call for this request");
    }
    return call;
  }

  // ---- what the audit trail records
  // --------------------------------------------------------------

  Optional<Route> route() {
    return Optional.ofNullable(route);
  }

  void route(Route matched) {
    this.route = matched;
  }

  String actor() {
    return actor;
  }

  void authenticated(String administrator, Sessions.Session opened) {
    this.actor = administrator;
    this.session = opened;
  }

  Optional<Sessions.Session> session() {
    return Optional.ofNullable(session);
  }

  /** Records an identifier or name the call read or changed. */
  void touched(String object) {
    if (object != null && !objects.contains(object)) {
      objects.add(object.length() > 200 ? object.substring(0, 200) : object);
    }
  }

  List<String> objects() {
    return List.copyOf(objects);
  }

  Optional<ErrorCode> error() {
    return Optional.ofNullable(error);
  }

  Optional<String> errorMessage() {
    return Optional.ofNullable(errorMessage);
  }

  /** Marks the call as audited elsewhere (KMIP over HTTPS: the dispatcher audits each item). */
  void auditedElsewhere() {
    this.audited = true;
  }

  boolean isAuditedElsewhere() {
    return audited;
  }

  // ---- the request ---------------------------------------------------------------------------

  String pathParameter(String name) {
    if (replayPath != null) {
      String v = replayPath.get(name);
      if (v == null) {
        throw new IllegalStateException("the stored request has no path parameter " + name);
      }
      return v;
    }
    return ctx.pathParam(name);
  }

  Optional<String> query(String name) {
    if (replayPath != null) {
      // Requests that change something take their input from the path and the body.
      return Optional.empty();
    }
    String v = ctx.queryParam(name);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /** A whole-number query parameter in {@code [min, max]}. */
  OptionalInt queryNumber(String name, int min, int max) throws ApiException {
    Optional<String> v = query(name);
    if (v.isEmpty()) {
      return OptionalInt.empty();
    }
    try {
      int n = Integer.parseInt(v.get());
      if (n < min || n > max) {
        throw new NumberFormatException();
      }
      return OptionalInt.of(n);
    } catch (NumberFormatException e) {
      throw new ApiException(
          ErrorCode.INVALID_PARAMETER,
          "query parameter '" + name + "' must be a whole number from " + min + " to " + max);
    }
  }

  /** The client's address. */
  InetSocketAddress remote() {
    String ip = ctx.req().getRemoteAddr();
    try {
      return new InetSocketAddress(InetAddress.getByName(ip), ctx.req().getRemotePort());
    } catch (UnknownHostException e) {
      return InetSocketAddress.createUnresolved(ip, ctx.req().getRemotePort());
    }
  }

  String source() {
    return ctx.req().getRemoteAddr();
  }

  /** The TLS session the request came on. */
  Optional<SSLSession> tlsSession() {
    Object data = ctx.req().getAttribute(EndPoint.SslSessionData.ATTRIBUTE);
    if (data instanceof EndPoint.SslSessionData) {
      return Optional.ofNullable(((EndPoint.SslSessionData) data).sslSession());
    }
    return Optional.empty();
  }

  /** The client's verified certificate chain, leaf first; empty when it presented none. */
  List<X509Certificate> peerCertificates() {
    Object data = ctx.req().getAttribute(EndPoint.SslSessionData.ATTRIBUTE);
    if (data instanceof EndPoint.SslSessionData) {
      X509Certificate[] chain = ((EndPoint.SslSessionData) data).peerCertificates();
      if (chain != null) {
        return List.of(chain);
      }
    }
    Object attribute = ctx.req().getAttribute("jakarta.servlet.request.X509Certificate");
    if (attribute instanceof X509Certificate[]) {
      return List.of((X509Certificate[]) attribute);
    }
    return List.of();
  }

  /** The media type of the body, lower case, without parameters; empty when none is given. */
  Optional<String> mediaType() {
    if (replayPath != null) {
      return replayBody.length == 0 ? Optional.empty() : Optional.of("application/json");
    }
    String type = ctx.req().getContentType();
    if (type == null || type.isBlank()) {
      return Optional.empty();
    }
    int semicolon = type.indexOf(';');
    return Optional.of(
        (semicolon < 0 ? type : type.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT));
  }

  /**
   * The body, at most {@code limit} bytes.
   *
   * @throws ApiException PAYLOAD_TOO_LARGE beyond the limit
   */
  byte[] body(int limit) throws ApiException {
    if (replayPath != null) {
      return replayBody.clone();
    }
    long declared = ctx.req().getContentLengthLong();
    if (declared > limit) {
      drain();
      throw tooLarge(limit);
    }
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] buffer = new byte[(int) Math.min(limit + 1L, Math.max(declared, 0) + 1L)];
      int n = 0;
      while (true) {
        if (n == buffer.length) {
          if (n > limit) {
            Arrays.fill(buffer, (byte) 0);
            drain();
            throw tooLarge(limit);
          }
          byte[] bigger = Arrays.copyOf(buffer, (int) Math.min((long) limit + 1, n * 2L + 1024));
          Arrays.fill(buffer, (byte) 0);
          buffer = bigger;
        }
        int r = in.read(buffer, n, buffer.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
      if (n > limit) {
        Arrays.fill(buffer, (byte) 0);
        throw tooLarge(limit);
      }
      byte[] out = Arrays.copyOf(buffer, n);
      Arrays.fill(buffer, (byte) 0);
      return out;
    } catch (IOException e) {
      throw new ApiException(ErrorCode.MALFORMED_JSON, "the request body could not be read");
    }
  }

  /** The JSON body bound to {@code type}; see {@link Json#read}. */
  <T> T json(Class<T> type, int limit) throws ApiException {
    Optional<String> mediaType = mediaType();
    if (mediaType.isEmpty() || !mediaType.get().equals("application/json")) {
      throw new ApiException(
          ErrorCode.UNSUPPORTED_MEDIA_TYPE,
          "send the body as Content-Type: application/json"
              + mediaType.map(t -> ", not " + shorten(t)).orElse(""));
    }
    byte[] body = body(limit);
    try {
      return Json.read(body, type);
    } finally {
      Arrays.fill(body, (byte) 0);
    }
  }

  /** The JSON body bound to {@code type}, or empty when the request has no body at all. */
  <T> Optional<T> optionalJson(Class<T> type, int limit) throws ApiException {
    if (mediaType().isEmpty()) {
      byte[] body = body(limit);
      if (body.length == 0) {
        return Optional.empty();
      }
      Arrays.fill(body, (byte) 0);
    }
    return Optional.of(json(type, limit));
  }

  private void drain() {
    try (InputStream in = ctx.req().getInputStream()) {
      byte[] sink = new byte[16384];
      long total = 0;
      int r;
      while (total < DRAIN_LIMIT && (r = in.read(sink)) >= 0) {
        total += r;
      }
    } catch (IOException e) {
      // The client went away; the answer goes nowhere either.
    }
  }

  private static ApiException tooLarge(int limit) {
    return new ApiException(
        ErrorCode.PAYLOAD_TOO_LARGE, "the body is larger than " + limit + " bytes");
  }

  static String shorten(String text) {
    return text.length() > 80 ? text.substring(0, 80) + "…" : text;
  }

  // ---- the answer ----------------------------------------------------------------------------

  /** Answers a JSON document with the route's success status. */
  void ok(JsonNode body) {
    json(route == null ? 200 : route.status(), body);
  }

  void json(int status, JsonNode body) {
    ctx.status(status).contentType("application/json").result(Json.bytes(body));
  }

  /** Answers 204 No Content. */
  void noContent() {
    ctx.status(204).result(new byte[0]);
  }

  void text(int status, String contentType, String body) {
    ctx.status(status).contentType(contentType).result(body.getBytes(StandardCharsets.UTF_8));
  }

  /** Answers bytes of exactly this media type, without a charset the web server would add. */
  void bytes(int status, String contentType, byte[] body) {
    ctx.res().setCharacterEncoding(null);
    ctx.status(status).contentType(contentType).result(body);
  }

  /** Answers an error and remembers it for the audit trail. */
  void fail(ErrorCode code, String message) {
    failed(code, message);
    json(code.status(), Json.error(code, message));
  }

  /** Remembers an error for the audit trail, for a route that answers it in its own form. */
  void failed(ErrorCode code, String message) {
    this.error = code;
    this.errorMessage = message;
  }
}
