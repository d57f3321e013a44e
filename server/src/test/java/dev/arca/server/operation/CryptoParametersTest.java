package dev.arca.server.operation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.crypto.CipherMode;
import dev.arca.core.crypto.CipherSpec;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.core.crypto.MacAlgorithm;
import dev.arca.core.crypto.Padding;
import dev.arca.core.crypto.RsaEncryptionSpec;
import dev.arca.core.crypto.SignatureScheme;
import dev.arca.core.crypto.SignatureSpec;
import dev.arca.core.crypto.SymmetricAlgorithm;
import dev.arca.core.key.AttributeSet;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.DigitalSignatureAlgorithm;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.PaddingMethod;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.server.operation.CryptoParameters.BlockCipher;
import dev.arca.server.operation.CryptoParameters.EncryptionIv;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The mapping of KMIP Cryptographic Parameters onto the crypto boundary's specs. */
class CryptoParametersTest {

  private static final CryptoParameters.RandomSource ZEROS = n -> new byte[n];

  private static CryptographicParameters.Builder p() {
    return CryptographicParameters.builder();
  }

  private static AttributeSet withStored(CryptographicParameters... stored) {
    AttributeSet.Builder b = AttributeSet.builder();
    for (CryptographicParameters s : stored) {
      b.add(TtlvBinder.encode(Tag.CRYPTOGRAPHIC_PARAMETERS, s));
    }
    return b.build();
  }

  private static ResultReason reasonOf(ThrowingCall call) {
    try {
      call.run();
    } catch (KmipException e) {
      return e.reason();
    }
    throw new AssertionError("no KmipException");
  }

  @FunctionalInterface
  interface ThrowingCall {
    void run() throws KmipException;
  }

  @Test
  void theRequestsParametersReplaceTheKeys() throws KmipException {
    CryptographicParameters request = p().blockCipherMode(BlockCipherMode.GCM).build();
    AttributeSet key =
        withStored(
            p().blockCipherMode(BlockCipherMode.CBC).paddingMethod(PaddingMethod.PKCS5).build());

    CryptographicParameters effective = CryptoParameters.effective(Optional.of(request), key);

    assertThat(effective.blockCipherMode()).contains(BlockCipherMode.GCM);
    assertThat(effective.paddingMethod()).isEmpty();
  }

  @Test
  void withoutRequestParametersTheKeysLowestIndexApplies() throws KmipException {
    AttributeSet key =
        withStored(
            p().blockCipherMode(BlockCipherMode.ECB).build(),
            p().blockCipherMode(BlockCipherMode.CBC).build());

    assertThat(CryptoParameters.effective(Optional.empty(), key).blockCipherMode())
        .contains(BlockCipherMode.ECB);
  }

  @Test
  void withNeitherThereAreNone() throws KmipException {
    assertThat(CryptoParameters.effective(Optional.empty(), AttributeSet.empty()).isEmpty())
        .isTrue();
  }

  @Test
  void gcmDefaultsToASixteenByteTag() throws KmipException {
    BlockCipher c =
        CryptoParameters.blockCipher(
            CryptographicAlgorithm.AES, p().blockCipherMode(BlockCipherMode.GCM).build());

    assertThat(c.keyAlgorithm()).isEqualTo(SymmetricAlgorithm.AES);
    assertThat(c.mode()).isEqualTo(CipherMode.GCM);
    assertThat(c.padding()).isEqualTo(Padding.NONE);
    assertThat(c.tagLength()).isEqualTo(16);
  }

  @Test
  void gcmTakesTagLengthsOfFourToSixteenBytes() throws KmipException {
    for (int t : new int[] {4, 8, 12, 13, 14, 15, 16}) {
      BlockCipher c =
          CryptoParameters.blockCipher(
              CryptographicAlgorithm.AES,
              p().blockCipherMode(BlockCipherMode.GCM).tagLength(t).build());
      assertThat(c.spec(new byte[12], null).tagLength()).isEqualTo(t);
    }
    for (int t : new int[] {1, 3, 17, 32}) {
      assertThat(
              reasonOf(
                  () ->
                      CryptoParameters.blockCipher(
                          CryptographicAlgorithm.AES,
                          p().blockCipherMode(BlockCipherMode.GCM).tagLength(t).build())))
          .isEqualTo(ResultReason.INVALID_FIELD);
    }
  }

