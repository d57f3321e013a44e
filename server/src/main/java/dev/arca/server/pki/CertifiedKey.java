package dev.arca.server.pki;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * A private key with its certificate chain, leaf first: a server certificate, or a client
 * certificate just issued. {@link #toString()} shows the subject only.
 */
public final class CertifiedKey {

  private final PrivateKey privateKey;
  private final List<X509Certificate> chain;

  private CertifiedKey(PrivateKey privateKey, List<X509Certificate> chain) {
    this.privateKey = Objects.requireNonNull(privateKey, "privateKey");
    this.chain = List.copyOf(chain);
    if (this.chain.isEmpty()) {
      throw new IllegalArgumentException("a certificate chain is needed");
    }
  }

  /**
   * A key and its chain, leaf first. The key is not checked against the certificate here; the store
   * checks it when it loads a sealed key.
   */
  public static CertifiedKey of(PrivateKey privateKey, List<X509Certificate> chain) {
    return new CertifiedKey(privateKey, chain);
  }

  /** The private key. Hand it to a TLS stack or an export, never to a log. */
  public PrivateKey privateKey() {
    return privateKey;
  }

  /** The leaf certificate. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  /** The chain, leaf first, then the issuing CA (and any CA above it). */
  public List<X509Certificate> chain() {
    return chain;
  }

  @Override
  public String toString() {
    return "CertifiedKey[" + certificate().getSubjectX500Principal().getName() + "]";
  }
}
