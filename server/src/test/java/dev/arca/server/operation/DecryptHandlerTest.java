package dev.arca.server.operation;

import static dev.arca.server.operation.CryptoTestKeys.ENCRYPT_DECRYPT;
import static dev.arca.server.operation.CryptoTestKeys.hex;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.key.CreatedKeyPair;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.PaddingMethod;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.payload.DecryptRequest;
import dev.arca.kmip.payload.DecryptResponse;
import dev.arca.kmip.payload.EncryptRequest;
import dev.arca.kmip.payload.EncryptResponse;
import dev.arca.server.testing.DispatcherFixture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Decrypt (KMIP 2.1 §6.1.11) through the dispatcher: what does not authenticate is Cryptographic
 * Failure and returns no plaintext.
 */
class DecryptHandlerTest {

  // The first test case of the GCM specification, as the profile test case CS-BC-M-GCM-1 uses it.
  private static final String KEY = "00".repeat(16);
  private static final byte[] IV = new byte[12];
  private static final String CIPHER_TEXT = "0388dace60b6a392f328c2b971b2fe78";
  private static final String TAG = "ab6e47d42cec13bdf53a67b21257bddf";
  private static final CryptographicParameters GCM =
      CryptographicParameters.builder().blockCipherMode(BlockCipherMode.GCM).tagLength(16).build();

  private DispatcherFixture server;
  private CryptoTestKeys keys;
  private String id;

  @BeforeEach
  void start() throws Exception {
    server = DispatcherFixture.start();
    keys = new CryptoTestKeys(server);
    id = keys.register(CryptographicAlgorithm.AES, KEY, ENCRYPT_DECRYPT);
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private ResponseBatchItem decrypt(String cipherText, byte[] iv, String tag) {
    return server.call(
        KmipVersion.V2_1,
        DecryptRequest.of(id, GCM, hex(cipherText))
            .withIvCounterNonce(iv)
            .withAuthenticatedEncryptionTag(hex(tag)));
  }

  @Test
  void theRightTagGivesThePlaintext() {
    DecryptResponse r =
        DispatcherFixture.payload(decrypt(CIPHER_TEXT, IV, TAG), DecryptResponse.class);

    assertThat(r.data().orElseThrow()).isEqualTo(new byte[16]);
  }

  @Test
  void aTamperedTagIvOrCipherTextIsACryptographicFailure() {
    byte[] otherIv = IV.clone();
    otherIv[0] = (byte) 0xff;

    for (ResponseBatchItem item :
        new ResponseBatchItem[] {
          decrypt(CIPHER_TEXT, IV, "00" + TAG.substring(2)),
          decrypt(CIPHER_TEXT, otherIv, TAG),
          decrypt("ff" + CIPHER_TEXT.substring(2), IV, TAG)
        }) {
      assertThat(CryptoTestKeys.failure(item)).isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
      assertThat(item.responsePayload()).isEmpty();
    }
  }

  @Test
  void wrongAssociatedDataIsACryptographicFailure() {
    ResponseBatchItem item =
        server.call(
            KmipVersion.V2_1,
            DecryptRequest.of(id, GCM, hex(CIPHER_TEXT))
                .withIvCounterNonce(IV)
                .withAuthenticatedEncryptionAdditionalData(new byte[] {1})
                .withAuthenticatedEncryptionTag(hex(TAG)));

    assertThat(CryptoTestKeys.failure(item)).isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
  }

  @Test
  void aTruncatedTagOfTheStatedLengthAuthenticates() {
    // CS-BC-M-GCM-1: "truncate tag value - actually succeeds".
    CryptographicParameters twelve =
        CryptographicParameters.builder()
            .blockCipherMode(BlockCipherMode.GCM)
            .tagLength(12)
            .build();
    DecryptResponse r =
        server.ok(
            KmipVersion.V2_1,
            DecryptRequest.of(id, twelve, hex(CIPHER_TEXT))
                .withIvCounterNonce(IV)
                .withAuthenticatedEncryptionTag(hex(TAG.substring(0, 24))),
            DecryptResponse.class);

    assertThat(r.data().orElseThrow()).isEqualTo(new byte[16]);
  }

  @Test
  void aTagAppendedToTheDataIsAccepted() {
    DecryptResponse r =
        server.ok(
            KmipVersion.V2_1,
            DecryptRequest.of(id, GCM, hex(CIPHER_TEXT + TAG)).withIvCounterNonce(IV),
            DecryptResponse.class);

    assertThat(r.data().orElseThrow()).isEqualTo(new byte[16]);
  }

  @Test
  void aTagThatContradictsTagLengthOrModeIsInvalid() throws Exception {
    assertThat(
            CryptoTestKeys.failure(
                server.call(
                    KmipVersion.V2_1,
                    DecryptRequest.of(id, GCM, hex(CIPHER_TEXT))
                        .withIvCounterNonce(IV)
                        .withAuthenticatedEncryptionTag(hex(TAG.substring(0, 24))))))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            keys.refusal(
                DecryptRequest.of(
                        id,
                        CryptographicParameters.builder()
                            .blockCipherMode(BlockCipherMode.CBC)
                            .build(),
                        new byte[16])
                    .withIvCounterNonce(new byte[16])
                    .withAuthenticatedEncryptionTag(hex(TAG))))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void aMissingIvIsAnInvalidMessage() {
    // CS-BC-M-11-21 step 3.
    assertThat(keys.refusal(DecryptRequest.of(id, GCM, hex(CIPHER_TEXT))))
        .isEqualTo(ResultReason.INVALID_MESSAGE);
  }

  @Test
  void badPaddingIsACryptographicFailure() throws Exception {
    CryptographicParameters raw =
        CryptographicParameters.builder().blockCipherMode(BlockCipherMode.ECB).build();
    CryptographicParameters padded =
        CryptographicParameters.builder()
            .blockCipherMode(BlockCipherMode.ECB)
            .paddingMethod(PaddingMethod.PKCS5)
            .build();
    // A block ending in 0x00 is never valid PKCS#5 padding.
    byte[] c =
        server
            .ok(KmipVersion.V2_1, EncryptRequest.of(id, raw, new byte[16]), EncryptResponse.class)
            .data()
            .orElseThrow();

    assertThat(keys.refusal(DecryptRequest.of(id, padded, c)))
        .isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
  }

  @Test
  void aKeyWhoseUsageMaskLacksDecryptIsRefused() throws Exception {
    String encryptOnly = keys.aes(128, CryptographicUsageMask.ENCRYPT.code());

    assertThat(
            keys.refusal(
                DecryptRequest.of(encryptOnly, GCM, hex(CIPHER_TEXT))
                    .withIvCounterNonce(IV)
                    .withAuthenticatedEncryptionTag(hex(TAG))))
        .isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
  }

  @Test
  void rsaDecryptionOfGarbageIsACryptographicFailure() throws Exception {
    CreatedKeyPair pair =
        keys.rsa(
            2048, CryptographicUsageMask.DECRYPT.code(), CryptographicUsageMask.ENCRYPT.code());
    CryptographicParameters oaep =
        CryptographicParameters.builder().paddingMethod(PaddingMethod.OAEP).build();

    assertThat(keys.refusal(DecryptRequest.of(pair.privateKey().id(), oaep, new byte[256])))
        .isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
    assertThat(keys.refusal(DecryptRequest.of(pair.publicKey().id(), oaep, new byte[256])))
        .as("a public key does not decrypt")
        .isEqualTo(ResultReason.INVALID_OBJECT_TYPE);
  }
}
