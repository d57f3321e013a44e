package dev.arca.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.DigitalSignatureAlgorithm;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.PaddingMethod;
import dev.arca.kmip.enums.QueryFunction;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.SecretDataType;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.message.RequestBatchItem;
import dev.arca.kmip.message.RequestHeader;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.object.KeyBlock;
import dev.arca.kmip.object.SecretData;
import dev.arca.kmip.payload.GetRequest;
import dev.arca.kmip.payload.LocateRequest;
import dev.arca.kmip.payload.Payloads;
import dev.arca.kmip.payload.QueryResponse;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.server.testing.NodeFixture;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The typed methods and failover against a real node started in this JVM. */
class KmipClientIT {

  private static final byte[] MESSAGE = "attack at dawn".getBytes(StandardCharsets.UTF_8);

  private static NodeFixture node;
  private static KmipClient client;

  @BeforeAll
  static void start() throws IOException {
    node = NodeFixture.start();
    client = KmipClient.builder().bundle(node.bundle()).build();
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
    if (node != null) {
      node.close();
    }
  }

  private static String address() {
    return "127.0.0.1:" + node.port();
  }

  @Test
  void discoversVersionsAndQueriesTheServer() throws Exception {
    assertThat(client.discoverVersions()).contains(new ProtocolVersion(2, 1));
    QueryResponse q = client.query(QueryFunction.QUERY_OPERATIONS, QueryFunction.QUERY_OBJECTS);
    assertThat(q.operations()).contains(Operation.CREATE, Operation.LOCATE, Operation.RE_KEY);
    assertThat(q.objectTypes()).contains(ObjectType.SYMMETRIC_KEY);
  }

