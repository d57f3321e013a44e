package dev.arca.server.kmip;

import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;

/**
 * What a listener hands each request to: the dispatcher. Called on a worker thread, never on a
 * network event loop, and may block (a change waits for its commit).
 */
public interface KmipService {

  /** Handles one decoded request message and returns the response message; never throws. */
  Ttlv handle(Ttlv request, ConnectionInfo connection);

  /** The response for a request that could not be decoded (KMIP result reason Invalid Message). */
  Ttlv undecodable(DecodeException problem, ConnectionInfo connection);
}
