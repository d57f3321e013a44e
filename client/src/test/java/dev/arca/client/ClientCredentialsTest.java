package dev.arca.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.client.FakeKmipServer.Behaviour;
import dev.arca.server.testing.TestPki;
import dev.arca.server.tls.TlsMaterial;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading credentials as OpenSSL and Arca write them (see the README of the test resources). */
class ClientCredentialsTest {

  private static final String PASSWORD = "correct-horse-battery-staple";

  @TempDir Path dir;

  private Path resource(String name) throws IOException {
    Path p = dir.resolve(name);
    try (InputStream in = getClass().getResourceAsStream(name)) {
      Files.copy(in, p);
    }
    return p;
  }

  @Test
  void readsAPemCertificateAndAPlainPkcs8Key() throws Exception {
    ClientCredentials c =
        ClientCredentials.fromPem(resource("client.pem"), resource("client-key.pem"));

    assertThat(c.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=openssl-client");
    assertThat(c.privateKey().getAlgorithm()).isIn("EC", "ECDSA");
    assertThat(c.toString()).isEqualTo("ClientCredentials[CN=openssl-client]");
  }

  @Test
  void readsAnOpenSslEncryptedPkcs8Key() throws Exception {
    ClientCredentials c =
        ClientCredentials.fromPem(
            resource("client.pem"), resource("client-key-encrypted.pem"), PASSWORD.toCharArray());

    assertThat(c.certificateChain()).hasSize(1);
  }

  @Test
  void anEncryptedKeyNeedsTheRightPassword() throws Exception {
    Path cert = resource("client.pem");
    Path key = resource("client-key-encrypted.pem");

    assertThatThrownBy(() -> ClientCredentials.fromPem(cert, key))
        .isInstanceOf(IOException.class)
        .hasMessage(key + ": the key is encrypted; a key password is needed");
    assertThatThrownBy(() -> ClientCredentials.fromPem(cert, key, "wrong".toCharArray()))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(key + ": cannot decrypt the key")
        .hasMessageNotContaining("wrong\"");
  }

  @Test
  void legacyEncryptedPemIsRefusedWithTheConversionCommand() throws Exception {
    Path key = resource("client-key-legacy-encrypted.pem");
    assertThatThrownBy(
            () -> ClientCredentials.fromPem(resource("client.pem"), key, PASSWORD.toCharArray()))
        .hasMessageContaining("legacy encrypted PEM key")
        .hasMessageContaining("openssl pkcs8 -topk8");
  }

  @Test
  void readsAPkcs1RsaKey() throws Exception {
    ClientCredentials c =
        ClientCredentials.fromPem(resource("other.pem"), resource("other-key-pkcs1.pem"));
    assertThat(c.privateKey().getAlgorithm()).isEqualTo("RSA");
  }

  @Test
  void aKeyOfAnotherCertificateIsRefused() throws Exception {
    Path key = resource("other-key.pem");
    assertThatThrownBy(() -> ClientCredentials.fromPem(resource("client.pem"), key))
        .isInstanceOf(IOException.class)
        .hasMessage(key + ": the private key does not belong to certificate CN=openssl-client");
  }

  @Test
  void readsAnOpenSslPkcs12File() throws Exception {
    ClientCredentials c =
        ClientCredentials.fromPkcs12(resource("client.p12"), PASSWORD.toCharArray());

    assertThat(c.certificate().getSubjectX500Principal().getName()).isEqualTo("CN=openssl-client");
    assertThat(c.privateKey().getClass().getName()).startsWith("org.bouncycastle.");
  }

  @Test
  void aPkcs12FileNeedsTheRightPassword() throws Exception {
    Path p12 = resource("client.p12");
    assertThatThrownBy(() -> ClientCredentials.fromPkcs12(p12, "nope".toCharArray()))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith(p12 + ": ");
  }

  @Test
  void missingAndMalformedFilesAreNamed() throws Exception {
    Path missing = dir.resolve("missing.pem");
    Path text = Files.writeString(dir.resolve("text.pem"), "hello\n");
    assertThatThrownBy(() -> ClientCredentials.fromPem(missing, missing))
        .hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> ClientCredentials.readCertificates(text))
        .hasMessageStartingWith(text + ": ");
    assertThatThrownBy(() -> ClientCredentials.fromPem(resource("client.pem"), text))
        .hasMessageStartingWith(text + ": no private key found");
  }

