package dev.arca.kmip.message;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.List;
import java.util.Optional;

/** KMIP 2.1 §8.6 Response Batch Item. */
@KmipStructure(Tag.BATCH_ITEM)
public record ResponseBatchItem(
    @KmipField(Tag.OPERATION) Optional<Operation> operation,
    @KmipField(Tag.UNIQUE_BATCH_ITEM_ID) Optional<byte[]> uniqueBatchItemId,
    @KmipField(Tag.RESULT_STATUS) ResultStatus resultStatus,
    @KmipField(Tag.RESULT_REASON) Optional<ResultReason> resultReason,
    @KmipField(Tag.RESULT_MESSAGE) Optional<String> resultMessage,
    @KmipField(Tag.ASYNCHRONOUS_CORRELATION_VALUE) Optional<byte[]> asynchronousCorrelationValue,
    @KmipField(Tag.RESPONSE_PAYLOAD) Optional<Ttlv> responsePayload,
    @KmipField(Tag.MESSAGE_EXTENSION) List<MessageExtension> messageExtensions) {

  public ResponseBatchItem {
    messageExtensions = List.copyOf(messageExtensions);
  }

  public static ResponseBatchItem success(
      Optional<Operation> operation, Optional<byte[]> batchItemId, Optional<Ttlv> payload) {
    return new ResponseBatchItem(
        operation,
        batchItemId,
        ResultStatus.SUCCESS,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        payload,
        List.of());
  }

  public static ResponseBatchItem failure(
      Optional<Operation> operation,
      Optional<byte[]> batchItemId,
      ResultStatus status,
      ResultReason reason,
      String message) {
    return new ResponseBatchItem(
        operation,
        batchItemId,
        status,
        Optional.of(reason),
        Optional.of(message),
        Optional.empty(),
        Optional.empty(),
        List.of());
  }
}
