package dev.arca.core.key;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDateTime;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvLongInteger;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The attributes of one managed object: an immutable map from {@link AttributeKey} to its values in
 * order (most attributes have one value; Name, Link, Object Group and custom attributes may have
 * several).
 *
 * <p>Values are TTLV items in their KMIP 2.x form: a standard attribute's value carries the
 * attribute's own tag; a custom attribute's value carries the tag Attribute Value. Keys iterate in
 * a fixed order (tags ascending, then custom names), so the serialized form is deterministic.
 */
public final class AttributeSet {

  private static final AttributeSet EMPTY = new AttributeSet(new TreeMap<>());

  private final TreeMap<AttributeKey, List<Ttlv>> values;

  private AttributeSet(TreeMap<AttributeKey, List<Ttlv>> values) {
    this.values = values;
  }

  public static AttributeSet empty() {
    return EMPTY;
  }

  public Builder toBuilder() {
    return new Builder(values);
  }

  public static Builder builder() {
    return new Builder(new TreeMap<>());
  }

  public boolean contains(AttributeKey key) {
    return values.containsKey(key);
  }

  public boolean contains(Tag tag) {
    return values.containsKey(AttributeKey.of(tag));
  }

  /** Every value of the attribute, in order; empty when absent. */
  public List<Ttlv> all(AttributeKey key) {
    return values.getOrDefault(key, List.of());
  }

  public List<Ttlv> all(Tag tag) {
    return all(AttributeKey.of(tag));
  }

  /** The first value of the attribute. */
  public Optional<Ttlv> first(AttributeKey key) {
    List<Ttlv> v = values.get(key);
    return v == null || v.isEmpty() ? Optional.empty() : Optional.of(v.get(0));
  }

  public Optional<Ttlv> first(Tag tag) {
    return first(AttributeKey.of(tag));
  }

  /** The keys present, in their fixed order. */
  public List<AttributeKey> keys() {
    return List.copyOf(values.keySet());
  }

  /** Every value of every attribute, in the fixed order. */
  public Map<AttributeKey, List<Ttlv>> asMap() {
    return Collections.unmodifiableMap(values);
  }

  public int size() {
    return values.size();
  }

  // Typed reads of single-valued attributes.

  public Optional<String> text(Tag tag) {
    return first(tag)
        .filter(TtlvTextString.class::isInstance)
        .map(v -> ((TtlvTextString) v).value());
  }

  public Optional<Integer> integer(Tag tag) {
    return first(tag).filter(TtlvInteger.class::isInstance).map(v -> ((TtlvInteger) v).value());
  }

  public Optional<Long> longInteger(Tag tag) {
    return first(tag)
        .filter(TtlvLongInteger.class::isInstance)
        .map(v -> ((TtlvLongInteger) v).value());
  }

  public Optional<Instant> date(Tag tag) {
    return first(tag).filter(TtlvDateTime.class::isInstance).map(v -> ((TtlvDateTime) v).instant());
  }

  /** The enumeration value of the attribute, if present and known to {@code type}. */
  public <E extends Enum<E> & KmipEnum> Optional<E> enumeration(Tag tag, Class<E> type) {
    Optional<Ttlv> v = first(tag).filter(TtlvEnumeration.class::isInstance);
    if (v.isEmpty()) {
      return Optional.empty();
    }
    int code = ((TtlvEnumeration) v.get()).value();
    for (E e : type.getEnumConstants()) {
      if (e.code() == code) {
        return Optional.of(e);
      }
    }
    return Optional.empty();
  }

  /** Every value of a structured attribute, bound to its record type. */
  public <R extends Record> List<R> records(Tag tag, Class<R> type) throws KmipException {
    List<R> out = new ArrayList<>();
    for (Ttlv v : all(tag)) {
      out.add(TtlvBinder.decode(type, v));
    }
    return out;
  }

  /** The attributes as the children of a KMIP 2.x Attributes structure, in the fixed order. */
  public List<Ttlv> items() {
    List<Ttlv> out = new ArrayList<>();
    for (Map.Entry<AttributeKey, List<Ttlv>> e : values.entrySet()) {
      AttributeKey k = e.getKey();
      if (k.isCustom()) {
        for (Ttlv v : e.getValue()) {
          out.add(
              Ttlv.structure(
                  Tag.ATTRIBUTE,
                  Ttlv.text(Tag.VENDOR_IDENTIFICATION, k.vendor()),
                  Ttlv.text(Tag.ATTRIBUTE_NAME, k.name()),
                  v));
        }
      } else {
        out.addAll(e.getValue());
      }
    }
    return out;
  }

