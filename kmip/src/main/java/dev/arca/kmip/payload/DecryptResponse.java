package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 1.4 §4.30 Table 232, KMIP 2.1 §6.1.11 Table 197 Decrypt response (since KMIP 1.2). The Data
 * is plaintext, so {@link #toString()} shows byte fields by length only.
 *
 * @param uniqueIdentifier the key that was used
 * @param data the plaintext; KMIP 1.x requires it for a single-part operation, KMIP 2.x makes it
 *     optional
 * @param correlationValue the multi-part operation to name in the next request
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record DecryptResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    @KmipField(Tag.DATA) Optional<byte[]> data,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue)
    implements ResponsePayload {

  public DecryptResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  /** The result of a single-part decryption. */
  public static DecryptResponse of(String uniqueIdentifier, byte[] plaintext) {
    return new DecryptResponse(uniqueIdentifier, Optional.of(plaintext), Optional.empty());
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "DecryptResponse",
        "uniqueIdentifier",
        uniqueIdentifier,
        "data",
        data,
        "correlationValue",
        correlationValue);
  }
}
