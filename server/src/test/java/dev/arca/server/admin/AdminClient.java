package dev.arca.server.admin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arca.server.testing.NodeFixture;
import dev.arca.server.tls.TlsContexts;
import dev.arca.server.tls.TlsMaterial;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import javax.net.ssl.SSLContext;

/**
 * The admin API over real HTTPS with the JDK's HTTP client, trusting the node's local CA (and
 * presenting a client certificate when given one).
 */
final class AdminClient {

  static final ObjectMapper JSON = new ObjectMapper();

  private final String base;
  private final HttpClient http;
  private volatile String token;

  private AdminClient(String base, SSLContext tls) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .sslContext(tls)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
  }

  /** A client without a client certificate. */
  static AdminClient of(NodeFixture node) {
    return new AdminClient(node.adminUrl(), TlsContexts.client(node.caCertificates()));
  }

  /** A client presenting {@code certificate}. */
  static AdminClient of(NodeFixture node, TlsMaterial certificate) {
    TlsMaterial trusting =
        new TlsMaterial(certificate.privateKey(), certificate.chain(), node.caCertificates());
    return new AdminClient(node.adminUrl(), TlsContexts.client(trusting));
  }

  /** Logs in and keeps the token for the next requests. */
  AdminClient login(String user, String password) {
    Response r =
        post(
            "/api/v1/login",
            JSON.createObjectNode().put("username", user).put("password", password));
    if (r.status() != 200) {
      throw new AssertionError("login as " + user + " failed: " + r);
    }
    token = r.json().get("token").asText();
    return this;
  }

  AdminClient asAdmin() {
    return login(NodeFixture.ADMIN, NodeFixture.ADMIN_PASSWORD);
  }

  String token() {
    return token;
  }

  AdminClient withToken(String value) {
    this.token = value;
    return this;
  }

  Response get(String path) {
    return send("GET", path, Optional.empty(), null);
  }

  Response delete(String path) {
    return send("DELETE", path, Optional.empty(), null);
  }

  Response post(String path, JsonNode body) {
    return send("POST", path, Optional.of(bytes(body)), "application/json");
  }

  Response post(String path) {
    return send("POST", path, Optional.empty(), null);
  }

  Response put(String path, JsonNode body) {
    return send("PUT", path, Optional.of(bytes(body)), "application/json");
  }

  Response patch(String path, JsonNode body) {
    return send("PATCH", path, Optional.of(bytes(body)), "application/json");
  }

  /** Any method, any body, any content type. */
  Response send(String method, String path, Optional<byte[]> body, String contentType) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    if (contentType != null) {
      b.header("Content-Type", contentType);
    }
    b.method(
        method,
        body.map(HttpRequest.BodyPublishers::ofByteArray)
            .orElse(HttpRequest.BodyPublishers.noBody()));
    try {
      HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
      return new Response(r.statusCode(), r.headers(), r.body());
    } catch (IOException e) {
      throw new UncheckedIOException(method + " " + path, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static byte[] bytes(JsonNode body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An answer. */
  record Response(int status, HttpHeaders headers, byte[] body) {

    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }

    JsonNode json() {
      try {
        return JSON.readTree(body);
      } catch (IOException e) {
        throw new AssertionError("not JSON (" + status + "): " + text(), e);
      }
    }

    /** The error code of an error answer. */
    String error() {
      return json().path("error").path("code").asText();
    }

    Optional<String> header(String name) {
      return headers.firstValue(name);
    }

    @Override
    public String toString() {
      return status + " " + text();
    }
  }
}
