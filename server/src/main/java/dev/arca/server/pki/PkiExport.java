package dev.arca.server.pki;

import dev.arca.core.crypto.CryptoModule;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.crypto.spec.PBEParameterSpec;
import javax.security.auth.DestroyFailedException;
import org.bouncycastle.crypto.CryptoServicesRegistrar;
import org.bouncycastle.crypto.fips.FipsUnapprovedOperationError;
import org.bouncycastle.openssl.PKCS8Generator;
import org.bouncycastle.openssl.jcajce.JcaPKCS8Generator;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8EncryptorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.OutputEncryptor;
import org.bouncycastle.util.io.pem.PemGenerationException;
import org.bouncycastle.util.io.pem.PemObject;

/**
 * Certificates and keys in the formats other software reads.
 *
 * <ul>
 *   <li>certificates: PEM ({@code CERTIFICATE} blocks);
 *   <li>private keys: PKCS#8 PEM, unencrypted ({@code PRIVATE KEY}) or encrypted with a password
 *       ({@code ENCRYPTED PRIVATE KEY}, PBES2 with PBKDF2-HMAC-SHA-256 and AES-256-CBC, RFC 8018),
 *       which OpenSSL, Python's {@code ssl}, Java's {@code EncryptedPrivateKeyInfo} and browsers
 *       read; both come from BC-FIPS;
 *   <li>PKCS#12 bundles for browsers and operating-system key stores.
 * </ul>
 *
 * <p><b>PKCS#12 is a convenience outside the FIPS boundary.</b> BC-FIPS offers no PKCS#12 in
 * approved-only mode, so the bundle is written by the JDK's own PKCS#12 key store (SunJCE
 * algorithms): keys and certificates encrypted with PBES2 (PBKDF2-HMAC-SHA-256, AES-256-CBC), the
 * whole file protected by an HMAC-SHA-256 MAC. When the node runs in FIPS approved-only mode it is
 * refused; export PKCS#8 PEM instead.
 */
public final class PkiExport {

  /**
   * PBKDF2 iterations for an encrypted PKCS#8 key (OWASP's 2023 figure for PBKDF2-HMAC-SHA-256). A
   * file copied off the node must resist offline guessing on its own.
   */
  public static final int PKCS8_ITERATIONS = 600_000;

  /** PBKDF2 iterations for the key in a PKCS#12 bundle. */
  public static final int PKCS12_ITERATIONS = 600_000;

  private static final String PKCS12_KEY_PROTECTION = "PBEWithHmacSHA256AndAES_256";
  private static final int SALT_BYTES = 16;

  private PkiExport() {}

  /** PEM {@code CERTIFICATE} blocks, in the order given. */
  public static String certificatesPem(List<X509Certificate> certificates) throws PkiException {
    StringBuilder out = new StringBuilder();
    for (X509Certificate certificate : certificates) {
      out.append(Pem.encode(Pem.CERTIFICATE, CertificateSupport.encoded(certificate)));
    }
    return out.toString();
  }

  /** One PEM {@code CERTIFICATE} block. */
  public static String certificatePem(X509Certificate certificate) throws PkiException {
    return certificatesPem(List.of(certificate));
  }

