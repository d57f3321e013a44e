package dev.arca.kmip.payload;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.Optional;

/**
 * KMIP 2.1 §6.1.51 Table 322 Set Attribute request (KMIP 2.0 and later): sets a single-instance
 * attribute, adding it if the object does not have it.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder
 * @param newAttribute a New Attribute structure holding the one attribute to set
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record SetAttributeRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.NEW_ATTRIBUTE) Attributes newAttribute)
    implements RequestPayload {

  public SetAttributeRequest {
    if (newAttribute.size() != 1) {
      throw new IllegalArgumentException("New Attribute holds exactly one attribute");
    }
  }

  /** Sets {@code item}, an attribute under its own tag, on {@code uniqueIdentifier}. */
  public static SetAttributeRequest of(String uniqueIdentifier, Ttlv item) {
    return new SetAttributeRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)), Attributes.of(item));
  }

  /** The attribute to set. */
  public Ttlv attribute() throws KmipException {
    return newAttribute.single();
  }
}
