package dev.arca.server.pki;

/**
 * The single checked exception of the PKI package: a CA, certificate, profile or file operation
 * that could not be done. Messages name the object and the condition, never a private key, a
 * password or sealed bytes (DESIGN §5).
 */
public final class PkiException extends Exception {

  /**
   * Creates an exception.
   *
   * @param message what failed and why, without secret material
   */
  public PkiException(String message) {
    super(message);
  }

  /**
   * Creates an exception with the underlying failure kept for diagnostics.
   *
   * @param message what failed and why, without secret material
   * @param cause the underlying failure
   */
  public PkiException(String message, Throwable cause) {
    super(message, cause);
  }
}
