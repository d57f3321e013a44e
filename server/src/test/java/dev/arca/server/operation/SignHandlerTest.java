package dev.arca.server.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.key.CreatedKeyPair;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.DigitalSignatureAlgorithm;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.PaddingMethod;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.ValidityIndicator;
import dev.arca.kmip.payload.HashRequest;
import dev.arca.kmip.payload.HashResponse;
import dev.arca.kmip.payload.SignRequest;
import dev.arca.kmip.payload.SignResponse;
import dev.arca.kmip.payload.SignatureVerifyRequest;
import dev.arca.kmip.payload.SignatureVerifyResponse;
import dev.arca.server.testing.DispatcherFixture;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Sign and Signature Verify (KMIP 2.1 §6.1.55, §6.1.56) through the dispatcher: every scheme signs
 * and verifies, a changed message or signature verifies Invalid.
 */
class SignHandlerTest {

  private static final byte[] MESSAGE = "pay 100 to bob".getBytes(StandardCharsets.UTF_8);

  private static DispatcherFixture server;
  private static CryptoTestKeys keys;
  private static CreatedKeyPair rsa;
  private static CreatedKeyPair p256;
  private static CreatedKeyPair p384;

  @BeforeAll
  static void start() throws Exception {
    server = DispatcherFixture.start();
    keys = new CryptoTestKeys(server);
    rsa = keys.rsa(2048, CryptoTestKeys.SIGN, CryptoTestKeys.VERIFY);
    p256 = keys.ec(256);
    p384 = keys.ec(384);
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static CryptographicParameters dsa(DigitalSignatureAlgorithm a) {
    return CryptographicParameters.builder().digitalSignatureAlgorithm(a).build();
  }

  private static byte[] sign(CreatedKeyPair pair, CryptographicParameters p, byte[] message) {
    return server
        .ok(
            KmipVersion.V2_1,
            SignRequest.of(pair.privateKey().id(), p, message),
            SignResponse.class)
        .signatureData()
        .orElseThrow();
  }

  private static ValidityIndicator verify(
      CreatedKeyPair pair, CryptographicParameters p, byte[] message, byte[] signature) {
    return server
        .ok(
            KmipVersion.V2_1,
            SignatureVerifyRequest.of(pair.publicKey().id(), p, message, signature),
            SignatureVerifyResponse.class)
        .validityIndicator()
        .orElseThrow();
  }

  private static void assertSignsAndVerifies(CreatedKeyPair pair, CryptographicParameters p) {
    byte[] signature = sign(pair, p, MESSAGE);
    assertThat(verify(pair, p, MESSAGE, signature)).isEqualTo(ValidityIndicator.VALID);
    byte[] other = MESSAGE.clone();
    other[0] ^= 1;
    assertThat(verify(pair, p, other, signature)).isEqualTo(ValidityIndicator.INVALID);
    byte[] broken = signature.clone();
    broken[broken.length / 2] ^= 1;
    assertThat(verify(pair, p, MESSAGE, broken)).isEqualTo(ValidityIndicator.INVALID);
    assertThat(verify(pair, p, MESSAGE, new byte[3])).isEqualTo(ValidityIndicator.INVALID);
  }

  @Test
  void rsaPkcs1SignaturesByDigitalSignatureAlgorithm() {
    for (DigitalSignatureAlgorithm a :
        new DigitalSignatureAlgorithm[] {
          DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION,
          DigitalSignatureAlgorithm.SHA_384_WITH_RSA_ENCRYPTION,
          DigitalSignatureAlgorithm.SHA_512_WITH_RSA_ENCRYPTION
        }) {
      assertSignsAndVerifies(rsa, dsa(a));
    }
  }

  @Test
  void rsaPkcs1SignaturesByPaddingAndHash() {
    assertSignsAndVerifies(
        rsa,
        CryptographicParameters.builder()
            .paddingMethod(PaddingMethod.PKCS1_V1_5)
            .hashingAlgorithm(HashingAlgorithm.SHA_224)
            .build());
  }

  @Test
  void rsaPssSignatures() {
    assertSignsAndVerifies(
        rsa,
        CryptographicParameters.builder()
            .paddingMethod(PaddingMethod.PSS)
            .hashingAlgorithm(HashingAlgorithm.SHA_256)
            .build());
    assertSignsAndVerifies(
        rsa,
        CryptographicParameters.builder()
            .digitalSignatureAlgorithm(DigitalSignatureAlgorithm.RSASSA_PSS)
            .hashingAlgorithm(HashingAlgorithm.SHA_384)
            .saltLength(20)
            .build());
  }

  @Test
  void ecdsaSignatures() {
    assertSignsAndVerifies(p256, dsa(DigitalSignatureAlgorithm.ECDSA_WITH_SHA256));
    assertSignsAndVerifies(p384, dsa(DigitalSignatureAlgorithm.ECDSA_WITH_SHA384));
    assertSignsAndVerifies(
        p256, CryptographicParameters.builder().hashingAlgorithm(HashingAlgorithm.SHA_512).build());
  }

  @Test
  void aDigestTheClientComputedSignsLikeTheMessage() {
    CryptographicParameters sha256 =
        CryptographicParameters.builder().hashingAlgorithm(HashingAlgorithm.SHA_256).build();
    byte[] digest =
        server
            .ok(KmipVersion.V2_1, HashRequest.of(sha256, MESSAGE), HashResponse.class)
            .data()
            .orElseThrow();
    for (CreatedKeyPair pair : new CreatedKeyPair[] {rsa, p256}) {
      CryptographicParameters p =
          pair == rsa
              ? dsa(DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION)
              : dsa(DigitalSignatureAlgorithm.ECDSA_WITH_SHA256);
      byte[] signature =
          server
              .ok(
                  KmipVersion.V2_1,
                  SignRequest.ofDigest(pair.privateKey().id(), p, digest),
                  SignResponse.class)
              .signatureData()
              .orElseThrow();
      assertThat(verify(pair, p, MESSAGE, signature)).isEqualTo(ValidityIndicator.VALID);
    }
  }

  @Test
  void pssOverADigestIsNotSupported() {
    CryptographicParameters pss =
        CryptographicParameters.builder()
            .paddingMethod(PaddingMethod.PSS)
            .hashingAlgorithm(HashingAlgorithm.SHA_256)
            .build();

    assertThat(keys.refusal(SignRequest.ofDigest(rsa.privateKey().id(), pss, new byte[32])))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
  }

  @Test
  void theKeysOwnParametersApplyWhenTheRequestHasNone() throws Exception {
    CryptographicParameters sha384 = dsa(DigitalSignatureAlgorithm.SHA_384_WITH_RSA_ENCRYPTION);
    byte[] signature = sign(rsa, sha384, MESSAGE);

    // No parameters in the request and none on the key: RSA needs a padding.
    assertThat(
            keys.refusal(
                SignRequest.of(rsa.privateKey().id(), CryptographicParameters.empty(), MESSAGE)))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(verify(rsa, sha384, MESSAGE, signature)).isEqualTo(ValidityIndicator.VALID);
  }

  @Test
  void usageMasksAndObjectTypesAreChecked() throws Exception {
    CreatedKeyPair verifyOnly = keys.rsa(2048, CryptoTestKeys.VERIFY, CryptoTestKeys.VERIFY);
    CryptographicParameters p = dsa(DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION);

    assertThat(keys.refusal(SignRequest.of(verifyOnly.privateKey().id(), p, MESSAGE)))
        .isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
    assertThat(keys.refusal(SignRequest.of(rsa.publicKey().id(), p, MESSAGE)))
        .isEqualTo(ResultReason.INVALID_OBJECT_TYPE);
    assertThat(
            keys.refusal(
                SignatureVerifyRequest.of(rsa.privateKey().id(), p, MESSAGE, new byte[256])))
        .isEqualTo(ResultReason.INVALID_OBJECT_TYPE);
    assertThat(
            CryptoTestKeys.failure(
                server.call(
                    KmipVersion.V1_4, SignRequest.of(verifyOnly.privateKey().id(), p, MESSAGE))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
  }

  @Test
  void aDeactivatedKeyNoLongerSignsButItsPublicKeyStillVerifies() throws Exception {
    CreatedKeyPair pair = keys.ec(256);
    CryptographicParameters p = dsa(DigitalSignatureAlgorithm.ECDSA_WITH_SHA256);
    byte[] signature = sign(pair, p, MESSAGE);

    keys.revoke(pair.privateKey().id(), RevocationReasonCode.SUPERSEDED);
    keys.revoke(pair.publicKey().id(), RevocationReasonCode.SUPERSEDED);

    assertThat(keys.refusal(SignRequest.of(pair.privateKey().id(), p, MESSAGE)))
        .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    assertThat(verify(pair, p, MESSAGE, signature)).isEqualTo(ValidityIndicator.VALID);
  }

  @Test
  void verificationNeedsTheSignedData() {
    CryptographicParameters p = dsa(DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION);
    SignatureVerifyRequest noData =
        new SignatureVerifyRequest(
            SignatureVerifyRequest.of(rsa.publicKey().id(), p, MESSAGE, new byte[256])
                .uniqueIdentifier(),
            java.util.Optional.of(p),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.of(new byte[256]),
            java.util.Optional.empty(),
            java.util.Optional.empty(),
            java.util.Optional.empty());

    assertThat(keys.refusal(noData)).isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void signingKeysOfRsaPairsWithDecryptionPurposeAreNotMixedUp() throws Exception {
    CreatedKeyPair both =
        keys.rsa(
            2048,
            CryptographicUsageMask.SIGN.code() | CryptographicUsageMask.DECRYPT.code(),
            CryptoTestKeys.VERIFY);
    assertSignsAndVerifies(both, dsa(DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION));
  }
}
