package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;

/**
 * KMIP 2.1 §5.5 Table 161, structure form of Attribute Reference: names a vendor attribute. It is
 * written with the tag Attribute Reference; see {@link AttributeReference}.
 */
public record VendorAttributeReference(
    @KmipField(Tag.VENDOR_IDENTIFICATION) String vendorIdentification,
    @KmipField(Tag.ATTRIBUTE_NAME) String attributeName) {}