  @Test
  void aVersionedKeyThroughItsLife() throws Exception {
    String name = "it-life-" + System.nanoTime();
    String v0 =
        client.createSymmetricKey(
            name,
            CryptographicAlgorithm.AES,
            256,
            CryptographicUsageMask.ENCRYPT,
            CryptographicUsageMask.DECRYPT);
    Attributes a = client.getAttributes(v0);
    assertThat(a.cryptographicAlgorithm()).contains(CryptographicAlgorithm.AES);
    assertThat(a.cryptographicLength()).hasValue(256);
    assertThat(a.names()).extracting(n -> n.nameValue()).containsExactly(name);
    assertThat(ArcaAttributes.version(a)).isEqualTo(OptionalInt.of(0));
    assertThat(state(v0)).isEqualTo(State.PRE_ACTIVE);
    assertThat(client.getAttributeList(v0))
        .contains(AttributeReference.of(Tag.STATE), AttributeReference.of(Tag.NAME));

    client.activate(v0);
    assertThat(state(v0)).isEqualTo(State.ACTIVE);

    RetrievedObject raw = client.get(v0, KeyFormatType.RAW);
    assertThat(raw.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
    assertThat(raw.bytes()).hasValueSatisfying(b -> assertThat(b).hasSize(32));
    assertThat(raw.toString()).contains("Raw").contains("AES").doesNotContain("Key Material");

    String v1 = client.rekey(v0);
    assertThat(ArcaAttributes.version(client.getAttributes(v1))).isEqualTo(OptionalInt.of(1));
    assertThat(client.locate(KeyQuery.byName(name).allVersions()))
        .containsExactlyInAnyOrder(v0, v1);
    assertThat(client.locate(KeyQuery.byName(name).version(1))).containsExactly(v1);
    // Re-key of an Active key makes an Active successor; without a version the newest usable
    // (highest Active) version answers.
    assertThat(state(v1)).isEqualTo(State.ACTIVE);
    assertThat(client.locate(KeyQuery.byName(name))).containsExactly(v1);

    client.revoke(v0, RevocationReasonCode.CESSATION_OF_OPERATION);
    assertThat(state(v0)).isEqualTo(State.DEACTIVATED);
    client.destroy(v0);
    assertThat(state(v0)).isEqualTo(State.DESTROYED);
    client.revokeCompromised(v1, Instant.now().minusSeconds(60));
    assertThat(state(v1)).isEqualTo(State.COMPROMISED);
  }

  private static State state(String id) throws Exception {
    Attributes a = client.getAttributes(id, AttributeReference.of(Tag.STATE));
    return State.fromCode(((TtlvEnumeration) a.first(Tag.STATE).orElseThrow()).value());
  }

  @Test
  void aesGcmAndCbcRoundTrip() throws Exception {
    String id =
        client.createSymmetricKey(
            null,
            CryptographicAlgorithm.AES,
            256,
            CryptographicUsageMask.ENCRYPT,
            CryptographicUsageMask.DECRYPT);
    client.activate(id);

    CryptographicParameters gcm =
        CryptographicParameters.builder()
            .blockCipherMode(BlockCipherMode.GCM)
            .tagLength(16)
            .randomIv(true)
            .build();
    Encrypted e = client.encrypt(id, gcm, MESSAGE);
    assertThat(e.iv()).isPresent();
    assertThat(e.tag()).hasValueSatisfying(t -> assertThat(t).hasSize(16));
    assertThat(client.decrypt(id, gcm, e)).isEqualTo(MESSAGE);

    CryptographicParameters cbc =
        CryptographicParameters.builder()
            .blockCipherMode(BlockCipherMode.CBC)
            .paddingMethod(PaddingMethod.PKCS5)
            .randomIv(true)
            .build();
    Encrypted c = client.encrypt(id, cbc, MESSAGE);
    assertThat(c.ciphertext()).hasSize(16);
    assertThat(client.decrypt(id, cbc, c)).isEqualTo(MESSAGE);

    // A wrong tag is the server's refusal, not an I/O error.
    Encrypted tampered = new Encrypted(e.ciphertext(), e.iv(), java.util.Optional.of(new byte[16]));
    assertThatThrownBy(() -> client.decrypt(id, gcm, tampered))
        .isInstanceOf(KmipClientException.class);
  }

  @Test
  void rsaKeyPairSignsVerifiesEncryptsAndDecrypts() throws Exception {
    Attributes common =
        KeyAttributes.builder().algorithm(CryptographicAlgorithm.RSA).length(2048).build();
    KeyPairIds pair =
        client.createKeyPair(
            common,
            KeyAttributes.builder()
                .usage(CryptographicUsageMask.SIGN, CryptographicUsageMask.DECRYPT)
                .build(),
            KeyAttributes.builder()
                .usage(CryptographicUsageMask.VERIFY, CryptographicUsageMask.ENCRYPT)
                .build());
    client.activate(pair.privateKeyId());
    client.activate(pair.publicKeyId());

    CryptographicParameters rsaSha256 =
        CryptographicParameters.builder()
            .digitalSignatureAlgorithm(DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION)
            .build();
    byte[] signature = client.sign(pair.privateKeyId(), rsaSha256, MESSAGE);
    assertThat(client.verify(pair.publicKeyId(), rsaSha256, MESSAGE, signature)).isTrue();
    assertThat(client.verify(pair.publicKeyId(), rsaSha256, "other".getBytes(), signature))
        .isFalse();

    CryptographicParameters oaep =
        CryptographicParameters.builder()
            .cryptographicAlgorithm(CryptographicAlgorithm.RSA)
            .paddingMethod(PaddingMethod.OAEP)
            .hashingAlgorithm(HashingAlgorithm.SHA_256)
            .build();
    Encrypted e = client.encrypt(pair.publicKeyId(), oaep, MESSAGE);
    assertThat(client.decrypt(pair.privateKeyId(), oaep, e)).isEqualTo(MESSAGE);

    RetrievedObject pub = client.get(pair.publicKeyId(), KeyFormatType.X_509);
    assertThat(pub.objectType()).isEqualTo(ObjectType.PUBLIC_KEY);
    assertThat(pub.bytes()).isPresent();
  }

  @Test
  void hmacMacsAndVerifies() throws Exception {
    String id =
        client.create(
            KeyAttributes.builder()
                .algorithm(CryptographicAlgorithm.HMAC_SHA256)
                .length(256)
                .usage(CryptographicUsageMask.MAC_GENERATE, CryptographicUsageMask.MAC_VERIFY)
                .build());
    client.activate(id);
    byte[] mac = client.mac(id, CryptographicParameters.empty(), MESSAGE);
    assertThat(mac).hasSize(32);
    assertThat(client.macVerify(id, CryptographicParameters.empty(), MESSAGE, mac)).isTrue();
    mac[0] ^= 1;
    assertThat(client.macVerify(id, CryptographicParameters.empty(), MESSAGE, mac)).isFalse();
  }

  @Test
  void registersRetrievesRandomBytesAndUsesTheRawPath() throws Exception {
    byte[] secret = client.rngRetrieve(24);
    assertThat(secret).hasSize(24);
    String name = "it-secret-" + System.nanoTime();
    String id =
        client.register(
            new SecretData(
                SecretDataType.PASSWORD,
                KeyBlock.of(
                    KeyFormatType.OPAQUE,
                    dev.arca.kmip.object.KeyValue.of(secret),
                    java.util.Optional.empty(),
                    java.util.Optional.empty())),
            KeyAttributes.builder()
                .name(name)
                .usage(CryptographicUsageMask.DERIVE_KEY)
                .custom("x-owner", "it")
                .build());
    assertThat(client.get(id).bytes()).hasValueSatisfying(b -> assertThat(b).isEqualTo(secret));

    // A batch of two through the raw path: Locate by name, then Get of what it found.
    RequestMessage batch =
        new RequestMessage(
            RequestHeader.of(ProtocolVersion.of(KmipVersion.V2_1), 2),
            List.of(
                RequestBatchItem.of(
                    Operation.LOCATE,
                    Payloads.encode(
                        LocateRequest.of(
                            Attributes.of(
                                TtlvBinder.encode(
                                    Tag.NAME, dev.arca.kmip.attribute.Name.of(name)))))),
                RequestBatchItem.of(Operation.GET, Payloads.encode(GetRequest.ofIdPlaceholder()))));
    ResponseMessage response = client.call(batch);
    assertThat(response.batchItems()).hasSize(2);
    assertThat(response.batchItems().get(1).resultStatus())
        .isEqualTo(dev.arca.kmip.enums.ResultStatus.SUCCESS);
  }

  @Test
  void unknownObjectsAreObjectNotFound() {
    assertThatThrownBy(() -> client.getAttributes("no-such-id"))
        .isInstanceOfSatisfying(
            KmipClientException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.OBJECT_NOT_FOUND))
        .hasMessageStartingWith("Get Attributes failed: Object Not Found");
  }

