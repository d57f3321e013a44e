package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;

/**
 * KMIP 1.4 §4.28 Table 228, KMIP 2.1 §6.1.38 Table 276 Poll request: asks for the result of the
 * pending asynchronous operation that the server named with this correlation value.
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record PollRequest(
    @KmipField(Tag.ASYNCHRONOUS_CORRELATION_VALUE) byte[] asynchronousCorrelationValue)
    implements RequestPayload {

  public PollRequest {
    Objects.requireNonNull(asynchronousCorrelationValue, "asynchronousCorrelationValue");
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "PollRequest", "asynchronousCorrelationValue", asynchronousCorrelationValue);
  }
}
