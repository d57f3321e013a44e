package dev.arca.server.tls;

import java.time.Duration;
import java.util.List;

/**
 * The TLS versions and cipher suites every TLS endpoint of Arca allows: the KMIP listeners, the
 * admin HTTPS port and the clients of both. This is the one table; nothing else names a suite.
 *
 * <p>Only forward-secret AEAD suites are allowed (NIST SP 800-52 Rev. 2 §3.3.1; the TLS 1.2 subset
 * of RFC 9325 §4.2): no CBC (padding-oracle history, RFC 7457 §2.4), no static RSA key exchange (no
 * forward secrecy, and ROBOT), no DHE_DSS. ChaCha20-Poly1305 is left out because it is not a FIPS
 * 140-3 approved algorithm. AES-256 comes first; the server's order decides.
 */
public final class TlsPolicy {

  /** TLS 1.3 (RFC 8446) and TLS 1.2 (RFC 5246), newest first; nothing older. */
  public static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  /**
   * The allowed cipher suites, in server preference order: TLS 1.3 suites (RFC 8446 §B.4), whose
   * key exchange is always (EC)DHE, then the TLS 1.2 ECDHE suites with AES-GCM (RFC 5289 §3.2) for
   * ECDSA and for RSA server certificates.
   */
  public static final List<String> CIPHER_SUITES =
      List.of(
          "TLS_AES_256_GCM_SHA384",
          "TLS_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");

  /**
   * Sessions a server keeps for resumption. A resumable session costs a few hundred bytes; the
   * bound keeps a flood of fresh handshakes from growing the cache without end.
   */
  public static final int SESSION_CACHE_SIZE = 20_000;

  /** How long a session may be resumed; a resumed session skips the certificate check. */
  public static final Duration SESSION_TIMEOUT = Duration.ofHours(1);

  /**
   * Client certificate chains a server remembers as verified, so that a client that reconnects
   * skips path building and validation ({@code CachingClientTrustManager}). A chain is a few
   * kilobytes at most; the bound caps the memory at about ten megabytes.
   */
  public static final int VERIFIED_CHAIN_CACHE_SIZE = 4_096;

  /**
   * How long a verified client chain is remembered: well within {@link #SESSION_TIMEOUT}, for which
   * a resumed session skips the check entirely.
   */
  public static final Duration VERIFIED_CHAIN_LIFETIME = Duration.ofMinutes(10);

  private TlsPolicy() {}

  /** Whether {@code protocol} (a JSSE name such as {@code TLSv1.2}) is allowed. */
  public static boolean isAllowedProtocol(String protocol) {
    return PROTOCOLS.contains(protocol);
  }

  /** Whether {@code suite} (an IANA name such as {@code TLS_AES_128_GCM_SHA256}) is allowed. */
  public static boolean isAllowedCipherSuite(String suite) {
    return CIPHER_SUITES.contains(suite);
  }
}
