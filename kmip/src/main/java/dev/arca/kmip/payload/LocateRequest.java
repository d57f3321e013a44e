package dev.arca.kmip.payload;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectGroupMember;
import java.util.List;
import java.util.Optional;

/**
 * KMIP 1.4 §4.9 Table 190, KMIP 2.1 §6.1.28 Table 247 Locate request: the objects whose attributes
 * match.
 *
 * @param maximumItems at most this many identifiers are returned
 * @param offsetItems this many matching identifiers are skipped first (added in 1.3)
 * @param storageStatusMask which storage to search (1.4 §9.1.3.3.2, 2.1 §12.3); absent: on-line
 *     only
 * @param objectGroupMember Group Member Fresh or Default (added in 1.4)
 * @param v1Attributes KMIP 1.x: the attributes to match, each an Attribute structure
 * @param attributes KMIP 2.x: the attributes to match, required there but possibly empty
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record LocateRequest(
    @KmipField(Tag.MAXIMUM_ITEMS) Optional<Integer> maximumItems,
    @KmipField(Tag.OFFSET_ITEMS) Optional<Integer> offsetItems,
    @KmipField(Tag.STORAGE_STATUS_MASK) Optional<Integer> storageStatusMask,
    @KmipField(Tag.OBJECT_GROUP_MEMBER) Optional<ObjectGroupMember> objectGroupMember,
    @KmipField(Tag.ATTRIBUTE) List<Attribute> v1Attributes,
    Optional<Attributes> attributes)
    implements RequestPayload {

  public LocateRequest {
    v1Attributes = List.copyOf(v1Attributes);
    if (!v1Attributes.isEmpty() && attributes.isPresent()) {
      throw new IllegalArgumentException(
          "Attribute (KMIP 1.x) and Attributes (KMIP 2.x) must not be sent together");
    }
    if (maximumItems.isPresent() && maximumItems.get() < 0) {
      throw new IllegalArgumentException("Maximum Items must not be negative");
    }
    if (offsetItems.isPresent() && offsetItems.get() < 0) {
      throw new IllegalArgumentException("Offset Items must not be negative");
    }
  }

  /** A KMIP 2.x request for every object matching {@code attributes}. */
  public static LocateRequest of(Attributes attributes) {
    return new LocateRequest(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        List.of(),
        Optional.of(attributes));
  }

  /** A KMIP 1.x request for every object matching {@code attributes}. */
  public static LocateRequest of(List<Attribute> attributes) {
    return new LocateRequest(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        attributes,
        Optional.empty());
  }

  /** The attributes to match in the KMIP 2.x form, whichever version sent them. */
  public Attributes normalizedAttributes() throws KmipException {
    return attributes.isPresent() ? attributes.get() : AttributeConversion.toV2(v1Attributes);
  }
}
