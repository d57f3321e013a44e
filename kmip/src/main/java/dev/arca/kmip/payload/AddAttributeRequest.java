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
 * KMIP 1.4 §4.14 Table 200, KMIP 2.1 §6.1.2 Table 167 Add Attribute request.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder
 * @param attribute KMIP 1.x: the attribute to add
 * @param newAttribute KMIP 2.x: a New Attribute structure holding the one attribute to add
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record AddAttributeRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    Optional<Attribute> attribute,
    @KmipField(Tag.NEW_ATTRIBUTE) Optional<Attributes> newAttribute)
    implements RequestPayload {

  public AddAttributeRequest {
    AttributeConversion.checkOneForm("Attribute", attribute, "New Attribute", newAttribute, true);
    if (newAttribute.isPresent() && newAttribute.get().size() != 1) {
      throw new IllegalArgumentException("New Attribute holds exactly one attribute");
    }
  }

  /** A KMIP 2.x request adding {@code item}, an attribute under its own tag. */
  public static AddAttributeRequest of(String uniqueIdentifier, Ttlv item) {
    return new AddAttributeRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        Optional.empty(),
        Optional.of(Attributes.of(item)));
  }

  /** A KMIP 1.x request. */
  public static AddAttributeRequest of(String uniqueIdentifier, Attribute attribute) {
    return new AddAttributeRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        Optional.of(attribute),
        Optional.empty());
  }

  /** The attribute to add as a KMIP 2.x item, whichever version sent it. */
  public Ttlv normalizedAttribute() throws KmipException {
    return newAttribute.isPresent()
        ? newAttribute.get().single()
        : AttributeConversion.toV2(attribute.orElseThrow());
  }
}
