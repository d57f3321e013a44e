package dev.arca.core.key;

import static dev.arca.core.crypto.KeyFormats.ecPkcs8ToSec1;
import static dev.arca.core.crypto.KeyFormats.ecPrivateComponents;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.crypto.AsymmetricSpec;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.core.crypto.EcCurve;
import dev.arca.core.crypto.Envelope;
import dev.arca.core.crypto.KeyPairMaterial;
import dev.arca.core.crypto.PrivateKeyMaterial;
import dev.arca.core.crypto.PublicKeyMaterial;
import dev.arca.core.key.testing.Backend;
import dev.arca.core.key.testing.KeyServiceFixture;
import dev.arca.core.key.testing.TestMasterKeys;
import dev.arca.kmip.Tag;
import java.util.Optional;
import dev.arca.kmip.object.KeyBlock;
import dev.arca.kmip.enums.SplitKeyMethod;
import dev.arca.kmip.object.SplitKey;
import dev.arca.kmip.attribute.CryptographicDomainParameters;
import dev.arca.kmip.attribute.Digest;
import dev.arca.kmip.enums.CertificateType;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.DigitalSignatureAlgorithm;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.LinkType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.RecommendedCurve;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.SecretDataType;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Duration;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class KeyServiceCreateTest extends ServiceTestBase {

  KeyServiceCreateTest(Backend backend) {
    super(backend);
  }

  private static byte[] sha256(byte[] data) throws CryptoException {
    return TestMasterKeys.crypto().hash(DigestAlgorithm.SHA256, data);
  }

  @Test
  void createSetsTheServerAttributes() throws Exception {
    ManagedObjectView k = service.create(ALICE, ObjectType.SYMMETRIC_KEY, AttributeSet.empty());
    AttributeSet a = k.attributes();
    assertThat(a.text(Tag.UNIQUE_IDENTIFIER)).contains(k.id());
    assertThat(a.enumeration(Tag.OBJECT_TYPE, ObjectType.class)).contains(ObjectType.SYMMETRIC_KEY);
    // Table 28 defaults: AES, 256 bits, Encrypt and Decrypt.
    assertThat(a.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class))
        .contains(CryptographicAlgorithm.AES);
    assertThat(a.integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(256);
    assertThat(a.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK))
        .contains(CryptographicUsageMask.ENCRYPT.code() | CryptographicUsageMask.DECRYPT.code());
    assertThat(a.date(Tag.INITIAL_DATE)).contains(KeyServiceFixture.START);
    assertThat(a.date(Tag.LAST_CHANGE_DATE)).contains(KeyServiceFixture.START);
    assertThat(a.date(Tag.ORIGINAL_CREATION_DATE)).contains(KeyServiceFixture.START);
    assertThat(k.state()).isEqualTo(State.PRE_ACTIVE);
    assertThat(a.enumeration(Tag.STATE, State.class)).contains(State.PRE_ACTIVE);
    assertThat(a.first(Tag.FRESH)).contains(Ttlv.bool(Tag.FRESH, true));
    assertThat(a.first(Tag.SENSITIVE)).contains(Ttlv.bool(Tag.SENSITIVE, false));
    assertThat(a.first(Tag.ALWAYS_SENSITIVE)).contains(Ttlv.bool(Tag.ALWAYS_SENSITIVE, false));
    assertThat(a.first(Tag.EXTRACTABLE)).contains(Ttlv.bool(Tag.EXTRACTABLE, true));
    assertThat(a.first(Tag.NEVER_EXTRACTABLE)).contains(Ttlv.bool(Tag.NEVER_EXTRACTABLE, false));
    assertThat(a.enumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType.class)).contains(KeyFormatType.RAW);
    assertThat(a.contains(Tag.RANDOM_NUMBER_GENERATOR)).isTrue();
    assertThat(a.contains(VersionedKeys.VERSION)).isFalse();
    assertThat(k.object().owner()).contains("alice");
    assertThat(k.object().keyName()).isEmpty();
    // Short Unique Identifier: SHA-256 of the Unique Identifier (KMIP 2.1 §4.56).
    assertThat(a.first(Tag.SHORT_UNIQUE_IDENTIFIER))
        .contains(Ttlv.bytes(Tag.SHORT_UNIQUE_IDENTIFIER, sha256(k.id().getBytes("UTF-8"))));
    // Digest: SHA-256 of the Raw key bytes (KMIP 2.1 §4.21).
    ClearMaterial m = service.openMaterial(ALICE, k.id(), MaterialUse.EXPORT);
    assertThat(m.format()).isEqualTo(KeyFormatType.RAW);
    assertThat(m.length()).isEqualTo(32);
    Digest d = a.records(Tag.DIGEST, Digest.class).get(0);
    assertThat(d.hashingAlgorithm()).isEqualTo(HashingAlgorithm.SHA_256);
    assertThat(d.keyFormatType()).contains(KeyFormatType.RAW);
    assertThat(d.digestValue().orElseThrow()).isEqualTo(sha256(m.bytes()));
    m.destroy();
  }

  @Test
  void everySymmetricAlgorithmAndLength() throws Exception {
    record Case(CryptographicAlgorithm algorithm, Integer length, int bits, int bytes) {}
    for (Case c :
        new Case[] {
          new Case(CryptographicAlgorithm.AES, 128, 128, 16),
          new Case(CryptographicAlgorithm.AES, 192, 192, 24),
          new Case(CryptographicAlgorithm.AES, 256, 256, 32),
          new Case(CryptographicAlgorithm.DES3, null, 168, 24),
          new Case(CryptographicAlgorithm.HMAC_SHA256, null, 256, 32),
          new Case(CryptographicAlgorithm.HMAC_SHA512, null, 512, 64),
          new Case(CryptographicAlgorithm.HMAC_SHA1, 160, 160, 20),
        }) {
      AttributeSet a =
          c.length() == null
              ? attrs(algorithm(c.algorithm()))
              : attrs(algorithm(c.algorithm()), length(c.length()));
      ManagedObjectView k = service.create(ALICE, ObjectType.SYMMETRIC_KEY, a);
      assertThat(k.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH))
          .as(c.toString())
          .contains(c.bits());
      ClearMaterial m = service.openMaterial(ALICE, k.id(), MaterialUse.EXPORT);
      assertThat(m.length()).as(c.toString()).isEqualTo(c.bytes());
      m.destroy();
    }
    ManagedObjectView hmac =
        service.create(
            ALICE, ObjectType.SYMMETRIC_KEY, attrs(algorithm(CryptographicAlgorithm.HMAC_SHA256)));
    assertThat(hmac.attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK))
        .contains(
            CryptographicUsageMask.MAC_GENERATE.code() | CryptographicUsageMask.MAC_VERIFY.code());
  }

  @Test
  void secretDataIsRandomSeedBytes() throws Exception {
    ManagedObjectView s = service.create(ALICE, ObjectType.SECRET_DATA, attrs(length(384)));
    assertThat(s.attributes().contains(Tag.CRYPTOGRAPHIC_ALGORITHM)).isFalse();
    assertThat(s.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(384);
    assertThat(s.attributes().first(KeyService.SECRET_DATA_TYPE))
        .contains(Ttlv.enumeration(Tag.ATTRIBUTE_VALUE, SecretDataType.SEED.code()));
    ClearMaterial m = service.openMaterial(ALICE, s.id(), MaterialUse.EXPORT);
    assertThat(m.length()).isEqualTo(48);
    assertThat(m.dataType()).hasValue(SecretDataType.SEED.code());
  }

  @Test
  void createRefusals() {
    assertRefused(
        () -> service.create(ALICE, ObjectType.PRIVATE_KEY, AttributeSet.empty()),
        ResultReason.INVALID_OBJECT_TYPE);
    assertRefused(
        () ->
            service.create(
                ALICE,
                ObjectType.SYMMETRIC_KEY,
                attrs(algorithm(CryptographicAlgorithm.AES), length(100))),
        ResultReason.INVALID_FIELD);
    assertRefused(
        () ->
            service.create(
                ALICE, ObjectType.SYMMETRIC_KEY, attrs(algorithm(CryptographicAlgorithm.CAMELLIA))),
        ResultReason.INVALID_FIELD);
    assertRefused(
        () ->
            service.create(
                ALICE,
                ObjectType.SYMMETRIC_KEY,
                attrs(Ttlv.enumeration(Tag.STATE, State.ACTIVE.code()))),
        ResultReason.ATTRIBUTE_READ_ONLY);
  }

  @Test
  void anActivationDateThatPassedMakesItActive() throws Exception {
    ManagedObjectView past =
        service.create(
            ALICE,
            ObjectType.SYMMETRIC_KEY,
            attrs(Ttlv.dateTime(Tag.ACTIVATION_DATE, KeyServiceFixture.START.minusSeconds(10))));
    assertThat(past.state()).isEqualTo(State.ACTIVE);
    assertThat(fx.store.get(past.id()).orElseThrow().storedState()).isEqualTo(State.ACTIVE);
    ManagedObjectView future =
        service.create(
            ALICE,
            ObjectType.SYMMETRIC_KEY,
            attrs(Ttlv.dateTime(Tag.ACTIVATION_DATE, KeyServiceFixture.START.plusSeconds(10))));
    assertThat(future.state()).isEqualTo(State.PRE_ACTIVE);
    fx.clock.advance(Duration.ofSeconds(10));
    assertThat(service.get(ALICE, future.id()).state()).isEqualTo(State.ACTIVE);
  }

  @Test
  void aNamedKeyIsVersionZeroAndNamesAreUnique() throws Exception {
    ManagedObjectView k = aes(ALICE, "payroll");
    assertThat(k.object().keyName()).contains("payroll");
    assertThat(k.object().keyVersion()).isZero();
    assertThat(k.attributes().first(VersionedKeys.VERSION))
        .contains(Ttlv.integer(Tag.ATTRIBUTE_VALUE, 0));
    assertRefused(() -> aes(ALICE, "payroll"), ResultReason.NON_UNIQUE_NAME_ATTRIBUTE);
    // Another owner cannot take the name either: names are unique in the server.
    assertRefused(() -> aes(BOB, "payroll"), ResultReason.NON_UNIQUE_NAME_ATTRIBUTE);
  }

  @Test
  void rsaKeyPairsAreLinked() throws Exception {
    CreatedKeyPair p =
        service.createKeyPair(
            ALICE,
            attrs(algorithm(CryptographicAlgorithm.RSA), length(2048)),
            attrs(name("signer")),
            attrs(name("signer.pub")));
    assertThat(linked(p.privateKey(), LinkType.PUBLIC_KEY_LINK))
        .containsExactly(p.publicKey().id());
    assertThat(linked(p.publicKey(), LinkType.PRIVATE_KEY_LINK))
        .containsExactly(p.privateKey().id());
    assertThat(p.privateKey().attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(2048);
    assertThat(p.publicKey().attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(2048);
    assertThat(p.privateKey().attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK))
        .contains(CryptographicUsageMask.SIGN.code());
    assertThat(p.publicKey().attributes().integer(Tag.CRYPTOGRAPHIC_USAGE_MASK))
        .contains(CryptographicUsageMask.VERIFY.code());
    assertThat(p.privateKey().object().keyName()).contains("signer");
    assertThat(p.publicKey().object().keyName()).contains("signer.pub");
    ClearMaterial priv = service.openMaterial(ALICE, p.privateKey().id(), MaterialUse.EXPORT);
    assertThat(priv.format()).isEqualTo(KeyFormatType.PKCS_8);
    assertThat(PrivateKeyMaterial.fromPkcs8(priv.bytes()).spec())
        .isEqualTo(AsymmetricSpec.rsa(2048));
    ClearMaterial pub = service.openMaterial(ALICE, p.publicKey().id(), MaterialUse.EXPORT);
    assertThat(pub.format()).isEqualTo(KeyFormatType.X_509);
    assertThat(PublicKeyMaterial.fromSpki(pub.bytes()).spec()).isEqualTo(AsymmetricSpec.rsa(2048));
  }

  @Test
  void ecKeyPairsTakeTheirCurve() throws Exception {
    CreatedKeyPair p =
        service.createKeyPair(
            ALICE,
            attrs(algorithm(CryptographicAlgorithm.ECDSA), length(384)),
            AttributeSet.empty(),
            AttributeSet.empty());
    CryptographicDomainParameters params =
        p.privateKey()
            .attributes()
            .records(Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS, CryptographicDomainParameters.class)
            .get(0);
    assertThat(params.recommendedCurve()).contains(RecommendedCurve.P_384);
    assertThat(
            p.publicKey()
                .attributes()
                .enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class))
        .contains(CryptographicAlgorithm.ECDSA);
    ClearMaterial pub = service.openMaterial(ALICE, p.publicKey().id(), MaterialUse.EXPORT);
    assertThat(PublicKeyMaterial.fromSpki(pub.bytes()).spec())
        .isEqualTo(AsymmetricSpec.ec(EcCurve.P_384));
    assertRefused(
        () ->
            service.createKeyPair(
                ALICE,
                attrs(algorithm(CryptographicAlgorithm.EC)),
                attrs(name("same")),
                attrs(name("same"))),
        ResultReason.NON_UNIQUE_NAME_ATTRIBUTE);
    assertRefused(
        () ->
            service.createKeyPair(
                ALICE,
                AttributeSet.empty(),
                attrs(algorithm(CryptographicAlgorithm.RSA)),
                attrs(algorithm(CryptographicAlgorithm.EC))),
        ResultReason.INVALID_FIELD);
  }

  @Test
  void registerASymmetricKey() throws Exception {
    byte[] raw = new byte[16];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = (byte) i;
    }
    ManagedObjectView k =
        service.register(
            ALICE,
            ObjectType.SYMMETRIC_KEY,
            attrs(algorithm(CryptographicAlgorithm.AES)),
            ClearMaterial.raw(raw));
    assertThat(k.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(128);
    assertThat(k.attributes().contains(Tag.ORIGINAL_CREATION_DATE)).isFalse();
    assertThat(service.openMaterial(ALICE, k.id(), MaterialUse.EXPORT).bytes()).isEqualTo(raw);
    assertRefused(
        () ->
            service.register(
                ALICE, ObjectType.SYMMETRIC_KEY, AttributeSet.empty(), ClearMaterial.raw(raw)),
        ResultReason.INVALID_FIELD);
    assertRefused(
        () ->
            service.register(
                ALICE,
                ObjectType.SYMMETRIC_KEY,
                attrs(algorithm(CryptographicAlgorithm.AES), length(256)),
                ClearMaterial.raw(raw)),
        ResultReason.INVALID_FIELD);
    assertRefused(
        () ->
            service.register(
                ALICE,
                ObjectType.SYMMETRIC_KEY,
                attrs(algorithm(CryptographicAlgorithm.AES)),
                ClearMaterial.pkcs8(raw)),
        ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED);
  }

  @Test
  void registerKeyPairsInAnyEncodedFormat() throws Exception {
    KeyPairMaterial pair =
        TestMasterKeys.crypto().generateKeyPair(AsymmetricSpec.ec(EcCurve.P_256));
    byte[] sec1 = ecPkcs8ToSec1(pair.privateKey().encoded());
    ManagedObjectView priv =
        service.register(
            ALICE,
            ObjectType.PRIVATE_KEY,
            AttributeSet.empty(),
            ClearMaterial.of(KeyFormatType.EC_PRIVATE_KEY, sec1, OptionalInt.empty()));
    assertThat(
            priv.attributes()
                .enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class))
        .contains(CryptographicAlgorithm.ECDSA);
    assertThat(priv.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(256);
    // Stored as PKCS#8; the format it came in is remembered for Get.
    assertThat(priv.attributes().enumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType.class))
        .contains(KeyFormatType.EC_PRIVATE_KEY);
    ClearMaterial stored = service.openMaterial(ALICE, priv.id(), MaterialUse.EXPORT);
    assertThat(stored.format()).isEqualTo(KeyFormatType.PKCS_8);
    // The same key; the SEC 1 round trip drops the optional curve parameters inside.
    assertThat(ecPrivateComponents(stored.bytes()))
        .isEqualTo(ecPrivateComponents(pair.privateKey().encoded()));
    ManagedObjectView pub =
        service.register(
            ALICE,
            ObjectType.PUBLIC_KEY,
            attrs(algorithm(CryptographicAlgorithm.EC)),
            ClearMaterial.x509(pair.publicKey().encoded()));
    assertThat(
            pub.attributes().enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class))
        .contains(CryptographicAlgorithm.EC);
    assertRefused(
        () ->
            service.register(
                ALICE,
                ObjectType.PUBLIC_KEY,
                attrs(algorithm(CryptographicAlgorithm.RSA)),
                ClearMaterial.x509(pair.publicKey().encoded())),
        ResultReason.INVALID_FIELD);
    assertRefused(
        () ->
            service.register(
                ALICE,
                ObjectType.PRIVATE_KEY,
                AttributeSet.empty(),
                ClearMaterial.pkcs8(new byte[] {1, 2, 3})),
        ResultReason.INVALID_FIELD);
  }

  @Test
  void registerACertificate() throws Exception {
    ManagedObjectView c =
        service.register(
            ALICE, ObjectType.CERTIFICATE, AttributeSet.empty(), ClearMaterial.x509(CERTIFICATE));
    AttributeSet a = c.attributes();
    assertThat(a.enumeration(Tag.CERTIFICATE_TYPE, CertificateType.class))
        .contains(CertificateType.X_509);
    assertThat(a.integer(Tag.CERTIFICATE_LENGTH)).contains(CERTIFICATE.length);
    assertThat(a.enumeration(Tag.DIGITAL_SIGNATURE_ALGORITHM, DigitalSignatureAlgorithm.class))
        .contains(DigitalSignatureAlgorithm.ECDSA_WITH_SHA256);
    assertThat(a.integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(256);
    assertThat(a.contains(Tag.X_509_CERTIFICATE_IDENTIFIER)).isTrue();
    assertThat(a.contains(Tag.X_509_CERTIFICATE_SUBJECT)).isTrue();
    assertThat(a.contains(Tag.X_509_CERTIFICATE_ISSUER)).isTrue();
    Digest d = a.records(Tag.DIGEST, Digest.class).get(0);
    assertThat(d.keyFormatType()).isEmpty();
    assertThat(d.digestValue().orElseThrow()).isEqualTo(sha256(CERTIFICATE));
    assertRefused(
        () ->
            service.register(
                ALICE,
                ObjectType.CERTIFICATE,
                AttributeSet.empty(),
                ClearMaterial.x509(new byte[] {0x30, 0x00})),
        ResultReason.INVALID_FIELD);
  }

  @Test
  void registerSecretDataAndOpaqueObjects() throws Exception {
    ManagedObjectView s =
        service.register(
            ALICE,
            ObjectType.SECRET_DATA,
            AttributeSet.empty(),
            ClearMaterial.secretData(SecretDataType.PASSWORD.code(), "hunter2".getBytes("UTF-8")));
    assertThat(s.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(56);
    assertThat(service.openMaterial(ALICE, s.id(), MaterialUse.EXPORT).dataType())
        .hasValue(SecretDataType.PASSWORD.code());
    ManagedObjectView o =
        service.register(
            ALICE,
            ObjectType.OPAQUE_OBJECT,
            AttributeSet.empty(),
            ClearMaterial.opaque(0x80000001, new byte[] {9, 9}));
    assertThat(o.attributes().first(Tag.OPAQUE_DATA_TYPE))
        .contains(Ttlv.enumeration(Tag.OPAQUE_DATA_TYPE, 0x80000001));
    assertThat(o.attributes().contains(Tag.CRYPTOGRAPHIC_LENGTH)).isFalse();
    assertRefused(
        () ->
            service.register(
                ALICE,
                ObjectType.SECRET_DATA,
                AttributeSet.empty(),
                ClearMaterial.raw(new byte[4])),
        ResultReason.INVALID_FIELD);
    // A Split Key is registered as KeyFormats reads it from KMIP: the structure with its part.
    assertRefused(
        () ->
            service.register(
                ALICE, ObjectType.SPLIT_KEY, AttributeSet.empty(), ClearMaterial.raw(new byte[4])),
        ResultReason.INVALID_FIELD);
    KeyFormats.Imported split =
        KeyFormats.fromKmipObject(
            new SplitKey(
                3,
                1,
                2,
                SplitKeyMethod.XOR,
                Optional.empty(),
                KeyBlock.of(KeyFormatType.RAW, new byte[16], CryptographicAlgorithm.AES, 128)));
    ManagedObjectView registered =
        service.register(ALICE, ObjectType.SPLIT_KEY, split.attributes(), split.material());
    assertThat(registered.objectType()).isEqualTo(ObjectType.SPLIT_KEY);
    assertThat(service.openMaterial(ALICE, registered.id(), MaterialUse.EXPORT).bytes())
        .isEqualTo(split.material().bytes());
  }

  @Test
  void aRequestedKeyFormatTypeMustBeServable() throws Exception {
    ManagedObjectView k =
        service.create(
            ALICE,
            ObjectType.SYMMETRIC_KEY,
            attrs(
                Ttlv.enumeration(
                    Tag.KEY_FORMAT_TYPE, KeyFormatType.TRANSPARENT_SYMMETRIC_KEY.code())));
    assertThat(k.attributes().enumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType.class))
        .contains(KeyFormatType.TRANSPARENT_SYMMETRIC_KEY);
    assertRefused(
        () ->
            service.create(
                ALICE,
                ObjectType.SYMMETRIC_KEY,
                attrs(Ttlv.enumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType.PKCS_8.code()))),
        ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED);
  }

  @Test
  void exportHonoursSensitiveExtractableAndClearsFresh() throws Exception {
    ManagedObjectView k = aes(ALICE, null);
    service.openMaterial(ALICE, k.id(), MaterialUse.EXPORT).destroy();
    assertThat(service.get(ALICE, k.id()).attributes().first(Tag.FRESH))
        .contains(Ttlv.bool(Tag.FRESH, false));
    ManagedObjectView sensitive =
        service.create(ALICE, ObjectType.SYMMETRIC_KEY, attrs(Ttlv.bool(Tag.SENSITIVE, true)));
    assertThat(sensitive.attributes().first(Tag.ALWAYS_SENSITIVE))
        .contains(Ttlv.bool(Tag.ALWAYS_SENSITIVE, true));
    assertRefused(
        () -> service.openMaterial(ALICE, sensitive.id(), MaterialUse.EXPORT),
        ResultReason.SENSITIVE);
    ManagedObjectView locked =
        service.create(ALICE, ObjectType.SYMMETRIC_KEY, attrs(Ttlv.bool(Tag.EXTRACTABLE, false)));
    assertThat(locked.attributes().first(Tag.NEVER_EXTRACTABLE))
        .contains(Ttlv.bool(Tag.NEVER_EXTRACTABLE, true));
    assertRefused(
        () -> service.openMaterial(ALICE, locked.id(), MaterialUse.EXPORT),
        ResultReason.NOT_EXTRACTABLE);
    // Used inside the server, once Active, it still works.
    service.activate(ALICE, locked.id());
    service.openMaterial(ALICE, locked.id(), MaterialUse.PROTECT).destroy();
    assertThat(service.get(ALICE, locked.id()).attributes().first(Tag.FRESH))
        .contains(Ttlv.bool(Tag.FRESH, true));
  }

  @Test
  void materialIsSealedUnderTheMasterKeyAndBoundToItsObject() throws Exception {
    ManagedObjectView a = aes(ALICE, null);
    ManagedObjectView b = aes(ALICE, null);
    ManagedObject stored = fx.store.get(a.id()).orElseThrow();
    assertThat(Envelope.keyIdOf(stored.material().orElseThrow().envelope()))
        .isEqualTo(TestMasterKeys.shared().currentKeyId());
    // Material moved onto another object does not open: the id is associated data.
    ManagedObject other = fx.store.get(b.id()).orElseThrow();
    ManagedObject swapped =
        other.withMaterial(other.materialState(), stored.material(), other.attributes());
    fx.put(swapped);
    assertRefused(
        () -> service.openMaterial(ALICE, b.id(), MaterialUse.EXPORT),
        ResultReason.CRYPTOGRAPHIC_FAILURE);
  }
}
