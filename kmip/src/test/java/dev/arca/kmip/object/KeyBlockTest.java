package dev.arca.kmip.object;

import static dev.arca.kmip.attribute.BindingAssertions.assertRoundTripEquals;
import static dev.arca.kmip.attribute.BindingAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.EncodingOption;
import dev.arca.kmip.enums.KeyCompressionType;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.RecommendedCurve;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.WrappingMethod;
import dev.arca.kmip.ttlv.Ttlv;
import java.math.BigInteger;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Key Block, Key Value, the Transparent key structures and key wrapping. */
class KeyBlockTest {

  private static final BigInteger N = new BigInteger("C5F1A9C3B2E4D6F8", 16);
  private static final BigInteger E = BigInteger.valueOf(65537);

  private static KeyBlock transparent(KeyFormatType format, TransparentKeyMaterial material) {
    return KeyBlock.of(format, KeyValue.of(material), Optional.empty(), Optional.empty());
  }

  @Test
  void transparentMaterialReadsByKeyFormatType() throws KmipException {
    BigInteger one = BigInteger.ONE;
    List<Object[]> cases =
        List.of(
            new Object[] {
              KeyFormatType.TRANSPARENT_SYMMETRIC_KEY, new TransparentSymmetricKey(new byte[16])
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_DSA_PRIVATE_KEY,
              new TransparentDsaPrivateKey(N, one, E, one)
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_DSA_PUBLIC_KEY, new TransparentDsaPublicKey(N, one, E, one)
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_RSA_PRIVATE_KEY,
              new TransparentRsaPrivateKey(
                  N,
                  Optional.of(one),
                  Optional.of(E),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty(),
                  Optional.empty())
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_RSA_PUBLIC_KEY, new TransparentRsaPublicKey(N, E)
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_DH_PRIVATE_KEY,
              new TransparentDhPrivateKey(N, Optional.empty(), E, Optional.of(one), one)
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_DH_PUBLIC_KEY,
              new TransparentDhPublicKey(N, Optional.of(one), E, Optional.empty(), one)
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_EC_PRIVATE_KEY,
              new TransparentEcPrivateKey(RecommendedCurve.P_256, one)
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_ECDSA_PRIVATE_KEY,
              new TransparentEcPrivateKey(RecommendedCurve.P_384, one)
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_ECDH_PRIVATE_KEY,
              new TransparentEcPrivateKey(RecommendedCurve.P_521, one)
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_ECMQV_PRIVATE_KEY,
              new TransparentEcPrivateKey(RecommendedCurve.P_224, one)
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_EC_PUBLIC_KEY,
              new TransparentEcPublicKey(RecommendedCurve.P_256, new byte[] {4, 1, 2})
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_ECDSA_PUBLIC_KEY,
              new TransparentEcPublicKey(RecommendedCurve.P_256, new byte[] {4})
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_ECDH_PUBLIC_KEY,
              new TransparentEcPublicKey(RecommendedCurve.P_256, new byte[] {4})
            },
            new Object[] {
              KeyFormatType.TRANSPARENT_ECMQV_PUBLIC_KEY,
              new TransparentEcPublicKey(RecommendedCurve.P_256, new byte[] {4})
            });
    for (Object[] c : cases) {
      KeyFormatType format = (KeyFormatType) c[0];
      TransparentKeyMaterial material = (TransparentKeyMaterial) c[1];
      KeyBlock block = roundTrip(transparent(format, material));
      assertThat(KeyValue.transparentType(format)).contains(material.getClass());
      TransparentKeyMaterial read = block.transparentKeyMaterial().orElseThrow();
      assertThat(read).as(format.specName()).isInstanceOf(material.getClass());
      assertThat(TtlvBinder.encode(Tag.KEY_MATERIAL, (Record) read))
          .isEqualTo(TtlvBinder.encode(Tag.KEY_MATERIAL, (Record) material));
      assertThat(block.keyMaterialBytes()).isEmpty();
    }
    assertThat(KeyValue.transparentType(KeyFormatType.RAW)).isEmpty();
  }

