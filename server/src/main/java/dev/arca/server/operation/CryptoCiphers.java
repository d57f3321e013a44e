package dev.arca.server.operation;

import dev.arca.core.crypto.CipherMode;
import dev.arca.core.crypto.CipherSpec;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.Encrypted;
import dev.arca.core.crypto.Padding;
import dev.arca.core.crypto.PrivateKeyMaterial;
import dev.arca.core.crypto.PublicKeyMaterial;
import dev.arca.core.crypto.RsaEncryptionSpec;
import dev.arca.core.crypto.SecretKeyMaterial;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.server.dispatch.RequestContext;
import dev.arca.server.operation.CryptoParameters.BlockCipher;
import dev.arca.server.operation.CryptoParameters.EncryptionIv;
import java.util.Arrays;
import java.util.Optional;

/**
 * Encryption and decryption for the Encrypt and Decrypt handlers: with a symmetric key through a
 * {@link BlockCipher}, with an RSA key through an {@link RsaEncryptionSpec}; a whole message, or
 * the part of a multi-part message that can be returned before the rest arrives.
 *
 * <p>A multi-part operation is computed again over all data received so far at each part, with the
 * IV the first part settled: GCM, CTR and the whole blocks of CBC and ECB encrypt a prefix to the
 * same bytes as the whole message, so the prefix's new bytes can be returned at once. Decryption
 * returns nothing of GCM before the tag is checked, and keeps back the last block of a padded
 * cipher text until the final part. XTS and RSA work on the whole message only.
 */
final class CryptoCiphers {

  /** What the first request settles before any data: fixed for every part of a stream. */
  sealed interface Setup permits Block, Rsa {}

  /**
   * A symmetric cipher with its IV.
   *
   * @param iv the IV/Counter/Nonce; {@code null} for ECB, or for a single-part encryption where the
   *     module generates it
   * @param ivGenerated whether the server generated the IV, which the response then returns
   * @param aad Authenticated Encryption Additional Data (GCM)
   * @param tag the Authenticated Encryption Tag to check (GCM decryption); empty when it is
   *     appended to the cipher text
   */
  record Block(BlockCipher cipher, byte[] iv, boolean ivGenerated, byte[] aad, Optional<byte[]> tag)
      implements Setup {

    CipherSpec spec() throws KmipException {
      return cipher.spec(iv, aad);
    }
  }

  /** RSA encryption with a public key or decryption with a private key. */
  record Rsa(RsaEncryptionSpec spec) implements Setup {}

  /** The result of encrypting: cipher text, the IV used and, for GCM, the tag. */
  record Output(byte[] data, byte[] iv, Optional<byte[]> tag) {}

  private CryptoCiphers() {}

  /** Settles an encryption with {@code key} from the request's fields (KMIP 2.1 §6.1.17). */
  static Setup encryption(
      RequestContext context,
      ManagedObjectView key,
      Optional<CryptographicParameters> requested,
      Optional<byte[]> iv,
      Optional<byte[]> aad,
      boolean multiPart)
      throws KmipException {
    CryptographicParameters p = CryptoParameters.effective(requested, key.attributes());
    CryptographicAlgorithm algorithm = CryptoKeys.algorithm(key);
    if (key.objectType() != ObjectType.SYMMETRIC_KEY) {
      noSymmetricFields(iv, aad, Optional.empty());
      return new Rsa(CryptoParameters.rsaEncryption(p));
    }
    BlockCipher c = CryptoParameters.blockCipher(algorithm, p);
    checkAad(c, aad);
    EncryptionIv chosen = CryptoParameters.encryptionIv(c, iv, n -> random(context, n));
    byte[] value = chosen.orNull();
    if (value == null && multiPart && c.takesIv()) {
      // Every part encrypts again with the same IV, so it is fixed before the first part.
      value = random(context, c.mode() == CipherMode.GCM ? 12 : c.blockBytes());
    }
    c.spec(value, null); // refuses an IV that does not fit the mode before any data is taken
    return new Block(c, value, chosen.generated(), aad.orElse(null), Optional.empty());
  }

  /** Settles a decryption with {@code key} from the request's fields (KMIP 2.1 §6.1.11). */
  static Setup decryption(
      ManagedObjectView key,
      Optional<CryptographicParameters> requested,
      Optional<byte[]> iv,
      Optional<byte[]> aad,
      Optional<byte[]> tag)
      throws KmipException {
    CryptographicParameters p = CryptoParameters.effective(requested, key.attributes());
    CryptographicAlgorithm algorithm = CryptoKeys.algorithm(key);
    if (key.objectType() != ObjectType.SYMMETRIC_KEY) {
      noSymmetricFields(iv, aad, tag);
      return new Rsa(CryptoParameters.rsaEncryption(p));
    }
    BlockCipher c = CryptoParameters.blockCipher(algorithm, p);
    checkAad(c, aad);
    if (tag.isPresent()) {
      if (c.mode() != CipherMode.GCM) {
        throw CryptoParameters.invalid("Authenticated Encryption Tag applies to GCM only");
      }
      if (p.tagLength().isPresent() && p.tagLength().get() != tag.get().length) {
        throw CryptoParameters.invalid(
            "the Authenticated Encryption Tag has "
                + tag.get().length
                + " bytes but Tag Length is "
                + p.tagLength().get());
      }
      if (tag.get().length < 4 || tag.get().length > 16) {
        throw CryptoParameters.invalid("the Authenticated Encryption Tag must be 4..16 bytes");
      }
    }
    byte[] value = CryptoParameters.decryptionIv(c, iv).orElse(null);
    c.spec(value, null);
    return new Block(c, value, false, aad.orElse(null), tag);
  }