  /** Writes a bundle as an Arca node does, for a user of the test PKI. */
  static Path writeBundle(Path bundle, List<String> hosts, int port, String password)
      throws IOException {
    TlsMaterial m = TestPki.shared().client("bundle-user");
    Files.createDirectories(bundle);
    Files.writeString(bundle.resolve("ca.pem"), pem("CERTIFICATE", m.trustedCas().get(0)));
    Files.writeString(bundle.resolve("client.pem"), pem("CERTIFICATE", m.chain().get(0)));
    Files.writeString(
        bundle.resolve("client-key.pem"), pem("PRIVATE KEY", m.privateKey().getEncoded()));
    Files.writeString(bundle.resolve("password"), password + "\n");
    Files.writeString(
        bundle.resolve("pykmip.conf"),
        "# PyKMIP client configuration\n[client]\nhost="
            + String.join(", ", hosts)
            + "\nport="
            + port
            + "\ncertfile=x\nusername=bundle-user\npassword="
            + password.replace("%", "%%")
            + "\n");
    return bundle;
  }

  private static String pem(String type, java.security.cert.X509Certificate c) {
    try {
      return pem(type, c.getEncoded());
    } catch (java.security.cert.CertificateEncodingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }

  @Test
  void aBundleGivesAddressesCredentialsAndTheKmipCredential() throws Exception {
    try (FakeKmipServer server = FakeKmipServer.start(Behaviour.ANSWER)) {
      int port = Integer.parseInt(server.address().substring("127.0.0.1:".length()));
      Path bundle = writeBundle(dir.resolve("bundle"), List.of("127.0.0.1"), port, "p%ss");
      BundleDirectory read = BundleDirectory.read(bundle);
      assertThat(read.addresses).containsExactly(new ServerAddress("127.0.0.1", port));
      assertThat(read.username).contains("bundle-user");
      assertThat(read.password())
          .hasValueSatisfying(p -> assertThat(new String(p)).isEqualTo("p%ss"));

      try (KmipClient client = KmipClient.builder().bundle(bundle).build()) {
        assertThat(client.discoverVersions()).hasSize(1);
        assertThat(client.addresses()).containsExactly(new ServerAddress("127.0.0.1", port));
        assertThat(client.toString()).contains("user bundle-user").doesNotContain("p%ss");
      }
    }
  }

  @Test
  void explicitSettingsOverrideTheBundle() throws Exception {
    Path bundle = writeBundle(dir.resolve("b"), List.of("node1", "node2"), 5696, "pw");
    try (KmipClient client =
        KmipClient.builder().bundle(bundle).address("127.0.0.1:7000").build()) {
      assertThat(client.addresses()).containsExactly(new ServerAddress("127.0.0.1", 7000));
    }
    try (KmipClient client = KmipClient.builder().bundle(bundle).build()) {
      assertThat(client.addresses())
          .containsExactly(new ServerAddress("node1", 5696), new ServerAddress("node2", 5696));
    }
  }

  @Test
  void aDirectoryThatIsNoBundleIsNamed() {
    Path none = dir.resolve("none");
    assertThatThrownBy(() -> KmipClient.builder().bundle(none).build())
        .isInstanceOf(IOException.class)
        .hasMessage("client bundle " + none + ": not a directory");
    assertThatThrownBy(() -> KmipClient.builder().bundle(dir).build())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("no pykmip.conf");
  }
}
