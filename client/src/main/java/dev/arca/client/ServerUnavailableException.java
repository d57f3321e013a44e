package dev.arca.client;

import java.io.IOException;
import java.util.List;
import java.util.StringJoiner;

/**
 * No server address could take the request: every address refused the connection, timed out, or
 * failed the TLS handshake (each failure is a suppressed exception, in the order tried). The
 * request was never processed, so it is safe to send it again later.
 */
public class ServerUnavailableException extends IOException {

  private static final long serialVersionUID = 1L;

  /**
   * @param failures one failure per attempt, in order; each message starts with the address
   */
  public ServerUnavailableException(List<? extends Exception> failures) {
    super(describe(failures));
    for (Exception f : failures) {
      addSuppressed(f);
    }
  }

  private static String describe(List<? extends Exception> failures) {
    StringJoiner out = new StringJoiner("; ", "no KMIP server reachable: ", "");
    for (Exception f : failures) {
      out.add(f.getMessage());
    }
    return out.toString();
  }
}
