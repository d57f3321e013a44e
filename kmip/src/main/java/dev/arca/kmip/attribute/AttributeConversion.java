package dev.arca.kmip.attribute;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.KmipEnums;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvBigInteger;
import dev.arca.kmip.ttlv.TtlvBoolean;
import dev.arca.kmip.ttlv.TtlvByteString;
import dev.arca.kmip.ttlv.TtlvDateTime;
import dev.arca.kmip.ttlv.TtlvDateTimeExtended;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvInterval;
import dev.arca.kmip.ttlv.TtlvLongInteger;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts attributes between the KMIP 1.x form (an {@link Attribute} named by text, KMIP 1.4
 * §2.1.1) and the KMIP 2.x form (an item under the attribute's tag in {@link Attributes}, KMIP 2.1
 * §5.1), so that the rest of Arca sees one form: the 2.x one.
 *
 * <p>The conversion is generic: the value keeps its item type and content and only changes tag,
 * from Attribute Value to the tag that carries the attribute's name ({@link
 * KmipEnums#attributeTag}) and back. Custom attributes (KMIP 1.4 §3.39) become vendor attributes
 * (KMIP 2.1 §4.60) whose Vendor Identification is the prefix: {@code "x-foo"} ↔ {@code {"x",
 * "foo"}}, {@code "y-foo"} ↔ {@code {"y", "foo"}}. KMIP 2.x has no Attribute Index; it is dropped
 * going to 2.x and recreated from the order of the instances going to 1.x.
 */
public final class AttributeConversion {

  private static final String CLIENT_PREFIX = "x-";
  private static final String SERVER_PREFIX = "y-";

  private AttributeConversion() {}

  /**
   * A 1.x attribute as a 2.x item.
   *
   * @throws KmipException Invalid Field for a name that is neither an attribute of KMIP 1.0–2.1 nor
   *     a custom name
   */
  public static Ttlv toV2(Attribute attribute) throws KmipException {
    Ttlv value = attribute.value();
    if (attribute.isVendorAttribute()) {
      // Already the 2.x vendor form; the Attribute Value keeps its tag inside it.
      return TtlvBinder.encode(attribute);
    }
    String name = attribute.attributeName();
    if (name.startsWith(CLIENT_PREFIX) || name.startsWith(SERVER_PREFIX)) {
      String vendorName = name.substring(2);
      if (vendorName.isEmpty()) {
        throw new KmipException(ResultReason.INVALID_FIELD, "custom attribute without a name");
      }
      return TtlvBinder.encode(Attribute.vendor(name.substring(0, 1), vendorName, value));
    }
    Optional<Tag> tag = KmipEnums.attributeTag(name);
    if (tag.isEmpty()) {
      throw new KmipException(ResultReason.INVALID_FIELD, "unknown attribute name: " + name);
    }
    return retag(value, tag.get().code());
  }

  /** 1.x attributes as a 2.x Attributes structure, in order. */
  public static Attributes toV2(List<Attribute> attributes) throws KmipException {
    List<Ttlv> items = new ArrayList<>(attributes.size());
    for (Attribute a : attributes) {
      items.add(toV2(a));
    }
    return new Attributes(items);
  }

  /**
   * A Template-Attribute as Attributes: each Name of the Template-Attribute becomes a Name
   * attribute, ahead of the attributes.
   */
  public static Attributes toV2(TemplateAttribute templateAttribute) throws KmipException {
    List<Ttlv> items = new ArrayList<>();
    for (Name name : templateAttribute.names()) {
      items.add(TtlvBinder.encode(name));
    }
    for (Attribute a : templateAttribute.attributes()) {
      items.add(toV2(a));
    }
    return new Attributes(items);
  }

  /**
   * The attributes of a field that is a Template-Attribute in KMIP 1.x and Attributes in 2.x
   * (Create, Register, Re-key, …), in the 2.x form; empty Attributes when neither is present.
   */
  public static Attributes toV2(Optional<TemplateAttribute> v1, Optional<Attributes> v2)
      throws KmipException {
    if (v2.isPresent()) {
      return v2.get();
    }
    return v1.isPresent() ? toV2(v1.get()) : Attributes.empty();
  }

  /**
   * Checks that a payload carries the 1.x or the 2.x form of a field, not both.
   *
   * @param required whether one of the two must be present
   * @throws IllegalArgumentException when both, or neither of a required pair, are present
   */
  public static void checkOneForm(
      String v1Field, Optional<?> v1, String v2Field, Optional<?> v2, boolean required) {
    if (v1.isPresent() && v2.isPresent()) {
      throw new IllegalArgumentException(
          v1Field + " (KMIP 1.x) and " + v2Field + " (KMIP 2.x) must not be sent together");
    }
    if (required && v1.isEmpty() && v2.isEmpty()) {
      throw new IllegalArgumentException("missing " + v2Field + " (" + v1Field + " in KMIP 1.x)");
    }
  }