  @Test
  void materialMustHaveTheLayoutOfItsFormat() throws KmipException {
    KeyBlock bytesForTransparent =
        KeyBlock.of(
            KeyFormatType.TRANSPARENT_SYMMETRIC_KEY, new byte[16], CryptographicAlgorithm.AES, 128);
    assertThatThrownBy(bytesForTransparent::transparentKeyMaterial)
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD));
    KeyBlock structureForRaw =
        transparent(KeyFormatType.RAW, new TransparentSymmetricKey(new byte[16]));
    assertThatThrownBy(structureForRaw::transparentKeyMaterial).isInstanceOf(KmipException.class);
    KeyBlock rsaAsDsa =
        transparent(KeyFormatType.TRANSPARENT_DSA_PUBLIC_KEY, new TransparentRsaPublicKey(N, E));
    assertThatThrownBy(rsaAsDsa::transparentKeyMaterial).isInstanceOf(KmipException.class);
    assertThatThrownBy(
            () ->
                new TransparentRsaPrivateKey(
                    N,
                    Optional.empty(),
                    Optional.of(E),
                    Optional.of(N),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keyValueCarriesAttributesOfEitherVersion() throws KmipException {
    KeyValue v1 =
        new KeyValue(
            Ttlv.bytes(Tag.KEY_MATERIAL, new byte[16]),
            List.of(Attribute.of("Object Group", Ttlv.text(Tag.ATTRIBUTE_VALUE, "g"))),
            Optional.empty());
    assertThat(roundTrip(v1).v1Attributes()).hasSize(1);
    KeyValue v2 =
        new KeyValue(
            Ttlv.bytes(Tag.KEY_MATERIAL, new byte[16]),
            List.of(),
            Optional.of(Attributes.of(Ttlv.text(Tag.OBJECT_GROUP, "g"))));
    assertThat(roundTrip(v2).attributes()).isPresent();
    assertThat(v2.toString()).contains("16 bytes").contains("1 attributes");
    assertThatThrownBy(
            () -> new KeyValue(Ttlv.text(Tag.KEY_MATERIAL, "k"), List.of(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void wrappedKeyValueIsAByteStringWithWrappingData() throws KmipException {
    KeyWrappingData wrapping =
        new KeyWrappingData(
            WrappingMethod.ENCRYPT,
            Optional.of(
                new EncryptionKeyInformation(
                    "kek-1",
                    Optional.of(
                        CryptographicParameters.builder()
                            .blockCipherMode(BlockCipherMode.NIST_KEY_WRAP)
                            .build()))),
            Optional.empty(),
            Optional.empty(),
            Optional.of(new byte[12]),
            Optional.of(EncodingOption.NO_ENCODING));
    KeyBlock block =
        roundTrip(
            KeyBlock.wrapped(
                KeyFormatType.RAW,
                new byte[24],
                Optional.of(CryptographicAlgorithm.AES),
                Optional.of(128),
                wrapping));
    assertThat(block.isWrapped()).isTrue();
    assertThat(block.wrappedKeyValue()).hasValueSatisfying(w -> assertThat(w).hasSize(24));
    assertThat(block.plaintextKeyValue()).isEmpty();
    assertThat(block.keyMaterialBytes()).isEmpty();
    assertThat(block.toString()).contains("kek-1").contains("IV <12 bytes>");

    assertThatThrownBy(
            () ->
                new KeyBlock(
                    KeyFormatType.RAW,
                    Optional.empty(),
                    Optional.of(Ttlv.bytes(Tag.KEY_VALUE, new byte[24])),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void keyBlockWithoutKeyValueAndWithCompression() throws KmipException {
    KeyBlock none =
        new KeyBlock(
            KeyFormatType.X_509,
            Optional.of(KeyCompressionType.EC_PUBLIC_KEY_TYPE_UNCOMPRESSED),
            Optional.empty(),
            Optional.of(CryptographicAlgorithm.EC),
            Optional.of(256),
            Optional.empty());
    assertRoundTripEquals(none);
    assertThat(none.plaintextKeyValue()).isEmpty();
    assertThat(none.wrappedKeyValue()).isEmpty();
    assertThat(none.toString()).contains("no key value");
  }

  @Test
  void wrappingStructuresNeedAKey() throws KmipException {
    assertThatThrownBy(
            () ->
                new KeyWrappingData(
                    WrappingMethod.ENCRYPT,
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new KeyWrappingSpecification(
                    WrappingMethod.ENCRYPT,
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertRoundTripEquals(
        new KeyWrappingSpecification(
            WrappingMethod.MAC_SIGN,
            Optional.empty(),
            Optional.of(MacSignatureKeyInformation.of("mac-key")),
            List.of("Cryptographic Usage Mask", "Name"),
            Optional.of(EncodingOption.TTLV_ENCODING)));
    assertRoundTripEquals(KeyWrappingSpecification.encryptWith(EncryptionKeyInformation.of("k")));
    assertThat(KeyWrappingData.encryptedWith(EncryptionKeyInformation.of("k")).wrappingMethod())
        .isEqualTo(WrappingMethod.ENCRYPT);
  }
}
