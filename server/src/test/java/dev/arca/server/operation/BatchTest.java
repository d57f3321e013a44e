package dev.arca.server.operation;

import static dev.arca.server.operation.ObjectRequests.V14;
import static dev.arca.server.operation.ObjectRequests.V21;
import static dev.arca.server.operation.ObjectRequests.aes;
import static dev.arca.server.operation.ObjectRequests.create;
import static dev.arca.server.operation.ObjectRequests.createKey;
import static dev.arca.server.operation.ObjectRequests.reason;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.arca.core.audit.AuditEvent;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.enums.BatchErrorContinuationOption;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.payload.ActivateRequest;
import dev.arca.kmip.payload.CreateResponse;
import dev.arca.kmip.payload.GetRequest;
import dev.arca.kmip.payload.GetResponse;
import dev.arca.server.testing.DispatcherFixture;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Batches through the dispatcher and these handlers: the ID Placeholder (KMIP 1.4 §4, 2.1 §6.1),
 * KMIP 2.x references to earlier items, the Batch Error Continuation Options, the listener's rules
 * and the audit trail.
 */
class BatchTest {

  private final DispatcherFixture server = DispatcherFixture.start();

  @AfterEach
  void close() {
    server.close();
  }

  @ParameterizedTest
  @MethodSource("dev.arca.server.operation.ObjectRequests#versions")
  void createActivateGetThroughTheIdPlaceholder(KmipVersion v) {
    ResponseMessage r =
        server.exchange(
            v,
            create(v, ObjectType.SYMMETRIC_KEY, aes("batched-" + v)),
            ActivateRequest.ofIdPlaceholder(),
            GetRequest.ofIdPlaceholder());
    String id =
        DispatcherFixture.payload(r.batchItems().get(0), CreateResponse.class).uniqueIdentifier();
    assertThat(r.batchItems())
        .extracting(ResponseBatchItem::resultStatus)
        .containsOnly(ResultStatus.SUCCESS);
    assertThat(
            DispatcherFixture.payload(r.batchItems().get(2), GetResponse.class).uniqueIdentifier())
        .isEqualTo(id);
  }

  @Test
  void kmip2ItemsReferToEarlierIdentifiersByOperationAndIndex() {
    ResponseMessage r =
        server.exchange(
            V21,
            create(V21, ObjectType.SYMMETRIC_KEY, aes(null)),
            new ActivateRequest(Optional.of(UniqueIdentifierValue.of(UniqueIdentifier.CREATE))),
            new GetRequest(
                Optional.of(UniqueIdentifierValue.ofIndex(0)),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()));
    assertThat(r.batchItems())
        .extracting(ResponseBatchItem::resultStatus)
        .containsOnly(ResultStatus.SUCCESS);
  }

  @Test
  void withoutAnIdPlaceholderAnItemThatLeavesOutTheIdentifierFails() {
    assertThat(reason(server.call(V14, GetRequest.ofIdPlaceholder())))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void stopEndsTheBatchAtTheFirstFailure() {
    String id = createKey(server, V21, null);
    ResponseMessage r =
        server.exchange(
            V21, BatchErrorContinuationOption.STOP, GetRequest.of("no-such-id"), GetRequest.of(id));
    assertThat(r.batchItems()).hasSize(1);
    assertThat(reason(r.batchItems().get(0))).isEqualTo(ResultReason.OBJECT_NOT_FOUND);
  }

  @Test
  void continueAnswersEveryItem() {
    String id = createKey(server, V14, null);
    ResponseMessage r =
        server.exchange(
            V14,
            BatchErrorContinuationOption.CONTINUE,
            GetRequest.of("no-such-id"),
            GetRequest.of(id));
    assertThat(r.batchItems()).hasSize(2);
    assertThat(reason(r.batchItems().get(0))).isEqualTo(ResultReason.ITEM_NOT_FOUND);
    assertThat(r.batchItems().get(1).resultStatus()).isEqualTo(ResultStatus.SUCCESS);
  }

  @Test
  void undoLeavesEarlierItemsOperationUndoneAndTheirChangesReverted() {
    ResponseMessage r =
        server.exchange(
            V21,
            BatchErrorContinuationOption.UNDO,
            create(V21, ObjectType.SYMMETRIC_KEY, aes(null)),
            GetRequest.of("no-such-id"));
    assertThat(r.batchItems()).hasSize(2);
    assertThat(r.batchItems().get(0).resultStatus()).isEqualTo(ResultStatus.OPERATION_UNDONE);
    assertThat(reason(r.batchItems().get(1))).isEqualTo(ResultReason.OBJECT_NOT_FOUND);
    String created =
        DispatcherFixture.payload(r.batchItems().get(0), CreateResponse.class).uniqueIdentifier();
    assertThat(reason(server.call(V21, GetRequest.of(created))))
        .isEqualTo(ResultReason.OBJECT_NOT_FOUND);
  }

  @Test
  void aListenerWithoutConfigurationRightsRefusesCreateButServesGet() {
    String id = createKey(server, V21, null);
    server.allowConfiguration(false);
    assertThat(reason(server.call(V21, create(V21, ObjectType.SYMMETRIC_KEY, aes(null)))))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(server.ok(V21, GetRequest.of(id), GetResponse.class).uniqueIdentifier())
        .isEqualTo(id);
  }

  @Test
  void everyItemIsAuditedWithTheObjectsItTouched() {
    String id = createKey(server, V21, null);
    server.call(V21, GetRequest.of(id));
    server.rejectAuthentication(true);
    assertThat(reason(server.call(V21, GetRequest.of(id))))
        .isEqualTo(ResultReason.AUTHENTICATION_NOT_SUCCESSFUL);
    assertThat(server.audit())
        .extracting(AuditEvent::action, AuditEvent::outcome)
        .containsExactly(
            tuple("Create", "Success"),
            tuple("Get", "Success"),
            tuple("Get", "Authentication Not Successful"));
    assertThat(server.audit().get(1).objects()).containsExactly(id);
    assertThat(server.audit().get(1).actor()).isEqualTo(DispatcherFixture.USER);
  }
}
