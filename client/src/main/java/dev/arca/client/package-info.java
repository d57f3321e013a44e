/**
 * The Java KMIP client SDK: {@link dev.arca.client.KmipClient} speaks KMIP 1.0–2.1 over mutual TLS
 * (BC-FIPS), with a connection pool and failover between the nodes of a cluster.
 *
 * <p>The public surface: {@link dev.arca.client.KmipClient} and its builder; the credentials
 * ({@link dev.arca.client.ClientCredentials}); values to build requests with ({@link
 * dev.arca.client.KeyAttributes}, {@link dev.arca.client.KeyQuery}, {@link
 * dev.arca.client.ArcaAttributes}) and results ({@link dev.arca.client.RetrievedObject}, {@link
 * dev.arca.client.Encrypted}, {@link dev.arca.client.KeyPairIds}); the failures ({@link
 * dev.arca.client.KmipClientException}, {@link dev.arca.client.ServerUnavailableException}, {@link
 * dev.arca.client.RequestOutcomeUnknownException}). Connections, the pool, the retry rule and the
 * version conversions are package-private.
 */
package dev.arca.client;
