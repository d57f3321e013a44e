package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.37 Table 246, KMIP 2.1 §6.1.24 Table 236 Hash response (since KMIP 1.2). {@link
 * #toString()} shows byte fields by length only.
 *
 * @param data the digest; required for a single-part operation
 * @param correlationValue the multi-part operation to name in the next request
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record HashResponse(
    @KmipField(Tag.DATA) Optional<byte[]> data,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue)
    implements ResponsePayload {

  /** The digest of a single-part hash. */
  public static HashResponse of(byte[] digest) {
    return new HashResponse(Optional.of(digest), Optional.empty());
  }

  @Override
  public String toString() {
    return PayloadItems.render("HashResponse", "data", data, "correlationValue", correlationValue);
  }
}
