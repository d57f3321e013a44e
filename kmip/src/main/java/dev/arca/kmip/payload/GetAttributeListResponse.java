package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;

/**
 * KMIP 1.4 §4.13 Table 199, KMIP 2.1 §6.1.21 Table 227 Get Attribute List response.
 *
 * @param attributeNames KMIP 1.x: the attributes the object has, by name
 * @param attributeReferences KMIP 2.x: the same, by tag or vendor name
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record GetAttributeListResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    @KmipField(Tag.ATTRIBUTE_NAME) List<String> attributeNames,
    @KmipField(Tag.ATTRIBUTE_REFERENCE) List<AttributeReference> attributeReferences)
    implements ResponsePayload {

  public GetAttributeListResponse {
    attributeNames = List.copyOf(attributeNames);
    attributeReferences = List.copyOf(attributeReferences);
    if (!attributeNames.isEmpty() && !attributeReferences.isEmpty()) {
      throw new IllegalArgumentException(
          "Attribute Name (KMIP 1.x) and Attribute Reference (KMIP 2.x) must not be sent together");
    }
  }

  /** A KMIP 2.x response. */
  public static GetAttributeListResponse of(
      String uniqueIdentifier, List<AttributeReference> references) {
    return new GetAttributeListResponse(uniqueIdentifier, List.of(), references);
  }

  /** A KMIP 1.x response. */
  public static GetAttributeListResponse ofNames(String uniqueIdentifier, List<String> names) {
    return new GetAttributeListResponse(uniqueIdentifier, names, List.of());
  }
}
