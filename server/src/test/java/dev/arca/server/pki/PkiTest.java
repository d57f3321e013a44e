package dev.arca.server.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.crypto.Envelope;
import dev.arca.core.crypto.MasterKeyFile;
import dev.arca.core.key.testing.TestMasterKeys;
import dev.arca.server.tls.TlsMaterial;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.PrivateKey;
import java.security.Signature;
import java.security.interfaces.ECPrivateKey;
import java.time.Period;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PkiTest {

  private static final ServerNames NAMES =
      ServerNames.of(List.of("localhost", "kmip.test", "127.0.0.1"));

  @TempDir Path data;

  @Test
  void firstStartCreatesCaProfileAndServerCertificates() throws Exception {
    Pki pki = PkiFixture.open(data);
    pki.initialize("node1", NAMES, List.of(Pki.KMIP_CERTIFICATE, Pki.WEB_CERTIFICATE));

    LocalCa ca = pki.localCa(Pki.LOCAL_CA);
    assertThat(ca.certificate().getSubjectX500Principal().getName())
        .isEqualTo("CN=Arca local CA node1");
    assertThat(pki.trustedCaProfiles())
        .containsExactly(new TrustedCaProfile(TrustedCaProfile.DEFAULT, List.of(Pki.LOCAL_CA)));
    assertThat(pki.serverCertificateNames()).containsExactly("kmip", "web");
    for (String name : pki.serverCertificateNames()) {
      CertifiedKey key = pki.serverCertificate(name).orElseThrow();
      PkiFixture.validate(key.certificate(), ca.certificate());
      assertThat(pki.issuerOf(name)).contains(ca);
    }

    // A second start changes nothing.
    var kmipSerial = pki.serverCertificate("kmip").orElseThrow().certificate().getSerialNumber();
    Pki reopened = PkiFixture.open(data);
    reopened.initialize("node1", NAMES, List.of(Pki.KMIP_CERTIFICATE, Pki.WEB_CERTIFICATE));
    assertThat(reopened.serverCertificate("kmip").orElseThrow().certificate().getSerialNumber())
        .isEqualTo(kmipSerial);
    assertThat(reopened.localCa(Pki.LOCAL_CA).certificate()).isEqualTo(ca.certificate());
  }

  @Test
  void privateKeysAreSealedOnDiskAndLoadBack() throws Exception {
    Pki pki = PkiFixture.open(data);
    pki.initialize("node1", NAMES, List.of(Pki.KMIP_CERTIFICATE));
    PrivateKey caKey = pki.localCa(Pki.LOCAL_CA).privateKey();
    PrivateKey serverKey = pki.serverCertificate("kmip").orElseThrow().privateKey();

    List<byte[]> secrets = new ArrayList<>();
    for (PrivateKey key : List.of(caKey, serverKey)) {
      byte[] pkcs8 = key.getEncoded();
      secrets.add(pkcs8);
      secrets.add(Base64.getEncoder().encode(pkcs8));
      secrets.add(
          Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encode(pkcs8));
      // The bare EC private scalar, in case some format wrote only that.
      secrets.add(scalar((ECPrivateKey) key));
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(pki.directory())) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    assertThat(files).hasSize(3); // ca/local.pem, server/kmip.pem, trusted-ca-profiles.json
    for (Path file : files) {
      byte[] content = Files.readAllBytes(file);
      for (byte[] secret : secrets) {
        assertThat(indexOf(content, secret)).as(file + " holds key material").isNegative();
      }
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo("rw-------");
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(pki.directory())))
        .isEqualTo("rwx------");
    String caFile = Files.readString(pki.directory().resolve("ca/local.pem"));
    assertThat(caFile)
        .contains("-----BEGIN CERTIFICATE-----", "-----BEGIN ARCA SEALED PRIVATE KEY-----")
        .doesNotContain("BEGIN PRIVATE KEY");

    Pki reopened = PkiFixture.open(data);
    assertThat(reopened.localCa(Pki.LOCAL_CA).privateKey().getEncoded())
        .isEqualTo(caKey.getEncoded());
    CertifiedKey loaded = reopened.serverCertificate("kmip").orElseThrow();
    assertThat(loaded.privateKey().getEncoded()).isEqualTo(serverKey.getEncoded());
    assertThat(signsFor(loaded)).isTrue();
  }

  @Test
  void aSealedKeyMovedToAnotherFileDoesNotOpen() throws Exception {
    Pki pki = PkiFixture.open(data);
    pki.initialize("node1", NAMES, List.of("kmip", "web"));
    Path kmip = pki.directory().resolve("server/kmip.pem");
    Path web = pki.directory().resolve("server/web.pem");
    String webCertificates = Files.readString(web).split("-----BEGIN ARCA SEALED")[0];
    String kmipSealedKey =
        "-----BEGIN ARCA SEALED" + Files.readString(kmip).split("-----BEGIN ARCA SEALED")[1];
    Files.writeString(web, webCertificates + kmipSealedKey);

    assertThatThrownBy(() -> PkiFixture.open(data))
        .isInstanceOf(PkiException.class)
        .hasMessage(
            "server certificate 'web': the private key does not open with the master key (wrong"
                + " master key, or the file was altered or moved)");
  }

  @Test
  void aChangedTrustListIsRefused() throws Exception {
    Pki pki = PkiFixture.open(data);
    pki.initialize("node1", NAMES, List.of("kmip"));
    Pki other = PkiFixture.open(data.resolve("other"));
    other.initialize("evil", NAMES, List.of());
    pki.importCa("partner", PkiExport.certificatePem(other.localCa(Pki.LOCAL_CA).certificate()));

    // Someone with write access adds the imported CA to Default by editing the file.
    Path profiles = pki.directory().resolve(PkiStore.PROFILES_FILE);
    String original = Files.readString(profiles);
    String edited =
        original.replace(
            "\"cas\" : [ {", "\"cas\" : [ { \"name\" : \"partner\", \"sha256\" : \"00\" }, {");
    assertThat(edited).isNotEqualTo(original);
    Files.writeString(profiles, edited);
    assertThatThrownBy(() -> PkiFixture.open(data))
        .isInstanceOf(PkiException.class)
        .hasMessageContaining("does not match its integrity seal");

    // Or swaps the certificate of a trusted CA for another one.
    Files.writeString(profiles, original);
    Path ca = pki.directory().resolve("ca/local.pem");
    Files.writeString(ca, Files.readString(pki.directory().resolve("ca/partner.pem")));
    assertThatThrownBy(() -> PkiFixture.open(data))
        .isInstanceOf(PkiException.class)
        .hasMessageContaining("CA 'local' has a different certificate");
  }

  @Test
  void recreatingAServerCertificateReplacesKeyAndCertificate() throws Exception {
    Pki pki = PkiFixture.open(data);
    pki.initialize("node1", NAMES, List.of("web"));
    CertifiedKey before = pki.serverCertificate("web").orElseThrow();

    CertifiedKey after =
        pki.recreateServerCertificate("web", ServerNames.of(List.of("web.test", "10.0.0.9")));

    assertThat(after.certificate().getSerialNumber())
        .isNotEqualTo(before.certificate().getSerialNumber());
    assertThat(after.privateKey().getEncoded()).isNotEqualTo(before.privateKey().getEncoded());
    assertThat(LocalCaTest.altNames(after.certificate(), 2)).containsExactly("web.test");
    Pki reopened = PkiFixture.open(data);
    CertifiedKey loaded = reopened.serverCertificate("web").orElseThrow();
    assertThat(loaded.certificate()).isEqualTo(after.certificate());
    assertThat(loaded.privateKey().getEncoded()).isEqualTo(after.privateKey().getEncoded());
    assertThat(Files.readString(pki.directory().resolve("server/web.pem")))
        .doesNotContain(
            Base64.getEncoder().encodeToString(before.certificate().getEncoded()).substring(0, 64));
  }

  @Test
  void forServerGivesTheListenerItsKeyChainAndTrustedCas() throws Exception {
    Pki pki = PkiFixture.open(data);
    pki.initialize("node1", NAMES, List.of("kmip"));
    LocalCa partners =
        pki.createLocalCa("partners", "Partner CA", KeyAlgorithm.EC_P384, Period.ofYears(5));
    pki.putTrustedCaProfile(new TrustedCaProfile("external", List.of("partners")));

    TlsMaterial internal = pki.forServer("kmip", "Default");
    CertifiedKey kmip = pki.serverCertificate("kmip").orElseThrow();
    assertThat(internal.privateKey()).isSameAs(kmip.privateKey());
    assertThat(internal.chain())
        .containsExactly(kmip.certificate(), pki.localCa("local").certificate());
    assertThat(internal.trustedCas()).containsExactly(pki.localCa("local").certificate());
    assertThat(internal.toString()).doesNotContain("PRIVATE", "sealed");

    assertThat(pki.forServer("kmip", "external").trustedCas())
        .containsExactly(partners.certificate());
    assertThat(PkiFixture.open(data).trustedCaProfile("external"))
        .contains(new TrustedCaProfile("external", List.of("partners")));

    assertThatThrownBy(() -> pki.forServer("kmip", "nope"))
        .hasMessage("trusted-CA profile 'nope' does not exist");
    assertThatThrownBy(() -> pki.forServer("nope", "Default"))
        .hasMessage("server certificate 'nope' does not exist");
  }

  @Test
  void importedCasAreTrustedOnlyThroughProfiles() throws Exception {
    Pki pki = PkiFixture.open(data);
    pki.initialize("node1", NAMES, List.of());
    Pki partner = PkiFixture.open(data.resolve("partner"));
    partner.initialize("partner", NAMES, List.of());
    String partnerCa = PkiExport.certificatePem(partner.localCa(Pki.LOCAL_CA).certificate());

    KnownCa known = pki.importCa("partner-root", partnerCa);
    assertThat(known.isLocal()).isFalse();
    assertThat(pki.trustedCaProfile("Default").orElseThrow().caNames()).containsExactly("local");
    assertThatThrownBy(() -> pki.localCa("partner-root"))
        .hasMessageContaining("imported CA; only local CAs issue");
    assertThatThrownBy(() -> pki.importCa("again", partnerCa))
        .hasMessageContaining("already known as CA 'partner-root'");

    pki.putTrustedCaProfile(new TrustedCaProfile("Default", List.of("local", "partner-root")));
    assertThatThrownBy(() -> pki.removeCa("partner-root"))
        .hasMessageContaining("trusted by profile 'Default'");
    Pki reopened = PkiFixture.open(data);
    assertThat(reopened.certificateAuthority("partner-root")).contains(known);
    assertThat(reopened.trustedCaProfiles().get(0).caNames())
        .containsExactly("local", "partner-root");

    // A server certificate is no CA.
    CertifiedKey leaf =
        pki.localCa("local").issueServerCertificate(ServerCertificateRequest.of(NAMES));
    assertThatThrownBy(() -> pki.importCa("leaf", PkiExport.certificatePem(leaf.certificate())))
        .hasMessageContaining("not a CA certificate");
    assertThatThrownBy(() -> pki.importCa("../escape", partnerCa))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("CA name '../escape' is not valid");
  }

  @Test
  void profilesNameOnlyExistingCasAndDefaultStays() throws Exception {
    Pki pki = PkiFixture.open(data);
    pki.initialize("node1", NAMES, List.of());
    assertThatThrownBy(() -> pki.putTrustedCaProfile(new TrustedCaProfile("x", List.of("missing"))))
        .hasMessage("profile 'x': CA 'missing' does not exist");
    assertThatThrownBy(() -> pki.removeTrustedCaProfile("Default"))
        .hasMessageContaining("cannot be removed");
    pki.putTrustedCaProfile(new TrustedCaProfile("x", List.of()));
    pki.removeTrustedCaProfile("x");
    assertThat(PkiFixture.open(data).trustedCaProfiles())
        .extracting(TrustedCaProfile::name)
        .containsExactly("Default");
  }

  @Test
  void resealingAfterAMasterKeyRotationMovesEveryKeyToTheNewMasterKey() throws Exception {
    MasterKeyFile masterKey = TestMasterKeys.open(Files.createDirectories(data.resolve("keys")));
    Path node = data.resolve("node");
    Pki pki = Pki.open(node, masterKey.envelope(), PkiFixture.crypto());
    pki.initialize("node1", NAMES, List.of("kmip"));
    int before = masterKey.currentKeyId();

    masterKey.rotate();
    pki.reseal();

    for (Path file :
        List.of(
            pki.directory().resolve("ca/local.pem"), pki.directory().resolve("server/kmip.pem"))) {
      byte[] sealed =
          Pem.blocksOf(Pem.decode(Files.readString(file)), Pem.SEALED_PRIVATE_KEY).get(0);
      assertThat(Envelope.keyIdOf(sealed)).isEqualTo(masterKey.currentKeyId()).isNotEqualTo(before);
    }
    Pki reopened = Pki.open(node, masterKey.envelope(), PkiFixture.crypto());
    assertThat(reopened.serverCertificate("kmip").orElseThrow().privateKey().getEncoded())
        .isEqualTo(pki.serverCertificate("kmip").orElseThrow().privateKey().getEncoded());
  }

  private static boolean signsFor(CertifiedKey key) throws Exception {
    Signature signer = Signature.getInstance("SHA256withECDSA", "BCFIPS");
    signer.initSign(key.privateKey());
    signer.update(new byte[] {1, 2, 3});
    byte[] signature = signer.sign();
    Signature verifier = Signature.getInstance("SHA256withECDSA");
    verifier.initVerify(key.certificate());
    verifier.update(new byte[] {1, 2, 3});
    return verifier.verify(signature);
  }

  private static byte[] scalar(ECPrivateKey key) {
    byte[] s = key.getS().toByteArray();
    byte[] fixed = new byte[32];
    int length = Math.min(32, s.length);
    System.arraycopy(s, s.length - length, fixed, 32 - length, length);
    return fixed;
  }

  static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }
}
