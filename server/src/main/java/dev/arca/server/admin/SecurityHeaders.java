package dev.arca.server.admin;

import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Puts the security headers on every response of the admin port, before any handler runs, so that
 * errors of every kind carry them too.
 *
 * <ul>
 *   <li>{@code Strict-Transport-Security}: browsers come back over HTTPS only, for a year;
 *   <li>{@code X-Content-Type-Options: nosniff}: a response is what its Content-Type says;
 *   <li>{@code Cache-Control: no-store}: responses hold keys' metadata, sessions and once a client
 *       bundle's private key, none of which a cache may keep;
 *   <li>{@code Content-Security-Policy: default-src 'none'; frame-ancestors 'none'} and {@code
 *       X-Frame-Options: DENY}: an API response loads nothing and is framed nowhere;
 *   <li>{@code Referrer-Policy: no-referrer}.
 * </ul>
 */
final class SecurityHeaders extends Handler.Wrapper {

  @Override
  public boolean handle(Request request, Response response, Callback callback) throws Exception {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put("Strict-Transport-Security", "max-age=31536000");
    headers.put("X-Content-Type-Options", "nosniff");
    headers.put("Cache-Control", "no-store");
    headers.put("Content-Security-Policy", "default-src 'none'; frame-ancestors 'none'");
    headers.put("X-Frame-Options", "DENY");
    headers.put("Referrer-Policy", "no-referrer");
    return super.handle(request, response, callback);
  }
}
