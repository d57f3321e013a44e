package dev.arca.bench.load;

import java.io.IOException;
import java.io.Reader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.Provider;
import java.security.SecureRandom;
import java.security.Security;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javax.net.ssl.KeyManager;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSession;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManager;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.crypto.fips.FipsUnapprovedOperationError;
import org.bouncycastle.jcajce.provider.BouncyCastleFipsProvider;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * The load generator's mutual TLS: BCJSSE over BC-FIPS, like Arca's own client, offering the
 * forward-secret AEAD suites of Arca's policy (NIST SP 800-52 Rev. 2 §3.3.1) and the protocols the
 * load asks for, and checking the server's certificate against the host it connects to.
 *
 * <p>With {@code resume} on, one context serves every connection of a load, so its client session
 * cache lets TLS 1.2 connections resume by session ID (RFC 5246 §7.4.1.2). With it off, each
 * connection gets a context of its own (the key and trust managers are shared), so that no
 * handshake can offer a session another connection has just cached: every handshake is a full one.
 * BCJSSE offers no TLS 1.3 resumption: TLS 1.3 handshakes are always full.
 */
final class BenchTls {

  /** Arca's policy table ({@code dev.arca.server.tls.TlsPolicy}), in the same order. */
  static final List<String> CIPHER_SUITES =
      List.of(
          "TLS_AES_256_GCM_SHA384",
          "TLS_AES_128_GCM_SHA256",
          "TLS_ECDHE_ECDSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_ECDSA_WITH_AES_128_GCM_SHA256",
          "TLS_ECDHE_RSA_WITH_AES_256_GCM_SHA384",
          "TLS_ECDHE_RSA_WITH_AES_128_GCM_SHA256");

  private final Provider jsse;
  private final KeyManager[] keyManagers;
  private final TrustManager[] trustManagers;
  private final SecureRandom random;
  private final SSLContext context;
  private final String[] protocols;
  private final String[] suites;
  private final boolean resume;

  private BenchTls(
      Provider jsse,
      KeyManager[] keyManagers,
      TrustManager[] trustManagers,
      SecureRandom random,
      List<String> protocols,
      boolean resume)
      throws GeneralSecurityException {
    this.jsse = jsse;
    this.keyManagers = keyManagers;
    this.trustManagers = trustManagers;
    this.random = random;
    this.context = newContext();
    this.protocols = protocols.toArray(new String[0]);
    this.resume = resume;
    List<String> supported = Arrays.asList(context.getSupportedSSLParameters().getCipherSuites());
    List<String> offered = new ArrayList<>();
    for (String s : CIPHER_SUITES) {
      if (supported.contains(s)) {
        offered.add(s);
      }
    }
    this.suites = offered.toArray(new String[0]);
  }

  /**
   * A context presenting the PEM certificate and key and trusting the PEM CA certificates.
   *
   * @throws IOException naming the file that cannot be read
   */
  static BenchTls create(
      Path certificate, Path privateKey, List<Path> trusted, List<String> protocols, boolean resume)
      throws IOException {
    Provider fips = Fips.PROVIDER;
    List<X509Certificate> chain = certificates(certificate);
    if (chain.isEmpty()) {
      throw new IOException(certificate + ": no certificate");
    }
    PrivateKey key = privateKey(privateKey);
    List<X509Certificate> cas = new ArrayList<>();
    for (Path p : trusted) {
      cas.addAll(certificates(p));
    }
    if (cas.isEmpty()) {
      throw new IOException("no trusted CA certificate to verify the server with");
    }
    try {
      Provider jsse = new BouncyCastleJsseProvider(true, fips);
      char[] password = "bench-only-in-memory".toCharArray();
      KeyStore keys = KeyStore.getInstance("BCFKS", fips);
      keys.load(null, null);
      keys.setKeyEntry("client", key, password, chain.toArray(new X509Certificate[0]));
      KeyManagerFactory kmf = KeyManagerFactory.getInstance("PKIX", jsse);
      kmf.init(keys, password);
      KeyStore trust = KeyStore.getInstance("BCFKS", fips);
      trust.load(null, null);
      for (int i = 0; i < cas.size(); i++) {
        trust.setCertificateEntry("ca-" + i, cas.get(i));
      }
      TrustManagerFactory tmf = TrustManagerFactory.getInstance("PKIX", jsse);
      tmf.init(trust);
      return new BenchTls(
          jsse,
          kmf.getKeyManagers(),
          tmf.getTrustManagers(),
          SecureRandom.getInstance("DEFAULT", fips),
          protocols,
          resume);
    } catch (GeneralSecurityException | RuntimeException | FipsUnapprovedOperationError e) {
      throw new IOException("cannot set up TLS: " + e.getMessage(), e);
    }
  }

  private SSLContext newContext() throws GeneralSecurityException {
    SSLContext c = SSLContext.getInstance("TLS", jsse);
    c.init(keyManagers, trustManagers, random);
    return c;
  }

