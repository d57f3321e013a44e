package dev.arca.server.operation;

import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.AttributeRules;
import dev.arca.core.key.AttributeSet;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.ProtectionStorageMasks;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ProtectionStorageMask;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attributes in the shape of each protocol version, for the handlers of this package.
 *
 * <p>Requests reach the key service in one form, the KMIP 2.x one ({@link AttributeSet}): the
 * payloads' {@code normalized…()} methods convert a 1.x Template-Attribute or Attribute on the way
 * in. Responses go out in the form of the request's version: KMIP 1.x writes each value as an
 * {@link Attribute} with its name and index (1.4 §2.1.1), KMIP 2.x as an item of {@link Attributes}
 * (2.1 §5.1), and a custom attribute {@code x-name} of 1.x is the vendor attribute {@code x}/{@code
 * name} of 2.x (1.4 §3.39, 2.1 §4.60). An attribute a version does not define — Key Format Type
 * before 2.0, Operation Policy Name after 1.4 — is left out of that version's responses.
 */
final class AttributeViews {

  private AttributeViews() {}

  /** A request's attributes, already in the 2.x form, as the key service takes them. */
  static AttributeSet requested(Attributes normalized) throws KmipException {
    return AttributeSet.fromItems(normalized.items());
  }

  /**
   * The attributes of a field that is a Template-Attribute in KMIP 1.x and Attributes in 2.x. Arca
   * keeps no Template objects (deprecated in KMIP 1.3, removed in 2.0), so a Template-Attribute
   * that names one refers to a template that does not exist (1.4 Table 328: Item Not Found).
   */
  static AttributeSet requested(Optional<TemplateAttribute> v1, Optional<Attributes> v2)
      throws KmipException {
    if (v2.isPresent()) {
      return requested(v2.get());
    }
    if (v1.isEmpty()) {
      return AttributeSet.empty();
    }
    if (!v1.get().names().isEmpty()) {
      throw new KmipException(
          ResultReason.ITEM_NOT_FOUND,
          "no Template named '" + v1.get().names().get(0).nameValue() + "'");
    }
    return requested(AttributeConversion.toV2(v1.get().attributes()));
  }

  /**
   * Checks the Protection Storage Masks of a KMIP 2.x request (2.1 §6.1.8): Arca keeps key material
   * in software, sealed under its master key, so at least one mask the client accepts must include
   * Software (§12.2); otherwise Protection Storage Unavailable.
   */
  static void checkStorage(Optional<ProtectionStorageMasks> masks, ResultReason unavailable)
      throws KmipException {
    if (masks.isEmpty() || masks.get().protectionStorageMasks().isEmpty()) {
      return;
    }
    for (int mask : masks.get().protectionStorageMasks()) {
      if ((mask & ProtectionStorageMask.SOFTWARE.code()) != 0) {
        return;
      }
    }
    throw new KmipException(
        unavailable, "this server keeps key material in Software protection storage only");
  }

  /**
   * Refuses the dates a Re-key Offset sets (1.4 Table 331: "Offset field is not permitted to be
   * specified at the same time as any of the Activation Date, Process Start Date, Protect Stop
   * Date, or Deactivation Date attributes", Invalid Message).
   */
  static void checkNoDates(AttributeSet attributes) throws KmipException {
    for (Tag date :
        List.of(
            Tag.ACTIVATION_DATE,
            Tag.PROCESS_START_DATE,
            Tag.PROTECT_STOP_DATE,
            Tag.DEACTIVATION_DATE)) {
      if (attributes.contains(date)) {
        throw new KmipException(
            ResultReason.INVALID_MESSAGE,
            "an Offset cannot come with a " + date.specName() + "; the Offset sets it");
      }
    }
  }

  /** The attribute and value of one 2.x attribute item (New Attribute, Current Attribute). */
  static Map.Entry<AttributeKey, Ttlv> single(Ttlv item) throws KmipException {
    AttributeSet one = AttributeSet.fromItems(List.of(item));
    AttributeKey key = one.keys().get(0);
    return Map.entry(key, one.all(key).get(0));
  }

