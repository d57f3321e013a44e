package dev.arca.server.operation;

import static dev.arca.server.operation.ObjectRequests.V14;
import static dev.arca.server.operation.ObjectRequests.V21;
import static dev.arca.server.operation.ObjectRequests.createKey;
import static dev.arca.server.operation.ObjectRequests.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.payload.ActivateRequest;
import dev.arca.kmip.payload.ActivateResponse;
import dev.arca.kmip.payload.ArchiveRequest;
import dev.arca.kmip.payload.ArchiveResponse;
import dev.arca.kmip.payload.DestroyRequest;
import dev.arca.kmip.payload.DestroyResponse;
import dev.arca.kmip.payload.GetAttributesRequest;
import dev.arca.kmip.payload.GetAttributesResponse;
import dev.arca.kmip.payload.GetRequest;
import dev.arca.kmip.payload.RecoverRequest;
import dev.arca.kmip.payload.RecoverResponse;
import dev.arca.kmip.payload.RevokeRequest;
import dev.arca.kmip.payload.RevokeResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.server.testing.DispatcherFixture;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Activate, Revoke, Destroy, Archive and Recover in KMIP 1.4 and 2.1 (no cryptographic use). */
class LifecycleHandlersTest {

  private final DispatcherFixture server = DispatcherFixture.start();

  @AfterEach
  void close() {
    server.close();
  }

  private State state(KmipVersion v, String id) throws Exception {
    GetAttributesResponse r =
        server.ok(
            v,
            GetAttributesRequest.of(id, AttributeReference.of(Tag.STATE)),
            GetAttributesResponse.class);
    Ttlv state = r.normalizedAttributes().first(Tag.STATE).orElseThrow();
    return State.fromCode(((TtlvEnumeration) state).value());
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void activateRevokeDestroyWalkTheLifecycle(KmipVersion v) throws Exception {
    String id = createKey(server, v, "life-" + v);
    assertThat(state(v, id)).isEqualTo(State.PRE_ACTIVE);

    assertThat(server.ok(v, ActivateRequest.of(id), ActivateResponse.class).uniqueIdentifier())
        .isEqualTo(id);
    assertThat(state(v, id)).isEqualTo(State.ACTIVE);

    assertThat(
            server
                .ok(
                    v,
                    RevokeRequest.of(id, RevocationReasonCode.CESSATION_OF_OPERATION),
                    RevokeResponse.class)
                .uniqueIdentifier())
        .isEqualTo(id);
    assertThat(state(v, id)).isEqualTo(State.DEACTIVATED);

    assertThat(server.ok(v, DestroyRequest.of(id), DestroyResponse.class).uniqueIdentifier())
        .isEqualTo(id);
    assertThat(state(v, id)).isEqualTo(State.DESTROYED);
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void keyCompromiseMakesTheKeyCompromised(KmipVersion v) throws Exception {
    String id = createKey(server, v, null);
    server.ok(v, ActivateRequest.of(id), ActivateResponse.class);
    server.ok(v, RevokeRequest.ofKeyCompromise(id, Instant.ofEpochSecond(6)), RevokeResponse.class);
    assertThat(state(v, id)).isEqualTo(State.COMPROMISED);
  }

  @Test
  void destroyingAnActiveKeyIsRefusedWithTheReasonOfEachVersion() {
    String id14 = createKey(server, V14, null);
    String id21 = createKey(server, V21, null);
    server.ok(V14, ActivateRequest.of(id14), ActivateResponse.class);
    server.ok(V21, ActivateRequest.of(id21), ActivateResponse.class);

    // KMIP 1.4 Table 348: Permission Denied; KMIP 2.1 Table 210: Wrong Key Lifecycle State.
    assertThat(reason(server.call(V14, DestroyRequest.of(id14))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(reason(server.call(V21, DestroyRequest.of(id21))))
        .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
  }

  @Test
  void activatingTwiceIsRefused() {
    String id = createKey(server, V21, null);
    server.ok(V21, ActivateRequest.of(id), ActivateResponse.class);
    assertThat(reason(server.call(V21, ActivateRequest.of(id))))
        .isEqualTo(ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    assertThat(reason(server.call(V14, ActivateRequest.of(id))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
  }

  @Test
  void aMissingObjectIsItemNotFoundIn14AndObjectNotFoundIn21() {
    assertThat(reason(server.call(V14, ActivateRequest.of("no-such-id"))))
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
    assertThat(reason(server.call(V21, ActivateRequest.of("no-such-id"))))
        .isEqualTo(ResultReason.OBJECT_NOT_FOUND);
  }

  @Test
  void anotherUsersObjectLooksExactlyLikeAMissingOne() {
    String id = createKey(server, V21, null);
    server.actAs("bob");
    var hidden = server.call(V21, DestroyRequest.of(id));
    var missing = server.call(V21, DestroyRequest.of("no-such-id"));
    assertThat(reason(hidden)).isEqualTo(reason(missing));
    assertThat(hidden.resultMessage()).isEqualTo(missing.resultMessage());
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void anArchivedObjectRefusesUseUntilRecovered(KmipVersion v) {
    String id = createKey(server, v, null);
    server.ok(v, ArchiveRequest.of(id), ArchiveResponse.class);
    assertThat(reason(server.call(v, GetRequest.of(id)))).isEqualTo(ResultReason.OBJECT_ARCHIVED);
    assertThat(reason(server.call(v, ActivateRequest.of(id))))
        .isEqualTo(ResultReason.OBJECT_ARCHIVED);

    assertThat(server.ok(v, RecoverRequest.of(id), RecoverResponse.class).uniqueIdentifier())
        .isEqualTo(id);
    server.ok(v, ActivateRequest.of(id), ActivateResponse.class);
  }
}
