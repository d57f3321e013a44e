package dev.arca.client;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Enumeration;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.crypto.fips.FipsUnapprovedOperationError;
import org.bouncycastle.openssl.PEMEncryptedKeyPair;
import org.bouncycastle.openssl.PEMKeyPair;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;
import org.bouncycastle.openssl.jcajce.JceOpenSSLPKCS8DecryptorProviderBuilder;
import org.bouncycastle.operator.InputDecryptorProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.pkcs.PKCS8EncryptedPrivateKeyInfo;
import org.bouncycastle.pkcs.PKCSException;

/**
 * The client's TLS identity: a private key and its certificate chain, leaf first.
 *
 * <p>Read from PEM files as OpenSSL and Arca write them (a certificate file, and a PKCS#8 key that
 * is either plain, {@code BEGIN PRIVATE KEY}, or encrypted with PBES2, {@code BEGIN ENCRYPTED
 * PRIVATE KEY}: PBKDF2 with HMAC-SHA-256 and AES-256-CBC is OpenSSL 3's default), or from a PKCS#12
 * file. The key is checked against the certificate when loaded, so that a mismatched pair fails
 * here with a clear message rather than as a TLS alert later.
 *
 * <p>Nothing here ever renders the key or a password: {@link #toString()} names the certificate.
 */
public final class ClientCredentials {

  private final PrivateKey privateKey;
  private final List<X509Certificate> chain;

  private ClientCredentials(PrivateKey privateKey, List<X509Certificate> chain) {
    this.privateKey = privateKey;
    this.chain = List.copyOf(chain);
  }

  /**
   * Credentials from a key and its chain.
   *
   * @throws IllegalArgumentException when the chain is empty or the key does not belong to its
   *     first certificate
   */
  public static ClientCredentials of(PrivateKey privateKey, List<X509Certificate> chain) {
    Objects.requireNonNull(privateKey, "privateKey");
    if (chain.isEmpty()) {
      throw new IllegalArgumentException("the certificate chain is empty");
    }
    if (!matches(privateKey, chain.get(0).getPublicKey())) {
      throw new IllegalArgumentException(
          "the private key does not belong to certificate "
              + chain.get(0).getSubjectX500Principal().getName());
    }
    return new ClientCredentials(privateKey, chain);
  }

  /** Reads a PEM certificate file (leaf first, then any intermediates) and a plain PEM key. */
  public static ClientCredentials fromPem(Path certificateFile, Path keyFile) throws IOException {
    return fromPem(certificateFile, keyFile, null);
  }

  /**
   * Reads a PEM certificate file and a PEM private key, which may be encrypted.
   *
   * @param keyPassword the password of an encrypted key; {@code null} for a plain one. Not kept.
   * @throws IOException when a file cannot be read or parsed, the key is encrypted and no or the
   *     wrong password is given, or the key does not belong to the certificate; the message names
   *     the file
   */
  public static ClientCredentials fromPem(Path certificateFile, Path keyFile, char[] keyPassword)
      throws IOException {
    List<X509Certificate> chain = readCertificates(certificateFile);
    if (chain.isEmpty()) {
      throw new IOException(certificateFile + ": no certificate found");
    }
    PrivateKey key = readPrivateKey(keyFile, keyPassword);
    return checked(key, chain, keyFile);
  }

