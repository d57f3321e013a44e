package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 1.4 §4.31 Table 234, KMIP 2.1 §6.1.55 Table 335 Sign response (since KMIP 1.2). {@link
 * #toString()} shows byte fields by length only.
 *
 * @param uniqueIdentifier the key that was used
 * @param signatureData the signature; required for a single-part operation
 * @param correlationValue the multi-part operation to name in the next request
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record SignResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    @KmipField(Tag.SIGNATURE_DATA) Optional<byte[]> signatureData,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue)
    implements ResponsePayload {

  public SignResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  /** The result of a single-part signature. */
  public static SignResponse of(String uniqueIdentifier, byte[] signature) {
    return new SignResponse(uniqueIdentifier, Optional.of(signature), Optional.empty());
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "SignResponse",
        "uniqueIdentifier",
        uniqueIdentifier,
        "signatureData",
        signatureData,
        "correlationValue",
        correlationValue);
  }
}
