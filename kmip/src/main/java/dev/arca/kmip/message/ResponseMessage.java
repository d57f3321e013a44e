package dev.arca.kmip.message;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;

/** KMIP 2.1 §8.4 Response Message. */
@KmipStructure(Tag.RESPONSE_MESSAGE)
public record ResponseMessage(
    ResponseHeader header, @KmipField(Tag.BATCH_ITEM) List<ResponseBatchItem> batchItems) {

  public ResponseMessage {
    batchItems = List.copyOf(batchItems);
  }
}
