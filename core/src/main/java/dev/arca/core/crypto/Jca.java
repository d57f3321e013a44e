package dev.arca.core.crypto;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.MessageDigest;
import java.security.Provider;
import java.security.Security;
import java.security.Signature;
import java.util.HashMap;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import org.bouncycastle.jcajce.provider.BouncyCastleFipsProvider;

/**
 * The BC-FIPS JCA provider and per-thread caches of engine objects.
 *
 * <p>Every request pays for an engine lookup otherwise: provider service lookup and construction of
 * a BC-FIPS {@code Cipher} costs more than sealing a small record with it. Engines are not
 * thread-safe, so each thread keeps its own, re-initialised with the key of each operation.
 */
final class Jca {

  static final String PROVIDER_NAME = "BCFIPS";

  private static final ThreadLocal<Map<String, Cipher>> CIPHERS =
      ThreadLocal.withInitial(HashMap::new);
  private static final ThreadLocal<Map<String, Mac>> MACS = ThreadLocal.withInitial(HashMap::new);
  private static final ThreadLocal<Map<String, Signature>> SIGNATURES =
      ThreadLocal.withInitial(HashMap::new);
  private static final ThreadLocal<Map<String, MessageDigest>> DIGESTS =
      ThreadLocal.withInitial(HashMap::new);
  private static final ThreadLocal<Map<String, KeyFactory>> KEY_FACTORIES =
      ThreadLocal.withInitial(HashMap::new);

  private Jca() {}

  /**
   * Loads and registers the provider the first time in this JVM; later calls return the same
   * instance. If another part of the process registered BC-FIPS first, that instance is used: two
   * instances would run the module's power-up self-tests twice and keep two DRBG pools.
   */
  static Provider provider() {
    return Holder.PROVIDER;
  }

  private static final class Holder {
    static final Provider PROVIDER = load();

    private static Provider load() {
      synchronized (Security.class) {
        Provider existing = Security.getProvider(PROVIDER_NAME);
        if (existing != null) {
          return existing;
        }
        Provider provider = new BouncyCastleFipsProvider();
        // Appended, not inserted first: the JVM's defaults for code outside this boundary stay
        // as they were; the boundary always names this provider explicitly.
        Security.addProvider(provider);
        return provider;
      }
    }
  }

  static Cipher cipher(String transformation) throws GeneralSecurityException {
    Map<String, Cipher> cache = CIPHERS.get();
    Cipher cipher = cache.get(transformation);
    if (cipher == null) {
      cipher = Cipher.getInstance(transformation, provider());
      cache.put(transformation, cipher);
    }
    return cipher;
  }

  static Mac mac(String algorithm) throws GeneralSecurityException {
    Map<String, Mac> cache = MACS.get();
    Mac mac = cache.get(algorithm);
    if (mac == null) {
      mac = Mac.getInstance(algorithm, provider());
      cache.put(algorithm, mac);
    }
    return mac;
  }

  static Signature signature(String algorithm) throws GeneralSecurityException {
    Map<String, Signature> cache = SIGNATURES.get();
    Signature signature = cache.get(algorithm);
    if (signature == null) {
      signature = Signature.getInstance(algorithm, provider());
      cache.put(algorithm, signature);
    }
    return signature;
  }

  static MessageDigest digest(String algorithm) throws GeneralSecurityException {
    Map<String, MessageDigest> cache = DIGESTS.get();
    MessageDigest digest = cache.get(algorithm);
    if (digest == null) {
      digest = MessageDigest.getInstance(algorithm, provider());
      cache.put(algorithm, digest);
    }
    digest.reset();
    return digest;
  }

  static KeyFactory keyFactory(String algorithm) throws GeneralSecurityException {
    Map<String, KeyFactory> cache = KEY_FACTORIES.get();
    KeyFactory factory = cache.get(algorithm);
    if (factory == null) {
      factory = KeyFactory.getInstance(algorithm, provider());
      cache.put(algorithm, factory);
    }
    return factory;
  }
}
