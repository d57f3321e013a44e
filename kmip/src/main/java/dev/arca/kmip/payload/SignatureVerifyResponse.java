package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ValidityIndicator;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 1.4 §4.32 Table 236, KMIP 2.1 §6.1.56 Table 338 Signature Verify response (since KMIP 1.2).
 * {@link #toString()} shows byte fields by length only.
 *
 * @param uniqueIdentifier the key that was used
 * @param validityIndicator whether the signature is valid; KMIP 1.x always returns it, KMIP 2.x
 *     only for a single-part operation or the last part
 * @param data the data recovered from the signature, for algorithms that allow it (KMIP 1.3)
 * @param correlationValue the multi-part operation to name in the next request
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record SignatureVerifyResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    @KmipField(Tag.VALIDITY_INDICATOR) Optional<ValidityIndicator> validityIndicator,
    @KmipField(Tag.DATA) Optional<byte[]> data,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue)
    implements ResponsePayload {

  public SignatureVerifyResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  /** The verdict of a single-part verification. */
  public static SignatureVerifyResponse of(String uniqueIdentifier, ValidityIndicator validity) {
    return new SignatureVerifyResponse(
        uniqueIdentifier, Optional.of(validity), Optional.empty(), Optional.empty());
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "SignatureVerifyResponse",
        "uniqueIdentifier",
        uniqueIdentifier,
        "validityIndicator",
        validityIndicator,
        "data",
        data,
        "correlationValue",
        correlationValue);
  }
}
