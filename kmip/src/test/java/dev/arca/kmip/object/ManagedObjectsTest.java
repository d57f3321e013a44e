package dev.arca.kmip.object;

import static dev.arca.kmip.attribute.BindingAssertions.assertRoundTripEquals;
import static dev.arca.kmip.attribute.BindingAssertions.bytes;
import static dev.arca.kmip.attribute.BindingAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CertificateRequestType;
import dev.arca.kmip.enums.CertificateType;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.SecretDataType;
import dev.arca.kmip.enums.SplitKeyMethod;
import dev.arca.kmip.ttlv.Ttlv;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The managed objects and their lookup by Object Type. */
class ManagedObjectsTest {

  static final byte[] AES_KEY = {
    0x00,
    0x11,
    0x22,
    0x33,
    0x44,
    0x55,
    0x66,
    0x77,
    (byte) 0x88,
    (byte) 0x99,
    (byte) 0xAA,
    (byte) 0xBB,
    (byte) 0xCC,
    (byte) 0xDD,
    (byte) 0xEE,
    0x0F
  };

  static KeyBlock rawAes() {
    return KeyBlock.of(KeyFormatType.RAW, AES_KEY, CryptographicAlgorithm.AES, 128);
  }

  @Test
  void everyObjectTypeHasARecordAndATag() {
    for (ObjectType type : ObjectType.values()) {
      Tag tag = ManagedObjects.tag(type);
      assertThat(tag.specName()).as(type.specName()).isEqualTo(type.specName());
      assertThat(ManagedObjects.objectType(tag.code())).contains(type);
      assertThat(TtlvBinder.structureTag(ManagedObjects.recordType(type).asSubclass(Record.class)))
          .contains(tag);
    }
    assertThat(ManagedObjects.objectType(Tag.KEY_BLOCK.code())).isEmpty();
  }

