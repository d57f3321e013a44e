package dev.arca.core.crypto;

import java.lang.ref.WeakReference;
import java.security.GeneralSecurityException;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Mac;

/** HMAC (FIPS 198-1), AES-CMAC (SP 800-38B) and hashing. */
final class Macs {

  /**
   * The key that this thread's cached {@link Mac} of each algorithm ({@link Jca#mac}) was last
   * initialised with. BC-FIPS builds a new MAC operator on every {@code init}, which costs more
   * than the MAC of a short input; {@code doFinal} leaves a Mac reset and still keyed ({@link
   * Mac#doFinal()}), so a Mac asked for again with the same key object is used as it is. That is
   * the case of the password verification cache, whose one key tags every authenticated request.
   * Weak references: this never keeps key material reachable.
   */
  private static final ThreadLocal<Map<String, WeakReference<SecretKeyMaterial>>> KEYED_WITH =
      ThreadLocal.withInitial(HashMap::new);

  private Macs() {}

  static byte[] mac(SecretKeyMaterial key, MacAlgorithm algorithm, byte[] data)
      throws GeneralSecurityException, CryptoException {
    checkKey(key, algorithm);
    String name = algorithm.jcaName();
    Mac mac = Jca.mac(name);
    Map<String, WeakReference<SecretKeyMaterial>> keyedWith = KEYED_WITH.get();
    WeakReference<SecretKeyMaterial> last = keyedWith.get(name);
    if (last == null || last.get() != key || key.isDestroyed()) {
      // Forget first: if init fails, the Mac's key is unknown.
      keyedWith.remove(name);
      mac.init(key.jcaKey(algorithm.isHmac() ? name : "AES"));
      keyedWith.put(name, new WeakReference<>(key));
    }
    return mac.doFinal(data);
  }

  /** Raw HMAC over bytes, for the boundary's own derivations. */
  static byte[] hmac(DigestAlgorithm digest, byte[] key, byte[] data)
      throws GeneralSecurityException {
    String name = "HMAC" + digest.shortName();
    Mac mac = Jca.mac(name);
    KEYED_WITH.get().remove(name);
    mac.init(new RawSecretKey(name, key));
    return mac.doFinal(data);
  }

  static boolean verify(SecretKeyMaterial key, MacAlgorithm algorithm, byte[] data, byte[] tag)
      throws GeneralSecurityException, CryptoException {
    byte[] expected = mac(key, algorithm, data);
    return Bytes.constantTimeEquals(expected, tag);
  }

  static byte[] hash(DigestAlgorithm algorithm, byte[] data) throws GeneralSecurityException {
    return Jca.digest(algorithm.jcaName()).digest(data);
  }

  private static void checkKey(SecretKeyMaterial key, MacAlgorithm algorithm)
      throws CryptoException {
    SymmetricAlgorithm keyAlgorithm = key.algorithm();
    if (algorithm.isHmac()) {
      // Any HMAC key or opaque secret may key any HMAC; a cipher key may not (key separation).
      boolean macKey =
          keyAlgorithm.name().startsWith("HMAC_") || keyAlgorithm == SymmetricAlgorithm.SECRET;
      if (!macKey) {
        throw Boundary.invalid(keyAlgorithm + " keys cannot key " + algorithm);
      }
      if (key.lengthBits() == 0) {
        throw Boundary.invalid("HMAC key is empty");
      }
    } else if (keyAlgorithm != SymmetricAlgorithm.AES
        || !Algorithms.isSupported("AES-CMAC", Algorithms.Usage.MAC, key.lengthBits())) {
      throw Boundary.invalid("AES-CMAC needs an AES key of 128, 192 or 256 bits");
    }
  }
}