  /** Encrypts a whole message with {@code keyObject}. */
  static Output encrypt(
      RequestContext context, ManagedObjectView keyObject, Setup setup, byte[] data)
      throws KmipException {
    if (setup instanceof Rsa) {
      PublicKeyMaterial key = CryptoKeys.publicKey(context, keyObject, use(true));
      try {
        return new Output(
            context.crypto().encrypt(key, ((Rsa) setup).spec(), data),
            new byte[0],
            Optional.empty());
      } catch (CryptoException e) {
        throw CryptoFailures.toKmip(e);
      }
    }
    Block b = (Block) setup;
    return encryptBlock(context, keyObject.id(), b, b.spec(), data);
  }

  /** Decrypts a whole message. */
  static byte[] decrypt(RequestContext context, String keyId, Setup setup, byte[] data)
      throws KmipException {
    if (setup instanceof Rsa) {
      PrivateKeyMaterial key = CryptoKeys.privateKey(context, keyId, use(false));
      try {
        return context.crypto().decrypt(key, ((Rsa) setup).spec(), data);
      } catch (CryptoException e) {
        throw CryptoFailures.toKmip(e);
      } finally {
        key.destroy();
      }
    }
    Block b = (Block) setup;
    SecretKeyMaterial key =
        CryptoKeys.secret(context, keyId, use(false), b.cipher().keyAlgorithm());
    try {
      if (b.tag().isPresent()) {
        return context.crypto().decrypt(key, b.spec(), data, b.tag().get());
      }
      return context.crypto().decrypt(key, b.spec(), data);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    } finally {
      key.destroy();
    }
  }

  /**
   * How many of {@code length} bytes received so far a non-final part can process and return.
   *
   * @param encrypting true for Encrypt, false for Decrypt
   */
  static int releasable(Setup setup, int length, boolean encrypting) {
    if (!(setup instanceof Block)) {
      return 0;
    }
    BlockCipher c = ((Block) setup).cipher();
    int block = c.blockBytes();
    switch (c.mode()) {
      case CTR:
        return length;
      case GCM:
        // Encryption output is final at once; decryption waits for the tag check.
        return encrypting ? length : 0;
      case CBC:
      case ECB:
        if (encrypting || c.padding() == Padding.NONE) {
          return length / block * block;
        }
        // The last whole block may hold the padding: keep it until the final part.
        return length == 0 ? 0 : (length - 1) / block * block;
      default:
        return 0;
    }
  }

  /** Encrypts the first {@code prefix.length} bytes of a multi-part message. */
  static Output encryptPrefix(RequestContext context, String keyId, Setup setup, byte[] prefix)
      throws KmipException {
    Block b = (Block) setup;
    return encryptBlock(context, keyId, b, prefixSpec(b), prefix);
  }

  /** Decrypts the first {@code prefix.length} bytes of a multi-part cipher text. */
  static byte[] decryptPrefix(RequestContext context, String keyId, Setup setup, byte[] prefix)
      throws KmipException {
    Block b = (Block) setup;
    SecretKeyMaterial key =
        CryptoKeys.secret(context, keyId, use(false), b.cipher().keyAlgorithm());
    try {
      return context.crypto().decrypt(key, prefixSpec(b), prefix);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    } finally {
      key.destroy();
    }
  }

  /** The bytes of {@code output} from {@code from} on. */
  static byte[] tail(byte[] output, int from) {
    return from == 0
        ? output
        : Arrays.copyOfRange(output, Math.min(from, output.length), output.length);
  }

  private static CipherSpec prefixSpec(Block b) throws KmipException {
    CipherMode mode = b.cipher().mode();
    if (mode == CipherMode.CBC || mode == CipherMode.ECB) {
      return b.cipher().unpaddedSpec(b.iv());
    }
    return b.spec();
  }

  private static Output encryptBlock(
      RequestContext context, String keyId, Block b, CipherSpec spec, byte[] data)
      throws KmipException {
    SecretKeyMaterial key = CryptoKeys.secret(context, keyId, use(true), b.cipher().keyAlgorithm());
    try {
      Encrypted e = context.crypto().encrypt(key, spec, data);
      byte[] iv = b.iv() != null ? b.iv() : e.iv();
      Optional<byte[]> tag =
          b.cipher().mode() == CipherMode.GCM ? Optional.of(e.tag()) : Optional.empty();
      return new Output(e.ciphertext(), iv, tag);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    } finally {
      key.destroy();
    }
  }

  private static CryptoKeys.Use use(boolean encrypting) {
    return encrypting ? CryptoKeys.Use.ENCRYPT : CryptoKeys.Use.DECRYPT;
  }

  private static void checkAad(BlockCipher c, Optional<byte[]> aad) throws KmipException {
    if (aad.isPresent() && aad.get().length > 0 && c.mode() != CipherMode.GCM) {
      throw CryptoParameters.invalid(
          "Authenticated Encryption Additional Data applies to GCM only, not " + c.mode());
    }
  }

  private static void noSymmetricFields(
      Optional<byte[]> iv, Optional<byte[]> aad, Optional<byte[]> tag) throws KmipException {
    if (iv.isPresent() && iv.get().length > 0) {
      throw CryptoParameters.invalid("RSA encryption takes no IV/Counter/Nonce");
    }
    if ((aad.isPresent() && aad.get().length > 0) || tag.isPresent()) {
      throw CryptoParameters.invalid(
          "RSA encryption takes no Authenticated Encryption Additional Data or Tag");
    }
  }

  private static byte[] random(RequestContext context, int length) throws KmipException {
    try {
      return context.crypto().randomBytes(length);
    } catch (CryptoException e) {
      throw CryptoFailures.toKmip(e);
    }
  }
}
