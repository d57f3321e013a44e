package dev.arca.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The address of a node's admin API as the commands take it: {@code https://HOST[:PORT][/PREFIX]},
 * or {@code HOST[:PORT]} for short. Plain HTTP is refused: the password and the session token would
 * cross the network in clear.
 */
final class AdminUrl {

  /** Where a node on this host listens by default. */
  static final String DEFAULT = "https://localhost:9443";

  private AdminUrl() {}

  /**
   * The address in one spelling — lower-case scheme and host, no trailing slash — so that two
   * spellings of one node compare equal.
   *
   * @throws CliException naming what is wrong with it
   */
  static String normalize(String text) throws CliException {
    String t = text.strip();
    if (t.isEmpty()) {
      throw new CliException("the admin URL is empty; give https://HOST:PORT");
    }
    if (!t.contains("://")) {
      t = "https://" + t;
    }
    URI uri;
    try {
      uri = new URI(t);
    } catch (URISyntaxException e) {
      throw new CliException("'" + text + "' is not a URL; give https://HOST:PORT");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http")) {
      throw new CliException(
          "'"
              + text
              + "': the admin API speaks HTTPS only (passwords and tokens never travel in"
              + " clear); use https://");
    }
    if (!scheme.equals("https")) {
      throw new CliException("'" + text + "' is not an https:// URL");
    }
    if (uri.getHost() == null || uri.getRawUserInfo() != null) {
      throw new CliException("'" + text + "' has no host; give https://HOST:PORT");
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null) {
      throw new CliException("'" + text + "': give the node's address without ? or #");
    }
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return "https://"
        + uri.getHost().toLowerCase(Locale.ROOT)
        + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
        + path;
  }

  /**
   * One path segment, percent-encoded (RFC 3986 §3.3): a user or listener name may hold characters
   * that mean something in a path.
   */
  static String segment(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean unreserved =
          (c >= 'a' && c <= 'z')
              || (c >= 'A' && c <= 'Z')
              || (c >= '0' && c <= '9')
              || c == '-'
              || c == '.'
              || c == '_'
              || c == '~';
      if (unreserved && !(value.equals(".") || value.equals(".."))) {
        out.append((char) c);
      } else {
        out.append('%').append(String.format(Locale.ROOT, "%02X", c));
      }
    }
    return out.toString();
  }
}
