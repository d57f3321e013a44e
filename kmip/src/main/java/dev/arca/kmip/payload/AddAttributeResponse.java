package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.14 Table 201, KMIP 2.1 §6.1.2 Table 168 Add Attribute response.
 *
 * @param attribute KMIP 1.x: the attribute as added, with its index; required there
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record AddAttributeResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier, Optional<Attribute> attribute)
    implements ResponsePayload {

  /** A KMIP 2.x response. */
  public static AddAttributeResponse of(String uniqueIdentifier) {
    return new AddAttributeResponse(uniqueIdentifier, Optional.empty());
  }

  /** A KMIP 1.x response. */
  public static AddAttributeResponse of(String uniqueIdentifier, Attribute added) {
    return new AddAttributeResponse(uniqueIdentifier, Optional.of(added));
  }
}
