package dev.arca.core.crypto;

/**
 * The single checked exception of the crypto boundary.
 *
 * <p>Messages name the algorithm and the condition, never key bytes, plaintext, passphrases or
 * private keys (DESIGN §5). The {@link Reason} lets a protocol layer map the failure to its own
 * vocabulary (e.g. a KMIP result reason) without parsing the message.
 */
public final class CryptoException extends Exception {

  /** Why an operation failed, coarse enough to map onto protocol result codes. */
  public enum Reason {
    /** A parameter, length, key type or key size is wrong for the requested operation. */
    INVALID_INPUT,
    /** An integrity check failed: AEAD tag, key-unwrap check, padding or decryption. */
    AUTHENTICATION_FAILED,
    /** BC-FIPS refused the operation because the JVM runs in FIPS approved-only mode. */
    NOT_APPROVED,
    /** The boundary does not offer this algorithm, mode or combination. */
    UNSUPPORTED,
    /** The module is in its error state (a self-test failed); nothing works until restart. */
    MODULE_ERROR,
    /** Reading or writing protected state (the master key file) failed. */
    STORAGE
  }

  private final Reason reason;

  /**
   * Creates an exception.
   *
   * @param reason the class of failure
   * @param message a description that contains no secret material
   */
  public CryptoException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /**
   * Creates an exception with a cause kept for diagnostics.
   *
   * @param reason the class of failure
   * @param message a description that contains no secret material
   * @param cause the underlying failure
   */
  public CryptoException(Reason reason, String message, Throwable cause) {
    super(message, cause);
    this.reason = reason;
  }

  /** Returns the class of failure. */
  public Reason reason() {
    return reason;
  }
}
