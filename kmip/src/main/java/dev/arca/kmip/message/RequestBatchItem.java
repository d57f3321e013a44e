package dev.arca.kmip.message;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.List;
import java.util.Optional;

/**
 * KMIP 2.1 §8.3 Request Batch Item. The payload's shape depends on the operation; decode it with
 * {@link dev.arca.kmip.payload.Payloads}.
 */
@KmipStructure(Tag.BATCH_ITEM)
public record RequestBatchItem(
    @KmipField(Tag.OPERATION) Operation operation,
    @KmipField(Tag.EPHEMERAL) Optional<Boolean> ephemeral,
    @KmipField(Tag.UNIQUE_BATCH_ITEM_ID) Optional<byte[]> uniqueBatchItemId,
    @KmipField(Tag.REQUEST_PAYLOAD) Optional<Ttlv> requestPayload,
    @KmipField(Tag.MESSAGE_EXTENSION) List<MessageExtension> messageExtensions) {

  public RequestBatchItem {
    messageExtensions = List.copyOf(messageExtensions);
  }

  public static RequestBatchItem of(Operation operation, Ttlv payload) {
    return new RequestBatchItem(
        operation, Optional.empty(), Optional.empty(), Optional.of(payload), List.of());
  }
}
