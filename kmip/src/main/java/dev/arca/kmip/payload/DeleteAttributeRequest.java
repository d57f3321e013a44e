package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.16 Table 204, KMIP 2.1 §6.1.13 Table 202 Delete Attribute request.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder
 * @param attributeName KMIP 1.x: the attribute to delete, required there
 * @param attributeIndex KMIP 1.x: the instance; absent means 0
 * @param currentAttribute KMIP 2.x: the instance to delete, by its value
 * @param attributeReference KMIP 2.x: the attribute to delete, by tag or vendor name
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record DeleteAttributeRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.ATTRIBUTE_NAME) Optional<String> attributeName,
    @KmipField(Tag.ATTRIBUTE_INDEX) Optional<Integer> attributeIndex,
    @KmipField(Tag.CURRENT_ATTRIBUTE) Optional<Attributes> currentAttribute,
    @KmipField(Tag.ATTRIBUTE_REFERENCE) Optional<AttributeReference> attributeReference)
    implements RequestPayload {

  public DeleteAttributeRequest {
    if (attributeName.isPresent()
        == (currentAttribute.isPresent() || attributeReference.isPresent())) {
      throw new IllegalArgumentException(
          "Delete Attribute names the attribute by Attribute Name (KMIP 1.x), or by Current"
              + " Attribute or Attribute Reference (KMIP 2.x)");
    }
    if (attributeIndex.isPresent() && attributeName.isEmpty()) {
      throw new IllegalArgumentException("Attribute Index without Attribute Name");
    }
    if (attributeIndex.isPresent() && attributeIndex.get() < 0) {
      throw new IllegalArgumentException("Attribute Index must not be negative");
    }
    if (currentAttribute.isPresent() && currentAttribute.get().size() != 1) {
      throw new IllegalArgumentException("Current Attribute holds exactly one attribute");
    }
  }

  /** A KMIP 2.x request deleting {@code reference} from {@code uniqueIdentifier}. */
  public static DeleteAttributeRequest of(String uniqueIdentifier, AttributeReference reference) {
    return new DeleteAttributeRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(reference));
  }

  /** A KMIP 1.x request deleting instance {@code index} of the attribute {@code name}. */
  public static DeleteAttributeRequest of(String uniqueIdentifier, String name, int index) {
    return new DeleteAttributeRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        Optional.of(name),
        index == 0 ? Optional.empty() : Optional.of(index),
        Optional.empty(),
        Optional.empty());
  }
}
