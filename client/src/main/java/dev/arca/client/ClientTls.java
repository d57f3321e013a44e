package dev.arca.client;

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
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.crypto.fips.FipsUnapprovedOperationError;
import org.bouncycastle.jcajce.provider.BouncyCastleFipsProvider;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;
import org.bouncycastle.tls.AlertDescription;
import org.bouncycastle.tls.TlsFatalAlertReceived;

/**
 * The client's TLS: BCJSSE in FIPS mode over the BC-FIPS provider, offering only the protocols and
 * cipher suites Arca's servers allow.
 *
 * <p>The policy is the server's ({@code dev.arca.server.tls.TlsPolicy}, which this module may not
 * depend on): TLS 1.3 and 1.2 only; forward-secret AEAD suites only (NIST SP 800-52 Rev. 2 §3.3.1),
 * no CBC, no static RSA key exchange, no ChaCha20-Poly1305 (not FIPS approved). Keep the two tables
 * the same.
 *
 * <p>BCJSSE checks the server's certificate against the host the client connects to, so sockets are
 * layered over a connected TCP socket with the host named ({@code createSocket(socket, host, port,
 * true)}); a socket connected without a host fails its handshake. Its failures are plain {@code
 * IOException}s ({@code TlsFatalAlert}, {@code TlsFatalAlertReceived}), not {@code SSLException}s.
 */
final class ClientTls {

  /** TLS 1.3 (RFC 8446) and TLS 1.2 (RFC 5246), newest first. */
  static final List<String> PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  /** The server's table, in the same order. */
  static final List<String> CIPHER_SUITES =
      List.of(
          "TLS_AES_256_GCM_SHA384",
          "TLS_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");

  private static final String FIPS_PROVIDER = "BCFIPS";

  private ClientTls() {}

  /**
   * The BC-FIPS provider, registered once per JVM. If another part of the process registered it
   * first (a node in the same JVM, the CLI), that instance is used: a second instance would run the
   * module's power-up self-tests again.
   */
  static Provider fips() {
    return Holder.FIPS;
  }

