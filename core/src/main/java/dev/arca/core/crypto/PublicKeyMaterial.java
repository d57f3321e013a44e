package dev.arca.core.crypto;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.spec.X509EncodedKeySpec;

/** A handle to a public key, held as its X.509 SubjectPublicKeyInfo DER encoding. */
public final class PublicKeyMaterial {

  private final AsymmetricSpec spec;
  private final byte[] spki;
  private volatile PublicKey jcaKey;

  private PublicKeyMaterial(AsymmetricSpec spec, byte[] spki, PublicKey jcaKey) {
    this.spec = spec;
    this.spki = spki;
    this.jcaKey = jcaKey;
  }

  /**
   * Parses and validates a SubjectPublicKeyInfo (RFC 5280 §4.1.2.7) holding an RSA key (RFC 8017
   * A.1.1) or an EC key on a supported named curve (RFC 5480).
   *
   * @throws CryptoException if the encoding is malformed or the key type or curve unsupported
   */
  public static PublicKeyMaterial fromSpki(byte[] spki) throws CryptoException {
    if (spki == null) {
      throw Boundary.invalid("public key encoding is required");
    }
    byte[] copy = spki.clone();
    AsymmetricSpec spec = KeyFormats.describePublic(copy);
    return new PublicKeyMaterial(spec, copy, null);
  }

  static PublicKeyMaterial ofGenerated(AsymmetricSpec spec, PublicKey key) {
    return new PublicKeyMaterial(spec, key.getEncoded(), key);
  }

  /** The key's type and size. */
  public AsymmetricSpec spec() {
    return spec;
  }

  /** A copy of the SubjectPublicKeyInfo DER encoding. */
  public byte[] encoded() {
    return spki.clone();
  }

  @Override
  public String toString() {
    return "PublicKeyMaterial[" + spec + "]";
  }

  /** The provider's key object, parsed once and cached. */
  PublicKey jcaKey() throws CryptoException {
    PublicKey key = jcaKey;
    if (key == null) {
      try {
        key =
            Jca.keyFactory(KeyFormats.jcaKeyAlgorithm(spec))
                .generatePublic(new X509EncodedKeySpec(spki));
      } catch (GeneralSecurityException | RuntimeException e) {
        throw new CryptoException(
            CryptoException.Reason.INVALID_INPUT, "public key rejected by BC-FIPS: " + spec, e);
      }
      jcaKey = key;
    }
    return key;
  }
}
