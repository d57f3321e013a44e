package dev.arca.server.config;

/** How a KMIP listener uses the client's TLS certificate. */
public enum ClientCertificateMode {
  /** No client certificate is asked for; identity comes from the KMIP Credential alone. */
  NOT_USED,
  /** A certificate from a trusted CA is required to open the session; it names no one. */
  TLS_SESSION_ONLY,
  /**
   * A certificate from a trusted CA is required, and the username in the KMIP Credential must equal
   * the chosen field of its subject.
   */
  TLS_SESSION_AND_USERNAME
}
