package dev.arca.server.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.server.config.CertificateField;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.cert.CertPathValidatorException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.ECGenParameterSpec;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.security.auth.x500.X500Principal;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.ExtensionsGenerator;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.jcajce.JcaPKCS10CertificationRequestBuilder;
import org.junit.jupiter.api.Test;

class LocalCaTest {

  private static final String SERVER_AUTH = KeyPurposeId.id_kp_serverAuth.getId();
  private static final String CLIENT_AUTH = KeyPurposeId.id_kp_clientAuth.getId();

  @Test
  void caCertificateIsASelfSignedP256CaForTenYears() throws Exception {
    LocalCa ca = PkiFixture.sharedCa();
    X509Certificate certificate = ca.certificate();

    assertThat(certificate.getVersion()).isEqualTo(3);
    assertThat(certificate.getSubjectX500Principal())
        .isEqualTo(certificate.getIssuerX500Principal())
        .isEqualTo(new X500Principal("CN=Arca Test Local CA"));
    certificate.verify(certificate.getPublicKey());
    assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withECDSA");
    assertThat(certificate.getPublicKey().getAlgorithm()).isEqualTo("EC");
    assertThat(ca.keyAlgorithm()).isEqualTo(KeyAlgorithm.EC_P256);

    assertThat(certificate.getBasicConstraints()).isZero(); // CA:TRUE, pathLen 0
    assertThat(certificate.getCriticalExtensionOIDs())
        .containsExactlyInAnyOrder(Extension.basicConstraints.getId(), Extension.keyUsage.getId());
    assertThat(keyUsage(certificate)).containsExactlyInAnyOrder("keyCertSign", "cRLSign");
    assertThat(certificate.getExtendedKeyUsage()).isNull();
    byte[] ski = subjectKeyId(certificate);
    assertThat(ski).hasSize(20);
    assertThat(authorityKeyId(certificate)).isEqualTo(ski);

    long years =
        Duration.between(
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant())
            .toDays();
    assertThat(years).isBetween(3652L, 3654L);
    assertThat(certificate.getNotBefore().toInstant())
        .isBefore(Instant.now())
        .isAfter(Instant.now().minus(Duration.ofMinutes(10)));
    assertThat(certificate.getSerialNumber().signum()).isPositive();
    assertThat(certificate.getSerialNumber().bitLength()).isLessThanOrEqualTo(128);
  }

  @Test
  void rsa3072CaIsSelectable() throws Exception {
    LocalCa ca =
        LocalCa.create(
            "rsa", "Arca RSA CA", KeyAlgorithm.RSA_3072, Period.ofYears(5), PkiFixture.context());
    X509Certificate certificate = ca.certificate();
    assertThat(certificate.getSigAlgName()).isEqualTo("SHA256withRSA");
    assertThat(((RSAPublicKey) certificate.getPublicKey()).getModulus().bitLength())
        .isEqualTo(3072);

    CertifiedKey server =
        ca.issueServerCertificate(
            ServerCertificateRequest.of(ServerNames.of(List.of("kmip.test"))));
    PkiFixture.validate(server.certificate(), certificate);
    assertThat(server.certificate().getSigAlgName()).isEqualTo("SHA256withRSA");
  }

  @Test
  void serverCertificateCarriesEveryHostNameAndAddress() throws Exception {
    LocalCa ca = PkiFixture.sharedCa();
    ServerNames names =
        ServerNames.discover(List.of("kmip.example.com", "192.0.2.7", "[2001:db8::5]"));
    CertifiedKey server = ca.issueServerCertificate(ServerCertificateRequest.of(names));
    X509Certificate certificate = server.certificate();

    PkiFixture.validate(certificate, ca.certificate());
    assertThat(server.chain()).containsExactly(certificate, ca.certificate());
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    assertThat(certificate.getCriticalExtensionOIDs())
        .containsExactlyInAnyOrder(Extension.basicConstraints.getId(), Extension.keyUsage.getId());
    assertThat(keyUsage(certificate)).containsExactly("digitalSignature");
    assertThat(certificate.getExtendedKeyUsage()).containsExactly(SERVER_AUTH);
    assertThat(authorityKeyId(certificate)).isEqualTo(subjectKeyId(ca.certificate()));
    assertThat(subjectKeyId(certificate)).hasSize(20).isNotEqualTo(subjectKeyId(ca.certificate()));

    List<String> dns = altNames(certificate, GeneralName.dNSName);
    List<String> ips = altNames(certificate, GeneralName.iPAddress);
    assertThat(dns).contains("localhost", "kmip.example.com");
    ServerNames.hostName().ifPresent(host -> assertThat(dns).contains(host));
    assertThat(ips).contains("127.0.0.1", "0:0:0:0:0:0:0:1", "192.0.2.7", "2001:db8:0:0:0:0:0:5");
    for (InetAddress address : ServerNames.interfaceAddresses()) {
      assertThat(ips).contains(address.getHostAddress());
    }
    assertThat(certificate.getSubjectX500Principal().getName()).startsWith("CN=");

    Duration validity =
        Duration.between(
            certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant());
    assertThat(validity.toDays()).isBetween(730L, 732L);
  }

