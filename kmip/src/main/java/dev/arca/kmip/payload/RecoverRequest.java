package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.23 Table 218, KMIP 2.1 §6.1.42 Table 288 Recover request: brings an archived object
 * back on line.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder. KMIP 2.x may send
 *     a reference to an identifier assigned earlier in the batch instead of the identifier
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record RecoverRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier)
    implements RequestPayload {

  /** Recovers the object {@code uniqueIdentifier} names. */
  public static RecoverRequest of(String uniqueIdentifier) {
    return new RecoverRequest(Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)));
  }

  /** Recovers the object the ID Placeholder holds. */
  public static RecoverRequest ofIdPlaceholder() {
    return new RecoverRequest(Optional.empty());
  }
}
