package dev.arca.server.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.AlgorithmParameters;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.interfaces.ECPrivateKey;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.crypto.Cipher;
import javax.crypto.EncryptedPrivateKeyInfo;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.ASN1Sequence;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.AuthenticatedSafe;
import org.bouncycastle.asn1.pkcs.ContentInfo;
import org.bouncycastle.asn1.pkcs.EncryptedData;
import org.bouncycastle.asn1.pkcs.PBES2Parameters;
import org.bouncycastle.asn1.pkcs.PBKDF2Params;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.pkcs.Pfx;
import org.bouncycastle.asn1.pkcs.SafeBag;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.crypto.CryptoServicesRegistrar;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PkiExportTest {

  private static final char[] PASSWORD = "correct horse battery staple".toCharArray();

  private static CertifiedKey client;

  @TempDir Path directory;

  @BeforeAll
  static void issue() throws Exception {
    client =
        PkiFixture.sharedCa().issueClientCertificate(ClientCertificateRequest.forUser("alice"));
  }

  @Test
  void certificatesArePem() throws Exception {
    String pem = PkiExport.certificatesPem(client.chain());
    assertThat(pem)
        .startsWith("-----BEGIN CERTIFICATE-----\n")
        .endsWith("-----END CERTIFICATE-----\n");
    assertThat(CertificateSupport.parseCertificates(pem)).containsExactlyElementsOf(client.chain());
  }

  @Test
  void unencryptedKeyIsPkcs8ThatTheJdkReads() throws Exception {
    String pem = PkiExport.privateKeyPem(client.privateKey());
    assertThat(pem).startsWith("-----BEGIN PRIVATE KEY-----\n");
    byte[] der = Pem.blocksOf(Pem.decode(pem), Pem.PRIVATE_KEY).get(0);
    PrivateKey parsed =
        KeyFactory.getInstance("EC", "SunEC").generatePrivate(new PKCS8EncodedKeySpec(der));
    assertThat(parsed.getEncoded()).isNotNull();
    assertThat(((ECPrivateKey) parsed).getS())
        .isEqualTo(((ECPrivateKey) client.privateKey()).getS());
  }

  @Test
  void encryptedKeyIsPbes2WithPbkdf2Sha256AndAes256CbcAndOpensInTheJdk() throws Exception {
    String pem = PkiExport.encryptedPrivateKeyPem(client.privateKey(), PASSWORD);
    assertThat(pem)
        .startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----\n")
        .doesNotContain("PASSWORD");
    byte[] der = Pem.blocksOf(Pem.decode(pem), Pem.ENCRYPTED_PRIVATE_KEY).get(0);

    AlgorithmIdentifier scheme =
        org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo.getInstance(der)
            .getEncryptionAlgorithm();
    assertThat(describe(scheme)).isEqualTo("PBES2 PBKDF2-HMAC-SHA-256 600000 AES-256-CBC");

    // The JDK alone (SunJCE), as any Java client would.
    EncryptedPrivateKeyInfo info = new EncryptedPrivateKeyInfo(der);
    PKCS8EncodedKeySpec spec = decrypt(info, PASSWORD);
    PrivateKey parsed = KeyFactory.getInstance("EC", "SunEC").generatePrivate(spec);
    assertThat(((ECPrivateKey) parsed).getS())
        .isEqualTo(((ECPrivateKey) client.privateKey()).getS());
    assertThatThrownBy(() -> decrypt(info, "wrong password".toCharArray()))
        .isInstanceOf(GeneralSecurityException.class);
  }

  @Test
  void encryptedKeyOpensWithOpenssl() throws Exception {
    Path openssl = Path.of("/usr/bin/openssl");
    if (!Files.isExecutable(openssl)) {
      assumeTrue(
          System.getenv("CI") != null, "openssl is not installed; skipping the openssl check");
      throw new AssertionError("openssl is required on CI but /usr/bin/openssl is missing");
    }
    Path key = directory.resolve("key.pem");
    Path password = directory.resolve("password");
    Path publicKey = directory.resolve("public.der");
    Files.writeString(key, PkiExport.encryptedPrivateKeyPem(client.privateKey(), PASSWORD));
    Files.writeString(password, new String(PASSWORD) + "\n");
    Process process =
        new ProcessBuilder(
                openssl.toString(),
                "pkey",
                "-in",
                key.toString(),
                "-passin",
                "file:" + password,
                "-pubout",
                "-outform",
                "DER",
                "-out",
                publicKey.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(process.exitValue()).as(output).isZero();
    assertThat(Files.readAllBytes(publicKey))
        .isEqualTo(client.certificate().getPublicKey().getEncoded());
  }

  @Test
  void pkcs12LoadsInTheJdkAndUsesStrongAlgorithms() throws Exception {
    byte[] bundle = PkiExport.pkcs12(client, "alice", PASSWORD);

    KeyStore store = KeyStore.getInstance("PKCS12");
    store.load(new ByteArrayInputStream(bundle), PASSWORD);
    assertThat(Collections.list(store.aliases())).containsExactly("alice");
    PrivateKey key = (PrivateKey) store.getKey("alice", PASSWORD);
    assertThat(((ECPrivateKey) key).getS()).isEqualTo(((ECPrivateKey) client.privateKey()).getS());
    Certificate[] chain = store.getCertificateChain("alice");
    assertThat(chain).containsExactlyElementsOf(client.chain());

    Pfx pfx = Pfx.getInstance(bundle);
    assertThat(pfx.getMacData().getMac().getAlgorithmId().getAlgorithm())
        .isEqualTo(NISTObjectIdentifiers.id_sha256);
    List<String> schemes = new ArrayList<>();
    ContentInfo[] parts =
        AuthenticatedSafe.getInstance(
                ASN1OctetString.getInstance(pfx.getAuthSafe().getContent()).getOctets())
            .getContentInfo();
    for (ContentInfo part : parts) {
      if (part.getContentType().equals(PKCSObjectIdentifiers.encryptedData)) {
        schemes.add(
            describe(EncryptedData.getInstance(part.getContent()).getEncryptionAlgorithm()));
      } else {
        ASN1Sequence bags =
            ASN1Sequence.getInstance(ASN1OctetString.getInstance(part.getContent()).getOctets());
        for (int i = 0; i < bags.size(); i++) {
          SafeBag bag = SafeBag.getInstance(bags.getObjectAt(i));
          if (bag.getBagId().equals(PKCSObjectIdentifiers.pkcs8ShroudedKeyBag)) {
            schemes.add(
                describe(
                    org.bouncycastle.asn1.pkcs.EncryptedPrivateKeyInfo.getInstance(
                            bag.getBagValue())
                        .getEncryptionAlgorithm()));
          }
        }
      }
    }
    assertThat(schemes)
        .contains("PBES2 PBKDF2-HMAC-SHA-256 600000 AES-256-CBC")
        .allMatch(s -> s.startsWith("PBES2 PBKDF2-HMAC-SHA-256 ") && s.endsWith(" AES-256-CBC"));
  }

  @Test
  void pkcs12IsRefusedInApprovedOnlyMode() throws Exception {
    CompletableFuture<Throwable> outcome = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              CryptoServicesRegistrar.setApprovedOnlyMode(true);
              try {
                PkiExport.pkcs12(client, "alice", PASSWORD);
                outcome.complete(null);
              } catch (Throwable t) {
                outcome.complete(t);
              }
            });
    thread.start();
    Throwable thrown = outcome.get(60, TimeUnit.SECONDS);
    assertThat(thrown)
        .isInstanceOf(PkiException.class)
        .hasMessageStartingWith("PKCS#12 export is not available in FIPS approved-only mode")
        .hasMessageContaining("PKCS#8");
    assertThat(PkiExport.isPkcs12Available()).isTrue();
  }

  @Test
  void encryptedPkcs8WorksInApprovedOnlyMode() throws Exception {
    CompletableFuture<Object> outcome = new CompletableFuture<>();
    CompletableFuture<byte[]> keyInThread = new CompletableFuture<>();
    CompletableFuture<PkiException> shortPassword = new CompletableFuture<>();
    Thread thread =
        new Thread(
            () -> {
              CryptoServicesRegistrar.setApprovedOnlyMode(true);
              try {
                // BC-FIPS keys made outside approved-only mode are not usable inside it; in
                // production the whole JVM runs in that mode, so every key is made there.
                KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", "BCFIPS");
                generator.initialize(new ECGenParameterSpec("P-256"));
                PrivateKey key = generator.generateKeyPair().getPrivate();
                keyInThread.complete(key.getEncoded());
                try {
                  PkiExport.encryptedPrivateKeyPem(key, "short".toCharArray());
                  shortPassword.complete(null);
                } catch (PkiException e) {
                  shortPassword.complete(e);
                }
                outcome.complete(PkiExport.encryptedPrivateKeyPem(key, PASSWORD));
              } catch (Throwable t) {
                outcome.complete(t);
              }
            });
    thread.start();
    Object result = outcome.get(60, TimeUnit.SECONDS);
    assertThat(result).isInstanceOf(String.class);
    byte[] der = Pem.blocksOf(Pem.decode((String) result), Pem.ENCRYPTED_PRIVATE_KEY).get(0);
    assertThat(decrypt(new EncryptedPrivateKeyInfo(der), PASSWORD).getEncoded())
        .isEqualTo(keyInThread.get());
    assertThat(shortPassword.get())
        .hasMessageStartingWith("cannot encrypt the private key in FIPS approved-only mode")
        .hasMessageEndingWith("passwords must be at least 14 characters in that mode")
        .hasMessageNotContaining("short");
  }

  @Test
  void anEmptyPasswordIsRefused() {
    assertThatThrownBy(() -> PkiExport.encryptedPrivateKeyPem(client.privateKey(), new char[0]))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> PkiExport.pkcs12(client, "alice", new char[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  private static PKCS8EncodedKeySpec decrypt(EncryptedPrivateKeyInfo info, char[] password)
      throws Exception {
    AlgorithmParameters parameters = info.getAlgParameters();
    String algorithm = parameters.toString(); // PBEWithHmacSHA256AndAES_256 for this PBES2
    SecretKeyFactory factory = SecretKeyFactory.getInstance(algorithm, "SunJCE");
    Cipher cipher = Cipher.getInstance(algorithm, "SunJCE");
    cipher.init(Cipher.DECRYPT_MODE, factory.generateSecret(new PBEKeySpec(password)), parameters);
    return info.getKeySpec(cipher);
  }

  /** "PBES2 PBKDF2-HMAC-SHA-256 <iterations> AES-256-CBC" for the schemes this test expects. */
  private static String describe(AlgorithmIdentifier scheme) {
    if (!scheme.getAlgorithm().equals(PKCSObjectIdentifiers.id_PBES2)) {
      return scheme.getAlgorithm().getId();
    }
    PBES2Parameters parameters = PBES2Parameters.getInstance(scheme.getParameters());
    PBKDF2Params kdf = PBKDF2Params.getInstance(parameters.getKeyDerivationFunc().getParameters());
    String prf =
        kdf.getPrf().getAlgorithm().equals(PKCSObjectIdentifiers.id_hmacWithSHA256)
            ? "HMAC-SHA-256"
            : kdf.getPrf().getAlgorithm().getId();
    String cipher =
        parameters.getEncryptionScheme().getAlgorithm().equals(NISTObjectIdentifiers.id_aes256_CBC)
            ? "AES-256-CBC"
            : parameters.getEncryptionScheme().getAlgorithm().getId();
    return "PBES2 PBKDF2-" + prf + " " + kdf.getIterationCount() + " " + cipher;
  }
}