  /**
   * Reads the children of a KMIP 2.x Attributes structure: items tagged with an attribute's tag,
   * and Attribute structures for vendor attributes.
   */
  public static AttributeSet fromItems(List<Ttlv> items) throws KmipException {
    Builder b = builder();
    for (Ttlv item : items) {
      if (item.tag() == Tag.ATTRIBUTE.code() && item instanceof TtlvStructure s) {
        String vendor = textChild(s, Tag.VENDOR_IDENTIFICATION);
        String name = textChild(s, Tag.ATTRIBUTE_NAME);
        Ttlv value =
            s.child(Tag.ATTRIBUTE_VALUE)
                .orElseThrow(
                    () ->
                        new KmipException(
                            ResultReason.INVALID_FIELD, "vendor attribute without a value"));
        b.add(AttributeKey.custom(vendor, name), value);
      } else {
        Tag tag =
            Tag.fromCode(item.tag())
                .orElseThrow(
                    () ->
                        new KmipException(
                            ResultReason.INVALID_FIELD, "unknown attribute " + item.tagName()));
        b.add(AttributeKey.of(tag), item);
      }
    }
    return b.build();
  }

  private static String textChild(TtlvStructure s, Tag tag) throws KmipException {
    Optional<Ttlv> c = s.child(tag);
    if (c.isEmpty() || !(c.get() instanceof TtlvTextString t)) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "vendor attribute without " + tag.specName());
    }
    return t.value();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributeSet a && a.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  /** Names the attributes present, never their values (they may hold secrets, e.g. x-…). */
  @Override
  public String toString() {
    return "AttributeSet" + values.keySet();
  }

  /** Builds a new set; the set it started from is unchanged. */
  public static final class Builder {
    private final TreeMap<AttributeKey, List<Ttlv>> values = new TreeMap<>();

    private Builder(Map<AttributeKey, List<Ttlv>> from) {
      from.forEach((k, v) -> values.put(k, new ArrayList<>(v)));
    }

    /** Appends a value. */
    public Builder add(AttributeKey key, Ttlv value) {
      values.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
      return this;
    }

    public Builder add(Ttlv value) {
      Tag tag =
          Tag.fromCode(value.tag())
              .orElseThrow(() -> new IllegalArgumentException("unknown tag " + value.tagName()));
      return add(AttributeKey.of(tag), value);
    }

    /** Replaces every value of the attribute with this one. */
    public Builder set(AttributeKey key, Ttlv value) {
      List<Ttlv> l = new ArrayList<>();
      l.add(value);
      values.put(key, l);
      return this;
    }

    public Builder set(Ttlv value) {
      Tag tag =
          Tag.fromCode(value.tag())
              .orElseThrow(() -> new IllegalArgumentException("unknown tag " + value.tagName()));
      return set(AttributeKey.of(tag), value);
    }

    /** Replaces the value at {@code index}; false when there is no such value. */
    public boolean replace(AttributeKey key, int index, Ttlv value) {
      List<Ttlv> l = values.get(key);
      if (l == null || index < 0 || index >= l.size()) {
        return false;
      }
      l.set(index, value);
      return true;
    }

    /** Removes every value of the attribute. */
    public Builder remove(AttributeKey key) {
      values.remove(key);
      return this;
    }

    public Builder remove(Tag tag) {
      return remove(AttributeKey.of(tag));
    }

    /** Removes the value at {@code index}; false when there is no such value. */
    public boolean remove(AttributeKey key, int index) {
      List<Ttlv> l = values.get(key);
      if (l == null || index < 0 || index >= l.size()) {
        return false;
      }
      l.remove(index);
      if (l.isEmpty()) {
        values.remove(key);
      }
      return true;
    }

    public List<Ttlv> all(AttributeKey key) {
      return List.copyOf(values.getOrDefault(key, List.of()));
    }

    public AttributeSet build() {
      TreeMap<AttributeKey, List<Ttlv>> copy = new TreeMap<>();
      values.forEach(
          (k, v) -> {
            if (!v.isEmpty()) {
              copy.put(k, List.copyOf(v));
            }
          });
      return copy.isEmpty() ? EMPTY : new AttributeSet(copy);
    }
  }
}
