package dev.arca.core.crypto;

import javax.security.auth.Destroyable;

/**
 * A handle to secret key material: the algorithm and the raw key bytes.
 *
 * <p>{@link #destroy()} zeroes the bytes; any later use throws. {@link #toString()} shows the
 * algorithm and length only. Equality is identity, so no code path compares secret bytes in
 * variable time.
 */
public final class SecretKeyMaterial implements Destroyable {

  private final SymmetricAlgorithm algorithm;
  private final int lengthBits;
  private final byte[] key;
  private volatile boolean destroyed;

  /** Takes ownership of {@code key}; callers must not keep or change it. */
  SecretKeyMaterial(SymmetricAlgorithm algorithm, int lengthBits, byte[] key) {
    this.algorithm = algorithm;
    this.lengthBits = lengthBits;
    this.key = key;
  }

  /**
   * Registers existing key bytes (e.g. from a KMIP Register or an unwrapped key). The bytes are
   * copied; the length must be one the boundary supports for the algorithm (see {@link
   * Algorithms}). A Triple-DES key of 24 bytes is registered as 168 bits.
   *
   * @throws CryptoException if the length is not supported for the algorithm
   */
  public static SecretKeyMaterial of(SymmetricAlgorithm algorithm, byte[] encoded)
      throws CryptoException {
    if (algorithm == null || encoded == null) {
      throw Boundary.invalid("algorithm and key bytes are required");
    }
    int bits = encoded.length * 8;
    if (algorithm == SymmetricAlgorithm.TRIPLE_DES && encoded.length == 24) {
      bits = 168;
    }
    if (!Algorithms.isSupported(algorithm.policyName(), Algorithms.Usage.KEY_GENERATION, bits)) {
      throw Boundary.invalid(
          algorithm
              + " key of "
              + encoded.length * 8
              + " bits is not supported; sizes: "
              + Algorithms.describeSizes(algorithm.policyName(), Algorithms.Usage.KEY_GENERATION));
    }
    return new SecretKeyMaterial(algorithm, bits, encoded.clone());
  }

  /** The algorithm this key is for. */
  public SymmetricAlgorithm algorithm() {
    return algorithm;
  }

  /** Key length in bits (168 for three-key Triple-DES, whose encoding holds 192 bits). */
  public int lengthBits() {
    return lengthBits;
  }

  /**
   * A copy of the raw key bytes, for wrapping under the master key or an authorised export.
   *
   * @throws IllegalStateException if destroyed
   */
  public byte[] encoded() {
    checkNotDestroyed();
    return key.clone();
  }

  /** Zeroes the key bytes. Idempotent. */
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
    return "SecretKeyMaterial["
        + algorithm
        + ", "
        + lengthBits
        + " bits"
        + (destroyed ? ", destroyed" : "")
        + "]";
  }

  /** The bytes themselves, for the boundary's engines only; never returned to callers. */
  byte[] bytes() throws CryptoException {
    if (destroyed) {
      throw Boundary.invalid("key material has been destroyed");
    }
    return key;
  }

  /** A JCA key view for an engine expecting {@code jcaAlgorithm}. */
  RawSecretKey jcaKey(String jcaAlgorithm) throws CryptoException {
    return new RawSecretKey(jcaAlgorithm, bytes());
  }

  private void checkNotDestroyed() {
    if (destroyed) {
      throw new IllegalStateException("key material has been destroyed");
    }
  }
}
