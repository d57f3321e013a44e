package dev.arca.server.operation;

import static dev.arca.server.operation.ObjectRequests.V14;
import static dev.arca.server.operation.ObjectRequests.V21;
import static dev.arca.server.operation.ObjectRequests.aes;
import static dev.arca.server.operation.ObjectRequests.create;
import static dev.arca.server.operation.ObjectRequests.createKey;
import static dev.arca.server.operation.ObjectRequests.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.Link;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.attribute.ProtectionStorageMasks;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.LinkType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ProtectionStorageMask;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.SecretDataType;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.object.KeyBlock;
import dev.arca.kmip.object.KeyValue;
import dev.arca.kmip.object.SecretData;
import dev.arca.kmip.object.SymmetricKey;
import dev.arca.kmip.payload.CreateKeyPairRequest;
import dev.arca.kmip.payload.CreateKeyPairResponse;
import dev.arca.kmip.payload.CreateRequest;
import dev.arca.kmip.payload.CreateResponse;
import dev.arca.kmip.payload.GetAttributesRequest;
import dev.arca.kmip.payload.GetAttributesResponse;
import dev.arca.kmip.payload.GetRequest;
import dev.arca.kmip.payload.GetResponse;
import dev.arca.kmip.payload.ReKeyKeyPairRequest;
import dev.arca.kmip.payload.ReKeyKeyPairResponse;
import dev.arca.kmip.payload.ReKeyRequest;
import dev.arca.kmip.payload.ReKeyResponse;
import dev.arca.kmip.payload.RegisterRequest;
import dev.arca.kmip.payload.RegisterResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.DispatcherFixture;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Create, Create Key Pair, Register, Re-key and Re-key Key Pair in KMIP 1.4 and 2.1. */
class CreationHandlersTest {

  private static final byte[] KEY = HexFormat.of().parseHex("0123456789abcdef0123456789abcdef");

  private final DispatcherFixture server = DispatcherFixture.start();

  @AfterEach
  void close() {
    server.close();
  }

