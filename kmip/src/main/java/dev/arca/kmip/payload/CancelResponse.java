package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.CancellationResult;
import java.util.Objects;

/**
 * KMIP 1.4 §4.27 Table 227, KMIP 2.1 §6.1.5 Table 177 Cancel response: the correlation value of the
 * request and what became of the pending operation. A Cancel is never answered asynchronously.
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record CancelResponse(
    @KmipField(Tag.ASYNCHRONOUS_CORRELATION_VALUE) byte[] asynchronousCorrelationValue,
    @KmipField(Tag.CANCELLATION_RESULT) CancellationResult cancellationResult)
    implements ResponsePayload {

  public CancelResponse {
    Objects.requireNonNull(asynchronousCorrelationValue, "asynchronousCorrelationValue");
    Objects.requireNonNull(cancellationResult, "cancellationResult");
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "CancelResponse",
        "asynchronousCorrelationValue",
        asynchronousCorrelationValue,
        "cancellationResult",
        cancellationResult);
  }
}
