package dev.arca.core.key;

import static dev.arca.core.crypto.KeyFormats.ecPrivateComponents;
import static dev.arca.core.crypto.KeyFormats.rsaPkcs8ToPkcs1;
import static dev.arca.core.crypto.KeyFormats.rsaSpkiToPkcs1;
import static dev.arca.core.key.AttributeRulesTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.crypto.AsymmetricSpec;
import dev.arca.core.crypto.EcCurve;
import dev.arca.core.crypto.KeyPairMaterial;
import dev.arca.core.crypto.KeyPairPurpose;
import dev.arca.core.key.testing.TestMasterKeys;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.SecretDataType;
import dev.arca.kmip.enums.SplitKeyMethod;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.object.EncryptionKeyInformation;
import dev.arca.kmip.object.KeyBlock;
import dev.arca.kmip.object.KeyValue;
import dev.arca.kmip.object.KeyWrappingData;
import dev.arca.kmip.object.ManagedObjects;
import dev.arca.kmip.object.PrivateKey;
import dev.arca.kmip.object.SecretData;
import dev.arca.kmip.object.SplitKey;
import dev.arca.kmip.object.SymmetricKey;
import dev.arca.kmip.object.TransparentRsaPrivateKey;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class KeyFormatsTest {

  private static KeyPairMaterial rsa;
  private static KeyPairMaterial ec;

  @BeforeAll
  static void keys() throws Exception {
    rsa =
        TestMasterKeys.crypto().generateKeyPair(AsymmetricSpec.rsa(2048), KeyPairPurpose.SIGNATURE);
    ec = TestMasterKeys.crypto().generateKeyPair(AsymmetricSpec.ec(EcCurve.P_256));
  }

  private static ManagedObjectView view(ObjectType type, Ttlv... attributes) {
    AttributeSet.Builder b = AttributeSet.builder();
    for (Ttlv t : attributes) {
      b.set(t);
    }
    AttributeSet a = b.build();
    return new ManagedObjectView(
        new ManagedObject(
            "id",
            type,
            a,
            Optional.of("alice"),
            Optional.empty(),
            0,
            MaterialState.ONLINE,
            Optional.empty(),
            1),
        State.ACTIVE,
        a);
  }

  /** Canonical → the KMIP object in {@code format} → TTLV → back → canonical. */
  private static KeyFormats.Imported roundTrip(
      ObjectType type, ClearMaterial canonical, KeyFormatType format, Ttlv... attributes)
      throws Exception {
    dev.arca.kmip.object.ManagedObject out =
        KeyFormats.toKmipObject(view(type, attributes), canonical, Optional.of(format));
    Ttlv wire = TtlvBinder.encode(ManagedObjects.tag(type), (Record) out);
    return KeyFormats.fromKmipObject(ManagedObjects.decode(type, wire));
  }

  private static void assertRoundTrip(
      ObjectType type, ClearMaterial canonical, KeyFormatType format, Ttlv... attributes)
      throws Exception {
    KeyFormats.Imported back = roundTrip(type, canonical, format, attributes);
    assertThat(back.material().format()).isEqualTo(KeyFormats.canonicalFormat(type));
    assertThat(back.material().bytes()).as(format.specName()).isEqualTo(canonical.bytes());
    assertThat(back.attributes().enumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType.class))
        .contains(format);
  }

  @Test
  void symmetricKeysAsRawAndTransparent() throws Exception {
    ClearMaterial raw =
        ClearMaterial.raw(new byte[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16});
    Ttlv alg = Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code());
    Ttlv len = Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128);
    assertRoundTrip(ObjectType.SYMMETRIC_KEY, raw, KeyFormatType.RAW, alg, len);
    assertRoundTrip(
        ObjectType.SYMMETRIC_KEY, raw, KeyFormatType.TRANSPARENT_SYMMETRIC_KEY, alg, len);
    KeyFormats.Imported back =
        roundTrip(ObjectType.SYMMETRIC_KEY, raw, KeyFormatType.RAW, alg, len);
    assertThat(back.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(128);
    assertThat(
            back.attributes()
                .enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.class))
        .contains(CryptographicAlgorithm.AES);
    Ttlv material =
        KeyFormats.keyMaterial(
            ObjectType.SYMMETRIC_KEY, raw, KeyFormatType.TRANSPARENT_SYMMETRIC_KEY);
    assertThat(material).isInstanceOf(TtlvStructure.class);
    assertThat(((TtlvStructure) material).child(Tag.KEY))
        .contains(Ttlv.bytes(Tag.KEY, raw.bytes()));
  }

  @Test
  void rsaPrivateKeysInEveryFormat() throws Exception {
    ClearMaterial pkcs8 = ClearMaterial.pkcs8(rsa.privateKey().encoded());
    for (KeyFormatType f :
        new KeyFormatType[] {
          KeyFormatType.PKCS_8, KeyFormatType.PKCS_1, KeyFormatType.TRANSPARENT_RSA_PRIVATE_KEY
        }) {
      assertRoundTrip(ObjectType.PRIVATE_KEY, pkcs8, f);
    }
    PrivateKey transparent =
        (PrivateKey)
            KeyFormats.toKmipObject(
                view(ObjectType.PRIVATE_KEY),
                pkcs8,
                Optional.of(KeyFormatType.TRANSPARENT_RSA_PRIVATE_KEY));
    TransparentRsaPrivateKey t =
        (TransparentRsaPrivateKey) transparent.keyBlock().transparentKeyMaterial().orElseThrow();
    assertThat(t.modulus().bitLength()).isEqualTo(2048);
    assertThat(t.toString()).doesNotContain(t.modulus().toString());
    assertReason(
        () -> KeyFormats.keyMaterial(ObjectType.PRIVATE_KEY, pkcs8, KeyFormatType.EC_PRIVATE_KEY),
        ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED);
  }

  @Test
  void ecPrivateKeysInEveryFormat() throws Exception {
    ClearMaterial pkcs8 = ClearMaterial.pkcs8(ec.privateKey().encoded());
    for (KeyFormatType f :
        new KeyFormatType[] {
          KeyFormatType.PKCS_8,
          KeyFormatType.EC_PRIVATE_KEY,
          KeyFormatType.TRANSPARENT_EC_PRIVATE_KEY,
          KeyFormatType.TRANSPARENT_ECDSA_PRIVATE_KEY
        }) {
      KeyFormats.Imported back = roundTrip(ObjectType.PRIVATE_KEY, pkcs8, f);
      assertThat(ecPrivateComponents(back.material().bytes()))
          .as(f.specName())
          .isEqualTo(ecPrivateComponents(pkcs8.bytes()));
    }
    assertReason(
        () -> KeyFormats.keyMaterial(ObjectType.PRIVATE_KEY, pkcs8, KeyFormatType.PKCS_1),
        ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED);
  }

  @Test
  void publicKeysInEveryFormat() throws Exception {
    ClearMaterial rsaSpki = ClearMaterial.x509(rsa.publicKey().encoded());
    for (KeyFormatType f :
        new KeyFormatType[] {
          KeyFormatType.X_509, KeyFormatType.PKCS_1, KeyFormatType.TRANSPARENT_RSA_PUBLIC_KEY
        }) {
      assertRoundTrip(ObjectType.PUBLIC_KEY, rsaSpki, f);
    }
    ClearMaterial ecSpki = ClearMaterial.x509(ec.publicKey().encoded());
    for (KeyFormatType f :
        new KeyFormatType[] {
          KeyFormatType.X_509,
          KeyFormatType.TRANSPARENT_EC_PUBLIC_KEY,
          KeyFormatType.TRANSPARENT_ECDH_PUBLIC_KEY
        }) {
      assertRoundTrip(ObjectType.PUBLIC_KEY, ecSpki, f);
    }
    assertReason(
        () -> KeyFormats.keyMaterial(ObjectType.PUBLIC_KEY, ecSpki, KeyFormatType.PKCS_1),
        ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED);
  }

  @Test
  void otherObjectsHaveOneFormat() throws Exception {
    ClearMaterial secret =
        ClearMaterial.secretData(SecretDataType.PASSWORD.code(), new byte[] {7, 7});
    SecretData s =
        (SecretData)
            KeyFormats.toKmipObject(
                view(ObjectType.SECRET_DATA), secret, Optional.of(KeyFormatType.OPAQUE));
    assertThat(s.secretDataType()).isEqualTo(SecretDataType.PASSWORD);
    KeyFormats.Imported back = KeyFormats.fromKmipObject(s);
    assertThat(back.material().bytes()).isEqualTo(new byte[] {7, 7});
    assertThat(back.material().dataType()).hasValue(SecretDataType.PASSWORD.code());
    ClearMaterial cert = ClearMaterial.x509(ServiceTestBase.CERTIFICATE);
    assertThat(
            KeyFormats.fromKmipObject(
                    KeyFormats.toKmipObject(view(ObjectType.CERTIFICATE), cert, Optional.empty()))
                .material()
                .bytes())
        .isEqualTo(ServiceTestBase.CERTIFICATE);
    assertReason(
        () ->
            KeyFormats.toKmipObject(
                view(ObjectType.CERTIFICATE), cert, Optional.of(KeyFormatType.PKCS_8)),
        ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED);
    ClearMaterial opaque = ClearMaterial.opaque(0x80000002, new byte[] {1});
    KeyFormats.Imported o =
        KeyFormats.fromKmipObject(
            KeyFormats.toKmipObject(view(ObjectType.OPAQUE_OBJECT), opaque, Optional.empty()));
    assertThat(o.material().dataType()).hasValue(0x80000002);
    assertReason(
        () ->
            KeyFormats.keyMaterial(
                ObjectType.SYMMETRIC_KEY, ClearMaterial.raw(new byte[16]), KeyFormatType.PKCS_8),
        ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED);
  }

  @Test
  void getServesTheRegisteredFormatByDefault() throws Exception {
    ClearMaterial pkcs8 = ClearMaterial.pkcs8(rsa.privateKey().encoded());
    PrivateKey out =
        (PrivateKey)
            KeyFormats.toKmipObject(
                view(
                    ObjectType.PRIVATE_KEY,
                    Ttlv.enumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType.PKCS_1.code())),
                pkcs8,
                Optional.empty());
    assertThat(out.keyBlock().keyFormatType()).isEqualTo(KeyFormatType.PKCS_1);
    assertThat(out.keyBlock().keyMaterialBytes().orElseThrow())
        .isEqualTo(rsaPkcs8ToPkcs1(pkcs8.bytes()));
    PrivateKey canonical =
        (PrivateKey) KeyFormats.toKmipObject(view(ObjectType.PRIVATE_KEY), pkcs8, Optional.empty());
    assertThat(canonical.keyBlock().keyFormatType()).isEqualTo(KeyFormatType.PKCS_8);
  }

  @Test
  void encodedFormatsBecomeCanonicalOnRegister() throws Exception {
    byte[] pkcs1 = rsaPkcs8ToPkcs1(rsa.privateKey().encoded());
    ClearMaterial c =
        KeyFormats.toCanonical(
            ObjectType.PRIVATE_KEY,
            ClearMaterial.of(KeyFormatType.PKCS_1, pkcs1, OptionalInt.empty()));
    assertThat(c.format()).isEqualTo(KeyFormatType.PKCS_8);
    assertThat(c.bytes()).isEqualTo(rsa.privateKey().encoded());
    ClearMaterial same = ClearMaterial.raw(new byte[16]);
    assertThat(KeyFormats.toCanonical(ObjectType.SYMMETRIC_KEY, same)).isSameAs(same);
    assertReason(
        () ->
            KeyFormats.toCanonical(
                ObjectType.PRIVATE_KEY,
                ClearMaterial.of(KeyFormatType.PKCS_1, new byte[] {1}, OptionalInt.empty())),
        ResultReason.INVALID_FIELD);
  }

  @Test
  void mislabelledRsaKeysAreReadByWhatTheirDerSays() throws Exception {
    byte[] pkcs8 = rsa.privateKey().encoded();
    byte[] pkcs1 = rsaPkcs8ToPkcs1(pkcs8);
    for (KeyFormatType label : new KeyFormatType[] {KeyFormatType.PKCS_8, KeyFormatType.RAW}) {
      KeyFormats.Imported in =
          KeyFormats.fromKmipObject(
              new PrivateKey(
                  KeyBlock.of(
                      label,
                      KeyValue.of(pkcs1),
                      Optional.of(CryptographicAlgorithm.RSA),
                      Optional.of(2048))));
      assertThat(in.material().bytes()).as(label.specName()).isEqualTo(pkcs8);
      assertThat(in.attributes().enumeration(Tag.KEY_FORMAT_TYPE, KeyFormatType.class))
          .as("Get gives the key back in the encoding it really had")
          .contains(KeyFormatType.PKCS_1);
    }
    byte[] spki = rsa.publicKey().encoded();
    assertThat(
            KeyFormats.actualEncoding(
                ObjectType.PUBLIC_KEY, KeyFormatType.RAW, rsaSpkiToPkcs1(spki)))
        .isEqualTo(KeyFormatType.PKCS_1);
    assertThat(KeyFormats.actualEncoding(ObjectType.PUBLIC_KEY, KeyFormatType.PKCS_1, spki))
        .isEqualTo(KeyFormatType.X_509);
    assertThat(KeyFormats.actualEncoding(ObjectType.PRIVATE_KEY, KeyFormatType.RAW, pkcs8))
        .isEqualTo(KeyFormatType.PKCS_8);
    // Not DER, or a symmetric key: the label stands, and the error names it.
    assertThat(
            KeyFormats.actualEncoding(ObjectType.PRIVATE_KEY, KeyFormatType.PKCS_8, new byte[] {1}))
        .isEqualTo(KeyFormatType.PKCS_8);
    assertThat(KeyFormats.actualEncoding(ObjectType.SYMMETRIC_KEY, KeyFormatType.RAW, pkcs1))
        .isEqualTo(KeyFormatType.RAW);
  }

  @Test
  void splitKeysKeepTheirPartFieldsAndMaterial() throws Exception {
    byte[] part = new byte[32];
    for (int i = 0; i < part.length; i++) {
      part[i] = (byte) (i * 7 + 1);
    }
    SplitKey registered =
        new SplitKey(
            4,
            2,
            3,
            SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_16,
            Optional.empty(),
            KeyBlock.of(KeyFormatType.RAW, part, CryptographicAlgorithm.AES, 256));
    KeyFormats.Imported in = KeyFormats.fromKmipObject(registered);
    assertThat(in.material().format()).isEqualTo(KeyFormats.canonicalFormat(ObjectType.SPLIT_KEY));
    assertThat(in.attributes().integer(Tag.CRYPTOGRAPHIC_LENGTH)).contains(256);

    for (KeyFormatType format :
        new KeyFormatType[] {KeyFormatType.RAW, KeyFormatType.TRANSPARENT_SYMMETRIC_KEY}) {
      SplitKey out =
          (SplitKey)
              KeyFormats.toKmipObject(
                  view(
                      ObjectType.SPLIT_KEY,
                      Ttlv.enumeration(
                          Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()),
                      Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256)),
                  in.material(),
                  Optional.of(format));
      assertThat(out.splitKeyParts()).isEqualTo(4);
      assertThat(out.keyPartIdentifier()).isEqualTo(2);
      assertThat(out.splitKeyThreshold()).isEqualTo(3);
      assertThat(out.splitKeyMethod()).isEqualTo(SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_16);
      assertThat(out.keyBlock().keyFormatType()).isEqualTo(format);
      KeyFormats.Imported back = KeyFormats.fromKmipObject(out);
      assertThat(back.material().bytes()).isEqualTo(in.material().bytes());
    }
  }

  @Test
  void wrappedKeyBlocksAreUnwrappedFirst() {
    KeyBlock wrapped =
        KeyBlock.wrapped(
            KeyFormatType.RAW,
            new byte[24],
            Optional.of(CryptographicAlgorithm.AES),
            Optional.of(128),
            KeyWrappingData.encryptedWith(EncryptionKeyInformation.of("kek")));
    assertReason(
        () -> KeyFormats.fromKmipObject(new SymmetricKey(wrapped)),
        ResultReason.KEY_WRAP_TYPE_NOT_SUPPORTED);
  }
}
