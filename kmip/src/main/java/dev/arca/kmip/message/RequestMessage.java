package dev.arca.kmip.message;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;

/** KMIP 2.1 §8.1 Request Message: a header and one or more batch items. */
@KmipStructure(Tag.REQUEST_MESSAGE)
public record RequestMessage(
    RequestHeader header, @KmipField(Tag.BATCH_ITEM) List<RequestBatchItem> batchItems) {

  public RequestMessage {
    batchItems = List.copyOf(batchItems);
  }
}
