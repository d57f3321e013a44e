package dev.arca.server.admin;

import java.io.IOException;
import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Errors the web server answers before a request reaches the API (a malformed request line, headers
 * too large): the API's JSON error form instead of an HTML page, with the security headers, and
 * never a stack trace.
 */
final class JsonErrorHandler extends ErrorHandler {

  JsonErrorHandler() {
    setShowStacks(false);
    setShowCauses(false);
  }

  @Override
  protected void generateResponse(
      Request request,
      Response response,
      int code,
      String message,
      Throwable cause,
      Callback callback)
      throws IOException {
    ErrorCode error = ErrorCode.ofStatus(code);
    String text =
        message == null || message.isBlank() ? "HTTP " + code : Call.shorten(message.strip());
    byte[] body = Json.bytes(Json.error(error, text));
    response.getHeaders().put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
    response.getHeaders().put("Cache-Control", "no-store");
    response.getHeaders().put("X-Content-Type-Options", "nosniff");
    response.getHeaders().put("Strict-Transport-Security", "max-age=31536000");
    response
        .getHeaders()
        .put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    response.getHeaders().put("Referrer-Policy", "no-referrer");
    response.write(true, ByteBuffer.wrap(body), callback);
  }
}
