package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;

/**
 * KMIP 1.4 §4.27 Table 226, KMIP 2.1 §6.1.5 Table 176 Cancel request: cancels the pending
 * asynchronous operation that the server named with this correlation value.
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record CancelRequest(
    @KmipField(Tag.ASYNCHRONOUS_CORRELATION_VALUE) byte[] asynchronousCorrelationValue)
    implements RequestPayload {

  public CancelRequest {
    Objects.requireNonNull(asynchronousCorrelationValue, "asynchronousCorrelationValue");
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "CancelRequest", "asynchronousCorrelationValue", asynchronousCorrelationValue);
  }
}
