package dev.arca.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.server.tls.TlsContexts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.security.GeneralSecurityException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLException;

/**
 * The admin HTTPS API of one node, through the JDK's {@link HttpClient} over a BCJSSE TLS context
 * (the same FIPS-mode TLS the node and the KMIP client use) that trusts the given CA certificates
 * and checks the server's name against the URL's host.
 *
 * <p>Every call returns the JSON answer or throws {@link ApiError} with the API's stable error
 * code, or {@link Unreachable} when no answer came. Request bodies that hold a password are built
 * from its characters into a buffer that is cleared after sending.
 */
final class AdminApiClient {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** The longest wait for a TCP connection: beyond it the node is not there. */
  private static final Duration MAX_CONNECT = Duration.ofSeconds(10);

  /** A refusal by the API: its HTTP status, stable error code and message for people. */
  static final class ApiError extends Exception {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;

    ApiError(int status, String code, String message) {
      super(message, null, false, false);
      this.status = status;
      this.code = code;
    }

    int status() {
      return status;
    }

    /** The API's code, e.g. {@code not_found}. */
    String code() {
      return code;
    }
  }

  /**
   * No answer from the node: refused, timed out, unknown host, the connection broke — or the TLS
   * handshake failed, which no retry mends: the trust or the URL is wrong.
   */
  static final class Unreachable extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean tls;

    Unreachable(String message) {
      this(message, false);
    }

    Unreachable(String message, boolean tls) {
      super(message, null, false, false);
      this.tls = tls;
    }

