package dev.arca.server.operation;

import static dev.arca.server.operation.CryptoTestKeys.ENCRYPT_DECRYPT;
import static dev.arca.server.operation.CryptoTestKeys.MAC_BOTH;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.access.Caller;
import dev.arca.core.key.CreatedKeyPair;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.DigitalSignatureAlgorithm;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.PaddingMethod;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.ValidityIndicator;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.payload.DecryptRequest;
import dev.arca.kmip.payload.DecryptResponse;
import dev.arca.kmip.payload.EncryptRequest;
import dev.arca.kmip.payload.EncryptResponse;
import dev.arca.kmip.payload.HashRequest;
import dev.arca.kmip.payload.HashResponse;
import dev.arca.kmip.payload.MacRequest;
import dev.arca.kmip.payload.MacResponse;
import dev.arca.kmip.payload.MacVerifyRequest;
import dev.arca.kmip.payload.MacVerifyResponse;
import dev.arca.kmip.payload.SignRequest;
import dev.arca.kmip.payload.SignResponse;
import dev.arca.kmip.payload.SignatureVerifyRequest;
import dev.arca.kmip.payload.SignatureVerifyResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.DispatcherFixture;
import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Multi-part cryptographic operations (KMIP 2.1 §6.1, Correlation Value, Init and Final Indicator):
 * the parts give what one request gives, a stream belongs to its caller, operation and key, and it
 * ends with its last part, its first failure, or its idle limit.
 */
class CryptoStreamsTest {

  private static final byte[] MESSAGE = new byte[100];

  static {
    for (int i = 0; i < MESSAGE.length; i++) {
      MESSAGE[i] = (byte) (i * 7 + 3);
    }
  }

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

  private static Optional<Ttlv> data(byte[] b) {
    return Optional.of(Ttlv.bytes(Tag.DATA, b));
  }

  private static Optional<UniqueIdentifierValue> uid(String id) {
    return Optional.of(UniqueIdentifierValue.of(id));
  }

  private static EncryptRequest encryptPart(
      String id,
      CryptographicParameters p,
      byte[] part,
      Optional<byte[]> iv,
      Optional<byte[]> correlation,
      boolean init,
      boolean last,
      Optional<byte[]> aad) {
    return new EncryptRequest(
        uid(id),
        Optional.of(p),
        data(part),
        iv,
        correlation,
        init ? Optional.of(true) : Optional.empty(),
        last ? Optional.of(true) : Optional.empty(),
        aad);
  }

  private static DecryptRequest decryptPart(
      String id,
      CryptographicParameters p,
      byte[] part,
      Optional<byte[]> iv,
      Optional<byte[]> correlation,
      boolean init,
      boolean last,
      Optional<byte[]> tag) {
    return new DecryptRequest(
        uid(id),
        Optional.of(p),
        data(part),
        iv,
        correlation,
        init ? Optional.of(true) : Optional.empty(),
        last ? Optional.of(true) : Optional.empty(),
        Optional.empty(),
        tag);
  }

  /**
   * Encrypts in parts cut at {@code cuts}; returns the joined cipher text and the last response.
   */
  private EncryptResponse[] encryptByParts(
      String id, CryptographicParameters p, byte[] message, Optional<byte[]> iv, int... cuts) {
    EncryptResponse[] out = new EncryptResponse[cuts.length + 1];
    Optional<byte[]> correlation = Optional.empty();
    int from = 0;
    for (int i = 0; i <= cuts.length; i++) {
      int to = i < cuts.length ? cuts[i] : message.length;
      boolean first = i == 0;
      boolean last = i == cuts.length;
      out[i] =
          server.ok(
              KmipVersion.V2_1,
              encryptPart(
                  id,
                  p,
                  Arrays.copyOfRange(message, from, to),
                  first ? iv : Optional.empty(),
                  correlation,
                  first,
                  last,
                  Optional.empty()),
              EncryptResponse.class);
      if (!last) {
        correlation = Optional.of(out[i].correlationValue().orElseThrow());
      } else {
        assertThat(out[i].correlationValue()).isEmpty();
      }
      from = to;
    }
    return out;
  }

  private static byte[] joined(EncryptResponse[] parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (EncryptResponse r : parts) {
      out.writeBytes(r.data().orElse(new byte[0]));
    }
    return out.toByteArray();
  }

