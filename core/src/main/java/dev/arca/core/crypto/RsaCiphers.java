package dev.arca.core.crypto;

import dev.arca.core.crypto.CryptoException.Reason;
import java.security.GeneralSecurityException;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.BadPaddingException;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * RSA encryption: RSAES-OAEP (RFC 8017 §7.1) and RSAES-PKCS1-v1_5 (§7.2).
 *
 * <p>Encryption runs through the cipher's WRAP mode: in approved-only mode BC-FIPS offers RSA only
 * for key transport and refuses ENCRYPT mode, and WRAP gives the same RSAES output in both modes.
 * Decryption failures all read the same, whatever the cause, so that the error does not become a
 * padding oracle (Bleichenbacher 1998, Manger 2001).
 */
final class RsaCiphers {

  private RsaCiphers() {}

  static byte[] encrypt(
      CryptoModule module, PublicKeyMaterial key, RsaEncryptionSpec spec, byte[] data)
      throws GeneralSecurityException, CryptoException {
    checkKey(key.spec(), spec);
    if (data.length == 0) {
      throw Boundary.invalid("RSA encryption needs at least one byte of input");
    }
    int limit = maxInput(key.spec().sizeBits(), spec);
    if (data.length > limit) {
      throw Boundary.invalid(
          spec.policyName() + " with " + key.spec() + " takes at most " + limit + " bytes");
    }
    Cipher cipher = engine(spec);
    if (spec instanceof RsaEncryptionSpec.Oaep) {
      cipher.init(
          Cipher.WRAP_MODE, key.jcaKey(), parameters((RsaEncryptionSpec.Oaep) spec), module.drbg());
    } else {
      cipher.init(Cipher.WRAP_MODE, key.jcaKey(), module.drbg());
    }
    return cipher.wrap(new RawSecretKey("RAW", data));
  }

  static byte[] decrypt(PrivateKeyMaterial key, RsaEncryptionSpec spec, byte[] data)
      throws GeneralSecurityException, CryptoException {
    checkKey(key.spec(), spec);
    Cipher cipher = engine(spec);
    if (spec instanceof RsaEncryptionSpec.Oaep) {
      cipher.init(Cipher.DECRYPT_MODE, key.jcaKey(), parameters((RsaEncryptionSpec.Oaep) spec));
    } else {
      cipher.init(Cipher.DECRYPT_MODE, key.jcaKey());
    }
    try {
      return cipher.doFinal(data);
    } catch (BadPaddingException | IllegalArgumentException e) {
      throw new CryptoException(Reason.AUTHENTICATION_FAILED, "RSA decryption failed");
    }
  }

  private static Cipher engine(RsaEncryptionSpec spec) throws GeneralSecurityException {
    return Jca.cipher(
        spec instanceof RsaEncryptionSpec.Oaep ? "RSA/NONE/OAEPPadding" : "RSA/NONE/PKCS1Padding");
  }

  private static OAEPParameterSpec parameters(RsaEncryptionSpec.Oaep oaep) {
    return new OAEPParameterSpec(
        oaep.digest().jcaName(),
        "MGF1",
        new MGF1ParameterSpec(oaep.mgf1Digest().jcaName()),
        oaep.label().length == 0
            ? PSource.PSpecified.DEFAULT
            : new PSource.PSpecified(oaep.label()));
  }

  /** RFC 8017 §7.1.1: mLen ≤ k − 2hLen − 2; §7.2.1: mLen ≤ k − 11. */
  private static int maxInput(int modulusBits, RsaEncryptionSpec spec) {
    int k = (modulusBits + 7) / 8;
    if (spec instanceof RsaEncryptionSpec.Oaep) {
      return k - 2 * ((RsaEncryptionSpec.Oaep) spec).digest().lengthBytes() - 2;
    }
    return k - 11;
  }

  private static void checkKey(AsymmetricSpec key, RsaEncryptionSpec spec) throws CryptoException {
    if (!(key instanceof AsymmetricSpec.Rsa)) {
      throw Boundary.invalid("RSA encryption cannot use a " + key + " key");
    }
    if (!Algorithms.isSupported(spec.policyName(), Algorithms.Usage.ENCRYPT, key.sizeBits())) {
      throw Boundary.invalid(key + " is outside the supported RSA sizes");
    }
  }
}
