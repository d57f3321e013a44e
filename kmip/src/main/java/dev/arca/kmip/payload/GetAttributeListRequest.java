package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.13 Table 198, KMIP 2.1 §6.1.21 Table 226 Get Attribute List request: which attributes
 * the object has.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record GetAttributeListRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier)
    implements RequestPayload {

  public static GetAttributeListRequest of(String uniqueIdentifier) {
    return new GetAttributeListRequest(Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)));
  }
}