  private Attributes attributes(KmipVersion v, String id, AttributeReference... wanted)
      throws Exception {
    return server
        .ok(v, GetAttributesRequest.of(id, wanted), GetAttributesResponse.class)
        .normalizedAttributes();
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void createMakesAnAesKeyOwnedByTheCaller(KmipVersion v) throws Exception {
    CreateResponse r =
        server.ok(v, create(v, ObjectType.SYMMETRIC_KEY, aes("created")), CreateResponse.class);
    assertThat(r.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
    assertThat(r.templateAttribute()).isEmpty();
    Attributes a = attributes(v, r.uniqueIdentifier(), AttributeReference.of(Tag.NAME));
    assertThat(a.names()).containsExactly(Name.of("created"));
    server.actAs("bob");
    assertThat(reason(server.call(v, GetRequest.of(r.uniqueIdentifier())))).isNotNull();
  }

  @Test
  void createRefusalsInEachVersion() {
    // Create makes symmetric keys and secret data (1.4 Table 328, 2.1 §6.1.8).
    CreateRequest privateKey14 = create(V14, ObjectType.PRIVATE_KEY, aes(null));
    CreateRequest privateKey21 = create(V21, ObjectType.PRIVATE_KEY, aes(null));
    assertThat(reason(server.call(V14, privateKey14))).isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(reason(server.call(V21, privateKey21))).isEqualTo(ResultReason.INVALID_OBJECT_TYPE);

    createKey(server, V21, "taken");
    assertThat(reason(server.call(V14, create(V14, ObjectType.SYMMETRIC_KEY, aes("taken")))))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(reason(server.call(V21, create(V21, ObjectType.SYMMETRIC_KEY, aes("taken")))))
        .isEqualTo(ResultReason.NON_UNIQUE_NAME_ATTRIBUTE);

    // Arca keeps no Template objects.
    CreateRequest withTemplate =
        CreateRequest.of(
            ObjectType.SYMMETRIC_KEY, new TemplateAttribute(List.of(Name.of("gold")), List.of()));
    assertThat(reason(server.call(V14, withTemplate))).isEqualTo(ResultReason.ITEM_NOT_FOUND);

    CreateRequest hardwareOnly =
        new CreateRequest(
            ObjectType.SYMMETRIC_KEY,
            Optional.empty(),
            Optional.of(aes(null)),
            Optional.of(ProtectionStorageMasks.of(ProtectionStorageMask.HARDWARE.code())));
    assertThat(reason(server.call(V21, hardwareOnly)))
        .isEqualTo(ResultReason.PROTECTION_STORAGE_UNAVAILABLE);
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void createKeyPairLinksTheKeysAndSetsTheIdPlaceholderToThePrivateKey(KmipVersion v)
      throws Exception {
    Attributes common =
        Attributes.of(
            Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.RSA.code()),
            Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 2048));
    Attributes priv =
        Attributes.of(
            Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.SIGN.code()));
    Attributes pub =
        Attributes.of(
            Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.VERIFY.code()));
    CreateKeyPairRequest request =
        v.isV2()
            ? CreateKeyPairRequest.of(common, priv, pub)
            : CreateKeyPairRequest.of(
                AttributeConversion.toTemplateAttribute(common),
                AttributeConversion.toTemplateAttribute(priv),
                AttributeConversion.toTemplateAttribute(pub));
    ResponseMessage r =
        server.exchange(
            v,
            request,
            new GetAttributesRequest(
                Optional.empty(),
                List.of(),
                List.of(AttributeReference.of(Tag.OBJECT_TYPE), AttributeReference.of(Tag.LINK))));
    CreateKeyPairResponse pair =
        DispatcherFixture.payload(r.batchItems().get(0), CreateKeyPairResponse.class);
    Attributes placeholder =
        DispatcherFixture.payload(r.batchItems().get(1), GetAttributesResponse.class)
            .normalizedAttributes();
    assertThat(placeholder.objectType()).contains(ObjectType.PRIVATE_KEY);
    assertThat(placeholder.all(Tag.LINK, Link.class))
        .containsExactly(Link.of(LinkType.PUBLIC_KEY_LINK, pair.publicKeyUniqueIdentifier()));
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void registerStoresTheClientsKeyAndGetReturnsItAsRegistered(KmipVersion v) throws Exception {
    SymmetricKey key =
        new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, KEY, CryptographicAlgorithm.AES, 128));
    Attributes mask =
        Attributes.of(
            Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.ENCRYPT.code()));
    RegisterRequest request =
        v.isV2()
            ? RegisterRequest.of(mask, key)
            : RegisterRequest.of(AttributeConversion.toTemplateAttribute(mask), key);
    String id = server.ok(v, request, RegisterResponse.class).uniqueIdentifier();
    SymmetricKey back =
        (SymmetricKey) server.ok(v, GetRequest.of(id), GetResponse.class).managedObject();
    assertThat(back.keyBlock().keyMaterialBytes().orElseThrow()).isEqualTo(KEY);
    assertThat(back.keyBlock().cryptographicLength()).contains(128);
  }

  @Test
  void registerRefusesAttributesThatContradictTheKeyBlock() {
    SymmetricKey key =
        new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, KEY, CryptographicAlgorithm.AES, 128));
    Attributes wrongLength = Attributes.of(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256));
    assertThat(reason(server.call(V21, RegisterRequest.of(wrongLength, key))))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void registerTakesSecretData() throws Exception {
    SecretData password =
        new SecretData(
            SecretDataType.PASSWORD,
            KeyBlock.of(
                KeyFormatType.OPAQUE,
                KeyValue.of("correct horse".getBytes(StandardCharsets.US_ASCII)),
                Optional.empty(),
                Optional.empty()));
    String id =
        server
            .ok(V21, RegisterRequest.of(Attributes.empty(), password), RegisterResponse.class)
            .uniqueIdentifier();
    SecretData back =
        (SecretData) server.ok(V21, GetRequest.of(id), GetResponse.class).managedObject();
    assertThat(back.secretDataType()).isEqualTo(SecretDataType.PASSWORD);
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void reKeyMakesTheNextVersionLinkedToTheOld(KmipVersion v) throws Exception {
    String old = createKey(server, v, "rotated-" + v);
    ReKeyResponse r = server.ok(v, ReKeyRequest.of(old), ReKeyResponse.class);
    assertThat(r.uniqueIdentifier()).isNotEqualTo(old);
    Attributes next =
        attributes(
            v,
            r.uniqueIdentifier(),
            AttributeReference.of(Tag.NAME),
            AttributeReference.of(Tag.LINK));
    assertThat(next.names()).containsExactly(Name.of("rotated-" + v));
    assertThat(next.all(Tag.LINK, Link.class))
        .contains(Link.of(LinkType.REPLACED_OBJECT_LINK, old));
  }

  @Test
  void reKeyRefusesAnOffsetTogetherWithTheDatesItSets() {
    String old = createKey(server, V21, null);
    ReKeyRequest request =
        new ReKeyRequest(
            Optional.of(UniqueIdentifierValue.of(old)),
            Optional.of(Duration.ofHours(1)),
            Optional.empty(),
            Optional.of(Attributes.of(Ttlv.dateTime(Tag.ACTIVATION_DATE, Instant.now()))),
            Optional.empty());
    assertThat(reason(server.call(V21, request))).isEqualTo(ResultReason.INVALID_MESSAGE);
  }

  @Test
  void reKeyKeyPairReplacesBothKeys() throws Exception {
    Attributes common =
        Attributes.of(
            Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.EC.code()),
            Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256));
    CreateKeyPairResponse pair =
        server.ok(
            V21,
            CreateKeyPairRequest.of(common, Attributes.empty(), Attributes.empty()),
            CreateKeyPairResponse.class);
    ReKeyKeyPairResponse r =
        server.ok(
            V21,
            ReKeyKeyPairRequest.of(pair.privateKeyUniqueIdentifier()),
            ReKeyKeyPairResponse.class);
    assertThat(r.privateKeyUniqueIdentifier()).isNotEqualTo(pair.privateKeyUniqueIdentifier());
    assertThat(r.publicKeyUniqueIdentifier()).isNotEqualTo(pair.publicKeyUniqueIdentifier());
    assertThat(
            attributes(V21, r.privateKeyUniqueIdentifier(), AttributeReference.of(Tag.LINK))
                .all(Tag.LINK, Link.class))
        .contains(
            Link.of(LinkType.PUBLIC_KEY_LINK, r.publicKeyUniqueIdentifier()),
            Link.of(LinkType.REPLACED_OBJECT_LINK, pair.privateKeyUniqueIdentifier()));
  }
}
