package dev.arca.core.crypto;

import javax.crypto.KeyGenerator;
import javax.security.auth.Destroyable;

/**
 * A 256-bit AES master key with its key id. Every stored key is sealed under a master key (see
 * {@link Envelope}); the id, which grows by one on each rotation, tells which one.
 *
 * <p>The key bytes never leave the boundary. {@link #toString()} shows the id only.
 */
public final class MasterKey implements Destroyable {

  /** Master key length in bytes (AES-256). */
  public static final int LENGTH_BYTES = 32;

  private final int id;
  private final byte[] key;
  private volatile boolean destroyed;

  /** Takes ownership of {@code key}. */
  MasterKey(int id, byte[] key) {
    if (id < 1) {
      throw new IllegalArgumentException("master key id must be positive");
    }
    if (key.length != LENGTH_BYTES) {
      throw new IllegalArgumentException("master key must be 256 bits");
    }
    this.id = id;
    this.key = key;
  }

  /** A fresh master key from the module DRBG. */
  static MasterKey generate(CryptoModule module, int id) throws CryptoException {
    return Boundary.run(
        module,
        "master key generation",
        () -> {
          KeyGenerator generator = KeyGenerator.getInstance("AES", module.provider());
          generator.init(256, module.drbg());
          return new MasterKey(id, generator.generateKey().getEncoded());
        });
  }

  /** The key id: 1 for the first key, one more on each rotation. */
  public int id() {
    return id;
  }

  /** Zeroes the key. */
  @Override
  public void destroy() {
    destroyed = true;
    Bytes.zero(key);
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public String toString() {
    return "MasterKey[id=" + id + (destroyed ? ", destroyed" : "") + "]";
  }

  byte[] bytes() throws CryptoException {
    if (destroyed) {
      throw Boundary.invalid("master key " + id + " has been destroyed");
    }
    return key;
  }

  RawSecretKey jcaKey() throws CryptoException {
    return new RawSecretKey("AES", bytes());
  }
}
