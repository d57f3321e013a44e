package dev.arca.server.tls;

import dev.arca.core.crypto.CryptoModule;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSessionContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import javax.net.ssl.X509ExtendedTrustManager;
import org.bouncycastle.crypto.fips.FipsUnapprovedOperationError;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;

/**
 * Builds {@link SSLContext}s on BCJSSE in FIPS mode, over the BC-FIPS provider, for every TLS
 * endpoint of Arca: the KMIP listeners, the admin HTTPS port (Jetty takes the context through
 * {@code SslContextFactory.Server#setSslContext}) and the clients of both.
 *
 * <p>A returned context already enforces {@link TlsPolicy}: every engine, socket and server socket
 * it creates, and its default and supported parameters, offer only the allowed protocols and cipher
 * suites, with the server's preference order. Callers may narrow further (a listener's protocol
 * list, client authentication) but never need to repeat the table.
 *
 * <p>Keys live in an in-memory BCFKS key store behind a random one-time password: BC-FIPS in
 * approved-only mode has no PKCS#12, and the key store never touches the disk.
 *
 * <p>Client contexts verify the server's certificate against the host name or IP address the client
 * connects to (subjectAltName dNSName or iPAddress; RFC 6125, as for HTTPS). BCJSSE needs that host
 * from the caller: create sockets with {@code createSocket(host, port)} or layer over a connected
 * TCP socket with {@code createSocket(socket, host, port, true)}, and engines with {@code
 * createSSLEngine(host, port)}. A socket created unconnected and then {@code connect}ed to an
 * {@code InetSocketAddress} has no host, and its handshake fails ("No hostname specified for HTTPS
 * endpoint ID check"). Note too that BCJSSE sockets report TLS failures as {@code
 * org.bouncycastle.tls.TlsFatalAlert} and {@code TlsFatalAlertReceived}, which are {@code
 * IOException}s but not {@code SSLException}s.
 *
 * <p>Session resumption: BCJSSE resumes TLS 1.2 sessions by session ID from the server's session
 * cache (RFC 5246 §7.4.1.2, with the extended master secret of RFC 7627). It issues no session
 * tickets (RFC 5077) and has no TLS 1.3 resumption (RFC 8446 §2.2), so TLS 1.3 connections always
 * make a full handshake. The cache belongs to the context: building a new context for new key
 * material or trust also drops every resumable session.
 *
 * <p>Server contexts also remember the client certificate chains they accepted, for {@link
 * TlsPolicy#VERIFIED_CHAIN_LIFETIME}, so that a full handshake from a known client skips path
 * building and validation ({@link CachingClientTrustManager}).
 */
public final class TlsContexts {

  private static final String KEY_ALIAS = "tls";

  private TlsContexts() {}

  /**
   * The BCJSSE provider in FIPS mode over BC-FIPS, created once. It is not registered with {@link
   * Security}: Arca names it wherever it is used, and other code keeps the JDK's defaults.
   *
   * @throws IllegalStateException when BC-FIPS itself failed to start or is in its error status
   */
  public static Provider provider() {
    return JsseHolder.PROVIDER;
  }

  /**
   * A server context presenting {@code material}'s key and chain and verifying client certificates
   * against its trusted CAs. Whether a client certificate is required is set per engine ({@link
   * SSLEngine#setNeedClientAuth}); a context with no trusted CAs rejects every client certificate.
   *
   * @throws IllegalStateException when the material cannot be used (the message names the
   *     certificate, never the key)
   */
  public static SSLContext server(TlsMaterial material) {
    return build(material, material.trustedCas(), false);
  }

  /**
   * A client context for mutual TLS: presents {@code material}'s key and chain and verifies the
   * server's certificate against its trusted CAs.
   */
  public static SSLContext client(TlsMaterial material) {
    return build(material, material.trustedCas(), true);
  }

  /** A client context without a client certificate, verifying the server against {@code cas}. */
  public static SSLContext client(List<X509Certificate> trustedCas) {
    return build(null, List.copyOf(trustedCas), true);
  }

  /**
   * The policy's parameters: allowed protocols and suites (those of them this BCJSSE supports), in
   * server order, and for clients the HTTPS endpoint identification. A new object on every call.
   */
  static SSLParameters policyParameters(boolean client) {
    SSLParameters parameters =
        new SSLParameters(
            JsseHolder.SUPPORTED_SUITES.toArray(new String[0]),
            TlsPolicy.PROTOCOLS.toArray(new String[0]));
    parameters.setUseCipherSuitesOrder(true);
    if (client) {
      parameters.setEndpointIdentificationAlgorithm("HTTPS");
    }
    return parameters;
  }

  private static SSLContext build(
      TlsMaterial material, List<X509Certificate> trustedCas, boolean client) {
    Provider jsse = provider();
    String subject =
        material == null
            ? "(no certificate)"
            : material.chain().get(0).getSubjectX500Principal().getName();
    try {
      SSLContext context = SSLContext.getInstance("TLS", jsse);
      KeyManager[] keyManagers = material == null ? null : keyManagers(material, jsse);
      TrustManager[] trustManagers = trustManagers(trustedCas, jsse, !client);
      context.init(keyManagers, trustManagers, random());
      SSLSessionContext sessions =
          client ? context.getClientSessionContext() : context.getServerSessionContext();
      sessions.setSessionCacheSize(TlsPolicy.SESSION_CACHE_SIZE);
      sessions.setSessionTimeout((int) TlsPolicy.SESSION_TIMEOUT.toSeconds());
      return PolicySslContext.wrap(context, client);
    } catch (GeneralSecurityException | RuntimeException | FipsUnapprovedOperationError e) {
      // The last is an Error: BC-FIPS in approved-only mode refusing, e.g., a too short key.
      throw new IllegalStateException(
          "cannot build a TLS "
              + (client ? "client" : "server")
              + " context for "
              + subject
              + ": "
              + e.getMessage(),
          e);
    }
  }

