package dev.arca.server.operation;

import static dev.arca.server.operation.ObjectRequests.V14;
import static dev.arca.server.operation.ObjectRequests.V21;
import static dev.arca.server.operation.ObjectRequests.createKey;
import static dev.arca.server.operation.ObjectRequests.reason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.enums.ObjectGroupMember;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.enums.StorageStatusMask;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.payload.DestroyRequest;
import dev.arca.kmip.payload.DestroyResponse;
import dev.arca.kmip.payload.GetAttributesRequest;
import dev.arca.kmip.payload.GetRequest;
import dev.arca.kmip.payload.GetResponse;
import dev.arca.kmip.payload.LocateRequest;
import dev.arca.kmip.payload.LocateResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.DispatcherFixture;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Locate in KMIP 1.4 and 2.1: filters, paging, storage, and the ID Placeholder. */
class LocateHandlerTest {

  private final DispatcherFixture server = DispatcherFixture.start();

  @AfterEach
  void close() {
    server.close();
  }

  private static LocateRequest locate(Attributes criteria) {
    return LocateRequest.of(criteria);
  }

  private static Ttlv symmetric() {
    return Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.code());
  }

  @Test
  void findsByNameIn14AndIn21() {
    String id = createKey(server, V14, "find-me");
    createKey(server, V14, "not-me");
    LocateResponse v14 =
        server.ok(
            V14,
            LocateRequest.of(
                List.of(Attribute.of("Name", Attributes.item(Tag.NAME, Name.of("find-me"))))),
            LocateResponse.class);
    assertThat(v14.uniqueIdentifiers()).containsExactly(id);
    LocateResponse v21 =
        server.ok(
            V21,
            locate(Attributes.of(Attributes.item(Tag.NAME, Name.of("find-me")))),
            LocateResponse.class);
    assertThat(v21.uniqueIdentifiers()).containsExactly(id);
    assertThat(v21.locatedItems()).isEmpty();
  }

  @Test
  void aDateGivenTwiceIsARange() {
    String early = createKey(server, V21, null);
    Instant first = server.clock.instant();
    server.clock.advance(Duration.ofHours(2));
    String late = createKey(server, V21, null);
    LocateResponse r =
        server.ok(
            V21,
            locate(
                Attributes.of(
                    symmetric(),
                    Ttlv.dateTime(Tag.INITIAL_DATE, first.minusSeconds(60)),
                    Ttlv.dateTime(Tag.INITIAL_DATE, first.plusSeconds(60)))),
            LocateResponse.class);
    assertThat(r.uniqueIdentifiers()).containsExactly(early).doesNotContain(late);
  }

  @Test
  void offsetAndMaximumItemsPageTheAnswerAndLocatedItemsCountsAll() {
    for (int i = 0; i < 5; i++) {
      createKey(server, V21, null);
    }
    LocateRequest page =
        new LocateRequest(
            Optional.of(2),
            Optional.of(1),
            Optional.empty(),
            Optional.empty(),
            List.of(),
            Optional.of(Attributes.of(symmetric())));
    LocateResponse r = server.ok(V21, page, LocateResponse.class);
    assertThat(r.uniqueIdentifiers()).hasSize(2);
    assertThat(r.locatedItems()).contains(5);
  }

  @Test
  void destroyedObjectsAreFoundOnlyWithTheStorageStatusMask() {
    String id = createKey(server, V21, "gone");
    server.ok(V21, DestroyRequest.of(id), DestroyResponse.class);
    Attributes byName = Attributes.of(Attributes.item(Tag.NAME, Name.of("gone")));
    assertThat(server.ok(V21, locate(byName), LocateResponse.class).uniqueIdentifiers()).isEmpty();
    LocateRequest withDestroyed =
        new LocateRequest(
            Optional.empty(),
            Optional.empty(),
            Optional.of(StorageStatusMask.DESTROYED_STORAGE.code()),
            Optional.empty(),
            List.of(),
            Optional.of(byName));
    assertThat(server.ok(V21, withDestroyed, LocateResponse.class).uniqueIdentifiers())
        .containsExactly(id);
  }

  @Test
  void groupMemberFreshFindsOnlyKeysNotYetRetrieved() {
    String retrieved = createKey(server, V21, null);
    String fresh = createKey(server, V21, null);
    server.ok(V21, GetRequest.of(retrieved), GetResponse.class);
    LocateRequest freshOnly =
        new LocateRequest(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(ObjectGroupMember.GROUP_MEMBER_FRESH),
            List.of(),
            Optional.of(Attributes.of(symmetric())));
    assertThat(server.ok(V21, freshOnly, LocateResponse.class).uniqueIdentifiers())
        .containsExactly(fresh);
  }

  @Test
  void aSingleMatchBecomesTheIdPlaceholderAndSeveralEmptyIt() {
    String one = createKey(server, V21, "only-one");
    createKey(server, V21, null);
    ResponseMessage single =
        server.exchange(
            V21,
            locate(Attributes.of(Attributes.item(Tag.NAME, Name.of("only-one")))),
            GetRequest.ofIdPlaceholder());
    assertThat(single.batchItems().get(1).resultStatus()).isEqualTo(ResultStatus.SUCCESS);
    assertThat(
            DispatcherFixture.payload(single.batchItems().get(1), GetResponse.class)
                .uniqueIdentifier())
        .isEqualTo(one);

    ResponseMessage several =
        server.exchange(
            V14,
            locate(Attributes.of(symmetric())),
            new GetAttributesRequest(Optional.empty(), List.of(), List.of()));
    assertThat(reason(several.batchItems().get(1))).isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void aCriterionOfTheWrongTypeIsRefused() {
    createKey(server, V21, null);
    Ttlv wrong = Ttlv.integer(Tag.CRYPTOGRAPHIC_ALGORITHM, 3);
    assertThat(reason(server.call(V21, locate(Attributes.of(wrong)))))
        .isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(
            reason(
                server.call(
                    V14,
                    LocateRequest.of(List.of(Attribute.of("Cryptographic Algorithm", wrong))))))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }
}
