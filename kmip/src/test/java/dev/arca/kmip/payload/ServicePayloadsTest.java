package dev.arca.kmip.payload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.kmip.ItemType;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.attribute.ProtectionStorageMasks;
import dev.arca.kmip.attribute.RevocationReason;
import dev.arca.kmip.attribute.RngParameters;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.AttestationType;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CancellationResult;
import dev.arca.kmip.enums.ClientRegistrationMethod;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.Data;
import dev.arca.kmip.enums.DestroyAction;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ProfileName;
import dev.arca.kmip.enums.QueryFunction;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.RngAlgorithm;
import dev.arca.kmip.enums.RngMode;
import dev.arca.kmip.enums.ShreddingAlgorithm;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.enums.UnwrapMode;
import dev.arca.kmip.enums.ValidationAuthorityType;
import dev.arca.kmip.enums.ValidationType;
import dev.arca.kmip.enums.ValidityIndicator;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-built round trips of the service operation payloads: record → tree → binary TTLV → tree →
 * record gives the same record and the same bytes; trees written in the specification's field order
 * re-encode unchanged; and no {@code toString()} shows data bytes.
 */
class ServicePayloadsTest {

  private static final TtlvEncoder ENCODER = new TtlvEncoder();
  private static final Instant WHEN = Instant.parse("2024-05-06T07:08:09Z");
  private static final byte[] SECRET =
      "attack at dawn, bring the keys".getBytes(StandardCharsets.UTF_8);
  private static final byte[] IV = bytes(12, 0x11);
  private static final byte[] AAD = bytes(20, 0x22);
  private static final byte[] AE_TAG = bytes(16, 0x33);
  private static final byte[] CORRELATION = bytes(8, 0x44);
  private static final CryptographicParameters AES_GCM =
      CryptographicParameters.builder()
          .blockCipherMode(BlockCipherMode.GCM)
          .ivLength(96)
          .tagLength(16)
          .build();

  private static byte[] bytes(int length, int fill) {
    byte[] b = new byte[length];
    for (int i = 0; i < length; i++) {
      b[i] = (byte) (fill + i);
    }
    return b;
  }

  /**
   * Encodes {@code record}, writes and reads binary TTLV, decodes it again and checks that nothing
   * changed: the bytes of the second encoding, and every field, arrays by content.
   */
  private static <R extends Record> R roundTrip(Class<R> type, R record) throws Exception {
    byte[] wire = ENCODER.encode(TtlvBinder.encode(record));
    R back = TtlvBinder.decode(type, new TtlvDecoder().decode(wire));
    assertThat(ENCODER.encode(TtlvBinder.encode(back))).isEqualTo(wire);
    assertThat(back).usingRecursiveComparison().isEqualTo(record);
    return back;
  }

  /** A tree written in the specification's field order decodes and re-encodes to itself. */
  private static <R extends Record> R keepsOrder(Class<R> type, TtlvStructure tree)
      throws Exception {
    R record = TtlvBinder.decode(type, tree);
    assertThat(ENCODER.encode(TtlvBinder.encode(record))).isEqualTo(ENCODER.encode(tree));
    return record;
  }

  private static TtlvStructure request(Ttlv... items) {
    return Ttlv.structure(Tag.REQUEST_PAYLOAD, items);
  }

  private static TtlvStructure response(Ttlv... items) {
    return Ttlv.structure(Tag.RESPONSE_PAYLOAD, items);
  }

  private static ResultReason reasonOf(Class<? extends Record> type, Ttlv tree) {
    try {
      TtlvBinder.decode(type, tree);
    } catch (KmipException e) {
      return e.reason();
    }
    throw new AssertionError(type.getSimpleName() + " accepted " + tree);
  }

  // Activate, Destroy, Archive, Recover, Obtain Lease: a Unique Identifier and nothing else

  @Test
  void requestsCarryTheIdentifierInEveryForm() throws Exception {
    for (UniqueIdentifierValue id :
        List.of(
            UniqueIdentifierValue.of("key-1"),
            UniqueIdentifierValue.of(UniqueIdentifier.ID_PLACEHOLDER),
            UniqueIdentifierValue.ofIndex(-1))) {
      roundTrip(ActivateRequest.class, new ActivateRequest(Optional.of(id)));
      roundTrip(DestroyRequest.class, new DestroyRequest(Optional.of(id)));
      roundTrip(ArchiveRequest.class, new ArchiveRequest(Optional.of(id)));
      roundTrip(RecoverRequest.class, new RecoverRequest(Optional.of(id)));
      roundTrip(ObtainLeaseRequest.class, new ObtainLeaseRequest(Optional.of(id)));
      roundTrip(
          RevokeRequest.class, new RevokeRequest(Optional.of(id), reason(), Optional.empty()));
      roundTrip(
          GetUsageAllocationRequest.class, new GetUsageAllocationRequest(Optional.of(id), 10));
    }
  }

