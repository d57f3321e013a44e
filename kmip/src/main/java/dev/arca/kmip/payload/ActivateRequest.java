package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.19 Table 210, KMIP 2.1 §6.1.1 Table 164 Activate request: activates a Pre-Active
 * object: its state becomes Active and its Activation Date is set to now.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder. KMIP 2.x may send
 *     a reference to an identifier assigned earlier in the batch instead of the identifier
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record ActivateRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier)
    implements RequestPayload {

  /** Activates the object {@code uniqueIdentifier} names. */
  public static ActivateRequest of(String uniqueIdentifier) {
    return new ActivateRequest(Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)));
  }

  /** Activates the object the ID Placeholder holds. */
  public static ActivateRequest ofIdPlaceholder() {
    return new ActivateRequest(Optional.empty());
  }
}
