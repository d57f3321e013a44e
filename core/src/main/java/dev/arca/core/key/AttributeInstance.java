package dev.arca.core.key;

import dev.arca.kmip.ttlv.Ttlv;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Which value of an attribute a Modify Attribute or Delete Attribute means.
 *
 * <p>KMIP 1.x names a value by its Attribute Index, 0 when the request gives none (1.4 §4.15,
 * §4.16). KMIP 2.x names it by the value itself, the Current Attribute, or means the only value
 * (Modify without Current Attribute, 2.1 §6.1.34) or every value (Delete with only an Attribute
 * Reference, 2.1 §6.1.13).
 */
public final class AttributeInstance {

  private enum Kind {
    ONLY,
    INDEX,
    VALUE,
    ALL
  }

  private static final AttributeInstance ONLY = new AttributeInstance(Kind.ONLY, -1, null);
  private static final AttributeInstance ALL = new AttributeInstance(Kind.ALL, -1, null);

  private final Kind kind;
  private final int index;
  private final Ttlv value;

  private AttributeInstance(Kind kind, int index, Ttlv value) {
    this.kind = kind;
    this.index = index;
    this.value = value;
  }

  /**
   * The attribute's only value; an error when it has several (KMIP 2.x without Current Attribute).
   */
  public static AttributeInstance only() {
    return ONLY;
  }

  /** Every value (KMIP 2.x Delete Attribute with an Attribute Reference). */
  public static AttributeInstance all() {
    return ALL;
  }

  /** The value at this KMIP 1.x Attribute Index. */
  public static AttributeInstance index(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("Attribute Index must not be negative");
    }
    return new AttributeInstance(Kind.INDEX, index, null);
  }

  /** The value equal to this one (KMIP 2.x Current Attribute). */
  public static AttributeInstance value(Ttlv value) {
    return new AttributeInstance(Kind.VALUE, -1, Objects.requireNonNull(value, "value"));
  }

  public boolean isOnly() {
    return kind == Kind.ONLY;
  }

  public boolean isAll() {
    return kind == Kind.ALL;
  }

  public OptionalInt index() {
    return kind == Kind.INDEX ? OptionalInt.of(index) : OptionalInt.empty();
  }

  public Optional<Ttlv> value() {
    return Optional.ofNullable(value);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof AttributeInstance a
        && a.kind == kind
        && a.index == index
        && Objects.equals(a.value, value);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, index, value);
  }

  /** Names the selection, never a value (it may be secret, e.g. an x- attribute). */
  @Override
  public String toString() {
    switch (kind) {
      case INDEX:
        return "index " + index;
      case VALUE:
        return "the given value";
      case ALL:
        return "every value";
      default:
        return "the only value";
    }
  }
}
