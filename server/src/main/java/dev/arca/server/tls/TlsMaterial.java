package dev.arca.server.tls;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Objects;

/**
 * What a TLS endpoint presents and trusts: its private key and certificate chain (leaf first), and
 * the CA certificates that client certificates must chain to.
 */
public record TlsMaterial(
    PrivateKey privateKey, List<X509Certificate> chain, List<X509Certificate> trustedCas) {

  public TlsMaterial {
    Objects.requireNonNull(privateKey, "privateKey");
    chain = List.copyOf(chain);
    trustedCas = List.copyOf(trustedCas);
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("a certificate chain is needed");
    }
  }

  @Override
  public String toString() {
    return "TlsMaterial[" + chain.get(0).getSubjectX500Principal().getName() + "]";
  }
}
