package dev.arca.kmip.payload;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.Optional;

/**
 * KMIP 1.4 §4.15 Table 202, KMIP 2.1 §6.1.34 Table 265 Modify Attribute request.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder
 * @param attribute KMIP 1.x: the new value; its name and index say which instance changes
 * @param currentAttribute KMIP 2.x: the instance to change, by its current value; absent for a
 *     single-instance attribute
 * @param newAttribute KMIP 2.x: the new value, required there
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record ModifyAttributeRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    Optional<Attribute> attribute,
    @KmipField(Tag.CURRENT_ATTRIBUTE) Optional<Attributes> currentAttribute,
    @KmipField(Tag.NEW_ATTRIBUTE) Optional<Attributes> newAttribute)
    implements RequestPayload {

  public ModifyAttributeRequest {
    AttributeConversion.checkOneForm("Attribute", attribute, "New Attribute", newAttribute, true);
    if (attribute.isPresent() && currentAttribute.isPresent()) {
      throw new IllegalArgumentException(
          "Attribute (KMIP 1.x) and Current Attribute (KMIP 2.x) must not be sent together");
    }
    if (newAttribute.isPresent() && newAttribute.get().size() != 1) {
      throw new IllegalArgumentException("New Attribute holds exactly one attribute");
    }
    if (currentAttribute.isPresent() && currentAttribute.get().size() != 1) {
      throw new IllegalArgumentException("Current Attribute holds exactly one attribute");
    }
  }

  /** A KMIP 2.x request setting a single-instance attribute to {@code item}. */
  public static ModifyAttributeRequest of(String uniqueIdentifier, Ttlv item) {
    return new ModifyAttributeRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        Optional.empty(),
        Optional.empty(),
        Optional.of(Attributes.of(item)));
  }

  /** A KMIP 1.x request. */
  public static ModifyAttributeRequest of(String uniqueIdentifier, Attribute attribute) {
    return new ModifyAttributeRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        Optional.of(attribute),
        Optional.empty(),
        Optional.empty());
  }

  /** The new value as a KMIP 2.x item, whichever version sent it. */
  public Ttlv normalizedNewAttribute() throws KmipException {
    return newAttribute.isPresent()
        ? newAttribute.get().single()
        : AttributeConversion.toV2(attribute.orElseThrow());
  }
}
