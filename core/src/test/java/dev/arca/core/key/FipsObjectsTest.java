package dev.arca.core.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicDomainParameters;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.RecommendedCurve;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FipsObjectsTest {

  private static AttributeSet key(CryptographicAlgorithm algorithm, int length) {
    return AttributeSet.builder()
        .set(Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, algorithm.code()))
        .set(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, length))
        .build();
  }

  @Test
  void symmetricKeysAreJudgedByAlgorithmAndLength() {
    assertThat(FipsObjects.refusal(ObjectType.SYMMETRIC_KEY, key(CryptographicAlgorithm.AES, 256)))
        .isEmpty();
    assertThat(FipsObjects.refusal(ObjectType.SYMMETRIC_KEY, key(CryptographicAlgorithm.DES3, 168)))
        .hasValueSatisfying(r -> assertThat(r).startsWith("3DES-168 key is not approved"));
    assertThat(
            FipsObjects.refusal(
                ObjectType.SYMMETRIC_KEY, key(CryptographicAlgorithm.BLOWFISH, 128)))
        .hasValueSatisfying(r -> assertThat(r).startsWith("Blowfish-128 key is not approved"));
    assertThat(
            FipsObjects.refusal(
                ObjectType.SYMMETRIC_KEY, key(CryptographicAlgorithm.HMAC_SHA256, 64)))
        .hasValueSatisfying(r -> assertThat(r).contains("from 112 bits"));
    assertThat(FipsObjects.refusal(ObjectType.SYMMETRIC_KEY, key(CryptographicAlgorithm.DES, 64)))
        .hasValue("DES keys are not approved");
  }

  @Test
  void asymmetricKeysAreJudgedByShape() {
    assertThat(FipsObjects.refusal(ObjectType.PRIVATE_KEY, key(CryptographicAlgorithm.RSA, 3072)))
        .isEmpty();
    assertThat(FipsObjects.refusal(ObjectType.PUBLIC_KEY, key(CryptographicAlgorithm.RSA, 1024)))
        .hasValueSatisfying(r -> assertThat(r).startsWith("RSA-1024 key is not approved"));
    assertThat(FipsObjects.refusal(ObjectType.PUBLIC_KEY, key(CryptographicAlgorithm.ECDSA, 256)))
        .isEmpty();
    AttributeSet k1 =
        key(CryptographicAlgorithm.ECDSA, 256).toBuilder()
            .set(
                TtlvBinder.encode(
                    Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS,
                    new CryptographicDomainParameters(
                        Optional.empty(), Optional.of(RecommendedCurve.SECP256K1))))
            .build();
    assertThat(FipsObjects.refusal(ObjectType.PRIVATE_KEY, k1))
        .hasValueSatisfying(r -> assertThat(r).startsWith("EC secp256k1 key is not approved"));
    assertThat(FipsObjects.refusal(ObjectType.PRIVATE_KEY, key(CryptographicAlgorithm.DSA, 2048)))
        .hasValue("DSA-2048 keys are not approved");
  }

  @Test
  void objectsWithoutKeysAreNotJudged() {
    assertThat(FipsObjects.refusal(ObjectType.SECRET_DATA, AttributeSet.empty())).isEmpty();
    assertThat(FipsObjects.refusal(ObjectType.CERTIFICATE, AttributeSet.empty())).isEmpty();
  }

  @Test
  void newObjectsAreRefusedWithInvalidField() {
    KmipException e =
        catchThrowableOfType(
            () ->
                FipsObjects.checkNew(
                    ObjectType.SYMMETRIC_KEY, key(CryptographicAlgorithm.DES3, 168)),
            KmipException.class);
    assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(e.getMessage()).startsWith("FIPS mode: 3DES-168 key is not approved");
  }
}
