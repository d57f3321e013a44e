package dev.arca.server.pki;

import java.time.Duration;
import java.time.Period;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;

/**
 * The kinds of certificate the local CAs issue, with their extensions and validity limits: one
 * table, so that what a security officer reviews is in one place (RFC 5280 §4.2.1).
 *
 * <ul>
 *   <li>CA: basicConstraints CA:TRUE, pathLenConstraint 0 (a local CA issues end-entity
 *       certificates only), keyUsage keyCertSign and cRLSign, both critical;
 *   <li>server: basicConstraints CA:FALSE (critical), keyUsage digitalSignature (critical; RSA keys
 *       add keyEncipherment for TLS 1.2 clients that still use RSA key transport), extended key
 *       usage serverAuth, subjectAltName with every DNS name and address;
 *   <li>client: basicConstraints CA:FALSE (critical), keyUsage digitalSignature (critical),
 *       extended key usage clientAuth, subjectAltName with the addresses the client connects from
 *       when asked for.
 * </ul>
 *
 * Every certificate has a subjectKeyIdentifier, and every certificate but a self-signed CA's also
 * an authorityKeyIdentifier; the CA's carries its own key id there too, as OpenSSL does.
 */
enum CertificateProfile {
  CERTIFICATE_AUTHORITY(
      Period.ofYears(10), Period.ofYears(30), KeyUsage.keyCertSign | KeyUsage.cRLSign, null),
  SERVER(
      Period.ofYears(2),
      Period.ofYears(10),
      KeyUsage.digitalSignature,
      KeyPurposeId.id_kp_serverAuth),
  CLIENT(
      Period.ofYears(2),
      Period.ofYears(10),
      KeyUsage.digitalSignature,
      KeyPurposeId.id_kp_clientAuth);

  /**
   * How far notBefore lies before the moment of issue, so that a peer whose clock is a little
   * behind does not reject a certificate issued a moment ago.
   */
  static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofMinutes(5);

  /** The shortest validity accepted for any certificate. */
  static final Period MIN_VALIDITY = Period.ofDays(1);

  private final Period defaultValidity;
  private final Period maxValidity;
  private final int keyUsage;
  private final KeyPurposeId extendedKeyUsage;

  CertificateProfile(
      Period defaultValidity, Period maxValidity, int keyUsage, KeyPurposeId extendedKeyUsage) {
    this.defaultValidity = defaultValidity;
    this.maxValidity = maxValidity;
    this.keyUsage = keyUsage;
    this.extendedKeyUsage = extendedKeyUsage;
  }

  Period defaultValidity() {
    return defaultValidity;
  }

  Period maxValidity() {
    return maxValidity;
  }

  boolean isCa() {
    return this == CERTIFICATE_AUTHORITY;
  }

  /** The keyUsage bits for a subject key of this algorithm. */
  int keyUsage(KeyAlgorithm subjectKey) {
    if (this == SERVER && subjectKey != null && "RSA".equals(subjectKey.jcaKeyAlgorithm())) {
      return keyUsage | KeyUsage.keyEncipherment;
    }
    return keyUsage;
  }

  /** The extended key usage, or null for a CA (which carries none). */
  KeyPurposeId extendedKeyUsage() {
    return extendedKeyUsage;
  }

  /** Lower-case name for messages. */
  String label() {
    switch (this) {
      case CERTIFICATE_AUTHORITY:
        return "CA";
      case SERVER:
        return "server";
      default:
        return "client";
    }
  }
}
