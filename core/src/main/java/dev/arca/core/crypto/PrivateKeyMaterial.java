package dev.arca.core.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import javax.security.auth.Destroyable;

/**
 * A handle to a private key, held as its PKCS#8 PrivateKeyInfo DER encoding (RFC 5208).
 *
 * <p>{@link #destroy()} zeroes the encoding and drops the provider's parsed key object; {@link
 * #toString()} shows the key type and size only.
 */
public final class PrivateKeyMaterial implements Destroyable {

  private final AsymmetricSpec spec;
  private final byte[] pkcs8;
  private volatile PrivateKey jcaKey;
  private volatile boolean destroyed;

  private PrivateKeyMaterial(AsymmetricSpec spec, byte[] pkcs8, PrivateKey jcaKey) {
    this.spec = spec;
    this.pkcs8 = pkcs8;
    this.jcaKey = jcaKey;
  }

  /**
   * Parses and validates a PKCS#8 PrivateKeyInfo holding an RSA key (RFC 8017 A.1.2) or an EC key
   * (RFC 5915) on a supported named curve. The bytes are copied.
   *
   * @throws CryptoException if the encoding is malformed or the key type or curve unsupported
   */
  public static PrivateKeyMaterial fromPkcs8(byte[] pkcs8) throws CryptoException {
    if (pkcs8 == null) {
      throw Boundary.invalid("private key encoding is required");
    }
    byte[] copy = pkcs8.clone();
    AsymmetricSpec spec = KeyFormats.describePrivate(copy);
    return new PrivateKeyMaterial(spec, copy, null);
  }

  static PrivateKeyMaterial ofGenerated(AsymmetricSpec spec, PrivateKey key) {
    return new PrivateKeyMaterial(spec, key.getEncoded(), key);
  }

  /** The key's type and size. */
  public AsymmetricSpec spec() {
    return spec;
  }

  /**
   * A copy of the PKCS#8 DER encoding, for wrapping under the master key or an authorised export.
   *
   * @throws IllegalStateException if destroyed
   */
  public byte[] encoded() {
    if (destroyed) {
      throw new IllegalStateException("key material has been destroyed");
    }
    return pkcs8.clone();
  }

  /**
   * Zeroes the encoding and forgets the parsed key. The provider's own key object cannot be wiped
   * through the JCA; dropping the reference leaves it to the garbage collector.
   */
  @Override
  public void destroy() {
    destroyed = true;
    jcaKey = null;
    Bytes.zero(pkcs8);
  }

  @Override
  public boolean isDestroyed() {
    return destroyed;
  }

  @Override
  public String toString() {
    return "PrivateKeyMaterial[" + spec + (destroyed ? ", destroyed" : "") + "]";
  }

  /** The provider's key object, parsed once and cached. */
  PrivateKey jcaKey() throws CryptoException {
    if (destroyed) {
      throw Boundary.invalid("key material has been destroyed");
    }
    PrivateKey key = jcaKey;
    if (key == null) {
      try {
        key =
            Jca.keyFactory(KeyFormats.jcaKeyAlgorithm(spec))
                .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
      } catch (GeneralSecurityException | RuntimeException e) {
        throw new CryptoException(
            CryptoException.Reason.INVALID_INPUT, "private key rejected by BC-FIPS: " + spec, e);
      }
      jcaKey = key;
    }
    return key;
  }
}
