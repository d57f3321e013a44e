package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.21 Table 214, KMIP 2.1 §6.1.15 Table 208 Destroy request: destroys the key material
 * of an object (the object itself, for a KMIP 1.x Template).
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder. KMIP 2.x may send
 *     a reference to an identifier assigned earlier in the batch instead of the identifier
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record DestroyRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier)
    implements RequestPayload {

  /** Destroys the object {@code uniqueIdentifier} names. */
  public static DestroyRequest of(String uniqueIdentifier) {
    return new DestroyRequest(Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)));
  }

  /** Destroys the object the ID Placeholder holds. */
  public static DestroyRequest ofIdPlaceholder() {
    return new DestroyRequest(Optional.empty());
  }
}
