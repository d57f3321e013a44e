package dev.arca.kmip.payload;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;
import java.util.Optional;

/**
 * KMIP 1.4 §4.12 Table 197, KMIP 2.1 §6.1.20 Table 224 Get Attributes response.
 *
 * @param v1Attributes KMIP 1.x: the attributes, each an Attribute structure
 * @param attributes KMIP 2.x: the attributes, required there (possibly empty)
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record GetAttributesResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    @KmipField(Tag.ATTRIBUTE) List<Attribute> v1Attributes,
    Optional<Attributes> attributes)
    implements ResponsePayload {

  public GetAttributesResponse {
    v1Attributes = List.copyOf(v1Attributes);
    if (!v1Attributes.isEmpty() && attributes.isPresent()) {
      throw new IllegalArgumentException(
          "Attribute (KMIP 1.x) and Attributes (KMIP 2.x) must not be sent together");
    }
  }

  /** A KMIP 2.x response. */
  public static GetAttributesResponse of(String uniqueIdentifier, Attributes attributes) {
    return new GetAttributesResponse(uniqueIdentifier, List.of(), Optional.of(attributes));
  }

  /** A KMIP 1.x response. */
  public static GetAttributesResponse of(String uniqueIdentifier, List<Attribute> attributes) {
    return new GetAttributesResponse(uniqueIdentifier, attributes, Optional.empty());
  }

  /** The attributes in the KMIP 2.x form, whichever version sent them. */
  public Attributes normalizedAttributes() throws KmipException {
    return attributes.isPresent() ? attributes.get() : AttributeConversion.toV2(v1Attributes);
  }
}
