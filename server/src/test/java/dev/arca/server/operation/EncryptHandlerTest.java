package dev.arca.server.operation;

import static dev.arca.server.operation.CryptoTestKeys.ENCRYPT_DECRYPT;
import static dev.arca.server.operation.CryptoTestKeys.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.key.CreatedKeyPair;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.Data;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.PaddingMethod;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.UsageLimitsUnit;
import dev.arca.kmip.payload.DecryptRequest;
import dev.arca.kmip.payload.DecryptResponse;
import dev.arca.kmip.payload.EncryptRequest;
import dev.arca.kmip.payload.EncryptResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.DispatcherFixture;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Encrypt (KMIP 2.1 §6.1.17) through the dispatcher: every mode, round trips and refusals. */
class EncryptHandlerTest {

  private static final byte[] MESSAGE =
      "attack at dawn, bring snacks and a spare key".getBytes(StandardCharsets.UTF_8);

  private DispatcherFixture server;
  private CryptoTestKeys keys;

  @BeforeEach
  void start() {
    server = DispatcherFixture.start();
    keys = new CryptoTestKeys(server);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private static CryptographicParameters.Builder p(BlockCipherMode mode) {
    return CryptographicParameters.builder().blockCipherMode(mode);
  }

  private EncryptResponse encrypt(EncryptRequest request) {
    return server.ok(KmipVersion.V2_1, request, EncryptResponse.class);
  }

  private byte[] decrypt(DecryptRequest request) {
    return server.ok(KmipVersion.V2_1, request, DecryptResponse.class).data().orElseThrow();
  }

  // ---- known answers ------------------------------------------------------------------------

  @Test
  void aesGcmGivesTheKnownAnswerOfTheProfileTestCase() throws Exception {
    // KMIP 1.4 profiles CS-BC-M-GCM-1-14 (the first test case of the GCM specification).
    String id = keys.register(CryptographicAlgorithm.AES, "00".repeat(16), ENCRYPT_DECRYPT);
    EncryptRequest request =
        EncryptRequest.of(id, p(BlockCipherMode.GCM).tagLength(16).build(), new byte[16])
            .withIvCounterNonce(new byte[12]);

    EncryptResponse r = encrypt(request);

    assertThat(hex(r.data().orElseThrow())).isEqualTo("0388dace60b6a392f328c2b971b2fe78");
    assertThat(hex(r.authenticatedEncryptionTag().orElseThrow()))
        .isEqualTo("ab6e47d42cec13bdf53a67b21257bddf");
    assertThat(r.ivCounterNonce()).as("an IV the client gave is not returned").isEmpty();
  }

  @Test
  void aesCbcGivesTheKnownAnswerOfTheProfileTestCase() throws Exception {
    // CS-BC-M-11-21.
    String id =
        keys.register(
            CryptographicAlgorithm.AES, "0123456789abcdef0123456789abcdef", ENCRYPT_DECRYPT);
    EncryptRequest request =
        EncryptRequest.of(
                id,
                p(BlockCipherMode.CBC).paddingMethod(PaddingMethod.PKCS5).build(),
                hex("010203040506070809101112131415160102030405060708091011121314151601"))
            .withIvCounterNonce(hex("FF020304050607080910111213141516"));

    assertThat(hex(encrypt(request).data().orElseThrow()))
        .isEqualTo(
            "e768203ba72b6e157daaad34b1e791d8e88457dc147942f01bfaff7b28a3cdde"
                + "2203d4d5a4c7928ba9e9cc78b66a6546");
  }

  @Test
  void aesEcbGivesTheKnownAnswerOfTheProfileTestCase() throws Exception {
    // CS-BC-M-7-21.
    String id =
        keys.register(
            CryptographicAlgorithm.AES, "0123456789abcdef0123456789abcdef", ENCRYPT_DECRYPT);

    EncryptResponse r =
        encrypt(
            EncryptRequest.of(
                id, p(BlockCipherMode.ECB).build(), hex("01020304050607080910111213141516")));

    assertThat(hex(r.data().orElseThrow())).isEqualTo("d9bcce11b0b437b90239552df3a360c9");
  }

  @Test
  void aesCtrGivesTheKnownAnswerOfSp80038a() throws Exception {
    // SP 800-38A F.5.1 CTR-AES128.Encrypt, first block.
    String id =
        keys.register(
            CryptographicAlgorithm.AES, "2b7e151628aed2a6abf7158809cf4f3c", ENCRYPT_DECRYPT);
    EncryptRequest request =
        EncryptRequest.of(
                id, p(BlockCipherMode.CTR).build(), hex("6bc1bee22e409f96e93d7e117393172a"))
            .withIvCounterNonce(hex("f0f1f2f3f4f5f6f7f8f9fafbfcfdfeff"));

    assertThat(hex(encrypt(request).data().orElseThrow()))
        .isEqualTo("874d6191b620e3261bef6864990db6ce");
  }

  @Test
  void aesCtrBuildsTheCounterBlockFromNonceAndCounterLength() throws Exception {
    // RFC 3686 §6 Test Vector #1: nonce 00000030, IV 0, counter 1.
    String id =
        keys.register(
            CryptographicAlgorithm.AES, "ae6852f8121067cc4bf7a5765577f39e", ENCRYPT_DECRYPT);
    EncryptRequest request =
        EncryptRequest.of(
                id,
                p(BlockCipherMode.CTR).counterLength(32).initialCounterValue(1).build(),
                "Single block msg".getBytes(StandardCharsets.US_ASCII))
            .withIvCounterNonce(hex("000000300000000000000000"));

    assertThat(hex(encrypt(request).data().orElseThrow()))
        .isEqualTo("e4095d4fb7a7b3792d6175a3261311b8");
  }

  // ---- round trips --------------------------------------------------------------------------

  @Test
  void aesGcmWithRandomIvAndAssociatedDataRoundTrips() throws Exception {
    String id = keys.aes(256, ENCRYPT_DECRYPT);
    CryptographicParameters gcm = p(BlockCipherMode.GCM).randomIv(true).tagLength(16).build();
    byte[] aad = "header".getBytes(StandardCharsets.UTF_8);

    EncryptResponse r =
        encrypt(EncryptRequest.of(id, gcm, MESSAGE).withAuthenticatedEncryptionAdditionalData(aad));

    byte[] iv = r.ivCounterNonce().orElseThrow();
    assertThat(iv).hasSize(12);
    assertThat(r.authenticatedEncryptionTag().orElseThrow()).hasSize(16);
    assertThat(r.data().orElseThrow()).hasSize(MESSAGE.length).isNotEqualTo(MESSAGE);
    byte[] plain =
        decrypt(
            DecryptRequest.of(id, gcm, r.data().get())
                .withIvCounterNonce(iv)
                .withAuthenticatedEncryptionAdditionalData(aad)
                .withAuthenticatedEncryptionTag(r.authenticatedEncryptionTag().get()));
    assertThat(plain).isEqualTo(MESSAGE);
  }

  @Test
  void aesGcmWithAShorterTagAndLongerIvRoundTrips() throws Exception {
    String id = keys.aes(128, ENCRYPT_DECRYPT);
    CryptographicParameters gcm =
        p(BlockCipherMode.GCM).randomIv(true).ivLength(128).tagLength(12).build();

    EncryptResponse r = encrypt(EncryptRequest.of(id, gcm, MESSAGE));

    assertThat(r.ivCounterNonce().orElseThrow()).hasSize(16);
    assertThat(r.authenticatedEncryptionTag().orElseThrow()).hasSize(12);
    assertThat(
            decrypt(
                DecryptRequest.of(id, gcm, r.data().get())
                    .withIvCounterNonce(r.ivCounterNonce().get())
                    .withAuthenticatedEncryptionTag(r.authenticatedEncryptionTag().get())))
        .isEqualTo(MESSAGE);
  }

  @Test
  void aesCbcWithRandomIvRoundTripsWithAndWithoutPadding() throws Exception {
    String id = keys.aes(192, ENCRYPT_DECRYPT);
    CryptographicParameters padded =
        p(BlockCipherMode.CBC).paddingMethod(PaddingMethod.PKCS5).randomIv(true).build();
    EncryptResponse r = encrypt(EncryptRequest.of(id, padded, MESSAGE));
    assertThat(r.data().orElseThrow().length % 16).isZero();
    assertThat(r.authenticatedEncryptionTag()).isEmpty();
    assertThat(
            decrypt(
                DecryptRequest.of(id, padded, r.data().get())
                    .withIvCounterNonce(r.ivCounterNonce().orElseThrow())))
        .isEqualTo(MESSAGE);

    CryptographicParameters unpadded = p(BlockCipherMode.CBC).randomIv(true).build();
    byte[] blocks = new byte[48];
    EncryptResponse u = encrypt(EncryptRequest.of(id, unpadded, blocks));
    assertThat(u.data().orElseThrow()).hasSize(48);
    assertThat(
            decrypt(
                DecryptRequest.of(id, unpadded, u.data().get())
                    .withIvCounterNonce(u.ivCounterNonce().orElseThrow())))
        .isEqualTo(blocks);
  }

  @Test
  void aesEcbWithPaddingRoundTrips() throws Exception {
    String id = keys.aes(128, ENCRYPT_DECRYPT);
    CryptographicParameters ecb = p(BlockCipherMode.ECB).paddingMethod(PaddingMethod.PKCS5).build();

    EncryptResponse r = encrypt(EncryptRequest.of(id, ecb, MESSAGE));

    assertThat(r.ivCounterNonce()).isEmpty();
    assertThat(decrypt(DecryptRequest.of(id, ecb, r.data().orElseThrow()))).isEqualTo(MESSAGE);
  }

  @Test
  void aesCtrWithRandomCounterBlockRoundTrips() throws Exception {
    String id = keys.aes(256, ENCRYPT_DECRYPT);
    CryptographicParameters ctr = p(BlockCipherMode.CTR).randomIv(true).build();

    EncryptResponse r = encrypt(EncryptRequest.of(id, ctr, MESSAGE));

    assertThat(r.ivCounterNonce().orElseThrow()).hasSize(16);
    assertThat(r.data().orElseThrow()).hasSize(MESSAGE.length);
    assertThat(
            decrypt(
                DecryptRequest.of(id, ctr, r.data().get())
                    .withIvCounterNonce(r.ivCounterNonce().get())))
        .isEqualTo(MESSAGE);
  }

  @Test
  void aesXtsRoundTripsUnderItsTweak() throws Exception {
    String id = keys.aes(512, ENCRYPT_DECRYPT);
    CryptographicParameters xts = p(BlockCipherMode.XTS).build();
    byte[] sector = new byte[64];
    byte[] tweak0 = new byte[16];
    byte[] tweak1 = new byte[16];
    tweak1[0] = 1;

    byte[] c0 = encrypt(EncryptRequest.of(id, xts, sector).withIvCounterNonce(tweak0)).data().get();
    byte[] c1 = encrypt(EncryptRequest.of(id, xts, sector).withIvCounterNonce(tweak1)).data().get();

    assertThat(c0).hasSize(64).isNotEqualTo(c1);
    assertThat(decrypt(DecryptRequest.of(id, xts, c1).withIvCounterNonce(tweak1)))
        .isEqualTo(sector);
  }

  @Test
  void tripleDesCbcRoundTrips() throws Exception {
    String id =
        keys.register(
            CryptographicAlgorithm.DES3,
            "0123456789abcdeffedcba987654321089abcdef01234567",
            ENCRYPT_DECRYPT);
    CryptographicParameters cbc =
        p(BlockCipherMode.CBC).paddingMethod(PaddingMethod.PKCS5).randomIv(true).build();

    EncryptResponse r = encrypt(EncryptRequest.of(id, cbc, MESSAGE));

    assertThat(r.ivCounterNonce().orElseThrow()).hasSize(8);
    assertThat(r.data().orElseThrow().length % 8).isZero();
    assertThat(
            decrypt(
                DecryptRequest.of(id, cbc, r.data().get())
                    .withIvCounterNonce(r.ivCounterNonce().get())))
        .isEqualTo(MESSAGE);
  }

  @Test
  void rsaOaepAndPkcs1RoundTripFromPublicToPrivateKey() throws Exception {
    CreatedKeyPair pair =
        keys.rsa(
            2048, CryptographicUsageMask.DECRYPT.code(), CryptographicUsageMask.ENCRYPT.code());
    String pub = pair.publicKey().id();
    String priv = pair.privateKey().id();
    CryptographicParameters oaep =
        CryptographicParameters.builder()
            .paddingMethod(PaddingMethod.OAEP)
            .hashingAlgorithm(HashingAlgorithm.SHA_256)
            .maskGeneratorHashingAlgorithm(HashingAlgorithm.SHA_256)
            .build();
    CryptographicParameters pkcs1 =
        CryptographicParameters.builder().paddingMethod(PaddingMethod.PKCS1_V1_5).build();

    for (CryptographicParameters params : new CryptographicParameters[] {oaep, pkcs1}) {
      byte[] c = encrypt(EncryptRequest.of(pub, params, MESSAGE)).data().orElseThrow();
      assertThat(c).hasSize(256);
      assertThat(decrypt(DecryptRequest.of(priv, params, c))).isEqualTo(MESSAGE);
    }
  }

  @Test
  void rsaOaepWithALabelRoundTripsOnlyUnderTheSameLabel() throws Exception {
    // The P Source of the profile test cases CS-AC-M-OAEP-9 and -10.
    CreatedKeyPair pair =
        keys.rsa(
            3072, CryptographicUsageMask.DECRYPT.code(), CryptographicUsageMask.ENCRYPT.code());
    CryptographicParameters.Builder oaep =
        CryptographicParameters.builder()
            .paddingMethod(PaddingMethod.OAEP)
            .hashingAlgorithm(HashingAlgorithm.SHA_384)
            .maskGeneratorHashingAlgorithm(HashingAlgorithm.SHA_256);
    CryptographicParameters labelled =
        oaep.pSource("Kilroy was here".getBytes(StandardCharsets.US_ASCII)).build();
    CryptographicParameters other =
        oaep.pSource("someone else".getBytes(StandardCharsets.US_ASCII)).build();

    byte[] c =
        encrypt(EncryptRequest.of(pair.publicKey().id(), labelled, MESSAGE)).data().orElseThrow();

    assertThat(decrypt(DecryptRequest.of(pair.privateKey().id(), labelled, c))).isEqualTo(MESSAGE);
    assertThat(keys.refusal(DecryptRequest.of(pair.privateKey().id(), other, c)))
        .isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
  }

  @Test
  void theKeysOwnParametersApplyWhenTheRequestHasNone() throws Exception {
    String id =
        keys.aes(
            256,
            ENCRYPT_DECRYPT,
            p(BlockCipherMode.CBC).paddingMethod(PaddingMethod.PKCS5).randomIv(true).build());

    EncryptResponse r = encrypt(EncryptRequest.of(id, CryptographicParameters.empty(), MESSAGE));

    assertThat(r.ivCounterNonce()).isPresent();
    assertThat(
            decrypt(
                DecryptRequest.of(id, CryptographicParameters.empty(), r.data().orElseThrow())
                    .withIvCounterNonce(r.ivCounterNonce().get())))
        .isEqualTo(MESSAGE);
  }

  @Test
  void aKmip14ClientGetsTheSameCipherText() throws Exception {
    String id =
        keys.register(
            CryptographicAlgorithm.AES, "0123456789abcdef0123456789abcdef", ENCRYPT_DECRYPT);
    EncryptResponse r =
        server.ok(
            KmipVersion.V1_4,
            EncryptRequest.of(
                id, p(BlockCipherMode.ECB).build(), hex("01020304050607080910111213141516")),
            EncryptResponse.class);

    assertThat(hex(r.data().orElseThrow())).isEqualTo("d9bcce11b0b437b90239552df3a360c9");
  }

  // ---- refusals -------------------------------------------------------------------------------

  @Test
  void aKeyWhoseUsageMaskLacksEncryptIsRefused() throws Exception {
    String id = keys.aes(256, CryptographicUsageMask.DECRYPT.code());
    EncryptRequest request =
        EncryptRequest.of(id, p(BlockCipherMode.GCM).randomIv(true).build(), MESSAGE);

    assertThat(keys.refusal(request)).isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
    assertThat(CryptoTestKeys.failure(server.call(KmipVersion.V1_4, request)))
        .as("KMIP 1.4 §11.30: not able to be used for encryption")
        .isEqualTo(ResultReason.PERMISSION_DENIED);
  }

  @Test
  void aDeactivatedKeyNoLongerEncryptsButStillDecrypts() throws Exception {
    String id = keys.aes(256, ENCRYPT_DECRYPT);
    CryptographicParameters gcm = p(BlockCipherMode.GCM).randomIv(true).build();
    EncryptResponse before = encrypt(EncryptRequest.of(id, gcm, MESSAGE));

    keys.revoke(id, RevocationReasonCode.CESSATION_OF_OPERATION);

    assertThat(keys.refusal(EncryptRequest.of(id, gcm, MESSAGE)))
        .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    assertThat(
            CryptoTestKeys.failure(
                server.call(KmipVersion.V1_4, EncryptRequest.of(id, gcm, MESSAGE))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(
            decrypt(
                DecryptRequest.of(id, gcm, before.data().orElseThrow())
                    .withIvCounterNonce(before.ivCounterNonce().orElseThrow())
                    .withAuthenticatedEncryptionTag(
                        before.authenticatedEncryptionTag().orElseThrow())))
        .isEqualTo(MESSAGE);
  }

  @Test
  void aCompromisedKeyStillDecryptsButNeverEncrypts() throws Exception {
    String id = keys.aes(128, ENCRYPT_DECRYPT);
    CryptographicParameters ecb = p(BlockCipherMode.ECB).paddingMethod(PaddingMethod.PKCS5).build();
    byte[] c = encrypt(EncryptRequest.of(id, ecb, MESSAGE)).data().orElseThrow();

    keys.revoke(id, RevocationReasonCode.KEY_COMPROMISE);

    assertThat(keys.refusal(EncryptRequest.of(id, ecb, MESSAGE)))
        .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    assertThat(decrypt(DecryptRequest.of(id, ecb, c))).isEqualTo(MESSAGE);
  }

  @Test
  void keysOfTheWrongTypeOrAlgorithmAreRefused() throws Exception {
    CreatedKeyPair pair = keys.rsa(2048, CryptoTestKeys.SIGN, CryptoTestKeys.VERIFY);
    assertThat(
            keys.refusal(
                EncryptRequest.of(
                    pair.privateKey().id(), CryptographicParameters.empty(), MESSAGE)))
        .isEqualTo(ResultReason.INVALID_OBJECT_TYPE);
    String hmac =
        keys.register(CryptographicAlgorithm.HMAC_SHA256, "0b".repeat(32), ENCRYPT_DECRYPT);
    assertThat(keys.refusal(EncryptRequest.of(hmac, p(BlockCipherMode.CBC).build(), MESSAGE)))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void parametersThatCannotWorkAreRefusedWithTheirReason() throws Exception {
    String id = keys.aes(256, ENCRYPT_DECRYPT);
    assertThat(keys.refusal(EncryptRequest.of(id, CryptographicParameters.empty(), MESSAGE)))
        .as("no Block Cipher Mode anywhere")
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(keys.refusal(EncryptRequest.of(id, p(BlockCipherMode.CBC).build(), MESSAGE)))
        .as("no IV and no Random IV (profile test case CS-BC-M-11)")
        .isEqualTo(ResultReason.INVALID_MESSAGE);
    assertThat(
            keys.refusal(
                EncryptRequest.of(id, p(BlockCipherMode.GCM).tagLength(1).build(), MESSAGE)
                    .withIvCounterNonce(new byte[12])))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(keys.refusal(EncryptRequest.of(id, p(BlockCipherMode.OFB).build(), MESSAGE)))
        .isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
    assertThat(
            keys.refusal(
                EncryptRequest.of(id, p(BlockCipherMode.CBC).randomIv(true).build(), MESSAGE)))
        .as("CBC without padding over a partial block")
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            keys.refusal(
                EncryptRequest.of(id, p(BlockCipherMode.ECB).build(), new byte[16])
                    .withAuthenticatedEncryptionAdditionalData(new byte[] {1})))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void missingOrUnknownInputsAreRefused() throws Exception {
    String id = keys.aes(256, ENCRYPT_DECRYPT);
    EncryptRequest noData =
        new EncryptRequest(
            Optional.of(UniqueIdentifierValue.of(id)),
            Optional.of(p(BlockCipherMode.GCM).randomIv(true).build()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(keys.refusal(noData)).isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            keys.refusal(
                EncryptRequest.of(
                    "no-such-key", p(BlockCipherMode.GCM).randomIv(true).build(), MESSAGE)))
        .as("KMIP 2.1 names Item Not Found Object Not Found")
        .isIn(ResultReason.ITEM_NOT_FOUND, ResultReason.OBJECT_NOT_FOUND);
    EncryptRequest byReference =
        new EncryptRequest(
            Optional.of(UniqueIdentifierValue.of(id)),
            Optional.of(p(BlockCipherMode.GCM).randomIv(true).build()),
            Optional.of(Ttlv.enumeration(Tag.DATA, Data.DECRYPT.code())),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertThat(keys.refusal(byReference)).isEqualTo(ResultReason.FEATURE_NOT_SUPPORTED);
  }

  @Test
  void encryptionTakesFromTheKeysUsageLimits() throws Exception {
    // CS-BC-M-7-21: a Usage Limits of 16 bytes allows one 16-byte encryption.
    String id = keys.aes(128, ENCRYPT_DECRYPT);
    keys.limit(id, 16, UsageLimitsUnit.BYTE);
    EncryptRequest request = EncryptRequest.of(id, p(BlockCipherMode.ECB).build(), new byte[16]);

    encrypt(request);

    assertThat(keys.refusal(request)).isEqualTo(ResultReason.PERMISSION_DENIED);
  }

  @Test
  void theResponseCarriesNoPlaintextAndFailuresNoKeyMaterial() throws Exception {
    String hexKey = "0123456789abcdef0123456789abcdef";
    String id = keys.register(CryptographicAlgorithm.AES, hexKey, ENCRYPT_DECRYPT);
    String failure =
        server
            .call(
                KmipVersion.V2_1,
                EncryptRequest.of(id, p(BlockCipherMode.CBC).randomIv(true).build(), MESSAGE))
            .resultMessage()
            .orElseThrow();

    assertThat(failure.toLowerCase()).doesNotContain(hexKey).doesNotContain("attack at dawn");
  }
}
