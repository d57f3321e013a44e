package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.LinkType;

/**
 * KMIP 1.4 §3.35 Table 129, KMIP 2.1 §4.31 Table 91 Link.
 *
 * @param linkedObjectIdentifier a Text String in 1.x; 2.x also allows the Enumeration and Integer
 *     forms of Table 90
 */
@KmipStructure(Tag.LINK)
public record Link(
    @KmipField(Tag.LINK_TYPE) LinkType linkType,
    @KmipField(Tag.LINKED_OBJECT_IDENTIFIER) UniqueIdentifierValue linkedObjectIdentifier) {

  public static Link of(LinkType type, String linkedObjectIdentifier) {
    return new Link(type, UniqueIdentifierValue.of(linkedObjectIdentifier));
  }
}