  /**
   * A 2.x item as a 1.x attribute with the given index; an index of 0 is left out, since 1.x reads
   * a missing index as 0 (KMIP 1.4 §2.1.1).
   *
   * @throws KmipException Invalid Field for a vendor attribute whose vendor is neither "x" nor "y",
   *     which has no 1.x name
   */
  public static Attribute toV1(Ttlv item, int index) throws KmipException {
    String name = v1Name(item);
    Ttlv value =
        item.tag() == Tag.ATTRIBUTE.code()
            ? TtlvBinder.decode(Attribute.class, item).value()
            : retag(item, Tag.ATTRIBUTE_VALUE.code());
    return new Attribute(
        Optional.empty(),
        name,
        index == 0 ? Optional.empty() : Optional.of(index),
        Optional.of(value));
  }

  /**
   * Attributes as 1.x attributes, in order; the instances of each name are numbered from 0 in the
   * order they appear.
   */
  public static List<Attribute> toV1(Attributes attributes) throws KmipException {
    List<Attribute> out = new ArrayList<>(attributes.size());
    Map<String, Integer> next = new HashMap<>();
    for (Ttlv item : attributes.items()) {
      String name = v1Name(item);
      int index = next.merge(name, 1, Integer::sum) - 1;
      out.add(toV1(item, index));
    }
    return List.copyOf(out);
  }

  /** Attributes as a Template-Attribute without template names. */
  public static TemplateAttribute toTemplateAttribute(Attributes attributes) throws KmipException {
    return TemplateAttribute.of(toV1(attributes));
  }

  /** The 1.x Attribute Name of a 2.x item. */
  public static String v1Name(Ttlv item) throws KmipException {
    if (item.tag() == Tag.ATTRIBUTE.code()) {
      Attribute a = TtlvBinder.decode(Attribute.class, item);
      if (a.vendorIdentification().isEmpty()) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            "Attribute " + a.attributeName() + " in Attributes has no Vendor Identification");
      }
      return v1CustomName(a.vendorIdentification().get(), a.attributeName());
    }
    Optional<Tag> tag = Tag.fromCode(item.tag());
    if (tag.isEmpty() || !KmipEnums.isAttribute(tag.get())) {
      throw new KmipException(ResultReason.INVALID_FIELD, item.tagName() + " is not an attribute");
    }
    return KmipEnums.attributeName(tag.get());
  }

  /**
   * The 1.x custom attribute name of a vendor attribute: {@code "x-foo"} for vendor "x".
   *
   * @throws KmipException Invalid Field for another vendor: KMIP 1.x names custom attributes only
   *     with the prefixes "x-" (client) and "y-" (server), KMIP 1.4 §3.39
   */
  public static String v1CustomName(String vendorIdentification, String attributeName)
      throws KmipException {
    if (vendorIdentification.equals("x") || vendorIdentification.equals("y")) {
      return vendorIdentification + "-" + attributeName;
    }
    throw new KmipException(
        ResultReason.INVALID_FIELD,
        "vendor attribute " + vendorIdentification + ":" + attributeName + " has no KMIP 1.x name");
  }

  /**
   * The 2.x Attribute Reference for a 1.x Attribute Name, for Get Attributes and Delete Attribute.
   *
   * @throws KmipException Invalid Field for an unknown name
   */
  public static AttributeReference reference(String v1Name) throws KmipException {
    if (v1Name.startsWith(CLIENT_PREFIX) || v1Name.startsWith(SERVER_PREFIX)) {
      if (v1Name.length() == 2) {
        throw new KmipException(ResultReason.INVALID_FIELD, "custom attribute without a name");
      }
      return AttributeReference.vendor(v1Name.substring(0, 1), v1Name.substring(2));
    }
    Optional<Tag> tag = KmipEnums.attributeTag(v1Name);
    if (tag.isEmpty()) {
      throw new KmipException(ResultReason.INVALID_FIELD, "unknown attribute name: " + v1Name);
    }
    return AttributeReference.of(tag.get());
  }

  /** The same item under another tag: the value, item type and children are unchanged. */
  public static Ttlv retag(Ttlv item, int tag) {
    if (item.tag() == tag) {
      return item;
    }
    if (item instanceof TtlvStructure v) {
      return new TtlvStructure(tag, v.children());
    } else if (item instanceof TtlvInteger v) {
      return new TtlvInteger(tag, v.value());
    } else if (item instanceof TtlvLongInteger v) {
      return new TtlvLongInteger(tag, v.value());
    } else if (item instanceof TtlvBigInteger v) {
      return new TtlvBigInteger(tag, v.value());
    } else if (item instanceof TtlvEnumeration v) {
      return new TtlvEnumeration(tag, v.value());
    } else if (item instanceof TtlvBoolean v) {
      return new TtlvBoolean(tag, v.value());
    } else if (item instanceof TtlvTextString v) {
      return new TtlvTextString(tag, v.value());
    } else if (item instanceof TtlvByteString v) {
      return new TtlvByteString(tag, v.value());
    } else if (item instanceof TtlvDateTime v) {
      return new TtlvDateTime(tag, v.epochSeconds());
    } else if (item instanceof TtlvInterval v) {
      return new TtlvInterval(tag, v.seconds());
    } else if (item instanceof TtlvDateTimeExtended v) {
      return new TtlvDateTimeExtended(tag, v.epochMicros());
    }
    throw new IllegalArgumentException("unknown item " + item.type());
  }
}
