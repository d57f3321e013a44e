package dev.arca.server.pki;

import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.Envelope;
import dev.arca.core.key.testing.TestMasterKeys;
import java.nio.file.Path;
import java.security.cert.CertPath;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXCertPathValidatorResult;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.Date;
import java.util.List;
import java.util.Set;

/** Shared helpers: one master key for the run, PKIs in temporary directories, PKIX checks. */
final class PkiFixture {

  private static volatile LocalCa sharedCa;

  private PkiFixture() {}

  static CryptoService crypto() {
    return new CryptoService(CryptoModule.instance());
  }

  static Envelope envelope() {
    return TestMasterKeys.shared().envelope();
  }

  static PkiContext context() throws PkiException {
    return PkiContext.of(crypto(), Clock.systemUTC());
  }

  static PkiContext context(Clock clock) throws PkiException {
    return PkiContext.of(crypto(), clock);
  }

  static Pki open(Path dataDirectory) throws PkiException {
    return Pki.open(dataDirectory, envelope(), crypto());
  }

  /** One P-256 CA for tests that only issue: CA key generation is the slow part. */
  static LocalCa sharedCa() throws PkiException {
    LocalCa ca = sharedCa;
    if (ca == null) {
      synchronized (PkiFixture.class) {
        ca = sharedCa;
        if (ca == null) {
          ca =
              LocalCa.create(
                  "shared",
                  "Arca Test Local CA",
                  KeyAlgorithm.EC_P256,
                  CertificateProfile.CERTIFICATE_AUTHORITY.defaultValidity(),
                  context());
          sharedCa = ca;
        }
      }
    }
    return ca;
  }

  /**
   * Validates {@code leaf} up to {@code anchor} with the JDK's PKIX validator (RFC 5280 §6), with
   * revocation checking off (the local CA publishes no CRL).
   */
  static PKIXCertPathValidatorResult validate(X509Certificate leaf, X509Certificate anchor)
      throws Exception {
    return validate(leaf, anchor, new Date());
  }

  static PKIXCertPathValidatorResult validate(
      X509Certificate leaf, X509Certificate anchor, Date when) throws Exception {
    CertPath path = CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf));
    PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(anchor, null)));
    parameters.setRevocationEnabled(false);
    parameters.setDate(when);
    return (PKIXCertPathValidatorResult)
        CertPathValidator.getInstance("PKIX").validate(path, parameters);
  }
}