  /**
   * Reads the first key entry of a PKCS#12 file with its chain. The file is read with the JDK's
   * PKCS#12 support (BC-FIPS has none in approved-only mode); the key is then imported into
   * BC-FIPS.
   *
   * @param password the file's password; not kept
   */
  public static ClientCredentials fromPkcs12(Path file, char[] password) throws IOException {
    Objects.requireNonNull(password, "password");
    KeyStore store;
    try (InputStream in = open(file)) {
      store = KeyStore.getInstance("PKCS12");
      store.load(in, password);
    } catch (GeneralSecurityException e) {
      throw new IOException(file + ": cannot read PKCS#12: " + e.getMessage(), e);
    } catch (IOException e) {
      if (e.getCause() instanceof java.security.UnrecoverableKeyException) {
        throw new IOException(file + ": wrong PKCS#12 password", e);
      }
      throw new IOException(file + ": cannot read PKCS#12: " + e.getMessage(), e);
    }
    try {
      Enumeration<String> aliases = store.aliases();
      while (aliases.hasMoreElements()) {
        String alias = aliases.nextElement();
        if (!store.isKeyEntry(alias)) {
          continue;
        }
        Key key = store.getKey(alias, password);
        Certificate[] certificates = store.getCertificateChain(alias);
        if (!(key instanceof PrivateKey) || certificates == null || certificates.length == 0) {
          continue;
        }
        List<X509Certificate> chain = new ArrayList<>();
        CertificateFactory factory = CertificateFactory.getInstance("X.509", ClientTls.fips());
        for (Certificate c : certificates) {
          chain.add(
              (X509Certificate)
                  factory.generateCertificate(new ByteArrayInputStream(c.getEncoded())));
        }
        return checked(importKey((PrivateKey) key), chain, file);
      }
    } catch (GeneralSecurityException | FipsUnapprovedOperationError e) {
      throw new IOException(file + ": cannot read the key entry: " + e.getMessage(), e);
    }
    throw new IOException(file + ": no private key entry with a certificate");
  }

  /** The certificate chain, leaf first. */
  public List<X509Certificate> certificateChain() {
    return chain;
  }

  /** The client certificate. */
  public X509Certificate certificate() {
    return chain.get(0);
  }

  PrivateKey privateKey() {
    return privateKey;
  }

  @Override
  public String toString() {
    return "ClientCredentials[" + certificate().getSubjectX500Principal().getName() + "]";
  }

  /**
   * Reads every certificate of a PEM (or DER) file, in order.
   *
   * @throws IOException when the file cannot be read or holds something else
   */
  public static List<X509Certificate> readCertificates(Path file) throws IOException {
    try (InputStream in = open(file)) {
      CertificateFactory factory = CertificateFactory.getInstance("X.509", ClientTls.fips());
      Collection<? extends Certificate> all = factory.generateCertificates(in);
      List<X509Certificate> out = new ArrayList<>();
      for (Certificate c : all) {
        out.add((X509Certificate) c);
      }
      if (out.isEmpty()) {
        throw new IOException(file + ": no certificate found");
      }
      return List.copyOf(out);
    } catch (GeneralSecurityException e) {
      throw new IOException(file + ": not a PEM certificate file: " + e.getMessage(), e);
    }
  }

  private static ClientCredentials checked(
      PrivateKey key, List<X509Certificate> chain, Path keyFile) throws IOException {
    try {
      return of(key, chain);
    } catch (IllegalArgumentException e) {
      throw new IOException(keyFile + ": " + e.getMessage());
    }
  }

