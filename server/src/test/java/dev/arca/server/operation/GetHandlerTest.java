package dev.arca.server.operation;

import static dev.arca.server.operation.ObjectRequests.V14;
import static dev.arca.server.operation.ObjectRequests.V21;
import static dev.arca.server.operation.ObjectRequests.createKey;
import static dev.arca.server.operation.ObjectRequests.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.access.Caller;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.core.crypto.KeyWrapAlgorithm;
import dev.arca.core.crypto.PrivateKeyMaterial;
import dev.arca.core.crypto.RsaEncryptionSpec;
import dev.arca.core.crypto.SecretKeyMaterial;
import dev.arca.core.crypto.SymmetricAlgorithm;
import dev.arca.core.key.ClearMaterial;
import dev.arca.core.key.MaterialUse;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.KeyCompressionType;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.object.EncryptionKeyInformation;
import dev.arca.kmip.object.KeyBlock;
import dev.arca.kmip.object.KeyValue;
import dev.arca.kmip.object.KeyWrappingSpecification;
import dev.arca.kmip.object.SymmetricKey;
import dev.arca.kmip.payload.ActivateRequest;
import dev.arca.kmip.payload.ActivateResponse;
import dev.arca.kmip.payload.CreateKeyPairRequest;
import dev.arca.kmip.payload.CreateKeyPairResponse;
import dev.arca.kmip.payload.DestroyRequest;
import dev.arca.kmip.payload.DestroyResponse;
import dev.arca.kmip.payload.GetAttributesRequest;
import dev.arca.kmip.payload.GetAttributesResponse;
import dev.arca.kmip.payload.GetRequest;
import dev.arca.kmip.payload.GetResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.server.testing.DispatcherFixture;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Get: formats, the listener's export rule, refusals, and wrapping under a managed key. */
class GetHandlerTest {

  private static final Caller ALICE = Caller.of(DispatcherFixture.USER);

  private final DispatcherFixture server = DispatcherFixture.start();
  private final CryptoService crypto = new CryptoService(CryptoModule.instance());

  @AfterEach
  void close() {
    server.close();
  }

  private static GetRequest get(
      String id,
      Optional<KeyFormatType> format,
      Optional<KeyCompressionType> compression,
      Optional<KeyWrappingSpecification> wrapping) {
    return new GetRequest(
        Optional.of(UniqueIdentifierValue.of(id)), format, Optional.empty(), compression, wrapping);
  }

