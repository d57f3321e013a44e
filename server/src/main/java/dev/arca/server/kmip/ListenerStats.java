package dev.arca.server.kmip;

/**
 * A snapshot of one listener's counters, for metrics. All but {@code openConnections} only grow for
 * as long as the listener's name exists, across rebinds.
 *
 * @param openConnections TCP connections open now
 * @param acceptedConnections TCP connections accepted
 * @param refusedConnections connections closed at once because the listener was at its limit
 * @param handshakesSucceeded TLS handshakes completed
 * @param handshakesFailed TLS handshakes that failed (no or untrusted client certificate, no common
 *     protocol or suite, timeout); connections closed before the first TLS byte are not counted
 * @param refusedClients connections closed after the handshake because the client certificate lacks
 *     the source IP, or because the listener now requires a certificate the client did not present
 * @param requests requests answered
 * @param rejectedFrames frames answered as undecodable (not a Request Message, too large, bad
 *     TTLV), each followed by closing the connection
 * @param idleTimeouts connections closed after the idle timeout
 * @param stalls connections closed because a request did not arrive in full within the request read
 *     timeout, or a response was not read within the response write timeout
 * @param busyRejections connections closed because the worker queue was full
 */
public record ListenerStats(
    long openConnections,
    long acceptedConnections,
    long refusedConnections,
    long handshakesSucceeded,
    long handshakesFailed,
    long refusedClients,
    long requests,
    long rejectedFrames,
    long idleTimeouts,
    long stalls,
    long busyRejections) {}
