package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.16 Table 205, KMIP 2.1 §6.1.13 Table 203 Delete Attribute response.
 *
 * @param attribute KMIP 1.x: the deleted attribute; required there
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record DeleteAttributeResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier, Optional<Attribute> attribute)
    implements ResponsePayload {

  /** A KMIP 2.x response. */
  public static DeleteAttributeResponse of(String uniqueIdentifier) {
    return new DeleteAttributeResponse(uniqueIdentifier, Optional.empty());
  }

  /** A KMIP 1.x response. */
  public static DeleteAttributeResponse of(String uniqueIdentifier, Attribute deleted) {
    return new DeleteAttributeResponse(uniqueIdentifier, Optional.of(deleted));
  }
}