    /** Whether the TLS handshake failed (a setting to fix) rather than the network. */
    boolean tls() {
      return tls;
    }
  }

  /** The answer to a login: the session, whose token the caller keeps or forgets. */
  record Login(String token, String administrator, Instant expiresAt, long idleTimeoutSeconds) {
    @Override
    public String toString() {
      return "Login[" + administrator + " until " + expiresAt + "]";
    }
  }

  private final String base;
  private final HttpClient http;
  private final Duration timeout;
  private volatile String token;

  private AdminApiClient(String base, HttpClient http, Duration timeout) {
    this.base = base;
    this.http = http;
    this.timeout = timeout;
  }

  /**
   * A client of the API at {@code base} (normalized, see {@link AdminUrl}) trusting {@code
   * trusted}; no connection is made yet.
   */
  static AdminApiClient of(String base, List<X509Certificate> trusted, Duration timeout)
      throws CliException {
    SSLContext tls;
    try {
      tls = TlsContexts.client(trusted);
    } catch (IllegalStateException e) {
      throw new CliException(KmipConnectionOptions.oneLine(e.getMessage()));
    }
    HttpClient http =
        HttpClient.newBuilder()
            .sslContext(tls)
            .version(HttpClient.Version.HTTP_1_1)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(timeout.compareTo(MAX_CONNECT) < 0 ? timeout : MAX_CONNECT)
            .build();
    return new AdminApiClient(base, http, timeout);
  }

  String base() {
    return base;
  }

  /** Sends {@code Authorization: Bearer token} from now on. */
  AdminApiClient withToken(String bearer) {
    this.token = bearer;
    return this;
  }

  /** Logs in; the token is used for the calls that follow. */
  Login login(String user, char[] password) throws ApiError, Unreachable {
    ObjectNode fields = JSON.createObjectNode().put("username", user);
    JsonNode answer = send("POST", "/api/v1/login", body(fields, Map.of("password", password)));
    String t = answer.path("token").asText("");
    if (t.isEmpty()) {
      throw new ApiError(200, "malformed_answer", "the node answered the login without a token");
    }
    Instant expires;
    try {
      expires = Instant.parse(answer.path("expiresAt").asText(""));
    } catch (DateTimeParseException e) {
      throw new ApiError(200, "malformed_answer", "the node answered the login without an expiry");
    }
    this.token = t;
    return new Login(
        t,
        answer.path("administrator").asText(user),
        expires,
        answer.path("idleTimeoutSeconds").asLong(0));
  }

  /** Ends the session of the token on the node. */
  void logout() throws ApiError, Unreachable {
    send("POST", "/api/v1/logout", Optional.empty());
  }

  JsonNode get(String path) throws ApiError, Unreachable {
    return send("GET", path, Optional.empty());
  }

  JsonNode delete(String path) throws ApiError, Unreachable {
    return send("DELETE", path, Optional.empty());
  }

  JsonNode post(String path, JsonNode body) throws ApiError, Unreachable {
    return send("POST", path, body == null ? Optional.empty() : Optional.of(bytes(body)));
  }

  JsonNode put(String path, JsonNode body) throws ApiError, Unreachable {
    return send("PUT", path, Optional.of(bytes(body)));
  }

  JsonNode patch(String path, JsonNode body) throws ApiError, Unreachable {
    return send("PATCH", path, Optional.of(bytes(body)));
  }

  /** {@code fields} and the password fields {@code secrets}, as a body cleared after sending. */
  JsonNode send(String method, String path, ObjectNode fields, Map<String, char[]> secrets)
      throws ApiError, Unreachable {
    return send(method, path, body(fields, secrets));
  }

  private JsonNode send(String method, String path, Optional<byte[]> body)
      throws ApiError, Unreachable {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path))
            .timeout(timeout)
            .header("Accept", "application/json");
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (body.isPresent()) {
      b.header("Content-Type", "application/json");
    }
    b.method(
        method,
        body.map(HttpRequest.BodyPublishers::ofByteArray)
            .orElse(HttpRequest.BodyPublishers.noBody()));
    HttpResponse<byte[]> response;
    try {
      response = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw unreachable(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new Unreachable("interrupted while waiting for " + base);
    } finally {
      body.ifPresent(bytes -> Arrays.fill(bytes, (byte) 0));
    }
    return answer(response.statusCode(), response.body());
  }

  /** The JSON of a success, or the {@link ApiError} of a failure. */
  static JsonNode answer(int status, byte[] body) throws ApiError {
    JsonNode json;
    try {
      json = body.length == 0 ? MissingNode.getInstance() : JSON.readTree(body);
    } catch (IOException e) {
      json = null;
    }
    if (status >= 200 && status < 300) {
      if (json == null) {
        throw new ApiError(status, "malformed_answer", "the node's answer is not JSON");
      }
      if (status == 202 && json.path("status").asText("").equals("pending")) {
        // Multiple credentials: the change is filed, not applied.
        String id = json.path("id").asText("");
        int missing = json.path("required").asInt(2) - json.path("approvals").size();
        throw new ApiError(
            status,
            "pending_approval",
            "request "
                + id
                + " needs "
                + missing
                + " more approval(s) before it is applied; see 'arca approval show "
                + id
                + "'");
      }
      return json;
    }
    if (json != null && json.path("error").path("code").isTextual()) {
      JsonNode error = json.path("error");
      return fail(status, error.path("code").asText(), error.path("message").asText(""));
    }
    return fail(status, "http_" + status, "the node answered HTTP status " + status);
  }

  private static JsonNode fail(int status, String code, String message) throws ApiError {
    throw new ApiError(status, code, KmipConnectionOptions.oneLine(message));
  }

  /** Names the cause of a failed exchange, as precisely as the exception tells it. */
  private Unreachable unreachable(IOException e) {
    if (e instanceof HttpConnectTimeoutException) {
      return new Unreachable("no connection to " + base + " within " + seconds() + " s");
    }
    if (e instanceof HttpTimeoutException) {
      return new Unreachable("no answer from " + base + " within " + seconds() + " s");
    }
    if (has(e, UnresolvedAddressException.class) || has(e, UnknownHostException.class)) {
      return new Unreachable("cannot reach " + base + ": unknown host");
    }
    if (e instanceof ConnectException || has(e, ConnectException.class)) {
      return new Unreachable("cannot reach " + base + ": connection refused");
    }
    if (tls(e)) {
      return new Unreachable(
          "TLS with "
              + base
              + " failed ("
              + innermost(e)
              + "); the node's certificate must chain to --cacert FILE or ARCA_CACERT (its"
              + " local CA, <data>/pki/ca/local.pem, or a client bundle's ca.pem) and name the"
              + " URL's host",
          true);
    }
    return new Unreachable("connection to " + base + " failed: " + innermost(e));
  }

  private static boolean tls(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SSLException
          || t instanceof CertificateException
          || t instanceof GeneralSecurityException
          || t.getClass().getName().startsWith("org.bouncycastle.tls.")) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static String innermost(Throwable e) {
    String message = null;
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t.getMessage() != null && !t.getMessage().isBlank()) {
        message = t.getMessage();
      }
    }
    return message == null ? e.getClass().getSimpleName() : KmipConnectionOptions.oneLine(message);
  }

  private long seconds() {
    return timeout.getSeconds();
  }

  private static byte[] bytes(JsonNode body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new IllegalStateException("cannot write a request as JSON", e);
    }
  }

  /**
   * A JSON object of {@code fields} and the password fields {@code secrets}, written from the
   * passwords' characters without making strings of them.
   */
  static Optional<byte[]> body(ObjectNode fields, Map<String, char[]> secrets) {
    ClearableBuffer buffer = new ClearableBuffer();
    try (JsonGenerator g = JSON.getFactory().createGenerator(buffer)) {
      g.writeStartObject();
      for (Map.Entry<String, JsonNode> f : fields.properties()) {
        g.writeFieldName(f.getKey());
        JSON.writeTree(g, f.getValue());
      }
      for (Map.Entry<String, char[]> s : secrets.entrySet()) {
        g.writeFieldName(s.getKey());
        g.writeString(s.getValue(), 0, s.getValue().length);
      }
      g.writeEndObject();
    } catch (IOException e) {
      buffer.clear();
      throw new IllegalStateException("cannot write a request as JSON", e);
    }
    byte[] out = buffer.toByteArray();
    buffer.clear();
    return Optional.of(out);
  }

  /** A byte buffer whose content can be overwritten; sized so that a request never regrows it. */
  private static final class ClearableBuffer extends ByteArrayOutputStream {
    ClearableBuffer() {
      super(8192);
    }

    void clear() {
      Arrays.fill(buf, (byte) 0);
      reset();
    }
  }
}