  @Test
  void gcmByPartsGivesTheCipherTextAndTagOfOnePart() throws Exception {
    String id = keys.aes(256, ENCRYPT_DECRYPT);
    CryptographicParameters gcm =
        CryptographicParameters.builder().blockCipherMode(BlockCipherMode.GCM).build();
    byte[] iv = new byte[12];
    iv[3] = 9;
    EncryptResponse whole =
        server.ok(
            KmipVersion.V2_1,
            EncryptRequest.of(id, gcm, MESSAGE).withIvCounterNonce(iv),
            EncryptResponse.class);

    EncryptResponse[] parts = encryptByParts(id, gcm, MESSAGE, Optional.of(iv), 10, 64);

    assertThat(parts[0].data().orElseThrow()).as("GCM returns output at once").hasSize(10);
    assertThat(joined(parts)).isEqualTo(whole.data().orElseThrow());
    assertThat(parts[2].authenticatedEncryptionTag().orElseThrow())
        .isEqualTo(whole.authenticatedEncryptionTag().orElseThrow());
    assertThat(parts[0].authenticatedEncryptionTag()).isEmpty();
  }

  @Test
  void cbcByUnevenPartsGivesTheCipherTextOfOnePartAndDecryptsByParts() throws Exception {
    String id = keys.aes(128, ENCRYPT_DECRYPT);
    CryptographicParameters cbc =
        CryptographicParameters.builder()
            .blockCipherMode(BlockCipherMode.CBC)
            .paddingMethod(PaddingMethod.PKCS5)
            .randomIv(true)
            .build();

    EncryptResponse[] parts = encryptByParts(id, cbc, MESSAGE, Optional.empty(), 5, 25, 32);

    byte[] iv = parts[0].ivCounterNonce().orElseThrow();
    assertThat(parts[1].ivCounterNonce()).as("the IV comes with the first part only").isEmpty();
    assertThat(parts[0].data()).as("no whole block yet").isEmpty();
    assertThat(parts[1].data().orElseThrow()).hasSize(16);
    byte[] cipherText = joined(parts);
    assertThat(cipherText).hasSize(112);
    byte[] single =
        server
            .ok(
                KmipVersion.V2_1,
                DecryptRequest.of(id, cbc, cipherText).withIvCounterNonce(iv),
                DecryptResponse.class)
            .data()
            .orElseThrow();
    assertThat(single).isEqualTo(MESSAGE);

    DecryptResponse first =
        server.ok(
            KmipVersion.V2_1,
            decryptPart(
                id,
                cbc,
                Arrays.copyOf(cipherText, 40),
                Optional.of(iv),
                Optional.empty(),
                true,
                false,
                Optional.empty()),
            DecryptResponse.class);
    assertThat(first.data().orElseThrow()).as("whole blocks but the last").hasSize(32);
    DecryptResponse rest =
        server.ok(
            KmipVersion.V2_1,
            decryptPart(
                id,
                cbc,
                Arrays.copyOfRange(cipherText, 40, cipherText.length),
                Optional.empty(),
                first.correlationValue(),
                false,
                true,
                Optional.empty()),
            DecryptResponse.class);
    ByteArrayOutputStream plain = new ByteArrayOutputStream();
    plain.writeBytes(first.data().get());
    plain.writeBytes(rest.data().orElseThrow());
    assertThat(plain.toByteArray()).isEqualTo(MESSAGE);
  }

  @Test
  void gcmDecryptionByPartsReleasesNothingBeforeTheTagIsChecked() throws Exception {
    String id = keys.aes(256, ENCRYPT_DECRYPT);
    CryptographicParameters gcm =
        CryptographicParameters.builder()
            .blockCipherMode(BlockCipherMode.GCM)
            .randomIv(true)
            .build();
    EncryptResponse e =
        server.ok(KmipVersion.V2_1, EncryptRequest.of(id, gcm, MESSAGE), EncryptResponse.class);
    byte[] c = e.data().orElseThrow();
    byte[] iv = e.ivCounterNonce().orElseThrow();
    byte[] tag = e.authenticatedEncryptionTag().orElseThrow();
    byte[] badTag = tag.clone();
    badTag[0] ^= 1;

    for (byte[] t : new byte[][] {tag, badTag}) {
      DecryptResponse first =
          server.ok(
              KmipVersion.V2_1,
              decryptPart(
                  id,
                  gcm,
                  Arrays.copyOf(c, 50),
                  Optional.of(iv),
                  Optional.empty(),
                  true,
                  false,
                  Optional.of(t)),
              DecryptResponse.class);
      assertThat(first.data()).isEmpty();
      ResponseBatchItem last =
          server.call(
              KmipVersion.V2_1,
              decryptPart(
                  id,
                  gcm,
                  Arrays.copyOfRange(c, 50, c.length),
                  Optional.empty(),
                  first.correlationValue(),
                  false,
                  true,
                  Optional.empty()));
      if (t == tag) {
        assertThat(DispatcherFixture.payload(last, DecryptResponse.class).data().orElseThrow())
            .isEqualTo(MESSAGE);
      } else {
        assertThat(CryptoTestKeys.failure(last)).isEqualTo(ResultReason.CRYPTOGRAPHIC_FAILURE);
      }
    }
  }

