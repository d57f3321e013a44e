package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.15 Table 203, KMIP 2.1 §6.1.34 Table 266 Modify Attribute response.
 *
 * @param attribute KMIP 1.x: the attribute with its new value; required there
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record ModifyAttributeResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier, Optional<Attribute> attribute)
    implements ResponsePayload {

  /** A KMIP 2.x response. */
  public static ModifyAttributeResponse of(String uniqueIdentifier) {
    return new ModifyAttributeResponse(uniqueIdentifier, Optional.empty());
  }

  /** A KMIP 1.x response. */
  public static ModifyAttributeResponse of(String uniqueIdentifier, Attribute modified) {
    return new ModifyAttributeResponse(uniqueIdentifier, Optional.of(modified));
  }
}
