package dev.arca.core.crypto;

import javax.security.auth.Destroyable;

/** A generated key pair: a private key handle and its public key handle. */
public final class KeyPairMaterial implements Destroyable {

  private final PrivateKeyMaterial privateKey;
  private final PublicKeyMaterial publicKey;

  KeyPairMaterial(PrivateKeyMaterial privateKey, PublicKeyMaterial publicKey) {
    this.privateKey = privateKey;
    this.publicKey = publicKey;
  }

  /** The private key. */
  public PrivateKeyMaterial privateKey() {
    return privateKey;
  }

  /** The public key. */
  public PublicKeyMaterial publicKey() {
    return publicKey;
  }

  /** Destroys the private key; the public key holds no secret. */
  @Override
  public void destroy() {
    privateKey.destroy();
  }

  @Override
  public boolean isDestroyed() {
    return privateKey.isDestroyed();
  }

  @Override
  public String toString() {
    return "KeyPairMaterial[" + publicKey.spec() + (isDestroyed() ? ", destroyed" : "") + "]";
  }
}
