package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ValidityIndicator;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 1.4 §4.34 Table 240, KMIP 2.1 §6.1.33 Table 263 MAC Verify response (since KMIP 1.2).
 *
 * @param uniqueIdentifier the key that was used
 * @param validityIndicator whether the MAC is valid; KMIP 1.x always returns it, KMIP 2.x only for
 *     a single-part operation or the last part
 * @param correlationValue the multi-part operation to name in the next request
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record MacVerifyResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    @KmipField(Tag.VALIDITY_INDICATOR) Optional<ValidityIndicator> validityIndicator,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue)
    implements ResponsePayload {

  public MacVerifyResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  /** The verdict of a single-part verification. */
  public static MacVerifyResponse of(String uniqueIdentifier, ValidityIndicator validity) {
    return new MacVerifyResponse(uniqueIdentifier, Optional.of(validity), Optional.empty());
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "MacVerifyResponse",
        "uniqueIdentifier",
        uniqueIdentifier,
        "validityIndicator",
        validityIndicator,
        "correlationValue",
        correlationValue);
  }
}