  private KeyBlock keyBlock(KmipVersion v, GetRequest request) throws Exception {
    return ((SymmetricKey) server.ok(v, request, GetResponse.class).managedObject()).keyBlock();
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void returnsTheKeyInItsFormatOrTheOneAskedFor(KmipVersion v) throws Exception {
    String id = createKey(server, v, null);
    KeyBlock raw = keyBlock(v, GetRequest.of(id));
    assertThat(raw.keyFormatType()).isEqualTo(KeyFormatType.RAW);
    assertThat(raw.keyMaterialBytes().orElseThrow()).hasSize(32);
    assertThat(raw.cryptographicAlgorithm()).contains(CryptographicAlgorithm.AES);

    KeyBlock transparent =
        keyBlock(
            v,
            get(
                id,
                Optional.of(KeyFormatType.TRANSPARENT_SYMMETRIC_KEY),
                Optional.empty(),
                Optional.empty()));
    assertThat(transparent.keyFormatType()).isEqualTo(KeyFormatType.TRANSPARENT_SYMMETRIC_KEY);

    assertThat(
            reason(
                server.call(
                    v,
                    get(
                        id,
                        Optional.of(KeyFormatType.PKCS_8),
                        Optional.empty(),
                        Optional.empty()))))
        .isEqualTo(ResultReason.KEY_FORMAT_TYPE_NOT_SUPPORTED);
    assertThat(
            reason(
                server.call(
                    v,
                    get(
                        id,
                        Optional.empty(),
                        Optional.of(KeyCompressionType.EC_PUBLIC_KEY_TYPE_UNCOMPRESSED),
                        Optional.empty()))))
        .isEqualTo(ResultReason.KEY_COMPRESSION_TYPE_NOT_SUPPORTED);
  }

  @Test
  void theFirstGetClearsFresh() throws Exception {
    String id = createKey(server, V21, null);
    server.ok(V21, GetRequest.of(id), GetResponse.class);
    GetAttributesResponse r =
        server.ok(
            V21,
            GetAttributesRequest.of(id, AttributeReference.of(Tag.FRESH)),
            GetAttributesResponse.class);
    assertThat(r.attributes().orElseThrow().items()).containsExactly(Ttlv.bool(Tag.FRESH, false));
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void aListenerThatForbidsExportRefusesEveryKey(KmipVersion v) throws Exception {
    String secret = createKey(server, v, null);
    String[] pair = rsaPair(v);
    server.allowKeyExport(false);
    var refused = server.call(v, GetRequest.of(secret));
    assertThat(reason(refused)).isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(refused.resultMessage().orElseThrow()).contains("allow-key-export");
    assertThat(reason(server.call(v, GetRequest.of(pair[0]))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(reason(server.call(v, GetRequest.of(pair[1]))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    server.allowKeyExport(true);
    assertThat(server.ok(v, GetRequest.of(pair[1]), GetResponse.class).uniqueIdentifier())
        .isEqualTo(pair[1]);
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void sensitiveAndNonExtractableKeysAreNotReturned(KmipVersion v) {
    String sensitive = createKey(server, v, null, Ttlv.bool(Tag.SENSITIVE, true));
    String kept = createKey(server, v, null, Ttlv.bool(Tag.EXTRACTABLE, false));
    assertThat(reason(server.call(v, GetRequest.of(sensitive)))).isEqualTo(ResultReason.SENSITIVE);
    assertThat(reason(server.call(v, GetRequest.of(kept)))).isEqualTo(ResultReason.NOT_EXTRACTABLE);
  }

  @Test
  void aDestroyedKeyIsObjectDestroyedIn21AndKeyValueNotPresentIn14() {
    String id = createKey(server, V21, null);
    server.ok(V21, DestroyRequest.of(id), DestroyResponse.class);
    assertThat(reason(server.call(V21, GetRequest.of(id))))
        .isEqualTo(ResultReason.OBJECT_DESTROYED);
    assertThat(reason(server.call(V14, GetRequest.of(id))))
        .isEqualTo(ResultReason.KEY_VALUE_NOT_PRESENT);
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void wrapsUnderAnAesKeyWithAesKeyWrap(KmipVersion v) throws Exception {
    String target = createKey(server, v, null);
    byte[] plain = keyBlock(v, GetRequest.of(target)).keyMaterialBytes().orElseThrow();
    String kek =
        createKey(
            server,
            v,
            null,
            Ttlv.integer(
                Tag.CRYPTOGRAPHIC_USAGE_MASK,
                CryptographicUsageMask.WRAP_KEY.code() | CryptographicUsageMask.UNWRAP_KEY.code()));
    server.ok(v, ActivateRequest.of(kek), ActivateResponse.class);

    KeyBlock wrapped =
        keyBlock(
            v,
            get(
                target,
                Optional.empty(),
                Optional.empty(),
                Optional.of(
                    KeyWrappingSpecification.encryptWith(EncryptionKeyInformation.of(kek)))));
    assertThat(wrapped.isWrapped()).isTrue();
    assertThat(
            wrapped
                .keyWrappingData()
                .orElseThrow()
                .encryptionKeyInformation()
                .orElseThrow()
                .uniqueIdentifier())
        .isEqualTo(kek);

    ClearMaterial kekBytes = server.keys().openMaterial(ALICE, kek, MaterialUse.PROTECT);
    SecretKeyMaterial key = SecretKeyMaterial.of(SymmetricAlgorithm.AES, kekBytes.bytes());
    byte[] encoded =
        crypto.unwrap(key, KeyWrapAlgorithm.AES_KW, wrapped.wrappedKeyValue().orElseThrow());
    KeyValue value = TtlvBinder.decode(KeyValue.class, new TtlvDecoder().decode(encoded));
    assertThat(value.keyMaterialBytes().orElseThrow()).isEqualTo(plain);
  }

  @Test
  void wrapsUnderAnRsaPublicKeyWithOaep() throws Exception {
    String target = createKey(server, V21, null);
    byte[] plain = keyBlock(V21, GetRequest.of(target)).keyMaterialBytes().orElseThrow();
    String[] pair = rsaPair(V21);
    server.ok(V21, ActivateRequest.of(pair[0]), ActivateResponse.class);
    server.ok(V21, ActivateRequest.of(pair[1]), ActivateResponse.class);

    KeyBlock wrapped =
        keyBlock(
            V21,
            get(
                target,
                Optional.empty(),
                Optional.empty(),
                Optional.of(
                    KeyWrappingSpecification.encryptWith(EncryptionKeyInformation.of(pair[1])))));
    ClearMaterial pkcs8 = server.keys().openMaterial(ALICE, pair[0], MaterialUse.PROCESS);
    PrivateKeyMaterial priv = PrivateKeyMaterial.fromPkcs8(pkcs8.bytes());
    byte[] encoded =
        crypto.decrypt(
            priv,
            RsaEncryptionSpec.oaep(DigestAlgorithm.SHA256),
            wrapped.wrappedKeyValue().orElseThrow());
    KeyValue value = TtlvBinder.decode(KeyValue.class, new TtlvDecoder().decode(encoded));
    assertThat(value.keyMaterialBytes().orElseThrow()).isEqualTo(plain);
  }

  @Test
  void theWrappingKeyMustAllowWrapKeyAndExist() {
    String target = createKey(server, V21, null);
    String notForWrapping = createKey(server, V21, null);
    server.ok(V21, ActivateRequest.of(notForWrapping), ActivateResponse.class);
    KeyWrappingSpecification bad =
        KeyWrappingSpecification.encryptWith(EncryptionKeyInformation.of(notForWrapping));
    assertThat(
            reason(
                server.call(
                    V21, get(target, Optional.empty(), Optional.empty(), Optional.of(bad)))))
        .isEqualTo(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK);
    assertThat(
            reason(
                server.call(
                    V14, get(target, Optional.empty(), Optional.empty(), Optional.of(bad)))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    KeyWrappingSpecification missing =
        KeyWrappingSpecification.encryptWith(EncryptionKeyInformation.of("no-such-key"));
    assertThat(
            reason(
                server.call(
                    V21, get(target, Optional.empty(), Optional.empty(), Optional.of(missing)))))
        .isEqualTo(ResultReason.WRAPPING_OBJECT_NOT_FOUND);
    assertThat(
            reason(
                server.call(
                    V14, get(target, Optional.empty(), Optional.empty(), Optional.of(missing)))))
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
  }

  /** An RSA-2048 pair for wrapping: {private, public}. */
  private String[] rsaPair(KmipVersion v) throws Exception {
    Attributes common =
        Attributes.of(
            Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.RSA.code()),
            Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 2048));
    Attributes priv =
        Attributes.of(
            Ttlv.integer(
                Tag.CRYPTOGRAPHIC_USAGE_MASK,
                CryptographicUsageMask.UNWRAP_KEY.code() | CryptographicUsageMask.DECRYPT.code()));
    Attributes pub =
        Attributes.of(
            Ttlv.integer(
                Tag.CRYPTOGRAPHIC_USAGE_MASK,
                CryptographicUsageMask.WRAP_KEY.code() | CryptographicUsageMask.ENCRYPT.code()));
    CreateKeyPairRequest request =
        v.isV2()
            ? CreateKeyPairRequest.of(common, priv, pub)
            : CreateKeyPairRequest.of(
                AttributeConversion.toTemplateAttribute(common),
                AttributeConversion.toTemplateAttribute(priv),
                AttributeConversion.toTemplateAttribute(pub));
    CreateKeyPairResponse r = server.ok(v, request, CreateKeyPairResponse.class);
    return new String[] {r.privateKeyUniqueIdentifier(), r.publicKeyUniqueIdentifier()};
  }
}
