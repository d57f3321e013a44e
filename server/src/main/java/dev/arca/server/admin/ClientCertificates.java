package dev.arca.server.admin;

import dev.arca.core.crypto.CryptoModule;
import java.security.GeneralSecurityException;
import java.security.Provider;
import java.security.Security;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Optional;

/**
 * Checks on the client certificates of the admin port. Its TLS layer trusts the CAs of two
 * trusted-CA profiles together — the administrators' and the KMIP-over-HTTPS listener's — so each
 * use checks that the chain a client presented leads to the CAs of the profile that use trusts.
 */
final class ClientCertificates {

  /** The longest chain followed; local CAs issue directly, imported ones rarely nest deeper. */
  private static final int MAX_DEPTH = 8;

  private ClientCertificates() {}

  /**
   * Whether the presented chain leads from its leaf to one of {@code cas}: each step's signature
   * checks against the next certificate of the chain, until one is signed by (or is) a CA of the
   * list. Certificates of the chain that are not on the path from the leaf do not count.
   */
  static boolean chainsTo(List<X509Certificate> chain, List<X509Certificate> cas) {
    if (chain.isEmpty() || cas.isEmpty()) {
      return false;
    }
    X509Certificate current = chain.get(0);
    for (int depth = 0; depth < MAX_DEPTH; depth++) {
      for (X509Certificate ca : cas) {
        if (current.equals(ca) || signedBy(current, ca)) {
          return true;
        }
      }
      X509Certificate next = null;
      for (X509Certificate candidate : chain) {
        if (candidate != current && signedBy(current, candidate)) {
          next = candidate;
          break;
        }
      }
      if (next == null) {
        return false;
      }
      current = next;
    }
    return false;
  }

  private static boolean signedBy(X509Certificate certificate, X509Certificate issuer) {
    if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      return false;
    }
    try {
      Optional<Provider> provider = fipsProvider();
      if (provider.isPresent()) {
        certificate.verify(issuer.getPublicKey(), provider.get());
      } else {
        certificate.verify(issuer.getPublicKey());
      }
      return true;
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  private static Optional<Provider> fipsProvider() {
    return Optional.ofNullable(Security.getProvider(CryptoModule.instance().moduleName()));
  }
}
