package dev.arca.server.operation;

import static dev.arca.server.operation.ObjectRequests.V14;
import static dev.arca.server.operation.ObjectRequests.V21;
import static dev.arca.server.operation.ObjectRequests.createKey;
import static dev.arca.server.operation.ObjectRequests.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.attribute.UsageLimits;
import dev.arca.kmip.enums.CancellationResult;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ProfileName;
import dev.arca.kmip.enums.QueryFunction;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.UsageLimitsUnit;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.payload.ActivateRequest;
import dev.arca.kmip.payload.ActivateResponse;
import dev.arca.kmip.payload.CancelRequest;
import dev.arca.kmip.payload.CancelResponse;
import dev.arca.kmip.payload.CheckRequest;
import dev.arca.kmip.payload.CheckResponse;
import dev.arca.kmip.payload.DiscoverVersionsRequest;
import dev.arca.kmip.payload.DiscoverVersionsResponse;
import dev.arca.kmip.payload.GetUsageAllocationRequest;
import dev.arca.kmip.payload.GetUsageAllocationResponse;
import dev.arca.kmip.payload.ObtainLeaseRequest;
import dev.arca.kmip.payload.ObtainLeaseResponse;
import dev.arca.kmip.payload.PollRequest;
import dev.arca.kmip.payload.ProfileInformation;
import dev.arca.kmip.payload.QueryRequest;
import dev.arca.kmip.payload.QueryResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.DispatcherFixture;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Discover Versions, Query, Check, Obtain Lease, Get Usage Allocation, Poll and Cancel. */
class ServiceHandlersTest {

  private final DispatcherFixture server = DispatcherFixture.start();

  @AfterEach
  void close() {
    server.close();
  }

  @Test
  void discoverVersionsAnswersTheCommonVersionsInTheClientsOrder() {
    DiscoverVersionsResponse all =
        server.ok(V14, DiscoverVersionsRequest.of(), DiscoverVersionsResponse.class);
    assertThat(all.protocolVersions().get(0)).isEqualTo(new ProtocolVersion(2, 1));
    assertThat(all.protocolVersions()).contains(new ProtocolVersion(1, 0));
    DiscoverVersionsResponse some =
        server.ok(
            V21,
            DiscoverVersionsRequest.of(
                new ProtocolVersion(3, 0), new ProtocolVersion(1, 2), new ProtocolVersion(2, 0)),
            DiscoverVersionsResponse.class);
    assertThat(some.protocolVersions())
        .containsExactly(new ProtocolVersion(1, 2), new ProtocolVersion(2, 0));
  }

  @Test
  void queryListsOnlyWhatTheRequestsVersionDefines() {
    QueryRequest ops = QueryRequest.of(QueryFunction.QUERY_OPERATIONS, QueryFunction.QUERY_OBJECTS);
    QueryResponse v14 = server.ok(V14, ops, QueryResponse.class);
    QueryResponse v21 = server.ok(V21, ops, QueryResponse.class);
    assertThat(v14.operations()).contains(Operation.CREATE, Operation.QUERY, Operation.LOCATE);
    assertThat(v14.operations()).doesNotContain(Operation.SET_ATTRIBUTE);
    assertThat(v21.operations()).contains(Operation.SET_ATTRIBUTE, Operation.QUERY);
    assertThat(v21.operations()).containsExactlyInAnyOrderElementsOf(server.operations());
    assertThat(v14.objectTypes()).doesNotContain(ObjectType.CERTIFICATE_REQUEST);
    assertThat(v21.objectTypes())
        .contains(ObjectType.SYMMETRIC_KEY, ObjectType.CERTIFICATE_REQUEST);
  }

  @Test
  void queryServerInformationNamesTheVendorAndIn21TheServer() {
    QueryRequest info = QueryRequest.of(QueryFunction.QUERY_SERVER_INFORMATION);
    QueryResponse v14 = server.ok(V14, info, QueryResponse.class);
    QueryResponse v21 = server.ok(V21, info, QueryResponse.class);
    assertThat(v14.vendorIdentification()).contains("Arca");
    assertThat(v14.serverInformationItems()).isEmpty();
    assertThat(v21.serverInformationItems())
        .contains(Ttlv.text(Tag.SERVER_NAME, "node-1"), Ttlv.text(Tag.SERVER_VERSION, "test"));
  }