  private static KeyManager[] keyManagers(TlsMaterial material, Provider jsse)
      throws GeneralSecurityException {
    char[] password = oneTimePassword();
    try {
      KeyStore store = KeyStore.getInstance("BCFKS", JsseHolder.FIPS);
      load(store);
      store.setKeyEntry(
          KEY_ALIAS,
          material.privateKey(),
          password,
          material.chain().toArray(new X509Certificate[0]));
      // "PKIX" initialised from a KeyStore gives BCJSSE's simple key manager, which takes the
      // entries out once here, not on every handshake (a BCFKS entry costs a PBKDF2 to open).
      KeyManagerFactory factory = KeyManagerFactory.getInstance("PKIX", jsse);
      factory.init(store, password);
      return factory.getKeyManagers();
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static TrustManager[] trustManagers(
      List<X509Certificate> cas, Provider jsse, boolean rememberClients)
      throws GeneralSecurityException {
    if (cas.isEmpty()) {
      // PKIX refuses an empty set of trust anchors; a listener without a trusted-CA profile
      // still needs a context, which then accepts no client certificate at all.
      return new TrustManager[] {new NoTrustManager()};
    }
    KeyStore store = KeyStore.getInstance("BCFKS", JsseHolder.FIPS);
    load(store);
    for (int i = 0; i < cas.size(); i++) {
      store.setCertificateEntry("ca-" + i, cas.get(i));
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX", jsse);
    factory.init(store);
    TrustManager[] managers = factory.getTrustManagers();
    if (rememberClients) {
      for (int i = 0; i < managers.length; i++) {
        if (managers[i] instanceof X509ExtendedTrustManager) {
          managers[i] =
              new CachingClientTrustManager(
                  (X509ExtendedTrustManager) managers[i],
                  TlsPolicy.VERIFIED_CHAIN_CACHE_SIZE,
                  TlsPolicy.VERIFIED_CHAIN_LIFETIME.toNanos());
        }
      }
    }
    return managers;
  }

  private static void load(KeyStore store) throws GeneralSecurityException {
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot create an empty key store", e);
    }
  }

  /** 192 bits from the module's DRBG; BC-FIPS requires at least 112 bits for PBKDF2 passwords. */
  private static char[] oneTimePassword() {
    byte[] bytes = new byte[24];
    random().nextBytes(bytes);
    char[] password = Base64.getEncoder().encodeToString(bytes).toCharArray();
    Arrays.fill(bytes, (byte) 0);
    return password;
  }

  private static SecureRandom random() {
    return CryptoModule.instance().secureRandom();
  }

  /** Loaded on first use, after the cryptographic module has registered BC-FIPS. */
  private static final class JsseHolder {
    /**
     * BCJSSE logs through java.util.logging, at INFO for every connection and with stack traces for
     * every refused handshake. That belongs in no production log (the listener logs failures at
     * DEBUG itself), so unless the JUL configuration already set a level, only warnings pass. The
     * logger is held here because JUL keeps loggers only weakly.
     */
    static final java.util.logging.Logger JSSE_LOG = quietJsseLogging();

    /**
     * At every start BCJSSE warns that it cannot parse two entries of the JDK's default {@code
     * jdk.certpath.disabledAlgorithms} (SHA-1 rules for jar signing and JDK CAs, which do not
     * concern TLS here); only errors from that class pass.
     */
    static final java.util.logging.Logger CONSTRAINTS_LOG =
        quietLogger(
            "org.bouncycastle.jsse.provider.DisabledAlgorithmConstraints",
            java.util.logging.Level.SEVERE);

    static final Provider FIPS = fipsProvider();
    static final Provider PROVIDER = new BouncyCastleJsseProvider(true, FIPS);
    static final List<String> SUPPORTED_SUITES = supportedSuites();

    private static java.util.logging.Logger quietJsseLogging() {
      return quietLogger("org.bouncycastle.jsse", java.util.logging.Level.WARNING);
    }

    private static java.util.logging.Logger quietLogger(
        String name, java.util.logging.Level level) {
      java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
      if (logger.getLevel() == null) {
        logger.setLevel(level);
      }
      return logger;
    }

    private static Provider fipsProvider() {
      CryptoModule module = CryptoModule.instance();
      // TLS runs inside BC-FIPS on its own power-up tests; Arca's self-tests guard key services,
      // and their failure leaves TLS up so that the status server and the admin API can answer.
      if (!module.isModuleReady()) {
        throw new IllegalStateException(
            "TLS unavailable: "
                + module.errorState().orElse("cryptographic module not operational"));
      }
      Provider provider = Security.getProvider(module.moduleName());
      if (provider == null) {
        throw new IllegalStateException(
            "TLS unavailable: provider " + module.moduleName() + " not registered");
      }
      return provider;
    }

    private static List<String> supportedSuites() {
      try {
        SSLContext probe = SSLContext.getInstance("TLS", PROVIDER);
        probe.init(null, new TrustManager[] {new NoTrustManager()}, random());
        List<String> supported = Arrays.asList(probe.getSupportedSSLParameters().getCipherSuites());
        List<String> allowed = new ArrayList<>();
        for (String suite : TlsPolicy.CIPHER_SUITES) {
          if (supported.contains(suite)) {
            allowed.add(suite);
          }
        }
        if (allowed.isEmpty()) {
          throw new IllegalStateException(
              "TLS unavailable: BCJSSE supports none of the allowed cipher suites "
                  + TlsPolicy.CIPHER_SUITES);
        }
        return List.copyOf(allowed);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("TLS unavailable: " + e.getMessage(), e);
      }
    }
  }
}
