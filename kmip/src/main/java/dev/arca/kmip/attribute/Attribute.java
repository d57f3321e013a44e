package dev.arca.kmip.attribute;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.Optional;

/**
 * The Attribute structure, in both of its forms:
 *
 * <ul>
 *   <li>KMIP 1.4 §2.1.1 Table 2: Attribute Name, Attribute Index, Attribute Value. Every attribute
 *       of a 1.x message travels this way, named by its specification name ({@code "Cryptographic
 *       Algorithm"}) or a custom name ({@code "x-…"}, {@code "y-…"}).
 *   <li>KMIP 2.1 §4.60 Table 150 Vendor Attribute: Vendor Identification, Attribute Name, Attribute
 *       Value. In 2.x only vendor attributes use this structure; the others are items of {@link
 *       Attributes} under their own tag.
 * </ul>
 *
 * <p>The union keeps each version's order: Vendor Identification, Attribute Name, Attribute Index,
 * Attribute Value.
 *
 * @param attributeIndex 1.x only; absent means 0 (§2.1.1)
 * @param attributeValue tagged Attribute Value; its item type depends on the attribute. Absent only
 *     in a Notify (1.4 §5.1), which names deleted attributes.
 */
@KmipStructure(Tag.ATTRIBUTE)
public record Attribute(
    @KmipField(Tag.VENDOR_IDENTIFICATION) Optional<String> vendorIdentification,
    @KmipField(Tag.ATTRIBUTE_NAME) String attributeName,
    @KmipField(Tag.ATTRIBUTE_INDEX) Optional<Integer> attributeIndex,
    @KmipField(Tag.ATTRIBUTE_VALUE) Optional<Ttlv> attributeValue) {

  public Attribute {
    if (attributeIndex.isPresent() && attributeIndex.get() < 0) {
      throw new IllegalArgumentException("Attribute Index must not be negative");
    }
    if (vendorIdentification.isPresent() && attributeIndex.isPresent()) {
      throw new IllegalArgumentException(
          "a vendor attribute (KMIP 2.x) has no Attribute Index (KMIP 1.x)");
    }
    if (attributeValue.isPresent() && attributeValue.get().tag() != Tag.ATTRIBUTE_VALUE.code()) {
      throw new IllegalArgumentException(
          "Attribute Value is tagged " + attributeValue.get().tagName());
    }
  }

  /**
   * A KMIP 1.x attribute without index.
   *
   * @param value the value under any tag; it is written as Attribute Value
   */
  public static Attribute of(String name, Ttlv value) {
    return new Attribute(
        Optional.empty(),
        name,
        Optional.empty(),
        Optional.of(AttributeConversion.retag(value, Tag.ATTRIBUTE_VALUE.code())));
  }

  /** A KMIP 1.x attribute with an index. */
  public static Attribute of(String name, int index, Ttlv value) {
    return new Attribute(
        Optional.empty(),
        name,
        Optional.of(index),
        Optional.of(AttributeConversion.retag(value, Tag.ATTRIBUTE_VALUE.code())));
  }

  /** A KMIP 2.x vendor attribute. */
  public static Attribute vendor(String vendorIdentification, String name, Ttlv value) {
    return new Attribute(
        Optional.of(vendorIdentification),
        name,
        Optional.empty(),
        Optional.of(AttributeConversion.retag(value, Tag.ATTRIBUTE_VALUE.code())));
  }

  /**
   * The value, which every operation but Notify requires.
   *
   * @throws KmipException Invalid Message when it is missing
   */
  public Ttlv value() throws KmipException {
    return attributeValue.orElseThrow(
        () ->
            new KmipException(
                ResultReason.INVALID_MESSAGE, "Attribute " + attributeName + " has no value"));
  }

  /** The index, 0 when absent (KMIP 1.4 §2.1.1). */
  public int index() {
    return attributeIndex.orElse(0);
  }

  /** True for the KMIP 2.x Vendor Attribute form. */
  public boolean isVendorAttribute() {
    return vendorIdentification.isPresent();
  }
}
