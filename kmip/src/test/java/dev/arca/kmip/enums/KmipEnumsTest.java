package dev.arca.kmip.enums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import java.lang.reflect.InvocationTargetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class KmipEnumsTest {

  @Test
  void codesMatchTheSpecification() {
    assertThat(Tag.ACTIVATION_DATE.code()).isEqualTo(0x420001);
    assertThat(Tag.UNIQUE_IDENTIFIER.code()).isEqualTo(0x420094);
    assertThat(Tag.ATTRIBUTE_REFERENCE.code()).isEqualTo(0x42013B);
    assertThat(ObjectType.SYMMETRIC_KEY.code()).isEqualTo(2);
    assertThat(CryptographicAlgorithm.AES.code()).isEqualTo(3);
    assertThat(CryptographicAlgorithm.DES3.specName()).isEqualTo("3DES");
    assertThat(ResultReason.ITEM_NOT_FOUND.code()).isEqualTo(1);
    assertThat(ResultReason.INVALID_FIELD.code()).isEqualTo(7);
    assertThat(ResultReason.GENERAL_FAILURE.code()).isEqualTo(0x100);
    assertThat(CryptographicUsageMask.ENCRYPT.code()).isEqualTo(0x4);
    assertThat(StorageStatusMask.DESTROYED_STORAGE.code()).isEqualTo(0x4);
    assertThat(Pkcs11Function.C_INITIALIZE.code()).isEqualTo(1);
    assertThat(Pkcs11ReturnCode.OK.code()).isZero();
  }

  @Test
  void versionsFollowTheTables() {
    assertThat(Tag.ACTIVATION_DATE.since()).isEqualTo(KmipVersion.V1_0);
    assertThat(Tag.ACTIVATION_DATE.removedIn()).isEmpty();
    assertThat(Tag.ATTRIBUTE_INDEX.removedIn()).contains(KmipVersion.V2_0);
    assertThat(Tag.ATTRIBUTE_INDEX.definedIn(KmipVersion.V1_4)).isTrue();
    assertThat(Tag.ATTRIBUTE_INDEX.definedIn(KmipVersion.V2_1)).isFalse();
    assertThat(Tag.ATTRIBUTE_REFERENCE.definedIn(KmipVersion.V1_4)).isFalse();
    assertThat(HashingAlgorithm.SHA3_256.since()).isEqualTo(KmipVersion.V1_4);
    assertThat(CryptographicUsageMask.AUTHENTICATE.since()).isEqualTo(KmipVersion.V2_0);
  }

  @Test
  void tagLookups() {
    assertThat(Tag.fromCode(0x420094)).contains(Tag.UNIQUE_IDENTIFIER);
    assertThat(Tag.fromEncodingName("UniqueIdentifier")).contains(Tag.UNIQUE_IDENTIFIER);
    assertThat(Tag.fromEncodingName("PKCS_11Function")).contains(Tag.PKCS_11_FUNCTION);
    assertThat(Tag.fromEncodingName("IVCounterNonce")).contains(Tag.IV_COUNTER_NONCE);
    assertThat(Tag.fromCode(0x420000)).isEmpty();
    assertThat(Tag.fromCode(0x420137)).as("reserved in every version").isEmpty();
    assertThat(Tag.fromCode(0x540001)).as("extension").isEmpty();
    assertThat(Tag.fromCode(-1)).isEmpty();
    assertThat(Tag.fromEncodingName("Unique Identifier")).isEmpty();
  }

  @Test
  void unknownCodeIsInvalidField() {
    assertThatThrownBy(() -> ObjectType.fromCode(0xFF))
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD))
        .hasMessage("Object Type has no value 0x000000FF");
    assertThatThrownBy(() -> OpaqueDataType.fromCode(0x80000001))
        .isInstanceOf(KmipException.class)
        .hasMessage("Opaque Data Type has no value 0x80000001");
    assertThat(ObjectType.find(0xFF)).isEmpty();
  }

  @Test
  void earlierNamesStillResolve() throws KmipException {
    assertThat(ObjectType.fromCode(2)).isEqualTo(ObjectType.SYMMETRIC_KEY);
    // KMIP 1.4 printed the SHA-3 family as "SHA-3-256"; 2.0 renamed it "SHA3-256".
    assertThat(HashingAlgorithm.fromEncodingName("SHA_3_256")).contains(HashingAlgorithm.SHA3_256);
    assertThat(HashingAlgorithm.SHA3_256.encodingName()).isEqualTo("SHA3_256");
    assertThat(MaskGenerator.fromEncodingName("MFG1")).contains(MaskGenerator.MGF1);
    assertThat(DigitalSignatureAlgorithm.fromEncodingName("SHA_256WithRSAEncryptionPKCS_1V1_5"))
        .contains(DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION);
    assertThat(SplitKeyMethod.fromEncodingName("PolynomialSharingGF216"))
        .contains(SplitKeyMethod.POLYNOMIAL_SHARING_GF_2_16);
  }

  @Test
  void enumerationOfFollowsTheStructureDefinitions() {
    assertThat(KmipEnums.enumerationOf(Tag.OBJECT_TYPE.code())).contains(ObjectType.class);
    assertThat(KmipEnums.enumerationOf(Tag.MASK_GENERATOR_HASHING_ALGORITHM.code()))
        .contains(HashingAlgorithm.class);
    assertThat(KmipEnums.enumerationOf(Tag.ATTRIBUTE_REFERENCE.code())).contains(Tag.class);
    assertThat(KmipEnums.enumerationOf(Tag.QUERY_FUNCTION.code())).contains(QueryFunction.class);
    assertThat(KmipEnums.enumerationOf(Tag.EXTENSION_TYPE.code()))
        .contains(ItemTypeEnumeration.class);
    assertThat(KmipEnums.enumerationOf(Tag.LINKED_OBJECT_IDENTIFIER.code()))
        .contains(UniqueIdentifier.class);
    assertThat(KmipEnums.enumerationOf(Tag.NAME_VALUE.code())).isEmpty();
    assertThat(KmipEnums.enumerationOf(0x540001)).isEmpty();
  }

  @Test
  void enumCodeAndName() {
    assertThat(KmipEnums.enumCode(Tag.OBJECT_TYPE.code(), "SymmetricKey")).hasValue(2);
    assertThat(KmipEnums.enumCode(Tag.ATTRIBUTE_REFERENCE.code(), "State"))
        .hasValue(Tag.STATE.code());
    assertThat(KmipEnums.enumCode(Tag.OBJECT_TYPE.code(), "Symmetric Key")).isEmpty();
    assertThat(KmipEnums.enumCode(Tag.NAME_VALUE.code(), "SymmetricKey")).isEmpty();
    assertThat(KmipEnums.enumName(Tag.MASK_GENERATOR_HASHING_ALGORITHM.code(), 6))
        .contains("SHA_256");
    assertThat(KmipEnums.enumName(Tag.OBJECT_TYPE.code(), 0x80000000)).isEmpty();
  }

  @Test
  void masks() {
    int usage = Tag.CRYPTOGRAPHIC_USAGE_MASK.code();
    assertThat(KmipEnums.maskOf(usage)).contains(CryptographicUsageMask.class);
    assertThat(KmipEnums.maskOf(Tag.PROTECTION_STORAGE_MASK.code()))
        .contains(ProtectionStorageMask.class);
    assertThat(KmipEnums.maskOf(Tag.CRYPTOGRAPHIC_LENGTH.code())).isEmpty();

    assertThat(KmipEnums.maskBits(usage, "Encrypt Decrypt")).hasValue(0xC);
    assertThat(KmipEnums.maskBits(usage, "Decrypt Encrypt")).hasValue(0xC);
    assertThat(KmipEnums.maskBits(usage, "Encrypt|Decrypt|CertificateSign")).hasValue(0x100C);
    assertThat(KmipEnums.maskBits(usage, "CertificateSign 0x00000004 0x0000008")).hasValue(0x100C);
    assertThat(KmipEnums.maskBits(usage, "Encrypt Bogus")).isEmpty();
    assertThat(KmipEnums.maskBits(usage, "")).isEmpty();
    assertThat(KmipEnums.maskBits(Tag.CRYPTOGRAPHIC_LENGTH.code(), "Encrypt")).isEmpty();

    assertThat(KmipEnums.maskNames(usage, 0x100C)).contains("Encrypt Decrypt CertificateSign");
    assertThat(KmipEnums.maskNames(usage, 0x80000004)).isEmpty();
    assertThat(KmipEnums.maskNames(usage, 0)).isEmpty();
    assertThat(KmipEnums.maskNames(Tag.STORAGE_STATUS_MASK.code(), 0x3))
        .contains("OnLineStorage ArchivalStorage");
  }

  @Test
  void attributeNames() {
    assertThat(KmipEnums.attributeTag("Cryptographic Algorithm"))
        .contains(Tag.CRYPTOGRAPHIC_ALGORITHM);
    assertThat(KmipEnums.attributeTag("x-custom")).isEmpty();
    assertThat(KmipEnums.attributeTag("Batch Count")).isEmpty();
    assertThat(KmipEnums.attributeTag("Operation Policy Name")).contains(Tag.OPERATION_POLICY_NAME);
    assertThat(KmipEnums.attributeTag("Rotate Interval")).contains(Tag.ROTATE_INTERVAL);
    assertThat(KmipEnums.attributeName(Tag.CRYPTOGRAPHIC_USAGE_MASK))
        .isEqualTo("Cryptographic Usage Mask");
    assertThat(KmipEnums.isAttribute(Tag.BATCH_COUNT)).isFalse();
    assertThatThrownBy(() -> KmipEnums.attributeName(Tag.BATCH_COUNT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void normalizeFollowsTheEncodingRule() {
    assertThat(KmipEnums.normalize("Symmetric Key")).isEqualTo("SymmetricKey");
    assertThat(KmipEnums.normalize("SHA-256")).isEqualTo("SHA_256");
    assertThat(KmipEnums.normalize("PKCS#1")).isEqualTo("PKCS_1");
    assertThat(KmipEnums.normalize("X.509")).isEqualTo("X_509");
    assertThat(KmipEnums.normalize("3DES")).isEqualTo("DES3");
    assertThat(KmipEnums.normalize("HMAC-SHA256")).isEqualTo("HMAC_SHA256");
    assertThat(KmipEnums.normalize("IV/Counter/Nonce")).isEqualTo("IVCounterNonce");
    assertThat(KmipEnums.normalize("Content Commitment (Non Repudiation)"))
        .isEqualTo("ContentCommitmentNonRepudiation");
    assertThat(KmipEnums.normalize("On-line storage")).isEqualTo("OnLineStorage");
    assertThat(KmipEnums.normalize("MD2 with RSA Encryption (PKCS#1 v1.5)"))
        .isEqualTo("MD2WithRSAEncryptionPKCS_1V1_5");
  }

  /** Every constant: its encoding name follows from its spec name, and both lookups find it. */
  @Test
  void everyConstantIsConsistent() throws ReflectiveOperationException {
    List<String> problems = new ArrayList<>();
    List<Class<? extends KmipEnum>> types = new ArrayList<>(KmipEnums.types());
    types.add(Tag.class);
    int constants = 0;
    for (Class<? extends KmipEnum> type : types) {
      boolean isTag = type == Tag.class;
      for (KmipEnum e : type.getEnumConstants()) {
        constants++;
        if (!e.encodingName().equals(KmipEnums.normalize(e.specName()))) {
          problems.add(e + ": " + e.encodingName() + " is not the normal form of " + e.specName());
        }
        Object byCode = invoke(type, isTag ? "fromCode" : "find", int.class, e.code());
        Object byName = invoke(type, "fromEncodingName", String.class, e.encodingName());
        if (!Optional.of(e).equals(byCode) || !Optional.of(e).equals(byName)) {
          problems.add(e + ": lookups give " + byCode + " and " + byName);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(types).hasSize(67);
    assertThat(constants).isGreaterThan(1400);
  }

  private static Object invoke(Class<?> type, String method, Class<?> parameter, Object argument)
      throws ReflectiveOperationException {
    try {
      return type.getMethod(method, parameter).invoke(null, argument);
    } catch (InvocationTargetException e) {
      throw new AssertionError(type.getSimpleName() + "." + method + " failed", e.getCause());
    }
  }
}
