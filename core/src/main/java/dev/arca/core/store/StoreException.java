package dev.arca.core.store;

/**
 * The local database failed or cannot be used: an I/O error, a corrupt row, a data directory in use
 * by another process, a schema newer than this version of Arca knows. The message says which; it
 * never holds key material or attribute values.
 */
public final class StoreException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public StoreException(String message) {
    super(message);
  }

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
