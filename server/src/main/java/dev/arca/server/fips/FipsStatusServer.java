package dev.arca.server.fips;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The FIPS status server: its own HTTPS listener (port 9081 by default) serving the {@link
 * FipsReport} as {@code /status.html} and {@code /status.json}, with no login, so that an auditor
 * or a monitoring system can read the module's state and self-test record even when the node is in
 * its error state and refuses every cryptographic service.
 *
 * <p>TLS is the node's policy (BCJSSE over BC-FIPS: TLS 1.3 and 1.2, approved AEAD suites only),
 * with the configured server certificate ({@code web} by default) and no client certificate. The
 * report holds no secret. Only GET is answered; anything else gets 405, an unknown path 404.
 *
 * <p>It runs on the JDK's own small HTTP server rather than the admin port's web framework: two
 * read-only resources need no routing, sessions or JSON binding.
 */
public final class FipsStatusServer implements AutoCloseable {

  private static final Logger LOG = LoggerFactory.getLogger(FipsStatusServer.class);

  /** The report's facts. */
  public interface Source {
    /** The report now. */
    ObjectNode report();
  }

  private final HttpsServer server;
  private final ExecutorService executor;

  private FipsStatusServer(HttpsServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /**
   * Starts the status server.
   *
   * @param bindAddress the address to listen on
   * @param port the port, 0 for any free one
   * @param tls the server's TLS context (policy applied)
   * @param source the report
   * @throws IOException if the port cannot be bound
   */
  public static FipsStatusServer start(String bindAddress, int port, SSLContext tls, Source source)
      throws IOException {
    Objects.requireNonNull(tls, "tls");
    Objects.requireNonNull(source, "source");
    HttpsServer server =
        HttpsServer.create(new InetSocketAddress(InetAddress.getByName(bindAddress), port), 64);
    server.setHttpsConfigurator(
        new HttpsConfigurator(tls) {
          @Override
          public void configure(HttpsParameters params) {
            SSLParameters p = getSSLContext().getDefaultSSLParameters();
            p.setNeedClientAuth(false);
            p.setWantClientAuth(false);
            params.setSSLParameters(p);
          }
        });
    AtomicInteger threads = new AtomicInteger();
    ExecutorService executor =
        Executors.newFixedThreadPool(
            2,
            r -> {
              Thread t = new Thread(r, "arca-fips-status-" + threads.incrementAndGet());
              t.setDaemon(true);
              return t;
            });
    server.setExecutor(executor);
    server.createContext("/", exchange -> serve(exchange, source));
    server.start();
    LOG.info(
        "FIPS status server on https://{}:{}/status.html",
        bindAddress,
        server.getAddress().getPort());
    return new FipsStatusServer(server, executor);
  }

  private static void serve(HttpExchange exchange, Source source) throws IOException {
    try (exchange) {
      String path = exchange.getRequestURI().getPath();
      if (!exchange.getRequestMethod().equals("GET")) {
        exchange.getResponseHeaders().set("Allow", "GET");
        send(exchange, 405, "text/plain; charset=utf-8", "method not allowed\n");
        return;
      }
      switch (path) {
        case "/":
          exchange.getResponseHeaders().set("Location", "/status.html");
          send(exchange, 302, "text/plain; charset=utf-8", "see /status.html\n");
          return;
        case "/status.html":
          send(exchange, 200, "text/html; charset=utf-8", FipsReport.html(source.report()));
          return;
        case "/status.json":
          send(exchange, 200, "application/json", FipsReport.jsonText(source.report()));
          return;
        default:
          send(exchange, 404, "text/plain; charset=utf-8", "no such page; see /status.html\n");
      }
    } catch (RuntimeException e) {
      LOG.error("FIPS status server: the report could not be made", e);
      throw e;
    }
  }

  private static void send(HttpExchange exchange, int status, String type, String body)
      throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", type);
    exchange.getResponseHeaders().set("Cache-Control", "no-store");
    exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    exchange
        .getResponseHeaders()
        .set("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    exchange.getResponseHeaders().set("Strict-Transport-Security", "max-age=31536000");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** The port bound. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
