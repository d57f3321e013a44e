package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.22 Table 216, KMIP 2.1 §6.1.4 Table 173 Archive request: tells the server that it MAY
 * archive an object.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder. KMIP 2.x may send
 *     a reference to an identifier assigned earlier in the batch instead of the identifier
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record ArchiveRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier)
    implements RequestPayload {

  /** Archives the object {@code uniqueIdentifier} names. */
  public static ArchiveRequest of(String uniqueIdentifier) {
    return new ArchiveRequest(Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)));
  }

  /** Archives the object the ID Placeholder holds. */
  public static ArchiveRequest ofIdPlaceholder() {
    return new ArchiveRequest(Optional.empty());
  }
}
