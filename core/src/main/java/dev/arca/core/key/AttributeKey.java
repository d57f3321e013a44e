package dev.arca.core.key;

import dev.arca.kmip.Tag;
import java.util.Objects;
import java.util.Optional;

/**
 * The identity of an attribute: a KMIP tag for a standard attribute, or a vendor and a name for a
 * custom one.
 *
 * <p>KMIP 1.x writes a custom attribute as one name, {@code x-name} (client-defined) or {@code
 * y-name} (server-defined); KMIP 2.x writes it as a Vendor Attribute with a vendor identification
 * and a name. Both map to the same key: vendor {@code "x"} and name {@code "name"} is {@code
 * x-name}.
 */
public record AttributeKey(Optional<Tag> tag, String vendor, String name)
    implements Comparable<AttributeKey> {

  public AttributeKey {
    Objects.requireNonNull(tag, "tag");
    Objects.requireNonNull(vendor, "vendor");
    Objects.requireNonNull(name, "name");
    if (tag.isEmpty() && (vendor.isEmpty() || name.isEmpty())) {
      throw new IllegalArgumentException("a custom attribute needs a vendor and a name");
    }
  }

  public static AttributeKey of(Tag tag) {
    return new AttributeKey(Optional.of(tag), "", "");
  }

  public static AttributeKey custom(String vendor, String name) {
    return new AttributeKey(Optional.empty(), vendor, name);
  }

  /** Parses a KMIP 1.x custom attribute name such as {@code x-expiry}. */
  public static Optional<AttributeKey> customFromV1Name(String v1Name) {
    int dash = v1Name.indexOf('-');
    if (dash <= 0 || dash == v1Name.length() - 1) {
      return Optional.empty();
    }
    return Optional.of(custom(v1Name.substring(0, dash), v1Name.substring(dash + 1)));
  }

  public boolean isCustom() {
    return tag.isEmpty();
  }

  /** The name KMIP 1.x clients use: the spec name, or {@code vendor-name} for a custom one. */
  public String v1Name() {
    return tag.map(Tag::specName).orElse(vendor + "-" + name);
  }

  @Override
  public int compareTo(AttributeKey o) {
    if (tag.isPresent() != o.tag.isPresent()) {
      return tag.isPresent() ? -1 : 1;
    }
    if (tag.isPresent()) {
      return Integer.compare(tag.get().code(), o.tag.get().code());
    }
    int c = vendor.compareTo(o.vendor);
    return c != 0 ? c : name.compareTo(o.name);
  }

  @Override
  public String toString() {
    return v1Name();
  }
}
