package dev.arca.server.config;

/** The subject field of a client certificate that carries the username. */
public enum CertificateField {
  /** userId, OID 0.9.2342.19200300.100.1.1 */
  UID,
  /** commonName, OID 2.5.4.3 */
  CN,
  /** serialNumber attribute of the subject, OID 2.5.4.5 */
  SN,
  /** emailAddress, OID 1.2.840.113549.1.9.1 */
  E,
  /** organizationalUnitName, OID 2.5.4.11 */
  OU
}