  @Test
  void rsaServerKeysAlsoAllowKeyEncipherment() throws Exception {
    CertifiedKey server =
        PkiFixture.sharedCa()
            .issueServerCertificate(
                ServerCertificateRequest.of(ServerNames.of(List.of("localhost")))
                    .withKeyAlgorithm(KeyAlgorithm.RSA_2048));
    assertThat(keyUsage(server.certificate()))
        .containsExactlyInAnyOrder("digitalSignature", "keyEncipherment");
    // Signed by the P-256 CA whatever the subject key is.
    assertThat(server.certificate().getSigAlgName()).isEqualTo("SHA256withECDSA");
  }

  @Test
  void clientCertificateNamesTheUserInCnAndUid() throws Exception {
    LocalCa ca = PkiFixture.sharedCa();
    CertifiedKey client = ca.issueClientCertificate(ClientCertificateRequest.forUser("alice"));
    X509Certificate certificate = client.certificate();

    PkiFixture.validate(certificate, ca.certificate());
    assertThat(certificate.getSubjectX500Principal().getName()).isEqualTo("CN=alice,UID=alice");
    assertThat(certificate.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
    assertThat(keyUsage(certificate)).containsExactly("digitalSignature");
    assertThat(certificate.getBasicConstraints()).isEqualTo(-1);
    assertThat(certificate.getSubjectAlternativeNames()).isNull();
    assertThat(authorityKeyId(certificate)).isEqualTo(subjectKeyId(ca.certificate()));
    long days =
        Duration.between(
                certificate.getNotBefore().toInstant(), certificate.getNotAfter().toInstant())
            .toDays();
    assertThat(days).isBetween(730L, 732L);
  }

  @Test
  void clientCertificateCanCarryEveryUsernameFieldAndSourceAddresses() throws Exception {
    CertifiedKey client =
        PkiFixture.sharedCa()
            .issueClientCertificate(
                ClientCertificateRequest.forUser("bob")
                    .withUsernameFields(EnumSet.allOf(CertificateField.class))
                    .withAddresses(List.of(InetAddress.getByName("192.0.2.44"))));
    X500Name subject =
        X500Name.getInstance(client.certificate().getSubjectX500Principal().getEncoded());
    for (CertificateField field : CertificateField.values()) {
      assertThat(subject.getRDNs(Subjects.oid(field))).as(field.name()).hasSize(1);
      assertThat(subject.getRDNs(Subjects.oid(field))[0].getFirst().getValue().toString())
          .isEqualTo("bob");
    }
    assertThat(altNames(client.certificate(), GeneralName.iPAddress)).containsExactly("192.0.2.44");
  }

  @Test
  void usernamesThatCannotBeEncodedAreRefused() {
    assertThatThrownBy(() -> ClientCertificateRequest.forUser(""))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ClientCertificateRequest.forUser("x".repeat(65)))
        .hasMessageContaining("1-64");
    assertThatThrownBy(() -> ClientCertificateRequest.forUser("bad\nname"))
        .hasMessageContaining("control");
    assertThatThrownBy(
            () ->
                ClientCertificateRequest.forUser("josé")
                    .withUsernameFields(Set.of(CertificateField.SN)))
        .hasMessageContaining("SN");
  }