  @Test
  void kmip14ClientSeesTheSameKeys() throws Exception {
    try (KmipClient v14 =
        KmipClient.builder().bundle(node.bundle()).protocolVersion(KmipVersion.V1_4).build()) {
      String name = "it-v14-" + System.nanoTime();
      String id =
          v14.createSymmetricKey(
              name, CryptographicAlgorithm.AES, 128, CryptographicUsageMask.ENCRYPT);
      assertThat(v14.locate(KeyQuery.byName(name))).containsExactly(id);
      Attributes a = v14.getAttributes(id);
      assertThat(a.cryptographicLength()).hasValue(128);
      assertThat(ArcaAttributes.version(a)).hasValue(0);
      String v1 = v14.rekey(id);
      assertThat(v14.locate(KeyQuery.byName(name).version(1))).containsExactly(v1);
      assertThat(client.locate(KeyQuery.byName(name).allVersions())).contains(id, v1);
      assertThat(v14.getAttributeList(id)).contains(AttributeReference.of(Tag.NAME));
    }
  }

  @Test
  void failsOverToTheSecondAddressWhenTheFirstIsDown() throws Exception {
    String down;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      down = "127.0.0.1:" + s.getLocalPort();
    }
    try (KmipClient failover =
        KmipClient.builder()
            .bundle(node.bundle())
            .addresses(List.of(down, address()))
            .connectTimeout(Duration.ofSeconds(2))
            .build()) {
      String id = failover.createSymmetricKey(null, CryptographicAlgorithm.AES, 256);
      assertThat(failover.getAttributes(id).cryptographicLength()).hasValue(256);
    }
  }

  @Test
  void failsOverWhenTheNodeInUseGoesDown() throws Exception {
    InetSocketAddress target = new InetSocketAddress("127.0.0.1", node.port());
    TcpProxy first = new TcpProxy(target);
    try (TcpProxy second = new TcpProxy(target);
        KmipClient failover =
            KmipClient.builder()
                .bundle(node.bundle())
                .addresses(List.of(first.address(), second.address()))
                .connectTimeout(Duration.ofSeconds(2))
                .readTimeout(Duration.ofSeconds(5))
                .build()) {
      String name = "it-failover-" + System.nanoTime();
      String id = failover.createSymmetricKey(name, CryptographicAlgorithm.AES, 256);

      first.close();

      // A read on the broken pooled connection is retried; new connections go to the second.
      assertThat(failover.locate(KeyQuery.byName(name))).containsExactly(id);
      String other = failover.createSymmetricKey(null, CryptographicAlgorithm.AES, 128);
      assertThat(failover.getAttributes(other).cryptographicLength()).hasValue(128);
    } finally {
      first.close();
    }
  }
}