  /** The attribute a 2.x Attribute Reference names. */
  static AttributeKey key(AttributeReference reference) {
    if (reference.tag().isPresent()) {
      return AttributeKey.of(reference.tag().get());
    }
    return AttributeKey.custom(
        reference.vendorAttribute().get().vendorIdentification(),
        reference.vendorAttribute().get().attributeName());
  }

  /** The attribute a 1.x Attribute Name names. */
  static AttributeKey key(String v1Name) throws KmipException {
    return key(AttributeConversion.reference(v1Name));
  }

  /** The 2.x Attribute Reference of an attribute. */
  static AttributeReference reference(AttributeKey key) {
    return key.tag().isPresent()
        ? AttributeReference.of(key.tag().get())
        : AttributeReference.vendor(key.vendor(), key.name());
  }

  /**
   * Whether responses in {@code version} carry the attribute: a standard attribute the version
   * defines (per {@link AttributeRules}), or a custom attribute that has a name in that version —
   * in 1.x only the prefixes {@code x-} and {@code y-} (1.4 §3.39).
   */
  static boolean shown(AttributeKey key, KmipVersion version) {
    if (key.isCustom()) {
      return version.isV2()
          || key.vendor().equals(AttributeRules.CLIENT_CUSTOM_VENDOR)
          || key.vendor().equals(AttributeRules.SERVER_CUSTOM_VENDOR);
    }
    Tag tag = key.tag().get();
    return tag != Tag.CUSTOM_ATTRIBUTE
        && AttributeRules.forTag(tag).map(r -> r.definedIn(version)).orElse(false);
  }

  /** The attributes {@code version} defines, in the set's order, as 2.x items. */
  static Attributes v2(AttributeSet attributes, List<AttributeKey> keys, KmipVersion version) {
    List<Ttlv> items = new ArrayList<>();
    for (AttributeKey key : keys) {
      if (!shown(key, version)) {
        continue;
      }
      for (Ttlv value : attributes.all(key)) {
        items.add(item(key, value));
      }
    }
    return Attributes.of(items);
  }

  /** The attributes {@code version} defines, as 1.x Attribute structures with their indexes. */
  static List<Attribute> v1(AttributeSet attributes, List<AttributeKey> keys, KmipVersion version)
      throws KmipException {
    List<Attribute> out = new ArrayList<>();
    for (AttributeKey key : keys) {
      if (!shown(key, version)) {
        continue;
      }
      List<Ttlv> values = attributes.all(key);
      for (int i = 0; i < values.size(); i++) {
        out.add(v1(key, values.get(i), i));
      }
    }
    return out;
  }

  /** One value as a 1.x Attribute; index 0 is left out, as 1.x reads a missing index as 0. */
  static Attribute v1(AttributeKey key, Ttlv value, int index) throws KmipException {
    return AttributeConversion.toV1(item(key, value), index);
  }

  /**
   * One value as a 1.x Attribute answering a request that named it by index: the index is written
   * out, even 0, when the request wrote it out, so that the answer names the instance as the
   * request did; otherwise as {@link #v1(AttributeKey, Ttlv, int)}.
   */
  static Attribute v1(AttributeKey key, Ttlv value, Optional<Integer> requestIndex)
      throws KmipException {
    Attribute attribute = v1(key, value, requestIndex.orElse(0));
    if (requestIndex.isEmpty() || attribute.attributeIndex().isPresent()) {
      return attribute;
    }
    return new Attribute(
        attribute.vendorIdentification(),
        attribute.attributeName(),
        requestIndex,
        attribute.attributeValue());
  }

  /** One value as a 2.x item: under its own tag, or a vendor Attribute structure. */
  static Ttlv item(AttributeKey key, Ttlv value) {
    if (key.isCustom()) {
      return TtlvBinder.encode(Attribute.vendor(key.vendor(), key.name(), value));
    }
    return value;
  }
}
