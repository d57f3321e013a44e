package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 1.4 §4.33 Table 238, KMIP 2.1 §6.1.32 Table 260 MAC response (since KMIP 1.2). {@link
 * #toString()} shows byte fields by length only.
 *
 * @param uniqueIdentifier the key that was used
 * @param macData the MAC; required for a single-part operation
 * @param correlationValue the multi-part operation to name in the next request
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record MacResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    @KmipField(Tag.MAC_DATA) Optional<byte[]> macData,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue)
    implements ResponsePayload {

  public MacResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  /** The result of a single-part MAC. */
  public static MacResponse of(String uniqueIdentifier, byte[] mac) {
    return new MacResponse(uniqueIdentifier, Optional.of(mac), Optional.empty());
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "MacResponse",
        "uniqueIdentifier",
        uniqueIdentifier,
        "macData",
        macData,
        "correlationValue",
        correlationValue);
  }
}