  /**
   * The private key as unencrypted PKCS#8 PEM ({@code -----BEGIN PRIVATE KEY-----}). Whoever reads
   * the result has the key: write it only to a 0600 file.
   */
  public static String privateKeyPem(PrivateKey key) throws PkiException {
    byte[] pkcs8 = Objects.requireNonNull(key, "key").getEncoded();
    if (pkcs8 == null || !"PKCS#8".equals(key.getFormat())) {
      throw new PkiException("the private key cannot be exported as PKCS#8");
    }
    try {
      return Pem.encode(Pem.PRIVATE_KEY, pkcs8);
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  /**
   * The private key as encrypted PKCS#8 PEM ({@code -----BEGIN ENCRYPTED PRIVATE KEY-----}): PBES2
   * with PBKDF2-HMAC-SHA-256 ({@value #PKCS8_ITERATIONS} iterations, 16-byte random salt) and
   * AES-256-CBC, computed by BC-FIPS. {@code openssl pkey -in key.pem -passin ...} reads it.
   *
   * @param password at least 1 character; in FIPS approved-only mode BC-FIPS requires at least 14
   *     (112 bits, SP 800-132)
   */
  public static String encryptedPrivateKeyPem(PrivateKey key, char[] password) throws PkiException {
    Objects.requireNonNull(key, "key");
    checkPassword(password);
    try {
      OutputEncryptor encryptor =
          new JceOpenSSLPKCS8EncryptorBuilder(PKCS8Generator.AES_256_CBC)
              .setPRF(PKCS8Generator.PRF_HMACSHA256)
              .setIterationCount(PKCS8_ITERATIONS)
              .setRandom(CryptoModule.instance().secureRandom())
              .setProvider(PkiContext.PROVIDER_NAME)
              .setPassword(password)
              .build();
      PemObject pem = new JcaPKCS8Generator(key, encryptor).generate();
      return Pem.encode(Pem.ENCRYPTED_PRIVATE_KEY, pem.getContent());
    } catch (OperatorCreationException | PemGenerationException | RuntimeException e) {
      throw new PkiException("cannot encrypt the private key: " + e.getClass().getSimpleName(), e);
    } catch (FipsUnapprovedOperationError e) {
      throw new PkiException(
          "cannot encrypt the private key in FIPS approved-only mode ("
              + e.getMessage()
              + "); passwords must be at least 14 characters in that mode",
          e);
    }
  }

  /** Whether {@link #pkcs12} can be used: not in FIPS approved-only mode. */
  public static boolean isPkcs12Available() {
    return !CryptoServicesRegistrar.isInApprovedOnlyMode();
  }

  /**
   * A PKCS#12 bundle of the key and its chain, for browsers and operating-system key stores,
   * written by the JDK's PKCS#12 key store: the key in a shrouded bag encrypted with PBES2
   * (PBKDF2-HMAC-SHA-256, {@value #PKCS12_ITERATIONS} iterations, AES-256-CBC), certificates
   * encrypted and the file MACed with the JDK's defaults (PBES2 with AES-256, HMAC-SHA-256 since
   * JDK 12). Not FIPS-validated cryptography, hence refused in approved-only mode.
   *
   * @param alias the friendly name browsers show, e.g. the username
   * @param password protects the key and the file; at least 1 character
   * @throws PkiException in FIPS approved-only mode, or if the JDK cannot write the bundle
   */
  public static byte[] pkcs12(CertifiedKey key, String alias, char[] password) throws PkiException {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(alias, "alias");
    checkPassword(password);
    if (!isPkcs12Available()) {
      throw new PkiException(
          "PKCS#12 export is not available in FIPS approved-only mode: BC-FIPS has no approved"
              + " PKCS#12, and the JDK's is outside the FIPS boundary; export the certificate and an"
              + " encrypted PKCS#8 key (PEM) instead");
    }
    try {
      KeyStore store = KeyStore.getInstance("PKCS12");
      if (PkiContext.PROVIDER_NAME.equals(store.getProvider().getName())) {
        throw new PkiException("the JDK's PKCS#12 key store is not available");
      }
      store.load(null, null);
      byte[] salt = new byte[SALT_BYTES];
      CryptoModule.instance().secureRandom().nextBytes(salt);
      KeyStore.PasswordProtection protection =
          new KeyStore.PasswordProtection(
              password, PKCS12_KEY_PROTECTION, new PBEParameterSpec(salt, PKCS12_ITERATIONS));
      try {
        store.setEntry(
            alias,
            new KeyStore.PrivateKeyEntry(key.privateKey(), key.chain().toArray(new Certificate[0])),
            protection);
      } finally {
        protection.destroy();
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      store.store(out, password);
      return out.toByteArray();
    } catch (GeneralSecurityException | IOException | RuntimeException e) {
      throw new PkiException("cannot write the PKCS#12 bundle: " + e.getClass().getSimpleName(), e);
    } catch (DestroyFailedException e) {
      throw new PkiException("cannot clear the PKCS#12 password", e);
    }
  }

  private static void checkPassword(char[] password) {
    if (password == null || password.length == 0) {
      throw new IllegalArgumentException("a password is required");
    }
  }
}