  @Test
  void queryProfilesCapabilitiesAndRngs() {
    QueryRequest q =
        QueryRequest.of(
            QueryFunction.QUERY_PROFILES,
            QueryFunction.QUERY_CAPABILITIES,
            QueryFunction.QUERY_RNGS,
            QueryFunction.QUERY_VALIDATIONS,
            QueryFunction.QUERY_APPLICATION_NAMESPACES);
    QueryResponse v14 = server.ok(V14, q, QueryResponse.class);
    assertThat(v14.profileInformation())
        .extracting(ProfileInformation::profileName)
        .contains(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4);
    assertThat(v14.capabilityInformation().get(0).asynchronousCapability()).contains(false);
    assertThat(v14.capabilityInformation().get(0).batchContinueCapability()).contains(true);
    assertThat(v14.capabilityInformation().get(0).quantumSafeCapability()).isEmpty();
    assertThat(v14.rngParameters()).hasSize(1);
    assertThat(v14.validationInformation()).isEmpty();
    assertThat(v14.applicationNamespaces()).isEmpty();
    QueryResponse v21 = server.ok(V21, q, QueryResponse.class);
    assertThat(v21.profileInformation())
        .extracting(ProfileInformation::profileName)
        .contains(ProfileName.BASELINE_SERVER, ProfileName.SYMMETRIC_KEY_FOUNDRY_SERVER);
    assertThat(v21.capabilityInformation().get(0).quantumSafeCapability()).contains(false);
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void checkPassesOrRefusesWhatTheObjectAllows(KmipVersion v) {
    String id = createKey(server, v, null);
    assertThat(
            server
                .ok(
                    v,
                    CheckRequest.of(id, CryptographicUsageMask.ENCRYPT.code()),
                    CheckResponse.class)
                .uniqueIdentifier())
        .contains(id);
    assertThat(reason(server.call(v, CheckRequest.of(id, CryptographicUsageMask.SIGN.code()))))
        .isEqualTo(
            v.isV2()
                ? ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK
                : ResultReason.PERMISSION_DENIED);
    CheckRequest longLease =
        new CheckRequest(
            Optional.of(UniqueIdentifierValue.of(id)),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Duration.ofDays(2)));
    assertThat(reason(server.call(v, longLease))).isEqualTo(ResultReason.PERMISSION_DENIED);
  }

  @Test
  void obtainLeaseGrantsTheObjectsLease() {
    String id = createKey(server, V14, null);
    ObtainLeaseResponse r = server.ok(V14, ObtainLeaseRequest.of(id), ObtainLeaseResponse.class);
    assertThat(r.leaseTime()).isEqualTo(Duration.ofHours(1));
    assertThat(r.lastChangeDate()).isEqualTo(server.clock.instant());
  }

  @Test
  void getUsageAllocationCountsDownTheUsageLimits() {
    Ttlv limits =
        Attributes.item(
            Tag.USAGE_LIMITS, new UsageLimits(10, Optional.of(10L), UsageLimitsUnit.OBJECT));
    String id = createKey(server, V21, null, limits);
    server.ok(V21, ActivateRequest.of(id), ActivateResponse.class);
    assertThat(
            server
                .ok(V21, GetUsageAllocationRequest.of(id, 8), GetUsageAllocationResponse.class)
                .uniqueIdentifier())
        .isEqualTo(id);
    assertThat(reason(server.call(V21, GetUsageAllocationRequest.of(id, 3))))
        .isEqualTo(ResultReason.USAGE_LIMIT_EXCEEDED);
    assertThat(reason(server.call(V14, GetUsageAllocationRequest.of(id, 3))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
  }

  @Test
  void pollAndCancelKnowNoPendingOperation() {
    byte[] correlation = {1, 2, 3};
    assertThat(reason(server.call(V14, new PollRequest(correlation))))
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
    assertThat(reason(server.call(V21, new PollRequest(correlation))))
        .isEqualTo(ResultReason.INVALID_ASYNCHRONOUS_CORRELATION_VALUE);
    CancelResponse cancel = server.ok(V21, new CancelRequest(correlation), CancelResponse.class);
    assertThat(cancel.cancellationResult()).isEqualTo(CancellationResult.UNAVAILABLE);
    assertThat(cancel.asynchronousCorrelationValue()).isEqualTo(correlation);
  }
}