  /** A client context presenting {@code credentials} (if any) and trusting {@code trusted}. */
  static SSLContext context(ClientCredentials credentials, List<X509Certificate> trusted)
      throws IOException {
    if (trusted.isEmpty()) {
      throw new IllegalArgumentException(
          "trusted CA certificates are required to verify the server");
    }
    try {
      Provider jsse = Holder.JSSE;
      SSLContext context = SSLContext.getInstance("TLS", jsse);
      KeyManager[] keyManagers = credentials == null ? null : keyManagers(credentials, jsse);
      context.init(keyManagers, trustManagers(trusted, jsse), random());
      return context;
    } catch (GeneralSecurityException | RuntimeException | FipsUnapprovedOperationError e) {
      // The last is an Error: BC-FIPS in approved-only mode refusing, e.g., a too short key.
      throw new IOException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  /** Restricts a new socket to the policy and turns on the server name check. */
  static void configure(SSLSocket socket) {
    SSLParameters parameters = socket.getSSLParameters();
    List<String> supported = Arrays.asList(socket.getSupportedCipherSuites());
    List<String> suites = new ArrayList<>();
    for (String suite : CIPHER_SUITES) {
      if (supported.contains(suite)) {
        suites.add(suite);
      }
    }
    parameters.setCipherSuites(suites.toArray(new String[0]));
    parameters.setProtocols(PROTOCOLS.toArray(new String[0]));
    parameters.setEndpointIdentificationAlgorithm("HTTPS");
    socket.setSSLParameters(parameters);
  }

  /**
   * Whether {@code e}, met on the first exchange of a new connection, is the server refusing the
   * handshake. In TLS 1.3 the client finishes its side of the handshake before the server has
   * checked the client certificate (RFC 8446 §4.4.2), so a refused certificate shows as an alert on
   * the first read. The server then never read the request.
   */
  static boolean isHandshakeRefusal(Throwable e) {
    if (!(e instanceof TlsFatalAlertReceived)) {
      return false;
    }
    short alert = ((TlsFatalAlertReceived) e).getAlertDescription();
    return alert == AlertDescription.bad_certificate
        || alert == AlertDescription.unsupported_certificate
        || alert == AlertDescription.certificate_revoked
        || alert == AlertDescription.certificate_expired
        || alert == AlertDescription.certificate_unknown
        || alert == AlertDescription.unknown_ca
        || alert == AlertDescription.access_denied
        || alert == AlertDescription.handshake_failure
        || alert == AlertDescription.certificate_required;
  }

  private static KeyManager[] keyManagers(ClientCredentials credentials, Provider jsse)
      throws GeneralSecurityException {
    char[] password = oneTimePassword();
    try {
      KeyStore store = emptyStore();
      store.setKeyEntry(
          "client",
          credentials.privateKey(),
          password,
          credentials.certificateChain().toArray(new X509Certificate[0]));
      // "PKIX" from a KeyStore gives BCJSSE's simple key manager, which reads the entry once
      // here rather than on every handshake (opening a BCFKS entry costs a PBKDF2).
      KeyManagerFactory factory = KeyManagerFactory.getInstance("PKIX", jsse);
      factory.init(store, password);
      return factory.getKeyManagers();
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  private static TrustManager[] trustManagers(List<X509Certificate> cas, Provider jsse)
      throws GeneralSecurityException {
    KeyStore store = emptyStore();
    for (int i = 0; i < cas.size(); i++) {
      store.setCertificateEntry("ca-" + i, cas.get(i));
    }
    TrustManagerFactory factory = TrustManagerFactory.getInstance("PKIX", jsse);
    factory.init(store);
    return factory.getTrustManagers();
  }

  /**
   * An in-memory BCFKS store: in approved-only mode BC-FIPS has no PKCS#12, and this store never
   * touches the disk.
   */
  private static KeyStore emptyStore() throws GeneralSecurityException {
    KeyStore store = KeyStore.getInstance("BCFKS", fips());
    try {
      store.load(null, null);
    } catch (IOException e) {
      throw new GeneralSecurityException("cannot create an empty key store", e);
    }
    return store;
  }

  /** 192 bits: BC-FIPS wants at least 112 bits of password for PBKDF2. */
  private static char[] oneTimePassword() {
    byte[] bytes = new byte[24];
    random().nextBytes(bytes);
    char[] password = Base64.getEncoder().encodeToString(bytes).toCharArray();
    Arrays.fill(bytes, (byte) 0);
    return password;
  }

  static SecureRandom random() {
    return Holder.RANDOM;
  }

  /** Loaded on first use: BC-FIPS start-up runs the module's self-tests (about a second). */
  private static final class Holder {
    /**
     * BCJSSE logs every connection at INFO through java.util.logging, and every refused handshake
     * with a stack trace; unless the JUL configuration chose a level, only warnings pass. Held here
     * because JUL keeps loggers only weakly.
     */
    static final java.util.logging.Logger JSSE_LOG =
        quiet("org.bouncycastle.jsse", java.util.logging.Level.WARNING);

    /**
     * At start BCJSSE warns that it cannot parse two entries of the JDK's {@code
     * jdk.certpath.disabledAlgorithms} (SHA-1 rules for jar signing, not TLS); only errors pass, so
     * that a command's output stays clean.
     */
    static final java.util.logging.Logger CONSTRAINTS_LOG =
        quiet(
            "org.bouncycastle.jsse.provider.DisabledAlgorithmConstraints",
            java.util.logging.Level.SEVERE);

    static final Provider FIPS = loadFips();
    static final Provider JSSE = new BouncyCastleJsseProvider(true, FIPS);
    static final SecureRandom RANDOM = newRandom();

    private static java.util.logging.Logger quiet(String name, java.util.logging.Level level) {
      java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
      if (logger.getLevel() == null) {
        logger.setLevel(level);
      }
      return logger;
    }

    private static Provider loadFips() {
      synchronized (Security.class) {
        Provider existing = Security.getProvider(FIPS_PROVIDER);
        if (existing != null) {
          return existing;
        }
        Provider provider = new BouncyCastleFipsProvider();
        // Appended, not first: the JVM's defaults for other code stay as they were.
        Security.addProvider(provider);
        return provider;
      }
    }

    private static SecureRandom newRandom() {
      try {
        return SecureRandom.getInstance("DEFAULT", FIPS);
      } catch (GeneralSecurityException e) {
        throw new IllegalStateException("BC-FIPS has no DEFAULT random generator", e);
      }
    }
  }
}
