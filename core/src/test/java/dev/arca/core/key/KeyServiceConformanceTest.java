package dev.arca.core.key;

import static dev.arca.core.crypto.KeyFormats.rsaPkcs8ToPkcs1;
import static dev.arca.core.crypto.KeyFormats.rsaSpkiToPkcs1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.crypto.AsymmetricSpec;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.core.crypto.KeyPairMaterial;
import dev.arca.core.key.testing.Backend;
import dev.arca.core.key.testing.TestMasterKeys;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Digest;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.object.PrivateKey;
import dev.arca.kmip.object.PublicKey;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.security.auth.x500.X500Principal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What the key service does so that the OASIS profile test cases pass, checked against the rules of
 * the specification: the default Key Format Type of RSA keys and the Digests (KMIP 2.1 §4.21, §4.26
 * Table 81; KMIP 1.4 §3.17), unique Names (§4.32) and the Certificate Attributes of a registered
 * certificate (§4.6).
 */
@ParameterizedClass
@EnumSource(Backend.class)
class KeyServiceConformanceTest extends ServiceTestBase {

  KeyServiceConformanceTest(Backend backend) {
    super(backend);
  }

  private static byte[] sha256(byte[] data) throws CryptoException {
    return TestMasterKeys.crypto().hash(DigestAlgorithm.SHA256, data);
  }

  private static List<Digest> digests(ManagedObjectView v) throws Exception {
    return v.attributes().records(Tag.DIGEST, Digest.class);
  }