  private RevocationReason reason() {
    return RevocationReason.of(RevocationReasonCode.CESSATION_OF_OPERATION);
  }

  @Test
  void withoutAnIdentifierThePayloadIsEmpty() throws Exception {
    for (Record r :
        List.of(
            ActivateRequest.ofIdPlaceholder(),
            DestroyRequest.ofIdPlaceholder(),
            ArchiveRequest.ofIdPlaceholder(),
            RecoverRequest.ofIdPlaceholder(),
            ObtainLeaseRequest.ofIdPlaceholder())) {
      assertThat(TtlvBinder.encode(r)).isEqualTo(request());
    }
    assertThat(TtlvBinder.decode(ActivateRequest.class, request()).uniqueIdentifier()).isEmpty();
  }

  @Test
  void factoriesSendTheIdentifierAsText() throws Exception {
    TtlvStructure expected = request(Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"));
    assertThat(TtlvBinder.encode(ActivateRequest.of("key-1"))).isEqualTo(expected);
    assertThat(TtlvBinder.encode(DestroyRequest.of("key-1"))).isEqualTo(expected);
    assertThat(TtlvBinder.encode(ArchiveRequest.of("key-1"))).isEqualTo(expected);
    assertThat(TtlvBinder.encode(RecoverRequest.of("key-1"))).isEqualTo(expected);
    assertThat(TtlvBinder.encode(ObtainLeaseRequest.of("key-1"))).isEqualTo(expected);
    ActivateRequest back = roundTrip(ActivateRequest.class, ActivateRequest.of("key-1"));
    assertThat(back.uniqueIdentifier().flatMap(UniqueIdentifierValue::text)).contains("key-1");
  }

  @Test
  void responsesNameTheObject() throws Exception {
    roundTrip(ActivateResponse.class, new ActivateResponse("key-1"));
    roundTrip(DestroyResponse.class, new DestroyResponse("key-1"));
    roundTrip(ArchiveResponse.class, new ArchiveResponse("key-1"));
    roundTrip(RecoverResponse.class, new RecoverResponse("key-1"));
    roundTrip(RevokeResponse.class, new RevokeResponse("key-1"));
    roundTrip(GetUsageAllocationResponse.class, new GetUsageAllocationResponse("key-1"));
    assertThat(reasonOf(ActivateResponse.class, response()))
        .isEqualTo(ResultReason.INVALID_MESSAGE);
  }

  @Test
  void anUnknownFieldIsAnInvalidMessage() {
    TtlvStructure tree =
        request(
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"), Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 1));
    assertThat(reasonOf(ActivateRequest.class, tree)).isEqualTo(ResultReason.INVALID_MESSAGE);
  }

  @Test
  void anIdentifierOfAnotherItemTypeIsRefused() {
    TtlvStructure tree = request(Ttlv.bytes(Tag.UNIQUE_IDENTIFIER, new byte[] {1}));
    assertThat(reasonOf(DestroyRequest.class, tree)).isEqualTo(ResultReason.INVALID_MESSAGE);
  }

  // Obtain Lease and Get Usage Allocation

  @Test
  void obtainLeaseResponseKeepsIntervalAndDate() throws Exception {
    ObtainLeaseResponse r =
        roundTrip(
            ObtainLeaseResponse.class, new ObtainLeaseResponse("key-1", Duration.ofHours(1), WHEN));
    assertThat(r.leaseTime()).isEqualTo(Duration.ofSeconds(3600));
    assertThat(r.lastChangeDate()).isEqualTo(WHEN);
    keepsOrder(
        ObtainLeaseResponse.class,
        response(
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
            Ttlv.interval(Tag.LEASE_TIME, Duration.ZERO),
            Ttlv.dateTime(Tag.LAST_CHANGE_DATE, WHEN)));
  }

  @Test
  void leaseTimeMustFitAnInterval() {
    assertThatThrownBy(() -> new ObtainLeaseResponse("k", Duration.ofSeconds(-1), WHEN))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ObtainLeaseResponse("k", Duration.ofSeconds(1L << 32), WHEN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void getUsageAllocationCountsInLongIntegers() throws Exception {
    GetUsageAllocationRequest r =
        keepsOrder(
            GetUsageAllocationRequest.class,
            request(
                Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
                Ttlv.longInteger(Tag.USAGE_LIMITS_COUNT, 5_000_000_000L)));
    assertThat(r.usageLimitsCount()).isEqualTo(5_000_000_000L);
    roundTrip(GetUsageAllocationRequest.class, GetUsageAllocationRequest.of("key-1", 1));
    TtlvStructure negative = request(Ttlv.longInteger(Tag.USAGE_LIMITS_COUNT, -1));
    assertThat(reasonOf(GetUsageAllocationRequest.class, negative))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(reasonOf(GetUsageAllocationRequest.class, request()))
        .isEqualTo(ResultReason.INVALID_MESSAGE);
  }

  // Revoke

  @Test
  void keyCompromiseCarriesTheOccurrenceDate() throws Exception {
    RevokeRequest r =
        keepsOrder(
            RevokeRequest.class,
            request(
                Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
                Ttlv.structure(
                    Tag.REVOCATION_REASON,
                    Ttlv.enumeration(
                        Tag.REVOCATION_REASON_CODE, RevocationReasonCode.KEY_COMPROMISE.code()),
                    Ttlv.text(Tag.REVOCATION_MESSAGE, "laptop stolen")),
                Ttlv.dateTime(Tag.COMPROMISE_OCCURRENCE_DATE, WHEN)));
    assertThat(r.isCompromise()).isTrue();
    assertThat(r.revocationReason().revocationMessage()).contains("laptop stolen");
    assertThat(r.compromiseOccurrenceDate()).contains(WHEN);
    roundTrip(RevokeRequest.class, RevokeRequest.ofKeyCompromise("key-1", WHEN));
  }

  @Test
  void otherReasonsDeactivate() throws Exception {
    RevokeRequest r =
        roundTrip(RevokeRequest.class, RevokeRequest.of("key-1", RevocationReasonCode.SUPERSEDED));
    assertThat(r.isCompromise()).isFalse();
    assertThat(r.compromiseOccurrenceDate()).isEmpty();
  }

  @Test
  void anOccurrenceDateNeedsACompromise() {
    TtlvStructure tree =
        request(
            Ttlv.structure(
                Tag.REVOCATION_REASON,
                Ttlv.enumeration(
                    Tag.REVOCATION_REASON_CODE, RevocationReasonCode.SUPERSEDED.code())),
            Ttlv.dateTime(Tag.COMPROMISE_OCCURRENCE_DATE, WHEN));
    assertThat(reasonOf(RevokeRequest.class, tree)).isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(reasonOf(RevokeRequest.class, request(Ttlv.text(Tag.UNIQUE_IDENTIFIER, "k"))))
        .isEqualTo(ResultReason.INVALID_MESSAGE);
  }

  // Discover Versions

  @Test
  void versionsKeepTheirOrderOfPreference() throws Exception {
    DiscoverVersionsRequest r =
        roundTrip(
            DiscoverVersionsRequest.class,
            DiscoverVersionsRequest.of(
                ProtocolVersion.of(KmipVersion.V2_1),
                ProtocolVersion.of(KmipVersion.V1_4),
                ProtocolVersion.of(KmipVersion.V1_0)));
    assertThat(r.protocolVersions())
        .extracting(ProtocolVersion::toString)
        .containsExactly("2.1", "1.4", "1.0");
    roundTrip(
        DiscoverVersionsResponse.class,
        DiscoverVersionsResponse.of(ProtocolVersion.of(KmipVersion.V1_4)));
  }

  @Test
  void anEmptyListIsAllowedBothWays() throws Exception {
    assertThat(TtlvBinder.decode(DiscoverVersionsRequest.class, request()).protocolVersions())
        .isEmpty();
    assertThat(TtlvBinder.decode(DiscoverVersionsResponse.class, response()).protocolVersions())
        .isEmpty();
  }

  // Query

  @Test
  void requestNeedsAQueryFunction() throws Exception {
    QueryRequest r =
        roundTrip(
            QueryRequest.class,
            new QueryRequest(
                List.of(QueryFunction.QUERY_OPERATIONS, QueryFunction.QUERY_OBJECTS),
                Optional.of(ObjectGroups.of("finance", "hr"))));
    assertThat(r.asks(QueryFunction.QUERY_OBJECTS)).isTrue();
    assertThat(r.asks(QueryFunction.QUERY_PROFILES)).isFalse();
    assertThat(reasonOf(QueryRequest.class, request())).isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(TtlvBinder.encode(QueryRequest.of(QueryFunction.QUERY_SERVER_INFORMATION)))
        .isEqualTo(
            request(
                Ttlv.enumeration(
                    Tag.QUERY_FUNCTION, QueryFunction.QUERY_SERVER_INFORMATION.code())));
  }

  @Test
  void everyFieldOfEveryVersionRoundTrips() throws Exception {
    Attributes aes256 =
        Attributes.of(
            Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()),
            Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256));
    QueryResponse full =
        QueryResponse.builder()
            .operations(List.of(Operation.CREATE, Operation.QUERY))
            .objectTypes(List.of(ObjectType.SYMMETRIC_KEY))
            .vendorIdentification("Arca")
            .serverInformation(List.of(Ttlv.text(Tag.VENDOR_IDENTIFICATION, "build 7")))
            .applicationNamespaces(List.of("ns-a", "ns-b"))
            .extensionInformation(
                List.of(
                    ExtensionInformation.of("x-list-only"),
                    ExtensionInformation.of(
                        "x-v1", 0x540001, ItemType.TEXT_STRING, KmipVersion.V1_4),
                    ExtensionInformation.of(
                        "x-v2", 0x540002, ItemType.BYTE_STRING, KmipVersion.V2_1)))
            .attestationTypes(List.of(AttestationType.TPM_QUOTE))
            .rngParameters(List.of(RngParameters.of(RngAlgorithm.DRBG)))
            .profileInformation(
                List.of(
                    ProfileInformation.of(ProfileName.COMPLETE_SERVER_BASIC_KMIP_V1_4),
                    new ProfileInformation(
                        ProfileName.BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_3,
                        Optional.of(new ProfileVersion(1, 3)),
                        Optional.of("https://kms.example"),
                        Optional.of(5696))))
            .validationInformation(
                List.of(
                    new ValidationInformation(
                        ValidationAuthorityType.NIST_CMVP,
                        Optional.of("US"),
                        Optional.of("https://csrc.nist.gov"),
                        140,
                        Optional.of(3),
                        ValidationType.SOFTWARE,
                        1,
                        Optional.of("4743"),
                        Optional.empty(),
                        Optional.of("https://example/fips"),
                        List.of("approved-only"))))
            .capabilityInformation(
                List.of(
                    new CapabilityInformation(
                        Optional.of(false),
                        Optional.of(true),
                        Optional.of(false),
                        Optional.of(true),
                        Optional.of(true),
                        Optional.of(UnwrapMode.PROCESSED),
                        Optional.of(DestroyAction.KEY_MATERIAL_SHREDDED),
                        Optional.of(ShreddingAlgorithm.CRYPTOGRAPHIC),
                        Optional.of(RngMode.SHARED_INSTANTIATION),
                        Optional.of(false))))
            .clientRegistrationMethods(List.of(ClientRegistrationMethod.CLIENT_GENERATED))
            .defaultsInformation(
                new DefaultsInformation(
                    List.of(
                        ObjectDefaults.of(ObjectType.SYMMETRIC_KEY, aes256),
                        new ObjectDefaults(
                            Optional.empty(),
                            Optional.of(
                                ObjectTypes.of(ObjectType.PRIVATE_KEY, ObjectType.PUBLIC_KEY)),
                            Attributes.empty(),
                            Optional.of(ObjectGroups.of("finance"))))))
            .protectionStorageMasks(ProtectionStorageMasks.of(0x1, 0x3))
            .build();
    QueryResponse back = roundTrip(QueryResponse.class, full);
    assertThat(back.serverInformationItems())
        .containsExactly(Ttlv.text(Tag.VENDOR_IDENTIFICATION, "build 7"));
    assertThat(back.extensionInformation())
        .extracting(ExtensionInformation::extensionItemType)
        .containsExactly(
            Optional.empty(), Optional.of(ItemType.TEXT_STRING), Optional.of(ItemType.BYTE_STRING));
    assertThat(back.extensionInformation().get(1).extensionType().get().type())
        .isEqualTo(ItemType.INTEGER);
    assertThat(back.extensionInformation().get(2).extensionType().get().type())
        .isEqualTo(ItemType.ENUMERATION);
  }

  @Test
  void anEmptyResponseSaysNothing() throws Exception {
    QueryResponse empty = TtlvBinder.decode(QueryResponse.class, response());
    assertThat(empty.operations()).isEmpty();
    assertThat(empty.serverInformationItems()).isEmpty();
    assertThat(TtlvBinder.encode(empty)).isEqualTo(response());
  }

  @Test
  void extensionTypeIsAnIntegerOrAnEnumeration() {
    TtlvStructure text =
        Ttlv.structure(
            Tag.EXTENSION_INFORMATION,
            Ttlv.text(Tag.EXTENSION_NAME, "x"),
            Ttlv.text(Tag.EXTENSION_TYPE, "TextString"));
    assertThat(reasonOf(ExtensionInformation.class, text)).isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void objectDefaultsNameOneObjectTypeOrAList() {
    assertThatThrownBy(
            () ->
                new ObjectDefaults(
                    Optional.empty(), Optional.empty(), Attributes.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                new ObjectDefaults(
                    Optional.of(ObjectType.SYMMETRIC_KEY),
                    Optional.of(ObjectTypes.of(ObjectType.SYMMETRIC_KEY)),
                    Attributes.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void serverInformationMustBeAStructure() {
    TtlvStructure tree = response(Ttlv.text(Tag.SERVER_INFORMATION, "v1"));
    assertThat(reasonOf(QueryResponse.class, tree)).isEqualTo(ResultReason.INVALID_FIELD);
  }

  // Encrypt and Decrypt

  @Test
  void encryptRequestKeepsTheSpecificationOrderOfEveryField() throws Exception {
    EncryptRequest r =
        keepsOrder(
            EncryptRequest.class,
            request(
                Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
                TtlvBinder.encode(AES_GCM),
                Ttlv.bytes(Tag.DATA, SECRET),
                Ttlv.bytes(Tag.IV_COUNTER_NONCE, IV),
                Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION),
                Ttlv.bool(Tag.INIT_INDICATOR, true),
                Ttlv.bool(Tag.FINAL_INDICATOR, false),
                Ttlv.bytes(Tag.AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA, AAD)));
    assertThat(r.dataBytes()).hasValueSatisfying(d -> assertThat(d).isEqualTo(SECRET));
    assertThat(r.ivCounterNonce()).hasValueSatisfying(v -> assertThat(v).isEqualTo(IV));
    assertThat(r.initIndicator()).contains(true);
    assertThat(r.finalIndicator()).contains(false);
  }

  @Test
  void encryptFactoryAndWithers() throws Exception {
    EncryptRequest r =
        EncryptRequest.of("key-1", AES_GCM, SECRET)
            .withIvCounterNonce(IV)
            .withAuthenticatedEncryptionAdditionalData(AAD);
    EncryptRequest back = roundTrip(EncryptRequest.class, r);
    assertThat(back.cryptographicParameters()).contains(AES_GCM);
    assertThat(back.authenticatedEncryptionAdditionalData())
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(AAD));
    assertThat(EncryptRequest.of("key-1", CryptographicParameters.empty(), SECRET))
        .extracting(EncryptRequest::cryptographicParameters)
        .isEqualTo(Optional.empty());
  }

  @Test
  void encryptResponseCarriesIvAndTag() throws Exception {
    EncryptResponse r =
        keepsOrder(
            EncryptResponse.class,
            response(
                Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
                Ttlv.bytes(Tag.DATA, SECRET),
                Ttlv.bytes(Tag.IV_COUNTER_NONCE, IV),
                Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION),
                Ttlv.bytes(Tag.AUTHENTICATED_ENCRYPTION_TAG, AE_TAG)));
    assertThat(r.authenticatedEncryptionTag())
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(AE_TAG));
    roundTrip(EncryptResponse.class, EncryptResponse.of("key-1", SECRET));
    EncryptResponse noData =
        TtlvBinder.decode(
            EncryptResponse.class,
            response(
                Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
                Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION)));
    assertThat(noData.data()).isEmpty();
  }

  @Test
  void decryptRequestKeepsTheSpecificationOrderOfEveryField() throws Exception {
    DecryptRequest r =
        keepsOrder(
            DecryptRequest.class,
            request(
                Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
                TtlvBinder.encode(AES_GCM),
                Ttlv.bytes(Tag.DATA, SECRET),
                Ttlv.bytes(Tag.IV_COUNTER_NONCE, IV),
                Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION),
                Ttlv.bool(Tag.INIT_INDICATOR, true),
                Ttlv.bool(Tag.FINAL_INDICATOR, true),
                Ttlv.bytes(Tag.AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA, AAD),
                Ttlv.bytes(Tag.AUTHENTICATED_ENCRYPTION_TAG, AE_TAG)));
    assertThat(r.authenticatedEncryptionTag())
        .hasValueSatisfying(v -> assertThat(v).isEqualTo(AE_TAG));
    DecryptRequest built =
        DecryptRequest.of("key-1", AES_GCM, SECRET)
            .withIvCounterNonce(IV)
            .withAuthenticatedEncryptionAdditionalData(AAD)
            .withAuthenticatedEncryptionTag(AE_TAG);
    roundTrip(DecryptRequest.class, built);
  }

  @Test
  void decryptResponse() throws Exception {
    DecryptResponse r = roundTrip(DecryptResponse.class, DecryptResponse.of("key-1", SECRET));
    assertThat(r.data()).hasValueSatisfying(d -> assertThat(d).isEqualTo(SECRET));
    roundTrip(
        DecryptResponse.class,
        new DecryptResponse("key-1", Optional.empty(), Optional.of(CORRELATION)));
  }

  @Test
  void dataMayReferToAnEarlierResultInKmip2() throws Exception {
    EncryptRequest byReference =
        keepsOrder(
            EncryptRequest.class,
            request(
                Ttlv.enumeration(Tag.UNIQUE_IDENTIFIER, UniqueIdentifier.CREATE.code()),
                Ttlv.enumeration(Tag.DATA, Data.DECRYPT.code())));
    assertThat(byReference.dataReference()).contains(Data.DECRYPT);
    assertThat(byReference.dataBytes()).isEmpty();
    assertThat(byReference.dataIndex()).isEmpty();
    assertThat(byReference.uniqueIdentifier().flatMap(UniqueIdentifierValue::reference))
        .contains(UniqueIdentifier.CREATE);
    DecryptRequest byIndex = keepsOrder(DecryptRequest.class, request(Ttlv.integer(Tag.DATA, -1)));
    assertThat(byIndex.dataIndex()).contains(-1);
  }

  @Test
  void dataOfAnotherFormIsRefused() {
    assertThat(reasonOf(EncryptRequest.class, request(Ttlv.text(Tag.DATA, "plain"))))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(reasonOf(MacRequest.class, request(Ttlv.enumeration(Tag.DATA, 0x7FFF))))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThatThrownBy(() -> new RngSeedRequest(Ttlv.bytes(Tag.IV_COUNTER_NONCE, SECRET)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  // Sign and Signature Verify

  private final CryptographicParameters rsaSha256 =
      CryptographicParameters.builder()
          .cryptographicAlgorithm(CryptographicAlgorithm.RSA)
          .hashingAlgorithm(HashingAlgorithm.SHA_256)
          .build();

  @Test
  void signRequestInEveryShape() throws Exception {
    keepsOrder(
        SignRequest.class,
        request(
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
            TtlvBinder.encode(rsaSha256),
            Ttlv.bytes(Tag.DATA, SECRET),
            Ttlv.bytes(Tag.DIGESTED_DATA, AE_TAG),
            Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION),
            Ttlv.bool(Tag.INIT_INDICATOR, false),
            Ttlv.bool(Tag.FINAL_INDICATOR, true)));
    roundTrip(SignRequest.class, SignRequest.of("key-1", rsaSha256, SECRET));
    SignRequest digest =
        roundTrip(SignRequest.class, SignRequest.ofDigest("key-1", rsaSha256, AE_TAG));
    assertThat(digest.data()).isEmpty();
    assertThat(digest.digestedData()).hasValueSatisfying(d -> assertThat(d).isEqualTo(AE_TAG));
  }

  @Test
  void signResponse() throws Exception {
    keepsOrder(
        SignResponse.class,
        response(
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
            Ttlv.bytes(Tag.SIGNATURE_DATA, AE_TAG),
            Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION)));
    roundTrip(SignResponse.class, SignResponse.of("key-1", AE_TAG));
  }

  @Test
  void signatureVerifyRequestKeepsTheSpecificationOrder() throws Exception {
    SignatureVerifyRequest r =
        keepsOrder(
            SignatureVerifyRequest.class,
            request(
                Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
                TtlvBinder.encode(rsaSha256),
                Ttlv.bytes(Tag.DATA, SECRET),
                Ttlv.bytes(Tag.DIGESTED_DATA, AAD),
                Ttlv.bytes(Tag.SIGNATURE_DATA, AE_TAG),
                Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION),
                Ttlv.bool(Tag.INIT_INDICATOR, true),
                Ttlv.bool(Tag.FINAL_INDICATOR, false)));
    assertThat(r.signatureData()).hasValueSatisfying(s -> assertThat(s).isEqualTo(AE_TAG));
    roundTrip(
        SignatureVerifyRequest.class,
        SignatureVerifyRequest.of("key-1", rsaSha256, SECRET, AE_TAG));
  }

  @Test
  void signatureVerifyResponseMayRecoverData() throws Exception {
    keepsOrder(
        SignatureVerifyResponse.class,
        response(
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
            Ttlv.enumeration(Tag.VALIDITY_INDICATOR, ValidityIndicator.VALID.code()),
            Ttlv.bytes(Tag.DATA, SECRET),
            Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION)));
    SignatureVerifyResponse r =
        roundTrip(
            SignatureVerifyResponse.class,
            SignatureVerifyResponse.of("key-1", ValidityIndicator.INVALID));
    assertThat(r.validityIndicator()).contains(ValidityIndicator.INVALID);
  }