  /** A new connection, its handshake done, reads bounded by {@code readTimeout}. */
  Handshake connect(String host, int port, Duration connectTimeout, Duration readTimeout)
      throws IOException {
    Socket tcp = new Socket();
    long start = System.currentTimeMillis();
    try {
      tcp.setTcpNoDelay(true);
      tcp.connect(new InetSocketAddress(host, port), millis(connectTimeout));
      tcp.setSoTimeout(millis(connectTimeout));
      SSLContext c;
      try {
        c = resume ? context : newContext();
      } catch (GeneralSecurityException e) {
        throw new IOException("cannot set up TLS: " + e.getMessage(), e);
      }
      SSLSocket tls = (SSLSocket) c.getSocketFactory().createSocket(tcp, host, port, true);
      SSLParameters p = tls.getSSLParameters();
      p.setProtocols(protocols);
      p.setCipherSuites(suites);
      p.setEndpointIdentificationAlgorithm("HTTPS");
      tls.setSSLParameters(p);
      tls.startHandshake();
      tls.setSoTimeout(millis(readTimeout));
      SSLSession session = tls.getSession();
      // A resumed session was made by an earlier handshake.
      boolean resumed = session.getCreationTime() < start;
      String protocol = session.getProtocol();
      String suite = session.getCipherSuite();
      if (!resume) {
        session.invalidate();
      }
      return new Handshake(tls, protocol, suite, resumed);
    } catch (IOException | RuntimeException e) {
      try {
        tcp.close();
      } catch (IOException ignored) {
        // Already failing.
      }
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      throw new IOException(host + ":" + port + ": " + m, e);
    }
  }

  /** A connected TLS socket and what its handshake negotiated. */
  record Handshake(SSLSocket socket, String protocol, String cipherSuite, boolean resumed) {}

  private static int millis(Duration d) {
    return (int) Math.min(Integer.MAX_VALUE, Math.max(1, d.toMillis()));
  }

  private static List<X509Certificate> certificates(Path pem) throws IOException {
    List<X509Certificate> out = new ArrayList<>();
    try (Reader r = Files.newBufferedReader(pem);
        PEMParser p = new PEMParser(r)) {
      JcaX509CertificateConverter converter =
          new JcaX509CertificateConverter().setProvider(Fips.PROVIDER);
      for (Object o = p.readObject(); o != null; o = p.readObject()) {
        if (o instanceof X509CertificateHolder) {
          out.add(converter.getCertificate((X509CertificateHolder) o));
        }
      }
    } catch (CertificateException | RuntimeException e) {
      throw new IOException(pem + ": not a PEM certificate file: " + e.getMessage(), e);
    }
    return out;
  }

  private static PrivateKey privateKey(Path pem) throws IOException {
    try (Reader r = Files.newBufferedReader(pem);
        PEMParser p = new PEMParser(r)) {
      Object o = p.readObject();
      JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(Fips.PROVIDER);
      if (o instanceof PrivateKeyInfo) {
        return converter.getPrivateKey((PrivateKeyInfo) o);
      }
      if (o instanceof PEMKeyPair) {
        return converter.getKeyPair((PEMKeyPair) o).getPrivate();
      }
      throw new IOException(pem + ": not an unencrypted PEM private key");
    } catch (RuntimeException e) {
      throw new IOException(pem + ": not a PEM private key: " + e.getMessage(), e);
    }
  }

  /** BC-FIPS, registered once per JVM, or the instance another part of the process registered. */
  private static final class Fips {
    /**
     * BCJSSE logs every connection at INFO through java.util.logging; a handshake load would spend
     * more on logging than on TLS. Unless the JUL configuration chose a level, only warnings pass.
     * Held here because JUL keeps loggers only weakly.
     */
    static final java.util.logging.Logger JSSE_LOG =
        quiet("org.bouncycastle.jsse", java.util.logging.Level.WARNING);

    /**
     * At start BCJSSE warns that it cannot parse two entries of the JDK's {@code
     * jdk.certpath.disabledAlgorithms} (SHA-1 rules for jar signing, not TLS); only errors pass.
     */
    static final java.util.logging.Logger CONSTRAINTS_LOG =
        quiet(
            "org.bouncycastle.jsse.provider.DisabledAlgorithmConstraints",
            java.util.logging.Level.SEVERE);

    static final Provider PROVIDER = load();

    private static java.util.logging.Logger quiet(String name, java.util.logging.Level level) {
      java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
      if (logger.getLevel() == null) {
        logger.setLevel(level);
      }
      return logger;
    }

    private static Provider load() {
      synchronized (Security.class) {
        Provider existing = Security.getProvider("BCFIPS");
        if (existing != null) {
          return existing;
        }
        Provider p = new BouncyCastleFipsProvider();
        Security.addProvider(p);
        return p;
      }
    }
  }
}
