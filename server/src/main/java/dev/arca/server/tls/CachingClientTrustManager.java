package dev.arca.server.tls;

import java.net.Socket;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLEngine;
import javax.net.ssl.X509ExtendedTrustManager;

/**
 * A server's trust manager that remembers client certificate chains it has accepted, so that a
 * client opening connection after connection does not pay for building and validating its path
 * again. BCJSSE's PKIX trust manager builds the path (verifying the leaf's signature to find the
 * trust anchor) and then validates it (verifying the signature again): with ECDSA P-256 that was
 * about a fifth of the server's CPU for a full TLS 1.3 handshake.
 *
 * <p>The shortcut is taken only for a chain whose every certificate is byte for byte one that the
 * full check accepted, with the same authentication type, less than {@link
 * TlsPolicy#VERIFIED_CHAIN_LIFETIME} ago, and while every certificate of it is within its validity
 * period now. Everything else, refusals included, goes to the full check; refusals are never
 * remembered. The cache belongs to one context: new trusted CAs build a new context and so start an
 * empty cache. When revocation checking is turned on for the JVM ({@code
 * com.sun.net.ssl.checkRevocation}), nothing is remembered, so that every handshake consults the
 * revocation sources.
 *
 * <p>This is the same trade TLS session resumption makes ({@link TlsPolicy#SESSION_TIMEOUT}): a
 * resumed session skips the certificate check altogether, for longer.
 */
final class CachingClientTrustManager extends X509ExtendedTrustManager {

  private final X509ExtendedTrustManager delegate;
  private final int capacity;
  private final long lifetimeNanos;
  private final boolean enabled;
  private final Map<ChainKey, Long> verified;

  CachingClientTrustManager(X509ExtendedTrustManager delegate, int capacity, long lifetimeNanos) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.capacity = capacity;
    this.lifetimeNanos = lifetimeNanos;
    this.enabled =
        capacity > 0
            && lifetimeNanos > 0
            && !Boolean.parseBoolean(System.getProperty("com.sun.net.ssl.checkRevocation"));
    this.verified =
        new LinkedHashMap<>(16, 0.75f, true) {
          private static final long serialVersionUID = 1L;

          @Override
          protected boolean removeEldestEntry(Map.Entry<ChainKey, Long> eldest) {
            return size() > CachingClientTrustManager.this.capacity;
          }
        };
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    ChainKey key = remembered(chain, authType);
    if (key == null) {
      return;
    }
    delegate.checkClientTrusted(chain, authType, engine);
    remember(key);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    ChainKey key = remembered(chain, authType);
    if (key == null) {
      return;
    }
    delegate.checkClientTrusted(chain, authType, socket);
    remember(key);
  }

  @Override
  public void checkClientTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    ChainKey key = remembered(chain, authType);
    if (key == null) {
      return;
    }
    delegate.checkClientTrusted(chain, authType);
    remember(key);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, SSLEngine engine)
      throws CertificateException {
    delegate.checkServerTrusted(chain, authType, engine);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType, Socket socket)
      throws CertificateException {
    delegate.checkServerTrusted(chain, authType, socket);
  }

  @Override
  public void checkServerTrusted(X509Certificate[] chain, String authType)
      throws CertificateException {
    delegate.checkServerTrusted(chain, authType);
  }

  @Override
  public X509Certificate[] getAcceptedIssuers() {
    return delegate.getAcceptedIssuers();
  }

  /** How many chains are remembered now. */
  synchronized int size() {
    return verified.size();
  }

  /**
   * Null when the chain was accepted recently and is valid now; otherwise the key under which to
   * remember it once the full check accepts it (or a key that is never stored, when disabled).
   */
  private ChainKey remembered(X509Certificate[] chain, String authType)
      throws CertificateException {
    if (!enabled || chain == null || chain.length == 0) {
      return ChainKey.NONE;
    }
    ChainKey key = ChainKey.of(chain, authType);
    Long at;
    synchronized (this) {
      at = verified.get(key);
    }
    if (at == null) {
      return key;
    }
    if (System.nanoTime() - at > lifetimeNanos || !currentlyValid(chain)) {
      synchronized (this) {
        verified.remove(key);
      }
      return key;
    }
    return null;
  }

  private void remember(ChainKey key) {
    if (key != ChainKey.NONE) {
      synchronized (this) {
        verified.put(key, System.nanoTime());
      }
    }
  }

  private static boolean currentlyValid(X509Certificate[] chain) {
    Date now = new Date();
    for (X509Certificate c : chain) {
      if (now.before(c.getNotBefore()) || now.after(c.getNotAfter())) {
        return false;
      }
    }
    return true;
  }

  /** The exact encodings of a chain and the authentication type, compared byte for byte. */
  private static final class ChainKey {
    static final ChainKey NONE = new ChainKey(new byte[0][], "");

    private final byte[][] encodings;
    private final String authType;
    private final int hash;

    private ChainKey(byte[][] encodings, String authType) {
      this.encodings = encodings;
      this.authType = authType;
      this.hash = 31 * Arrays.deepHashCode(encodings) + authType.hashCode();
    }

    static ChainKey of(X509Certificate[] chain, String authType) throws CertificateException {
      byte[][] encodings = new byte[chain.length][];
      try {
        for (int i = 0; i < chain.length; i++) {
          encodings[i] = chain[i].getEncoded();
        }
      } catch (CertificateEncodingException e) {
        throw new CertificateException("client certificate cannot be encoded", e);
      }
      return new ChainKey(encodings, authType == null ? "" : authType);
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof ChainKey
          && ((ChainKey) o).hash == hash
          && ((ChainKey) o).authType.equals(authType)
          && Arrays.deepEquals(((ChainKey) o).encodings, encodings);
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }
}
