package dev.arca.core.key;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.core.crypto.Envelope;
import dev.arca.kmip.KmipException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalInt;

/**
 * Seals and opens key material with the master key, through the crypto boundary.
 *
 * <p>The associated data of each envelope is the object's Unique Identifier and its version within
 * its versioned key ({@link Envelope#associatedData}), so that sealed material copied onto another
 * object or another version does not open (DESIGN §2 Storage).
 */
final class MaterialVault {

  private final CryptoService crypto;
  private final Envelope envelope;

  MaterialVault(CryptoService crypto, Envelope envelope) {
    this.crypto = Objects.requireNonNull(crypto, "crypto");
    this.envelope = Objects.requireNonNull(envelope, "envelope");
  }

  /** Seals {@code material} for object {@code id}, version {@code keyVersion}. */
  SealedMaterial seal(String id, int keyVersion, ClearMaterial material) throws KmipException {
    byte[] clear = material.bytes();
    try {
      return new SealedMaterial(
          material.format(), envelope.seal(clear, Envelope.associatedData(id, keyVersion)));
    } catch (CryptoException e) {
      throw Crypto.toKmip(e, "sealing the key material");
    } finally {
      Arrays.fill(clear, (byte) 0);
    }
  }

  /** Opens the sealed material of an object. */
  ClearMaterial open(ManagedObject object, SealedMaterial sealed, OptionalInt dataType)
      throws KmipException {
    byte[] clear;
    try {
      clear =
          envelope.open(
              sealed.envelope(), Envelope.associatedData(object.id(), object.keyVersion()));
    } catch (CryptoException e) {
      throw Crypto.toKmip(e, "opening the stored key material");
    }
    try {
      return ClearMaterial.of(sealed.format(), clear, dataType);
    } finally {
      Arrays.fill(clear, (byte) 0);
    }
  }

  /** The material under the current master key; the same instance when it already is. */
  SealedMaterial rewrap(ManagedObject object, SealedMaterial sealed) throws KmipException {
    try {
      byte[] env = sealed.envelope();
      if (!envelope.needsRewrap(env)) {
        return sealed;
      }
      return new SealedMaterial(
          sealed.format(),
          envelope.rewrap(env, Envelope.associatedData(object.id(), object.keyVersion())));
    } catch (CryptoException e) {
      throw Crypto.toKmip(e, "re-wrapping the key material of " + object.id());
    }
  }

  /** Whether the material is sealed under an older master key. */
  boolean needsRewrap(SealedMaterial sealed) throws KmipException {
    try {
      return envelope.needsRewrap(sealed.envelope());
    } catch (CryptoException e) {
      throw Crypto.toKmip(e, "reading a sealed envelope");
    }
  }

  /** The id of the master key that seals new material. */
  int currentMasterKeyId() {
    return envelope.currentKeyId();
  }

  /** SHA-256 of {@code data}, for the Digest and Short Unique Identifier attributes. */
  byte[] sha256(byte[] data) throws KmipException {
    try {
      return crypto.hash(DigestAlgorithm.SHA256, data);
    } catch (CryptoException e) {
      throw Crypto.toKmip(e, "hashing");
    }
  }

  byte[] sha256(String text) throws KmipException {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }
}
