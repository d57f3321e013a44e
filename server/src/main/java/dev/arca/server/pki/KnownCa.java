package dev.arca.server.pki;

import java.security.cert.X509Certificate;
import java.util.Objects;

/**
 * An imported CA: only its certificate is held. It signs nothing here; a trusted-CA profile that
 * lists it makes client certificates it issued acceptable.
 *
 * @param name the CA's name in this node
 * @param certificate the CA certificate
 */
public record KnownCa(String name, X509Certificate certificate) implements CertificateAuthority {

  public KnownCa {
    Names.check("CA", name);
    Objects.requireNonNull(certificate, "certificate");
  }

  @Override
  public boolean isLocal() {
    return false;
  }

  @Override
  public String toString() {
    return "KnownCa[" + name + ", " + certificate.getSubjectX500Principal().getName() + "]";
  }
}
