package dev.arca.client;

import java.util.Objects;

/**
 * A KMIP server address: a host name or IP address and a TCP port. The host is also the name the
 * server's certificate is checked against (subjectAltName dNSName or iPAddress, RFC 6125), so give
 * the name the certificate carries.
 *
 * @param host a host name, an IPv4 address or an IPv6 address (without brackets)
 * @param port 1 to 65535
 */
public record ServerAddress(String host, int port) {

  /** The IANA port of KMIP over TLS (KMIP 1.4 §12.1 / 2.1 §15.1). */
  public static final int DEFAULT_PORT = 5696;

  public ServerAddress {
    Objects.requireNonNull(host, "host");
    if (host.isBlank()) {
      throw new IllegalArgumentException("server host is empty");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException(
          "server port " + port + " for " + host + " is not between 1 and 65535");
    }
  }

  /**
   * Parses {@code host:port}, {@code host} (port 5696), {@code [v6-address]:port} or {@code
   * [v6-address]}.
   *
   * @throws IllegalArgumentException with a message naming the text when it does not parse
   */
  public static ServerAddress parse(String text) {
    Objects.requireNonNull(text, "text");
    String s = text.strip();
    if (s.isEmpty()) {
      throw new IllegalArgumentException("server address is empty");
    }
    String host;
    String port = null;
    if (s.startsWith("[")) {
      int close = s.indexOf(']');
      if (close < 0) {
        throw new IllegalArgumentException("server address '" + text + "': missing ']'");
      }
      host = s.substring(1, close);
      String rest = s.substring(close + 1);
      if (!rest.isEmpty()) {
        if (!rest.startsWith(":")) {
          throw new IllegalArgumentException(
              "server address '" + text + "': expected ':port' after ']'");
        }
        port = rest.substring(1);
      }
    } else {
      int colon = s.lastIndexOf(':');
      if (colon >= 0 && s.indexOf(':') != colon) {
        throw new IllegalArgumentException(
            "server address '" + text + "': write an IPv6 address in brackets, [addr]:port");
      }
      host = colon < 0 ? s : s.substring(0, colon);
      port = colon < 0 ? null : s.substring(colon + 1);
    }
    int portNumber = DEFAULT_PORT;
    if (port != null) {
      try {
        portNumber = Integer.parseInt(port);
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "server address '" + text + "': port '" + port + "' is not a number");
      }
    }
    try {
      return new ServerAddress(host, portNumber);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("server address '" + text + "': " + e.getMessage());
    }
  }

  @Override
  public String toString() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }
}