  @Test
  void signAndVerifyByParts() throws Exception {
    CreatedKeyPair pair = keys.ec(256);
    CryptographicParameters p =
        CryptographicParameters.builder()
            .digitalSignatureAlgorithm(DigitalSignatureAlgorithm.ECDSA_WITH_SHA256)
            .build();
    SignResponse first =
        server.ok(
            KmipVersion.V2_1,
            new SignRequest(
                uid(pair.privateKey().id()),
                Optional.of(p),
                data(Arrays.copyOf(MESSAGE, 30)),
                Optional.empty(),
                Optional.empty(),
                Optional.of(true),
                Optional.empty()),
            SignResponse.class);
    assertThat(first.signatureData()).isEmpty();
    SignResponse last =
        server.ok(
            KmipVersion.V2_1,
            new SignRequest(
                Optional.empty(),
                Optional.empty(),
                data(Arrays.copyOfRange(MESSAGE, 30, 100)),
                Optional.empty(),
                first.correlationValue(),
                Optional.empty(),
                Optional.of(true)),
            SignResponse.class);
    byte[] signature = last.signatureData().orElseThrow();

    assertThat(
            server
                .ok(
                    KmipVersion.V2_1,
                    SignatureVerifyRequest.of(pair.publicKey().id(), p, MESSAGE, signature),
                    SignatureVerifyResponse.class)
                .validityIndicator())
        .contains(ValidityIndicator.VALID);

    SignatureVerifyResponse v1 =
        server.ok(
            KmipVersion.V2_1,
            new SignatureVerifyRequest(
                uid(pair.publicKey().id()),
                Optional.of(p),
                data(Arrays.copyOf(MESSAGE, 60)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(true),
                Optional.empty()),
            SignatureVerifyResponse.class);
    assertThat(v1.validityIndicator()).as("no verdict before the last part").isEmpty();
    SignatureVerifyResponse v2 =
        server.ok(
            KmipVersion.V2_1,
            new SignatureVerifyRequest(
                Optional.empty(),
                Optional.empty(),
                data(Arrays.copyOfRange(MESSAGE, 60, 100)),
                Optional.empty(),
                Optional.of(signature),
                v1.correlationValue(),
                Optional.empty(),
                Optional.of(true)),
            SignatureVerifyResponse.class);
    assertThat(v2.validityIndicator()).contains(ValidityIndicator.VALID);
  }

  @Test
  void macAndMacVerifyAndHashByPartsEqualOnePart() throws Exception {
    String id = keys.register(CryptographicAlgorithm.HMAC_SHA256, "0b".repeat(32), MAC_BOTH);
    CryptographicParameters none = CryptographicParameters.empty();
    byte[] whole =
        server
            .ok(KmipVersion.V2_1, MacRequest.of(id, none, MESSAGE), MacResponse.class)
            .macData()
            .orElseThrow();

    MacResponse m1 =
        server.ok(
            KmipVersion.V2_1,
            new MacRequest(
                uid(id),
                Optional.empty(),
                data(Arrays.copyOf(MESSAGE, 1)),
                Optional.empty(),
                Optional.of(true),
                Optional.empty()),
            MacResponse.class);
    MacResponse m2 =
        server.ok(
            KmipVersion.V2_1,
            new MacRequest(
                uid(id),
                Optional.empty(),
                data(Arrays.copyOfRange(MESSAGE, 1, 100)),
                m1.correlationValue(),
                Optional.empty(),
                Optional.of(true)),
            MacResponse.class);
    assertThat(m1.macData()).isEmpty();
    assertThat(m2.macData().orElseThrow()).isEqualTo(whole);

    MacVerifyResponse v1 =
        server.ok(
            KmipVersion.V2_1,
            new MacVerifyRequest(
                uid(id),
                Optional.empty(),
                data(Arrays.copyOf(MESSAGE, 50)),
                Optional.of(whole),
                Optional.empty(),
                Optional.of(true),
                Optional.empty()),
            MacVerifyResponse.class);
    MacVerifyResponse v2 =
        server.ok(
            KmipVersion.V2_1,
            new MacVerifyRequest(
                Optional.empty(),
                Optional.empty(),
                data(Arrays.copyOfRange(MESSAGE, 50, 100)),
                Optional.empty(),
                v1.correlationValue(),
                Optional.empty(),
                Optional.of(true)),
            MacVerifyResponse.class);
    assertThat(v1.validityIndicator()).isEmpty();
    assertThat(v2.validityIndicator()).contains(ValidityIndicator.VALID);

    CryptographicParameters sha =
        CryptographicParameters.builder().hashingAlgorithm(HashingAlgorithm.SHA_384).build();
    byte[] digest =
        server
            .ok(KmipVersion.V2_1, HashRequest.of(sha, MESSAGE), HashResponse.class)
            .data()
            .orElseThrow();
    HashResponse h1 =
        server.ok(
            KmipVersion.V2_1,
            new HashRequest(
                sha,
                data(Arrays.copyOf(MESSAGE, 33)),
                Optional.empty(),
                Optional.of(true),
                Optional.empty()),
            HashResponse.class);
    HashResponse h2 =
        server.ok(
            KmipVersion.V2_1,
            new HashRequest(
                sha,
                data(Arrays.copyOfRange(MESSAGE, 33, 100)),
                h1.correlationValue(),
                Optional.empty(),
                Optional.of(true)),
            HashResponse.class);
    assertThat(h1.data()).isEmpty();
    assertThat(h2.data().orElseThrow()).isEqualTo(digest);
  }

  @Test
  void initAndFinalInOneRequestIsOnePart() throws Exception {
    String id = keys.aes(128, ENCRYPT_DECRYPT);
    CryptographicParameters ecb =
        CryptographicParameters.builder().blockCipherMode(BlockCipherMode.ECB).build();

    EncryptResponse r =
        server.ok(
            KmipVersion.V2_1,
            encryptPart(
                id,
                ecb,
                new byte[32],
                Optional.empty(),
                Optional.empty(),
                true,
                true,
                Optional.empty()),
            EncryptResponse.class);

    assertThat(r.data().orElseThrow()).hasSize(32);
    assertThat(r.correlationValue()).isEmpty();
  }

  private Optional<byte[]> openEncryptStream(String id) {
    CryptographicParameters ecb =
        CryptographicParameters.builder().blockCipherMode(BlockCipherMode.ECB).build();
    return server
        .ok(
            KmipVersion.V2_1,
            encryptPart(
                id,
                ecb,
                new byte[16],
                Optional.empty(),
                Optional.empty(),
                true,
                false,
                Optional.empty()),
            EncryptResponse.class)
        .correlationValue();
  }

  private ResponseBatchItem continueEncrypt(
      KmipVersion version, String id, Optional<byte[]> correlation) {
    CryptographicParameters ecb =
        CryptographicParameters.builder().blockCipherMode(BlockCipherMode.ECB).build();
    return server.call(
        version,
        encryptPart(
            id, ecb, new byte[16], Optional.empty(), correlation, false, true, Optional.empty()));
  }

  @Test
  void anUnknownCorrelationValueIsRefusedInTheWordsOfEachVersion() throws Exception {
    String id = keys.aes(128, ENCRYPT_DECRYPT);
    Optional<byte[]> unknown = Optional.of(new byte[16]);

    assertThat(CryptoTestKeys.failure(continueEncrypt(KmipVersion.V2_1, id, unknown)))
        .isEqualTo(ResultReason.INVALID_CORRELATION_VALUE);
    assertThat(CryptoTestKeys.failure(continueEncrypt(KmipVersion.V1_4, id, unknown)))
        .as("KMIP 1.4 §11.30: no outstanding operation is Item Not Found")
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
  }

  @Test
  void aStreamEndsWithItsLastPart() throws Exception {
    String id = keys.aes(128, ENCRYPT_DECRYPT);
    Optional<byte[]> cv = openEncryptStream(id);

    assertThat(continueEncrypt(KmipVersion.V2_1, id, cv).resultReason()).isEmpty();
    assertThat(CryptoTestKeys.failure(continueEncrypt(KmipVersion.V2_1, id, cv)))
        .isEqualTo(ResultReason.INVALID_CORRELATION_VALUE);
  }

  @Test
  void aStreamBelongsToItsCallerItsOperationAndItsKey() throws Exception {
    String id = keys.aes(128, ENCRYPT_DECRYPT);
    String other = keys.aes(128, ENCRYPT_DECRYPT);
    Optional<byte[]> cv = openEncryptStream(id);

    server.actAs("bob");
    assertThat(CryptoTestKeys.failure(continueEncrypt(KmipVersion.V2_1, id, cv)))
        .isEqualTo(ResultReason.INVALID_CORRELATION_VALUE);
    server.actAs(DispatcherFixture.USER);
    CryptographicParameters ecb =
        CryptographicParameters.builder().blockCipherMode(BlockCipherMode.ECB).build();
    assertThat(
            keys.refusal(
                decryptPart(
                    id, ecb, new byte[16], Optional.empty(), cv, false, true, Optional.empty())))
        .isEqualTo(ResultReason.INVALID_CORRELATION_VALUE);
    assertThat(CryptoTestKeys.failure(continueEncrypt(KmipVersion.V2_1, other, cv)))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(CryptoTestKeys.failure(continueEncrypt(KmipVersion.V2_1, id, cv)))
        .as("the failed part ended the stream")
        .isEqualTo(ResultReason.INVALID_CORRELATION_VALUE);
  }

  @Test
  void aKeyRevokedMidStreamStopsTheStream() throws Exception {
    String id = keys.aes(128, ENCRYPT_DECRYPT);
    Optional<byte[]> cv = openEncryptStream(id);

    keys.revoke(id, RevocationReasonCode.CESSATION_OF_OPERATION);

    assertThat(CryptoTestKeys.failure(continueEncrypt(KmipVersion.V2_1, id, cv)))
        .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
  }

  @Test
  void anIdleStreamExpires() throws Exception {
    String id = keys.aes(128, ENCRYPT_DECRYPT);
    Optional<byte[]> cv = openEncryptStream(id);

    server.clock.advance(CryptoStreams.IDLE_LIMIT.plus(Duration.ofSeconds(1)));

    assertThat(CryptoTestKeys.failure(continueEncrypt(KmipVersion.V2_1, id, cv)))
        .isEqualTo(ResultReason.INVALID_CORRELATION_VALUE);
  }

  @Test
  void aStreamHoldsABoundedAmountOfData() throws Exception {
    CryptographicParameters sha =
        CryptographicParameters.builder().hashingAlgorithm(HashingAlgorithm.SHA_256).build();
    byte[] chunk = new byte[CryptoStreams.MAX_STREAM_BYTES / 2];
    HashResponse h1 =
        server.ok(
            KmipVersion.V2_1,
            new HashRequest(
                sha, data(chunk), Optional.empty(), Optional.of(true), Optional.empty()),
            HashResponse.class);
    HashResponse h2 =
        server.ok(
            KmipVersion.V2_1,
            new HashRequest(
                sha, data(chunk), h1.correlationValue(), Optional.empty(), Optional.empty()),
            HashResponse.class);

    ResponseBatchItem over =
        server.call(
            KmipVersion.V2_1,
            new HashRequest(
                sha,
                data(new byte[1]),
                h2.correlationValue(),
                Optional.empty(),
                Optional.of(true)));

    assertThat(CryptoTestKeys.failure(over)).isEqualTo(ResultReason.SERVER_LIMIT_EXCEEDED);
  }

  // ---- the table itself ---------------------------------------------------------------------

  @Test
  void theTableHoldsABoundedNumberOfStreamsAndForgetsEndedOnes() throws Exception {
    CryptoStreams streams = new CryptoStreams();
    Caller alice = Caller.of("alice");
    Instant now = Instant.parse("2030-01-01T00:00:00Z");
    List<CryptoStreams.Stream> open = new ArrayList<>();
    for (int i = 0; i < CryptoStreams.MAX_STREAMS; i++) {
      CryptoStreams.Stream s = streams.begin(Operation.HASH, alice, Optional.empty(), "setup", now);
      streams.append(s, new byte[10]);
      streams.suspend(s, now);
      open.add(s);
    }
    assertThatThrownBy(() -> streams.begin(Operation.HASH, alice, Optional.empty(), "x", now))
        .isInstanceOfSatisfying(
            KmipException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.SERVER_LIMIT_EXCEEDED));

    for (CryptoStreams.Stream s : open) {
      streams.end(s);
    }

    assertThat(streams.openStreams()).isZero();
    CryptoStreams.Stream again =
        streams.begin(Operation.HASH, alice, Optional.empty(), "setup", now);
    streams.suspend(again, now);
    CryptoStreams.Stream resumed =
        streams.resume(
            new CryptoStreams.Part(Optional.of(again.correlationValue()), false, true),
            Operation.HASH,
            alice,
            now);
    assertThat(resumed).isSameAs(again);
    assertThat(streams.openStreams()).as("taken out while a part runs").isZero();
  }

  @Test
  void initWithACorrelationValueIsInvalid() {
    assertThatThrownBy(
            () ->
                CryptoStreams.Part.of(
                    Optional.of(new byte[16]), Optional.of(true), Optional.empty()))
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD));
  }
}