  // MAC, MAC Verify and Hash

  private final CryptographicParameters hmac =
      CryptographicParameters.builder()
          .cryptographicAlgorithm(CryptographicAlgorithm.HMAC_SHA256)
          .build();

  @Test
  void mac() throws Exception {
    keepsOrder(
        MacRequest.class,
        request(
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
            TtlvBinder.encode(hmac),
            Ttlv.bytes(Tag.DATA, SECRET),
            Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION),
            Ttlv.bool(Tag.INIT_INDICATOR, true),
            Ttlv.bool(Tag.FINAL_INDICATOR, false)));
    MacRequest r = roundTrip(MacRequest.class, MacRequest.of("key-1", hmac, SECRET));
    assertThat(r.dataBytes()).hasValueSatisfying(d -> assertThat(d).isEqualTo(SECRET));
    keepsOrder(
        MacResponse.class,
        response(
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
            Ttlv.bytes(Tag.MAC_DATA, AE_TAG),
            Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION)));
    roundTrip(MacResponse.class, MacResponse.of("key-1", AE_TAG));
  }

  @Test
  void macVerify() throws Exception {
    keepsOrder(
        MacVerifyRequest.class,
        request(
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
            TtlvBinder.encode(hmac),
            Ttlv.bytes(Tag.DATA, SECRET),
            Ttlv.bytes(Tag.MAC_DATA, AE_TAG),
            Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION),
            Ttlv.bool(Tag.INIT_INDICATOR, false),
            Ttlv.bool(Tag.FINAL_INDICATOR, true)));
    roundTrip(MacVerifyRequest.class, MacVerifyRequest.of("key-1", hmac, SECRET, AE_TAG));
    keepsOrder(
        MacVerifyResponse.class,
        response(
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "key-1"),
            Ttlv.enumeration(Tag.VALIDITY_INDICATOR, ValidityIndicator.UNKNOWN.code()),
            Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION)));
    MacVerifyResponse r =
        roundTrip(MacVerifyResponse.class, MacVerifyResponse.of("key-1", ValidityIndicator.VALID));
    assertThat(r.validityIndicator()).contains(ValidityIndicator.VALID);
  }

  @Test
  void hashNeedsParameters() throws Exception {
    CryptographicParameters sha256 =
        CryptographicParameters.builder().hashingAlgorithm(HashingAlgorithm.SHA_256).build();
    keepsOrder(
        HashRequest.class,
        request(
            TtlvBinder.encode(sha256),
            Ttlv.bytes(Tag.DATA, SECRET),
            Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION),
            Ttlv.bool(Tag.INIT_INDICATOR, true),
            Ttlv.bool(Tag.FINAL_INDICATOR, true)));
    roundTrip(HashRequest.class, HashRequest.of(sha256, SECRET));
    assertThat(reasonOf(HashRequest.class, request(Ttlv.bytes(Tag.DATA, SECRET))))
        .isEqualTo(ResultReason.INVALID_MESSAGE);
    keepsOrder(
        HashResponse.class,
        response(Ttlv.bytes(Tag.DATA, AE_TAG), Ttlv.bytes(Tag.CORRELATION_VALUE, CORRELATION)));
    roundTrip(HashResponse.class, HashResponse.of(AE_TAG));
  }

  // RNG Retrieve and RNG Seed

  @Test
  void rngRetrieve() throws Exception {
    assertThat(roundTrip(RngRetrieveRequest.class, new RngRetrieveRequest(32)).dataLength())
        .isEqualTo(32);
    assertThat(reasonOf(RngRetrieveRequest.class, request(Ttlv.integer(Tag.DATA_LENGTH, -1))))
        .isEqualTo(ResultReason.INVALID_FIELD);
    RngRetrieveResponse r = roundTrip(RngRetrieveResponse.class, new RngRetrieveResponse(SECRET));
    assertThat(r.data()).isEqualTo(SECRET);
  }

  @Test
  void rngSeed() throws Exception {
    RngSeedRequest r = roundTrip(RngSeedRequest.class, RngSeedRequest.of(SECRET));
    assertThat(r.dataBytes()).hasValueSatisfying(d -> assertThat(d).isEqualTo(SECRET));
    RngSeedRequest byReference =
        keepsOrder(
            RngSeedRequest.class, request(Ttlv.enumeration(Tag.DATA, Data.RNG_RETRIEVE.code())));
    assertThat(byReference.dataReference()).contains(Data.RNG_RETRIEVE);
    assertThat(reasonOf(RngSeedRequest.class, request())).isEqualTo(ResultReason.INVALID_MESSAGE);
    assertThat(roundTrip(RngSeedResponse.class, new RngSeedResponse(0)).dataLength()).isZero();
  }

  // Cancel and Poll

  @Test
  void cancel() throws Exception {
    CancelRequest r = roundTrip(CancelRequest.class, new CancelRequest(CORRELATION));
    assertThat(r.asynchronousCorrelationValue()).isEqualTo(CORRELATION);
    keepsOrder(
        CancelResponse.class,
        response(
            Ttlv.bytes(Tag.ASYNCHRONOUS_CORRELATION_VALUE, CORRELATION),
            Ttlv.enumeration(Tag.CANCELLATION_RESULT, CancellationResult.CANCELED.code())));
    roundTrip(
        CancelResponse.class, new CancelResponse(CORRELATION, CancellationResult.UNAVAILABLE));
  }

  @Test
  void pollAnswersWithThePayloadOfTheCompletedOperation() throws Exception {
    roundTrip(PollRequest.class, new PollRequest(CORRELATION));
    EncryptResponse completed = EncryptResponse.of("key-1", SECRET);
    PollResponse poll = roundTrip(PollResponse.class, PollResponse.of(completed));
    assertThat(TtlvBinder.encode(poll)).isEqualTo(TtlvBinder.encode(completed));
    assertThat(poll.as(EncryptResponse.class)).usingRecursiveComparison().isEqualTo(completed);
    assertThatThrownBy(() -> poll.as(RngSeedResponse.class)).isInstanceOf(KmipException.class);
  }

  // toString() never shows data bytes

  private final String hex = HexFormat.of().formatHex(SECRET);
  private final String base64 = Base64.getEncoder().encodeToString(SECRET);
  private final String text = new String(SECRET, StandardCharsets.UTF_8);

  private void showsNoBytes(Object payload) {
    String s = payload.toString();
    assertThat(s)
        .doesNotContain(hex)
        .doesNotContain(hex.toUpperCase(Locale.ROOT))
        .doesNotContain(base64)
        .doesNotContain(text)
        .doesNotContain(Arrays.toString(SECRET).substring(1, 20))
        .doesNotContain("[B@")
        .contains(SECRET.length + " bytes");
  }

  @Test
  void noPayloadShowsItsDataBytes() {
    CryptographicParameters p = CryptographicParameters.empty();
    List<Object> payloads =
        List.of(
            EncryptRequest.of("k", AES_GCM, SECRET),
            EncryptResponse.of("k", SECRET),
            DecryptRequest.of("k", AES_GCM, SECRET),
            DecryptResponse.of("k", SECRET),
            SignRequest.of("k", p, SECRET),
            SignRequest.ofDigest("k", p, SECRET),
            SignResponse.of("k", SECRET),
            SignatureVerifyRequest.of("k", p, SECRET, AE_TAG),
            new SignatureVerifyResponse(
                "k", Optional.empty(), Optional.of(SECRET), Optional.empty()),
            MacRequest.of("k", p, SECRET),
            MacResponse.of("k", SECRET),
            MacVerifyRequest.of("k", p, SECRET, AE_TAG),
            new MacVerifyResponse("k", Optional.empty(), Optional.of(SECRET)),
            HashRequest.of(p, SECRET),
            HashResponse.of(SECRET),
            new RngRetrieveResponse(SECRET),
            RngSeedRequest.of(SECRET),
            new CancelRequest(SECRET),
            new CancelResponse(SECRET, CancellationResult.CANCELED),
            new PollRequest(SECRET),
            PollResponse.of(DecryptResponse.of("k", SECRET)));
    for (Object payload : payloads) {
      showsNoBytes(payload);
    }
  }

  @Test
  void renderingNamesThePresentFields() {
    assertThat(
            EncryptRequest.of("key-1", CryptographicParameters.empty(), SECRET)
                .withIvCounterNonce(IV)
                .toString())
        .isEqualTo(
            "EncryptRequest[uniqueIdentifier=key-1, data=30 bytes, ivCounterNonce=12 bytes]");
  }
}