  private static Optional<KeyFormatType> format(ManagedObjectView v) {
    return v.attributes().enumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType.class);
  }

  private static Ttlv keyFormat(KeyFormatType f) {
    return Ttlv.enumeration(Tag.KEY_FORMAT_TYPE, f.code());
  }

  @Test
  void aGeneratedRsaKeyPairIsServedAndDigestedAsPkcs1() throws Exception {
    CreatedKeyPair p =
        service.createKeyPair(
            ALICE,
            attrs(algorithm(CryptographicAlgorithm.RSA), length(2048)),
            AttributeSet.empty(),
            AttributeSet.empty());
    assertThat(format(p.privateKey())).contains(KeyFormatType.PKCS_1);
    assertThat(format(p.publicKey())).contains(KeyFormatType.PKCS_1);

    // Stored as PKCS#8 and X.509, as before.
    ClearMaterial priv = service.openMaterial(ALICE, p.privateKey().id(), MaterialUse.EXPORT);
    ClearMaterial pub = service.openMaterial(ALICE, p.publicKey().id(), MaterialUse.EXPORT);
    assertThat(priv.format()).isEqualTo(KeyFormatType.PKCS_8);
    assertThat(pub.format()).isEqualTo(KeyFormatType.X_509);

    // One Digest each, SHA-256 of the PKCS#1 encoding that Get returns by default.
    byte[] privPkcs1 = rsaPkcs8ToPkcs1(priv.bytes());
    byte[] pubPkcs1 = rsaSpkiToPkcs1(pub.bytes());
    assertThat(digests(p.privateKey())).hasSize(1);
    assertThat(digests(p.privateKey()).get(0).keyFormatType()).contains(KeyFormatType.PKCS_1);
    assertThat(digests(p.privateKey()).get(0).digestValue().orElseThrow())
        .isEqualTo(sha256(privPkcs1));
    assertThat(digests(p.publicKey())).hasSize(1);
    assertThat(digests(p.publicKey()).get(0).keyFormatType()).contains(KeyFormatType.PKCS_1);
    assertThat(digests(p.publicKey()).get(0).digestValue().orElseThrow())
        .isEqualTo(sha256(pubPkcs1));
    PrivateKey served =
        (PrivateKey) KeyFormats.toKmipObject(p.privateKey(), priv, Optional.empty());
    assertThat(served.keyBlock().keyFormatType()).isEqualTo(KeyFormatType.PKCS_1);
    PublicKey servedPublic =
        (PublicKey) KeyFormats.toKmipObject(p.publicKey(), pub, Optional.empty());
    assertThat(servedPublic.keyBlock().keyFormatType()).isEqualTo(KeyFormatType.PKCS_1);
    priv.destroy();
    pub.destroy();
  }

  @Test
  void aKeyFormatTypeTheClientAsksForGetsASecondDigest() throws Exception {
    CreatedKeyPair p =
        service.createKeyPair(
            ALICE,
            attrs(algorithm(CryptographicAlgorithm.RSA), length(2048)),
            attrs(keyFormat(KeyFormatType.PKCS_8)),
            AttributeSet.empty());
    assertThat(format(p.privateKey())).contains(KeyFormatType.PKCS_8);
    ClearMaterial priv = service.openMaterial(ALICE, p.privateKey().id(), MaterialUse.EXPORT);
    List<Digest> d = digests(p.privateKey());
    // KMIP 2.1 §4.26: the digest "in the assigned Key Format Type, as well as a digest in the
    // default KMIP Key Format Type".
    assertThat(d)
        .extracting(x -> x.keyFormatType().orElseThrow())
        .containsExactly(KeyFormatType.PKCS_1, KeyFormatType.PKCS_8);
    assertThat(d.get(0).digestValue().orElseThrow())
        .isEqualTo(sha256(rsaPkcs8ToPkcs1(priv.bytes())));
    assertThat(d.get(1).digestValue().orElseThrow()).isEqualTo(sha256(priv.bytes()));
    priv.destroy();
  }

  @Test
  void aRegisteredKeyIsDigestedInTheFormatItCameIn() throws Exception {
    KeyPairMaterial pair = TestMasterKeys.crypto().generateKeyPair(AsymmetricSpec.rsa(2048));
    byte[] pkcs8 = pair.privateKey().encoded();
    byte[] pkcs1 = rsaPkcs8ToPkcs1(pkcs8);

    // Registered as PKCS#1, the default: one Digest, of the bytes the client sent.
    ManagedObjectView asPkcs1 =
        service.register(
            ALICE,
            ObjectType.PRIVATE_KEY,
            AttributeSet.empty(),
            ClearMaterial.of(KeyFormatType.PKCS_1, pkcs1, OptionalInt.empty()));
    assertThat(format(asPkcs1)).contains(KeyFormatType.PKCS_1);
    assertThat(digests(asPkcs1)).hasSize(1);
    assertThat(digests(asPkcs1).get(0).digestValue().orElseThrow()).isEqualTo(sha256(pkcs1));

    // Registered as PKCS#8: the default PKCS#1 Digest, and one of the registered form (KMIP 1.4
    // §3.17: "using the Key Format Type of the registered object").
    ManagedObjectView asPkcs8 =
        service.register(
            ALICE, ObjectType.PRIVATE_KEY, AttributeSet.empty(), ClearMaterial.pkcs8(pkcs8));
    assertThat(format(asPkcs8)).contains(KeyFormatType.PKCS_8);
    List<Digest> d = digests(asPkcs8);
    assertThat(d)
        .extracting(x -> x.keyFormatType().orElseThrow())
        .containsExactly(KeyFormatType.PKCS_1, KeyFormatType.PKCS_8);
    assertThat(d.get(0).digestValue().orElseThrow()).isEqualTo(sha256(pkcs1));
    assertThat(d.get(1).digestValue().orElseThrow()).isEqualTo(sha256(pkcs8));
  }

  @Test
  void aGeneratedEcKeyPairKeepsPkcs8AndX509() throws Exception {
    CreatedKeyPair p =
        service.createKeyPair(
            ALICE,
            attrs(algorithm(CryptographicAlgorithm.ECDSA), length(256)),
            AttributeSet.empty(),
            AttributeSet.empty());
    assertThat(format(p.privateKey())).contains(KeyFormatType.PKCS_8);
    assertThat(format(p.publicKey())).contains(KeyFormatType.X_509);
    ClearMaterial priv = service.openMaterial(ALICE, p.privateKey().id(), MaterialUse.EXPORT);
    assertThat(digests(p.privateKey())).hasSize(1);
    assertThat(digests(p.privateKey()).get(0).digestValue().orElseThrow())
        .isEqualTo(sha256(priv.bytes()));
    priv.destroy();
  }

  @Test
  void theSameNameTwiceOnOneObjectIsRefused() throws Exception {
    ManagedObjectView k = aes(ALICE, "twice");
    assertRefused(
        () -> service.addAttribute(ALICE, k.id(), AttributeKey.of(Tag.NAME), name("twice")),
        ResultReason.NON_UNIQUE_NAME_ATTRIBUTE);
    assertRefused(
        () ->
            service.create(ALICE, ObjectType.SYMMETRIC_KEY, attrs(name("double"), name("double"))),
        ResultReason.NON_UNIQUE_NAME_ATTRIBUTE);
    // A second, different name is fine.
    ManagedObjectView renamed =
        service.addAttribute(ALICE, k.id(), AttributeKey.of(Tag.NAME), name("also"));
    assertThat(KeyService.names(renamed.attributes())).containsExactly("twice", "also");
  }

  @Test
  void aRegisteredCertificateHasItsSubjectAndIssuerAttributes() throws Exception {
    // CERTIFICATE is self-signed, CN=arca-test, O=Arca.
    ManagedObjectView c =
        service.register(
            ALICE, ObjectType.CERTIFICATE, AttributeSet.empty(), ClearMaterial.x509(CERTIFICATE));
    AttributeSet a = c.attributes();
    assertThat(a.text(Tag.CERTIFICATE_SUBJECT_CN)).contains("arca-test");
    assertThat(a.text(Tag.CERTIFICATE_SUBJECT_O)).contains("Arca");
    assertThat(a.text(Tag.CERTIFICATE_ISSUER_CN)).contains("arca-test");
    assertThat(a.text(Tag.CERTIFICATE_ISSUER_O)).contains("Arca");
    assertThat(a.contains(Tag.CERTIFICATE_SUBJECT_EMAIL)).isFalse();
  }

  @Test
  void everyCertificateAttributeIsReadFromADistinguishedName() throws Exception {
    X500Principal name =
        new X500Principal(
            "CN=Alice, OU=Keys, OU=Crypto, O=Example, L=Paris, ST=IDF, C=FR, DC=example, UID=a1,"
                + " EMAILADDRESS=alice@example.org, SERIALNUMBER=42, TITLE=Officer, DNQ=q",
            Map.of(
                "EMAILADDRESS", "1.2.840.113549.1.9.1",
                "SERIALNUMBER", "2.5.4.5",
                "TITLE", "2.5.4.12",
                "DNQ", "2.5.4.46"));
    // In the order of the DER encoding: the last of the string form first.
    assertThat(Certificates.nameAttributes(name, Certificates.SUBJECT))
        .containsExactly(
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_DN_QUALIFIER, "q"),
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_TITLE, "Officer"),
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_SERIAL_NUMBER, "42"),
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_EMAIL, "alice@example.org"),
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_UID, "a1"),
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_DC, "example"),
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_C, "FR"),
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_ST, "IDF"),
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_L, "Paris"),
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_O, "Example"),
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_OU, "Crypto"),
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_OU, "Keys"),
            Ttlv.text(Tag.CERTIFICATE_SUBJECT_CN, "Alice"));
  }
}
