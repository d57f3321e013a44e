package dev.arca.kmip.payload;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * KMIP 1.4 §4.12 Table 196, KMIP 2.1 §6.1.20 Table 223 Get Attributes request. Naming no attribute
 * asks for all of them.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder
 * @param attributeNames KMIP 1.x: the attributes wanted, by name
 * @param attributeReferences KMIP 2.x: the attributes wanted, by tag or vendor name
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record GetAttributesRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.ATTRIBUTE_NAME) List<String> attributeNames,
    @KmipField(Tag.ATTRIBUTE_REFERENCE) List<AttributeReference> attributeReferences)
    implements RequestPayload {

  public GetAttributesRequest {
    attributeNames = List.copyOf(attributeNames);
    attributeReferences = List.copyOf(attributeReferences);
    if (!attributeNames.isEmpty() && !attributeReferences.isEmpty()) {
      throw new IllegalArgumentException(
          "Attribute Name (KMIP 1.x) and Attribute Reference (KMIP 2.x) must not be sent together");
    }
  }

  /** A KMIP 2.x request for the given attributes of {@code uniqueIdentifier}, or all of them. */
  public static GetAttributesRequest of(String uniqueIdentifier, AttributeReference... wanted) {
    return new GetAttributesRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)), List.of(), List.of(wanted));
  }

  /** A KMIP 1.x request for the named attributes of {@code uniqueIdentifier}, or all of them. */
  public static GetAttributesRequest ofNames(String uniqueIdentifier, String... names) {
    return new GetAttributesRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)), List.of(names), List.of());
  }

  /**
   * The attributes wanted as KMIP 2.x references, whichever version sent them; empty means all.
   *
   * @throws KmipException Invalid Field for an unknown 1.x attribute name
   */
  public List<AttributeReference> normalizedReferences() throws KmipException {
    if (attributeNames.isEmpty()) {
      return attributeReferences;
    }
    List<AttributeReference> out = new ArrayList<>(attributeNames.size());
    for (String name : attributeNames) {
      out.add(AttributeConversion.reference(name));
    }
    return List.copyOf(out);
  }
}
