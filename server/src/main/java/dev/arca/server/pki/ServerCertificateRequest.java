package dev.arca.server.pki;

import java.time.Period;
import java.util.Objects;

/**
 * What a server certificate should say.
 *
 * @param commonName the subject CN (at most 64 characters); clients check the subjectAltName, not
 *     this
 * @param names the subjectAltName DNS names and addresses
 * @param keyAlgorithm the new key's type
 * @param validity how long the certificate is valid (1 day to 10 years, default 2 years); it ends
 *     no later than the issuing CA's own certificate
 */
public record ServerCertificateRequest(
    String commonName, ServerNames names, KeyAlgorithm keyAlgorithm, Period validity) {

  public ServerCertificateRequest {
    Subjects.checkAttributeValue("common name", commonName);
    Objects.requireNonNull(names, "names");
    Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
    Objects.requireNonNull(validity, "validity");
  }

  /** A request with the defaults: CN from the names, ECDSA P-256, 2 years. */
  public static ServerCertificateRequest of(ServerNames names) {
    return new ServerCertificateRequest(
        names.primaryName(),
        names,
        KeyAlgorithm.DEFAULT,
        CertificateProfile.SERVER.defaultValidity());
  }

  /** The same request with another key type. */
  public ServerCertificateRequest withKeyAlgorithm(KeyAlgorithm algorithm) {
    return new ServerCertificateRequest(commonName, names, algorithm, validity);
  }

  /** The same request with another validity. */
  public ServerCertificateRequest withValidity(Period period) {
    return new ServerCertificateRequest(commonName, names, keyAlgorithm, period);
  }
}