  private static PrivateKey readPrivateKey(Path file, char[] password) throws IOException {
    Object item;
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.US_ASCII);
        PEMParser parser = new PEMParser(reader)) {
      item = parser.readObject();
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file");
    } catch (IOException | RuntimeException e) {
      throw new IOException(file + ": not a PEM private key: " + e.getMessage(), e);
    }
    JcaPEMKeyConverter converter = new JcaPEMKeyConverter().setProvider(ClientTls.fips());
    try {
      if (item instanceof PrivateKeyInfo) {
        return converter.getPrivateKey((PrivateKeyInfo) item);
      }
      if (item instanceof PEMKeyPair) {
        // PKCS#1 (BEGIN RSA PRIVATE KEY) or SEC 1 (BEGIN EC PRIVATE KEY), unencrypted.
        return converter.getPrivateKey(((PEMKeyPair) item).getPrivateKeyInfo());
      }
      if (item instanceof PKCS8EncryptedPrivateKeyInfo) {
        return decrypt(file, (PKCS8EncryptedPrivateKeyInfo) item, password, converter);
      }
      if (item instanceof PEMEncryptedKeyPair) {
        // The legacy OpenSSL encryption derives its key with MD5, which FIPS does not allow.
        throw new IOException(
            file
                + ": legacy encrypted PEM key (Proc-Type: 4,ENCRYPTED) is not supported;"
                + " convert it with: openssl pkcs8 -topk8 -v2 aes-256-cbc -in KEY -out NEW");
      }
    } catch (FipsUnapprovedOperationError e) {
      throw new IOException(file + ": key refused in FIPS approved-only mode: " + e.getMessage());
    }
    throw new IOException(
        file
            + ": no private key found (expected BEGIN PRIVATE KEY or BEGIN ENCRYPTED PRIVATE KEY)");
  }

  private static PrivateKey decrypt(
      Path file,
      PKCS8EncryptedPrivateKeyInfo encrypted,
      char[] password,
      JcaPEMKeyConverter converter)
      throws IOException {
    if (password == null || password.length == 0) {
      throw new IOException(file + ": the key is encrypted; a key password is needed");
    }
    try {
      InputDecryptorProvider decryptor =
          new JceOpenSSLPKCS8DecryptorProviderBuilder()
              .setProvider(ClientTls.fips())
              .build(password);
      return converter.getPrivateKey(encrypted.decryptPrivateKeyInfo(decryptor));
    } catch (PKCSException e) {
      throw new IOException(file + ": cannot decrypt the key: wrong password?", e);
    } catch (OperatorCreationException | RuntimeException e) {
      throw new IOException(
          file + ": cannot decrypt the key (unsupported encryption?): " + e.getMessage(), e);
    }
  }

  /** The key as a BC-FIPS key, whatever provider produced it. */
  private static PrivateKey importKey(PrivateKey key) throws GeneralSecurityException {
    byte[] encoded = key.getEncoded();
    try {
      return KeyFactory.getInstance(key.getAlgorithm(), ClientTls.fips())
          .generatePrivate(new PKCS8EncodedKeySpec(encoded));
    } finally {
      if (encoded != null) {
        Arrays.fill(encoded, (byte) 0);
      }
    }
  }

  /** Signs a random challenge with the key and verifies it with the certificate's public key. */
  private static boolean matches(PrivateKey key, PublicKey publicKey) {
    String algorithm;
    switch (publicKey.getAlgorithm()) {
      case "RSA":
        algorithm = "SHA256withRSA";
        break;
      case "EC":
      case "ECDSA":
        algorithm = "SHA256withECDSA";
        break;
      default:
        // No check for other key types; the TLS handshake will tell.
        return true;
    }
    if (!key.getAlgorithm().equals(publicKey.getAlgorithm())
        && !(isEc(key.getAlgorithm()) && isEc(publicKey.getAlgorithm()))) {
      return false;
    }
    try {
      byte[] challenge = new byte[32];
      ClientTls.random().nextBytes(challenge);
      Signature signer = Signature.getInstance(algorithm, ClientTls.fips());
      signer.initSign(key, ClientTls.random());
      signer.update(challenge);
      byte[] signature = signer.sign();
      Signature verifier = Signature.getInstance(algorithm, ClientTls.fips());
      verifier.initVerify(publicKey);
      verifier.update(challenge);
      return verifier.verify(signature);
    } catch (GeneralSecurityException | RuntimeException | FipsUnapprovedOperationError e) {
      // Not evidence of a mismatch (e.g. a key size approved-only mode refuses to sign with);
      // the TLS handshake will tell.
      return true;
    }
  }

  private static boolean isEc(String algorithm) {
    return algorithm.equals("EC") || algorithm.equals("ECDSA");
  }

  private static InputStream open(Path file) throws IOException {
    try {
      return Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new IOException(file + ": no such file");
    }
  }
}