  @Test
  void eachModeMapsToTheBoundarysMode() throws KmipException {
    assertThat(mode(BlockCipherMode.CBC)).isEqualTo(CipherMode.CBC);
    assertThat(mode(BlockCipherMode.ECB)).isEqualTo(CipherMode.ECB);
    assertThat(mode(BlockCipherMode.CTR)).isEqualTo(CipherMode.CTR);
    assertThat(mode(BlockCipherMode.XTS)).isEqualTo(CipherMode.XTS);
    assertThat(mode(BlockCipherMode.GCM)).isEqualTo(CipherMode.GCM);
  }

  private CipherMode mode(BlockCipherMode m) throws KmipException {
    return CryptoParameters.blockCipher(CryptographicAlgorithm.AES, p().blockCipherMode(m).build())
        .mode();
  }

  @ParameterizedTest
  @EnumSource(
      value = BlockCipherMode.class,
      names = {"PCBC", "CFB", "OFB", "CCM", "CMAC", "CBC_MAC", "NIST_KEY_WRAP", "AEAD"})
  void otherModesAreNotSupported(BlockCipherMode m) {
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.blockCipher(
                        CryptographicAlgorithm.AES, p().blockCipherMode(m).build())))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
  }

  @Test
  void paddingNoneAndPkcs5ApplyToCbcAndEcb() throws KmipException {
    for (BlockCipherMode m : new BlockCipherMode[] {BlockCipherMode.CBC, BlockCipherMode.ECB}) {
      assertThat(
              CryptoParameters.blockCipher(
                      CryptographicAlgorithm.AES,
                      p().blockCipherMode(m).paddingMethod(PaddingMethod.PKCS5).build())
                  .padding())
          .isEqualTo(Padding.PKCS5);
      assertThat(
              CryptoParameters.blockCipher(
                      CryptographicAlgorithm.AES,
                      p().blockCipherMode(m).paddingMethod(PaddingMethod.NONE).build())
                  .padding())
          .isEqualTo(Padding.NONE);
    }
  }

  @Test
  void paddingOfAStreamModeOrAnAsymmetricPaddingIsInvalid() {
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.blockCipher(
                        CryptographicAlgorithm.AES,
                        p().blockCipherMode(BlockCipherMode.GCM)
                            .paddingMethod(PaddingMethod.PKCS5)
                            .build())))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.blockCipher(
                        CryptographicAlgorithm.AES,
                        p().blockCipherMode(BlockCipherMode.CBC)
                            .paddingMethod(PaddingMethod.OAEP)
                            .build())))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.blockCipher(
                        CryptographicAlgorithm.AES,
                        p().blockCipherMode(BlockCipherMode.CBC)
                            .paddingMethod(PaddingMethod.ISO_10126)
                            .build())))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
  }

  @Test
  void tripleDesTakesCbcAndEcbOnly() throws KmipException {
    BlockCipher c =
        CryptoParameters.blockCipher(
            CryptographicAlgorithm.DES3, p().blockCipherMode(BlockCipherMode.CBC).build());
    assertThat(c.keyAlgorithm()).isEqualTo(SymmetricAlgorithm.TRIPLE_DES);
    assertThat(c.blockBytes()).isEqualTo(8);
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.blockCipher(
                        CryptographicAlgorithm.DES3,
                        p().blockCipherMode(BlockCipherMode.GCM).build())))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
  }

  @Test
  void aMissingModeOrAWrongAlgorithmIsInvalid() {
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.blockCipher(
                        CryptographicAlgorithm.AES, CryptographicParameters.empty())))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.blockCipher(
                        CryptographicAlgorithm.AES,
                        p().blockCipherMode(BlockCipherMode.CBC)
                            .cryptographicAlgorithm(CryptographicAlgorithm.DES3)
                            .build())))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.blockCipher(
                        CryptographicAlgorithm.HMAC_SHA256,
                        p().blockCipherMode(BlockCipherMode.CBC).build())))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void chaChaIsNotSupported() {
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.blockCipher(
                        CryptographicAlgorithm.CHACHA20_POLY1305,
                        p().blockCipherMode(BlockCipherMode.AEAD).build())))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
  }

  @Test
  void tagLengthOutsideGcmIsInvalid() {
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.blockCipher(
                        CryptographicAlgorithm.AES,
                        p().blockCipherMode(BlockCipherMode.CBC).tagLength(16).build())))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void lengthsInBitsMustBeWholeBytes() {
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.blockCipher(
                        CryptographicAlgorithm.AES,
                        p().blockCipherMode(BlockCipherMode.GCM).ivLength(95).build())))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  private BlockCipher cipher(CryptographicParameters.Builder b) throws KmipException {
    return CryptoParameters.blockCipher(CryptographicAlgorithm.AES, b.build());
  }

  @Test
  void theRequestsIvIsUsedAndNotReturned() throws KmipException {
    BlockCipher c = cipher(p().blockCipherMode(BlockCipherMode.CBC));
    byte[] iv = new byte[16];
    iv[0] = 7;

    EncryptionIv chosen = CryptoParameters.encryptionIv(c, Optional.of(iv), ZEROS);

    assertThat(chosen.iv()).hasValueSatisfying(v -> assertThat(v).isEqualTo(iv));
    assertThat(chosen.generated()).isFalse();
  }

  @Test
  void randomIvForDefaultGcmIsLeftToTheModule() throws KmipException {
    EncryptionIv chosen =
        CryptoParameters.encryptionIv(
            cipher(p().blockCipherMode(BlockCipherMode.GCM).randomIv(true)),
            Optional.empty(),
            ZEROS);

    assertThat(chosen.iv()).isEmpty();
    assertThat(chosen.generated()).isTrue();
  }

  @Test
  void randomIvOfAnotherLengthIsGeneratedHere() throws KmipException {
    EncryptionIv chosen =
        CryptoParameters.encryptionIv(
            cipher(p().blockCipherMode(BlockCipherMode.GCM).randomIv(true).ivLength(128)),
            Optional.empty(),
            ZEROS);

    assertThat(chosen.iv()).hasValueSatisfying(v -> assertThat(v).hasSize(16));
    assertThat(chosen.generated()).isTrue();
  }

  @Test
  void withoutIvAndWithoutRandomIvTheRequestIsAnInvalidMessage() {
    for (BlockCipherMode m :
        new BlockCipherMode[] {BlockCipherMode.GCM, BlockCipherMode.CBC, BlockCipherMode.CTR}) {
      assertThat(
              reasonOf(
                  () ->
                      CryptoParameters.encryptionIv(
                          cipher(p().blockCipherMode(m)), Optional.empty(), ZEROS)))
          .isEqualTo(ResultReason.INVALID_MESSAGE);
      assertThat(
              reasonOf(
                  () ->
                      CryptoParameters.decryptionIv(
                          cipher(p().blockCipherMode(m)), Optional.empty())))
          .isEqualTo(ResultReason.INVALID_MESSAGE);
    }
  }

  @Test
  void ecbTakesNoIv() throws KmipException {
    BlockCipher c = cipher(p().blockCipherMode(BlockCipherMode.ECB));
    assertThat(CryptoParameters.encryptionIv(c, Optional.empty(), ZEROS).iv()).isEmpty();
    assertThat(reasonOf(() -> CryptoParameters.encryptionIv(c, Optional.of(new byte[16]), ZEROS)))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void aFixedFieldIsCompletedWithARandomInvocationField() throws KmipException {
    BlockCipher c =
        cipher(
            p().blockCipherMode(BlockCipherMode.GCM)
                .randomIv(true)
                .fixedFieldLength(32)
                .invocationFieldLength(64));
    byte[] fixed = {1, 2, 3, 4};

    EncryptionIv chosen =
        CryptoParameters.encryptionIv(c, Optional.of(fixed), n -> filled(n, (byte) 9));

    assertThat(chosen.generated()).isTrue();
    assertThat(chosen.iv().orElseThrow())
        .isEqualTo(new byte[] {1, 2, 3, 4, 9, 9, 9, 9, 9, 9, 9, 9});
  }

  @Test
  void anIvThatContradictsIvLengthIsInvalid() throws KmipException {
    BlockCipher c = cipher(p().blockCipherMode(BlockCipherMode.GCM).ivLength(96));
    assertThat(reasonOf(() -> CryptoParameters.encryptionIv(c, Optional.of(new byte[8]), ZEROS)))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void aCtrNonceIsCompletedByTheCounter() throws KmipException {
    BlockCipher c =
        cipher(p().blockCipherMode(BlockCipherMode.CTR).counterLength(32).initialCounterValue(1));
    byte[] nonce = HexFormat.of().parseHex("000000300000000000000000");

    CipherSpec spec = c.spec(nonce, null);

    assertThat(HexFormat.of().formatHex(spec.iv().orElseThrow()))
        .isEqualTo("00000030000000000000000000000001");
  }

  @Test
  void aShortCtrNonceWithoutCounterLengthIsInvalid() throws KmipException {
    BlockCipher c = cipher(p().blockCipherMode(BlockCipherMode.CTR));
    assertThat(reasonOf(() -> c.spec(new byte[12], null))).isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(c.spec(new byte[16], null).iv().orElseThrow()).hasSize(16);
  }

  private byte[] filled(int n, byte value) {
    byte[] b = new byte[n];
    Arrays.fill(b, value);
    return b;
  }

  @Test
  void oaepTakesItsHashesFromTheParameters() throws KmipException {
    RsaEncryptionSpec spec =
        CryptoParameters.rsaEncryption(
            p().paddingMethod(PaddingMethod.OAEP)
                .hashingAlgorithm(HashingAlgorithm.SHA_384)
                .maskGeneratorHashingAlgorithm(HashingAlgorithm.SHA_256)
                .build());

    assertThat(spec)
        .isEqualTo(RsaEncryptionSpec.oaep(DigestAlgorithm.SHA384, DigestAlgorithm.SHA256));
  }

  @Test
  void oaepTakesThePSourceAsItsLabel() throws KmipException {
    byte[] label = "Kilroy was here".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    RsaEncryptionSpec spec =
        CryptoParameters.rsaEncryption(
            p().paddingMethod(PaddingMethod.OAEP)
                .hashingAlgorithm(HashingAlgorithm.SHA_384)
                .maskGeneratorHashingAlgorithm(HashingAlgorithm.SHA_256)
                .pSource(label)
                .build());

    assertThat(spec)
        .isEqualTo(RsaEncryptionSpec.oaep(DigestAlgorithm.SHA384, DigestAlgorithm.SHA256, label))
        .isNotEqualTo(RsaEncryptionSpec.oaep(DigestAlgorithm.SHA384, DigestAlgorithm.SHA256));
  }

  @Test
  void oaepHashesDefaultToSha1() throws KmipException {
    assertThat(CryptoParameters.rsaEncryption(p().paddingMethod(PaddingMethod.OAEP).build()))
        .isEqualTo(RsaEncryptionSpec.oaep(DigestAlgorithm.SHA1, DigestAlgorithm.SHA1));
  }

  @Test
  void pkcs1V15IsOffered() throws KmipException {
    assertThat(CryptoParameters.rsaEncryption(p().paddingMethod(PaddingMethod.PKCS1_V1_5).build()))
        .isEqualTo(RsaEncryptionSpec.pkcs1v15());
  }

  @Test
  void aMissingPaddingIsInvalidAndOthersUnsupported() {
    assertThat(reasonOf(() -> CryptoParameters.rsaEncryption(CryptographicParameters.empty())))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            reasonOf(
                () -> CryptoParameters.rsaEncryption(p().paddingMethod(PaddingMethod.PSS).build())))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.rsaEncryption(
                        p().paddingMethod(PaddingMethod.OAEP)
                            .hashingAlgorithm(HashingAlgorithm.SHA3_256)
                            .build())))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.rsaEncryption(
                        p().paddingMethod(PaddingMethod.OAEP)
                            .cryptographicAlgorithm(CryptographicAlgorithm.AES)
                            .build())))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void digitalSignatureAlgorithmsNameSchemeAndHash() throws KmipException {
    assertThat(
            sig(
                CryptographicAlgorithm.RSA,
                p().digitalSignatureAlgorithm(
                        DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION)))
        .isEqualTo(SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA256));
    assertThat(
            sig(
                CryptographicAlgorithm.RSA,
                p().digitalSignatureAlgorithm(
                        DigitalSignatureAlgorithm.SHA_512_WITH_RSA_ENCRYPTION)))
        .isEqualTo(SignatureSpec.rsaPkcs1(DigestAlgorithm.SHA512));
    assertThat(
            sig(
                CryptographicAlgorithm.ECDSA,
                p().digitalSignatureAlgorithm(DigitalSignatureAlgorithm.ECDSA_WITH_SHA384)))
        .isEqualTo(SignatureSpec.ecdsa(DigestAlgorithm.SHA384));
    assertThat(
            sig(
                CryptographicAlgorithm.EC,
                p().digitalSignatureAlgorithm(DigitalSignatureAlgorithm.ECDSA_WITH_SHA256)))
        .isEqualTo(SignatureSpec.ecdsa(DigestAlgorithm.SHA256));
  }

  @Test
  void rsassaPssTakesItsHashAndSaltLength() throws KmipException {
    assertThat(
            sig(
                CryptographicAlgorithm.RSA,
                p().digitalSignatureAlgorithm(DigitalSignatureAlgorithm.RSASSA_PSS)
                    .hashingAlgorithm(HashingAlgorithm.SHA_256)))
        .isEqualTo(SignatureSpec.rsaPss(DigestAlgorithm.SHA256, 32));
    assertThat(
            sig(
                CryptographicAlgorithm.RSA,
                p().paddingMethod(PaddingMethod.PSS)
                    .hashingAlgorithm(HashingAlgorithm.SHA_256)
                    .saltLength(222)))
        .isEqualTo(SignatureSpec.rsaPss(DigestAlgorithm.SHA256, 222));
  }

  @Test
  void paddingAndHashSelectRsaSchemes() throws KmipException {
    SignatureSpec s =
        sig(
            CryptographicAlgorithm.RSA,
            p().paddingMethod(PaddingMethod.PKCS1_V1_5).hashingAlgorithm(HashingAlgorithm.SHA_384));
    assertThat(s.scheme()).isEqualTo(SignatureScheme.RSA_PKCS1_V1_5);
    assertThat(s.digest()).isEqualTo(DigestAlgorithm.SHA384);
  }

  @Test
  void ecdsaNeedsOnlyTheHash() throws KmipException {
    assertThat(sig(CryptographicAlgorithm.ECDSA, p().hashingAlgorithm(HashingAlgorithm.SHA_512)))
        .isEqualTo(SignatureSpec.ecdsa(DigestAlgorithm.SHA512));
  }

  @Test
  void missingOrContradictoryParametersAreInvalid() {
    assertThat(
            sigReason(CryptographicAlgorithm.RSA, p().hashingAlgorithm(HashingAlgorithm.SHA_256)))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(sigReason(CryptographicAlgorithm.RSA, p().paddingMethod(PaddingMethod.PSS)))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            sigReason(
                CryptographicAlgorithm.RSA,
                p().digitalSignatureAlgorithm(DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION)
                    .hashingAlgorithm(HashingAlgorithm.SHA_1)))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            sigReason(
                CryptographicAlgorithm.RSA,
                p().digitalSignatureAlgorithm(DigitalSignatureAlgorithm.ECDSA_WITH_SHA256)))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            sigReason(
                CryptographicAlgorithm.RSA,
                p().paddingMethod(PaddingMethod.PKCS1_V1_5)
                    .hashingAlgorithm(HashingAlgorithm.SHA_256)
                    .saltLength(20)))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            sigReason(CryptographicAlgorithm.AES, p().hashingAlgorithm(HashingAlgorithm.SHA_256)))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void unofferedCombinationsAreNotSupported() {
    assertThat(
            sigReason(
                CryptographicAlgorithm.ECDSA,
                p().digitalSignatureAlgorithm(DigitalSignatureAlgorithm.ECDSA_WITH_SHA_1)))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    assertThat(
            sigReason(
                CryptographicAlgorithm.RSA,
                p().digitalSignatureAlgorithm(
                        DigitalSignatureAlgorithm.SHA3_256_WITH_RSA_ENCRYPTION)))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    assertThat(
            sigReason(
                CryptographicAlgorithm.RSA,
                p().digitalSignatureAlgorithm(DigitalSignatureAlgorithm.MD5_WITH_RSA_ENCRYPTION)))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    assertThat(
            sigReason(
                CryptographicAlgorithm.DSA,
                p().digitalSignatureAlgorithm(DigitalSignatureAlgorithm.DSA_WITH_SHA256)))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    assertThat(
            sigReason(
                CryptographicAlgorithm.RSA,
                p().paddingMethod(PaddingMethod.PSS)
                    .hashingAlgorithm(HashingAlgorithm.SHA_256)
                    .maskGeneratorHashingAlgorithm(HashingAlgorithm.SHA_1)))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    assertThat(
            sigReason(
                CryptographicAlgorithm.RSA,
                p().paddingMethod(PaddingMethod.PSS)
                    .hashingAlgorithm(HashingAlgorithm.SHA_256)
                    .trailerField(2)))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    assertThat(
            sigReason(
                CryptographicAlgorithm.RSA,
                p().paddingMethod(PaddingMethod.X9_31).hashingAlgorithm(HashingAlgorithm.SHA_256)))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
  }

  private SignatureSpec sig(CryptographicAlgorithm key, CryptographicParameters.Builder b)
      throws KmipException {
    return CryptoParameters.signature(key, b.build());
  }

  private ResultReason sigReason(CryptographicAlgorithm key, CryptographicParameters.Builder b) {
    return reasonOf(() -> CryptoParameters.signature(key, b.build()));
  }

  @Test
  void anHmacKeyComputesItsOwnHmac() throws KmipException {
    CryptoParameters.Mac mac =
        CryptoParameters.mac(
            CryptographicAlgorithm.HMAC_SHA384,
            CryptographicParameters.empty(),
            AttributeSet.empty());

    assertThat(mac.algorithm()).isEqualTo(MacAlgorithm.HMAC_SHA384);
    assertThat(mac.keyAs()).isEqualTo(SymmetricAlgorithm.HMAC_SHA384);
  }

  @Test
  void anHmacKeyRefusesAnotherHmac() {
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.mac(
                        CryptographicAlgorithm.HMAC_SHA256,
                        p().cryptographicAlgorithm(CryptographicAlgorithm.HMAC_SHA512).build(),
                        AttributeSet.empty())))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void anAesKeyComputesCmac() throws KmipException {
    assertThat(
            CryptoParameters.mac(
                    CryptographicAlgorithm.AES,
                    CryptographicParameters.empty(),
                    AttributeSet.empty())
                .algorithm())
        .isEqualTo(MacAlgorithm.AES_CMAC);
    assertThat(
            CryptoParameters.mac(
                    CryptographicAlgorithm.AES,
                    p().blockCipherMode(BlockCipherMode.CMAC).build(),
                    AttributeSet.empty())
                .algorithm())
        .isEqualTo(MacAlgorithm.AES_CMAC);
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.mac(
                        CryptographicAlgorithm.AES,
                        p().blockCipherMode(BlockCipherMode.CBC_MAC).build(),
                        AttributeSet.empty())))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
  }

  @Test
  void anAesKeyComputesAnHmacOnlyWhenItsOwnParametersNameIt() throws KmipException {
    CryptographicParameters hmac =
        p().cryptographicAlgorithm(CryptographicAlgorithm.HMAC_SHA256).build();

    CryptoParameters.Mac mac =
        CryptoParameters.mac(CryptographicAlgorithm.AES, hmac, withStored(hmac));

    assertThat(mac.algorithm()).isEqualTo(MacAlgorithm.HMAC_SHA256);
    assertThat(mac.keyAs()).isEqualTo(SymmetricAlgorithm.HMAC_SHA256);
    assertThat(
            reasonOf(
                () -> CryptoParameters.mac(CryptographicAlgorithm.AES, hmac, AttributeSet.empty())))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void otherKeysAndMacsAreRefused() {
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.mac(
                        CryptographicAlgorithm.HMAC_MD5,
                        CryptographicParameters.empty(),
                        AttributeSet.empty())))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    assertThat(
            reasonOf(
                () ->
                    CryptoParameters.mac(
                        CryptographicAlgorithm.RSA,
                        CryptographicParameters.empty(),
                        AttributeSet.empty())))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void everyOfferedHashMaps() throws KmipException {
    assertThat(CryptoParameters.digest(HashingAlgorithm.MD5)).isEqualTo(DigestAlgorithm.MD5);
    assertThat(CryptoParameters.digest(HashingAlgorithm.SHA_1)).isEqualTo(DigestAlgorithm.SHA1);
    assertThat(CryptoParameters.digest(HashingAlgorithm.SHA_224)).isEqualTo(DigestAlgorithm.SHA224);
    assertThat(CryptoParameters.digest(HashingAlgorithm.SHA_256)).isEqualTo(DigestAlgorithm.SHA256);
    assertThat(CryptoParameters.digest(HashingAlgorithm.SHA_384)).isEqualTo(DigestAlgorithm.SHA384);
    assertThat(CryptoParameters.digest(HashingAlgorithm.SHA_512)).isEqualTo(DigestAlgorithm.SHA512);
    assertThat(CryptoParameters.digest(HashingAlgorithm.SHA3_224))
        .isEqualTo(DigestAlgorithm.SHA3_224);
    assertThat(CryptoParameters.digest(HashingAlgorithm.SHA3_256))
        .isEqualTo(DigestAlgorithm.SHA3_256);
    assertThat(CryptoParameters.digest(HashingAlgorithm.SHA3_384))
        .isEqualTo(DigestAlgorithm.SHA3_384);
    assertThat(CryptoParameters.digest(HashingAlgorithm.SHA3_512))
        .isEqualTo(DigestAlgorithm.SHA3_512);
  }

  @ParameterizedTest
  @EnumSource(
      value = HashingAlgorithm.class,
      names = {"MD2", "MD4", "RIPEMD_160", "TIGER", "WHIRLPOOL", "SHA_512_224", "SHA_512_256"})
  void othersAreNotSupported(HashingAlgorithm h) {
    assertThat(reasonOf(() -> CryptoParameters.digest(h)))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
  }

  @Test
  void hashNeedsAHashingAlgorithm() {
    assertThatThrownBy(() -> CryptoParameters.hash(CryptographicParameters.empty()))
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD))
        .hasMessageContaining("Hashing Algorithm");
  }

  @ParameterizedTest
  @EnumSource(CryptoException.Reason.class)
  void everyBoundaryReasonHasAResultReason(CryptoException.Reason r) {
    assertThat(CryptoFailures.toKmip(new CryptoException(r, "x")).reason()).isNotNull();
  }

  @Test
  void theTableReadsAsTheSpecificationAsks() {
    assertThat(CryptoFailures.reason(CryptoException.Reason.AUTHENTICATION_FAILED))
        .isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
    assertThat(CryptoFailures.reason(CryptoException.Reason.NOT_APPROVED))
        .isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
    assertThat(CryptoFailures.reason(CryptoException.Reason.INVALID_INPUT))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(CryptoFailures.reason(CryptoException.Reason.UNSUPPORTED))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    assertThat(CryptoFailures.reason(CryptoException.Reason.MODULE_ERROR))
        .isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
  }
}
