package dev.arca.client;

import java.io.IOException;

/**
 * The connection failed after a request that changes state (Create, Re-key, Activate, Revoke,
 * Destroy, …) had been sent, before its response arrived. The server may or may not have carried it
 * out, so the client does not send it again on its own: check the server's state (Locate, Get
 * Attributes) before retrying. Requests that only read are retried instead; see {@link KmipClient}.
 */
public class RequestOutcomeUnknownException extends IOException {

  private static final long serialVersionUID = 1L;

  public RequestOutcomeUnknownException(ServerAddress address, IOException cause) {
    super(
        address
            + ": connection failed after the request was sent ("
            + Connection.describe(cause)
            + "); the server may or may not have carried it out",
        cause);
  }
}