  @Test
  void keysRoundTrip() throws KmipException {
    SymmetricKey key = roundTrip(new SymmetricKey(rawAes()));
    assertThat(key.keyBlock().keyMaterialBytes())
        .hasValueSatisfying(k -> assertThat(k).isEqualTo(AES_KEY));
    assertThat(key.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);

    TransparentRsaPublicKey rsa =
        new TransparentRsaPublicKey(BigInteger.valueOf(3233), BigInteger.valueOf(17));
    PublicKey pub =
        roundTrip(
            new PublicKey(
                KeyBlock.of(
                    KeyFormatType.TRANSPARENT_RSA_PUBLIC_KEY,
                    KeyValue.of(rsa),
                    Optional.of(CryptographicAlgorithm.RSA),
                    Optional.of(12))));
    assertThat(pub.keyBlock().transparentKeyMaterial()).contains(rsa);

    PrivateKey priv =
        roundTrip(
            new PrivateKey(
                KeyBlock.of(
                    KeyFormatType.PKCS_8,
                    new byte[] {0x30, 0x01, 0x02},
                    CryptographicAlgorithm.RSA,
                    2048)));
    assertThat(priv.objectType()).isEqualTo(ObjectType.PRIVATE_KEY);

    SecretData secret =
        roundTrip(
            new SecretData(
                SecretDataType.PASSWORD,
                KeyBlock.of(
                    KeyFormatType.OPAQUE,
                    KeyValue.of("secret".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
                    Optional.empty(),
                    Optional.empty())));
    assertThat(secret.keyBlock().cryptographicAlgorithm()).isEmpty();

    PgpKey pgp = roundTrip(new PgpKey(4, rawAes()));
    assertThat(pgp.pgpKeyVersion()).isEqualTo(4);
  }

  @Test
  void splitKeyRoundTripsAndChecksItsPart() throws KmipException {
    SplitKey part =
        roundTrip(
            new SplitKey(
                3,
                2,
                2,
                SplitKeyMethod.POLYNOMIAL_SHARING_PRIME_FIELD,
                Optional.of(BigInteger.valueOf(65537)),
                rawAes()));
    assertThat(part.primeFieldSize()).contains(BigInteger.valueOf(65537));
    assertThatThrownBy(() -> new SplitKey(3, 4, 2, SplitKeyMethod.XOR, Optional.empty(), rawAes()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void otherObjectsRoundTrip() throws KmipException {
    Certificate cert = roundTrip(new Certificate(CertificateType.X_509, new byte[] {0x30, 0x03}));
    assertThat(cert.certificateValue()).containsExactly(0x30, 0x03);
    CertificateRequest csr =
        roundTrip(new CertificateRequest(CertificateRequestType.PKCS_10, new byte[] {0x30}));
    assertThat(csr.objectType()).isEqualTo(ObjectType.CERTIFICATE_REQUEST);
    OpaqueObject opaque = roundTrip(OpaqueObject.of(0x80000001, new byte[] {1, 2}));
    assertThat(opaque.opaqueDataTypeCode()).isEqualTo(0x80000001);
    assertRoundTripEquals(
        new Template(List.of(Attribute.of("Object Group", Ttlv.text(Tag.ATTRIBUTE_VALUE, "g")))));
    assertThatThrownBy(() -> new Template(List.of())).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new OpaqueObject(Ttlv.integer(Tag.OPAQUE_DATA_TYPE, 1), new byte[0]))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void objectsDecodeByObjectType() throws KmipException {
    Ttlv item = ManagedObjects.encode(new SymmetricKey(rawAes()));
    assertThat(item.tag()).isEqualTo(Tag.SYMMETRIC_KEY.code());
    ManagedObject decoded = ManagedObjects.decode(ObjectType.SYMMETRIC_KEY, item);
    assertThat(decoded).isInstanceOf(SymmetricKey.class);
    assertThat(bytes(ManagedObjects.encode(decoded))).isEqualTo(bytes(item));
    assertThat(ManagedObjects.decode(SymmetricKey.class, item).keyBlock().keyFormatType())
        .isEqualTo(KeyFormatType.RAW);

    assertThatThrownBy(() -> ManagedObjects.decode(ObjectType.PRIVATE_KEY, item))
        .isInstanceOfSatisfying(
            KmipException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_MESSAGE));
  }

  @Test
  void keyMaterialNeverReachesToString() {
    String hex = "8899aabbccdd";
    BigInteger secret = new BigInteger("123456789012345678901234567890123456789");
    List<Object> holders =
        List.of(
            new SymmetricKey(rawAes()),
            rawAes(),
            KeyValue.of(AES_KEY),
            new TransparentSymmetricKey(AES_KEY),
            new TransparentDsaPrivateKey(secret, secret, secret, secret),
            new TransparentDsaPublicKey(secret, secret, secret, secret),
            new TransparentRsaPrivateKey(
                secret,
                Optional.of(secret),
                Optional.of(secret),
                Optional.of(secret),
                Optional.of(secret),
                Optional.of(secret),
                Optional.of(secret),
                Optional.of(secret)),
            new TransparentRsaPublicKey(secret, secret),
            new TransparentDhPrivateKey(
                secret, Optional.of(secret), secret, Optional.of(secret), secret),
            new TransparentDhPublicKey(secret, Optional.empty(), secret, Optional.empty(), secret),
            new TransparentEcPrivateKey(dev.arca.kmip.enums.RecommendedCurve.P_256, secret),
            new TransparentEcPublicKey(dev.arca.kmip.enums.RecommendedCurve.P_256, AES_KEY),
            new PrivateKey(
                KeyBlock.of(
                    KeyFormatType.TRANSPARENT_EC_PRIVATE_KEY,
                    KeyValue.of(
                        new TransparentEcPrivateKey(
                            dev.arca.kmip.enums.RecommendedCurve.P_256, secret)),
                    Optional.of(CryptographicAlgorithm.EC),
                    Optional.of(256))),
            new SplitKey(2, 1, 2, SplitKeyMethod.XOR, Optional.of(secret), rawAes()),
            new SecretData(SecretDataType.SEED, rawAes()),
            OpaqueObject.of(0x80000001, AES_KEY),
            new Certificate(CertificateType.X_509, AES_KEY),
            KeyBlock.wrapped(
                KeyFormatType.RAW,
                AES_KEY,
                Optional.empty(),
                Optional.empty(),
                new KeyWrappingData(
                    dev.arca.kmip.enums.WrappingMethod.ENCRYPT,
                    Optional.of(EncryptionKeyInformation.of("kek")),
                    Optional.empty(),
                    Optional.of(AES_KEY),
                    Optional.of(AES_KEY),
                    Optional.empty())));
    for (Object holder : holders) {
      String text = holder.toString();
      assertThat(text)
          .as(holder.getClass().getSimpleName())
          .doesNotContainIgnoringCase(hex)
          .doesNotContain(secret.toString())
          .doesNotContain(secret.toString(16))
          .doesNotContain("[B@")
          .doesNotContain("17, 34, 51");
    }
  }
}
