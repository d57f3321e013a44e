package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.17 Table 206, KMIP 2.1 §6.1.35 Table 268 Obtain Lease request: asks for a new Lease
 * Time on an object.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder. KMIP 2.x may send
 *     a reference to an identifier assigned earlier in the batch instead of the identifier
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record ObtainLeaseRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier)
    implements RequestPayload {

  /** Asks for a lease on the object {@code uniqueIdentifier} names. */
  public static ObtainLeaseRequest of(String uniqueIdentifier) {
    return new ObtainLeaseRequest(Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)));
  }

  /** Asks for a lease on the object the ID Placeholder holds. */
  public static ObtainLeaseRequest ofIdPlaceholder() {
    return new ObtainLeaseRequest(Optional.empty());
  }
}
