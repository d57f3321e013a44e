package dev.arca.kmip.attribute;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.bind.TtlvValue;
import dev.arca.kmip.enums.KmipEnums;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 2.1 §5.5 Table 161 Attribute Reference: names an attribute in Get Attributes, Get Attribute
 * List, Delete Attribute and Adjust Attribute. It is either an Enumeration whose value is the
 * attribute's tag, or a structure naming a vendor attribute ({@link VendorAttributeReference}).
 * KMIP 1.x names attributes by their Attribute Name text instead.
 */
public final class AttributeReference implements TtlvValue {

  private final Tag tag;
  private final VendorAttributeReference vendor;

  private AttributeReference(Tag tag, VendorAttributeReference vendor) {
    this.tag = tag;
    this.vendor = vendor;
  }

  /**
   * A reference to a specification attribute.
   *
   * @throws IllegalArgumentException when the tag is not an attribute
   */
  public static AttributeReference of(Tag tag) {
    if (!KmipEnums.isAttribute(tag)) {
      throw new IllegalArgumentException(tag.specName() + " is not an attribute");
    }
    return new AttributeReference(tag, null);
  }

  /** A reference to a vendor attribute. */
  public static AttributeReference vendor(String vendorIdentification, String attributeName) {
    return new AttributeReference(
        null,
        new VendorAttributeReference(
            Objects.requireNonNull(vendorIdentification, "vendorIdentification"),
            Objects.requireNonNull(attributeName, "attributeName")));
  }

  /** Decodes the Enumeration or the structure form. */
  public static AttributeReference fromTtlv(Ttlv item) throws KmipException {
    if (item instanceof TtlvEnumeration e) {
      Optional<Tag> referenced = Tag.fromCode(e.value());
      if (referenced.isEmpty() || !KmipEnums.isAttribute(referenced.get())) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            String.format("Attribute Reference 0x%06X is not an attribute tag", e.value()));
      }
      return new AttributeReference(referenced.get(), null);
    }
    if (item instanceof TtlvStructure) {
      VendorAttributeReference named = TtlvBinder.decode(VendorAttributeReference.class, item);
      if (named.vendorIdentification().isEmpty()) {
        return specificationAttribute(named.attributeName());
      }
      if (named.attributeName().isEmpty()) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            "Attribute Reference of vendor '"
                + named.vendorIdentification()
                + "' has an empty Attribute Name");
      }
      return new AttributeReference(null, named);
    }
    throw new KmipException(
        ResultReason.INVALID_MESSAGE,
        item.tagName()
            + " must be an Enumeration or a Structure, not "
            + item.type().encodingName());
  }

  /**
   * The structure form with an empty Vendor Identification: no vendor attribute can be named so,
   * and KMIP 2.0 clients such as PyKMIP write a specification attribute this way, by its name
   * ("Contact Information"). It means the same as the Enumeration form.
   */
  private static AttributeReference specificationAttribute(String name) throws KmipException {
    Optional<Tag> tag = KmipEnums.attributeTag(name);
    if (tag.isEmpty()) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          "Attribute Reference without a Vendor Identification names no KMIP attribute: '"
              + name
              + "'");
    }
    return new AttributeReference(tag.get(), null);
  }

  @Override
  public Ttlv toTtlv(int itemTag) {
    return tag != null
        ? new TtlvEnumeration(itemTag, tag.code())
        : TtlvBinder.encode(itemTag, vendor);
  }

  /** The referenced specification attribute; empty for a vendor attribute. */
  public Optional<Tag> tag() {
    return Optional.ofNullable(tag);
  }

  /** The referenced vendor attribute; empty for a specification attribute. */
  public Optional<VendorAttributeReference> vendorAttribute() {
    return Optional.ofNullable(vendor);
  }

  /**
   * True when {@code item}, an item of {@link Attributes}, is the attribute this reference names.
   */
  public boolean matches(Ttlv item) throws KmipException {
    if (tag != null) {
      return item.tag() == tag.code();
    }
    if (item.tag() != Tag.ATTRIBUTE.code()) {
      return false;
    }
    Attribute a = TtlvBinder.decode(Attribute.class, item);
    return a.vendorIdentification().filter(vendor.vendorIdentification()::equals).isPresent()
        && a.attributeName().equals(vendor.attributeName());
  }

  /**
   * The KMIP 1.x Attribute Name of the referenced attribute; see {@link
   * AttributeConversion#v1Name}.
   */
  public String v1Name() throws KmipException {
    return tag != null
        ? KmipEnums.attributeName(tag)
        : AttributeConversion.v1CustomName(vendor.vendorIdentification(), vendor.attributeName());
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributeReference r && r.tag == tag && Objects.equals(r.vendor, vendor);
  }

  @Override
  public int hashCode() {
    return Objects.hash(tag, vendor);
  }

  @Override
  public String toString() {
    return tag != null
        ? tag.specName()
        : vendor.vendorIdentification() + ":" + vendor.attributeName();
  }
}
