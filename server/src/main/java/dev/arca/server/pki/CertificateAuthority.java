package dev.arca.server.pki;

import java.security.cert.X509Certificate;

/**
 * A certificate authority the node knows: a {@link LocalCa} whose key it holds and which issues
 * certificates, or a {@link KnownCa} imported from elsewhere, trusted only through profiles.
 */
public sealed interface CertificateAuthority permits LocalCa, KnownCa {

  /** The CA's name in this node: 1-64 of letters, digits, '.', '-' and '_'. */
  String name();

  /** The CA certificate. */
  X509Certificate certificate();

  /** Whether the node holds the CA's private key. */
  boolean isLocal();
}