  @Test
  void signedRequestKeepsOnlySubjectAndKeyAndIgnoresRequestedExtensions() throws Exception {
    LocalCa ca = PkiFixture.sharedCa();
    KeyPair keys = ecKeyPair();
    ExtensionsGenerator requested = new ExtensionsGenerator();
    requested.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
    requested.addExtension(
        Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
    requested.addExtension(
        Extension.extendedKeyUsage,
        false,
        new ExtendedKeyUsage(
            new KeyPurposeId[] {KeyPurposeId.id_kp_serverAuth, KeyPurposeId.id_kp_codeSigning}));
    requested.addExtension(
        Extension.subjectAlternativeName,
        false,
        new GeneralNames(new GeneralName(GeneralName.dNSName, "bank.example")));
    PKCS10CertificationRequest csr =
        new JcaPKCS10CertificationRequestBuilder(
                new X500Principal("CN=storage-array-7, OU=Storage, O=Example"), keys.getPublic())
            .addAttribute(PKCSObjectIdentifiers.pkcs_9_at_extensionRequest, requested.generate())
            .build(
                new JcaContentSignerBuilder("SHA256withECDSA")
                    .setProvider("BCFIPS")
                    .build(keys.getPrivate()));
    String pem = Pem.encode(Pem.CERTIFICATE_REQUEST, csr.getEncoded());

    X509Certificate issued =
        ca.signClientRequest(pem.getBytes(StandardCharsets.US_ASCII), Period.ofYears(1), List.of());

    PkiFixture.validate(issued, ca.certificate());
    assertThat(issued.getSubjectX500Principal())
        .isEqualTo(new X500Principal("CN=storage-array-7, OU=Storage, O=Example"));
    assertThat(issued.getPublicKey().getEncoded()).isEqualTo(keys.getPublic().getEncoded());
    assertThat(issued.getBasicConstraints()).isEqualTo(-1);
    assertThat(keyUsage(issued)).containsExactly("digitalSignature");
    assertThat(issued.getExtendedKeyUsage()).containsExactly(CLIENT_AUTH);
    assertThat(issued.getSubjectAlternativeNames()).isNull();
    assertThat(issued.getNonCriticalExtensionOIDs())
        .containsExactlyInAnyOrder(
            Extension.extendedKeyUsage.getId(),
            Extension.subjectKeyIdentifier.getId(),
            Extension.authorityKeyIdentifier.getId());

    // DER works too, and the officer may add source addresses.
    X509Certificate withAddress =
        ca.signClientRequest(
            csr.getEncoded(), Period.ofYears(1), List.of(InetAddress.getByName("198.51.100.3")));
    assertThat(altNames(withAddress, GeneralName.iPAddress)).containsExactly("198.51.100.3");
  }

  @Test
  void requestWithABadSignatureIsRefused() throws Exception {
    KeyPair keys = ecKeyPair();
    byte[] der =
        new JcaPKCS10CertificationRequestBuilder(new X500Principal("CN=mallory"), keys.getPublic())
            .build(
                new JcaContentSignerBuilder("SHA256withECDSA")
                    .setProvider("BCFIPS")
                    .build(keys.getPrivate()))
            .getEncoded();
    byte[] tampered = der.clone();
    // Change a byte of the subject: the signature no longer covers what is presented.
    int at = indexOf(tampered, "mallory".getBytes(StandardCharsets.US_ASCII));
    tampered[at] = 'n';
    assertThatThrownBy(
            () -> PkiFixture.sharedCa().signClientRequest(tampered, Period.ofYears(1), List.of()))
        .isInstanceOf(PkiException.class)
        .hasMessageContaining("signature");
    assertThatThrownBy(
            () ->
                PkiFixture.sharedCa()
                    .signClientRequest(
                        "not a request".getBytes(StandardCharsets.US_ASCII),
                        Period.ofYears(1),
                        List.of()))
        .isInstanceOf(PkiException.class)
        .hasMessageContaining("PKCS#10");
  }

  @Test
  void certificatesNeverOutliveTheirCa() throws Exception {
    LocalCa shortCa =
        LocalCa.create(
            "short",
            "Short-lived CA",
            KeyAlgorithm.EC_P256,
            Period.ofYears(1),
            PkiFixture.context());
    CertifiedKey client = shortCa.issueClientCertificate(ClientCertificateRequest.forUser("carol"));
    assertThat(client.certificate().getNotAfter()).isEqualTo(shortCa.certificate().getNotAfter());
    PkiFixture.validate(client.certificate(), shortCa.certificate());
  }

  @Test
  void anExpiredCaIssuesNothing() throws Exception {
    LocalCa ca = PkiFixture.sharedCa();
    Clock later =
        Clock.fixed(
            ca.certificate().getNotAfter().toInstant().plus(Duration.ofDays(1)), ZoneOffset.UTC);
    LocalCa expired =
        LocalCa.restore("shared", ca.certificate(), ca.privateKey(), PkiFixture.context(later));
    assertThatThrownBy(
            () -> expired.issueClientCertificate(ClientCertificateRequest.forUser("dave")))
        .isInstanceOf(PkiException.class)
        .hasMessageContaining("CA 'shared' expired on");
    // And PKIX agrees that a certificate of the CA is no longer valid by then.
    CertifiedKey client = ca.issueClientCertificate(ClientCertificateRequest.forUser("dave"));
    assertThatThrownBy(
            () ->
                PkiFixture.validate(
                    client.certificate(), ca.certificate(), Date.from(later.instant())))
        .isInstanceOf(CertPathValidatorException.class);
  }

  @Test
  void validityOutsideTheProfileIsRefused() throws Exception {
    LocalCa ca = PkiFixture.sharedCa();
    assertThatThrownBy(
            () ->
                ca.issueClientCertificate(
                    ClientCertificateRequest.forUser("erin").withValidity(Period.ofYears(11))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("client certificate validity P11Y is not between P1D and P10Y");
    assertThatThrownBy(
            () ->
                ca.issueClientCertificate(
                    ClientCertificateRequest.forUser("erin").withValidity(Period.ZERO)))
        .hasMessageContaining("not between P1D");
    assertThatThrownBy(
            () ->
                LocalCa.create(
                    "long",
                    "Too long",
                    KeyAlgorithm.EC_P256,
                    Period.ofYears(31),
                    PkiFixture.context()))
        .hasMessageContaining("CA certificate validity P31Y");
  }

  @Test
  void serialNumbersAreRandomAnd128Bits() throws Exception {
    PkiContext context = PkiFixture.context();
    List<BigInteger> serials = new ArrayList<>();
    for (int i = 0; i < 64; i++) {
      serials.add(CertificateSupport.randomSerial(context));
    }
    assertThat(serials)
        .doesNotHaveDuplicates()
        .allMatch(s -> s.signum() > 0 && s.bitLength() <= 128);
    assertThat(serials.stream().mapToInt(BigInteger::bitLength).max().orElse(0)).isGreaterThan(120);
  }

  @Test
  void theJdkParsesWhatIsIssued() throws Exception {
    X509Certificate certificate =
        PkiFixture.sharedCa()
            .issueClientCertificate(ClientCertificateRequest.forUser("frank"))
            .certificate();
    X509Certificate reparsed =
        (X509Certificate)
            CertificateFactory.getInstance("X.509")
                .generateCertificate(new ByteArrayInputStream(certificate.getEncoded()));
    assertThat(reparsed).isEqualTo(certificate);
    assertThat(certificate.toString()).doesNotContain("PRIVATE");
  }

  // ---- helpers ---------------------------------------------------------------------------

  static List<String> keyUsage(X509Certificate certificate) {
    String[] names = {
      "digitalSignature",
      "nonRepudiation",
      "keyEncipherment",
      "dataEncipherment",
      "keyAgreement",
      "keyCertSign",
      "cRLSign",
      "encipherOnly",
      "decipherOnly"
    };
    boolean[] bits = certificate.getKeyUsage();
    List<String> out = new ArrayList<>();
    for (int i = 0; i < bits.length && i < names.length; i++) {
      if (bits[i]) {
        out.add(names[i]);
      }
    }
    return out;
  }

  static byte[] subjectKeyId(X509Certificate certificate) {
    byte[] value = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
    return SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(value).getOctets())
        .getKeyIdentifier();
  }

  static byte[] authorityKeyId(X509Certificate certificate) {
    byte[] value = certificate.getExtensionValue(Extension.authorityKeyIdentifier.getId());
    return AuthorityKeyIdentifier.getInstance(ASN1OctetString.getInstance(value).getOctets())
        .getKeyIdentifier();
  }

  static List<String> altNames(X509Certificate certificate, int type) throws Exception {
    Collection<List<?>> names = certificate.getSubjectAlternativeNames();
    List<String> out = new ArrayList<>();
    if (names != null) {
      for (List<?> name : names) {
        if ((Integer) name.get(0) == type) {
          out.add((String) name.get(1));
        }
      }
    }
    return out;
  }

  private static KeyPair ecKeyPair() throws Exception {
    KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", "BCFIPS");
    generator.initialize(new ECGenParameterSpec("P-256"));
    return generator.generateKeyPair();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      if (Arrays.equals(Arrays.copyOfRange(haystack, i, i + needle.length), needle)) {
        return i;
      }
    }
    throw new AssertionError("not found");
  }
}
