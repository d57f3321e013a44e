package dev.arca.client;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Builds the attributes of a Create, Create Key Pair, Register or Re-key request, in the KMIP 2.x
 * form; the client converts them to a KMIP 1.x Template-Attribute when it speaks 1.x.
 *
 * <pre>{@code
 * Attributes a = KeyAttributes.builder()
 *     .name("payments")
 *     .algorithm(CryptographicAlgorithm.AES)
 *     .length(256)
 *     .usage(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT)
 *     .custom("x-owner-team", "billing")
 *     .build();
 * }</pre>
 */
public final class KeyAttributes {

  private KeyAttributes() {}

  public static Builder builder() {
    return new Builder();
  }

  /** Adds attributes one by one; each call appends an item. */
  public static final class Builder {
    private final List<Ttlv> items = new ArrayList<>();

    private Builder() {}

    /** A Name of type Uninterpreted Text String: the key's name, shared by all its versions. */
    public Builder name(String name) {
      return attribute(TtlvBinder.encode(Tag.NAME, Name.of(Objects.requireNonNull(name, "name"))));
    }

    public Builder objectType(ObjectType type) {
      return attribute(Ttlv.enumeration(Tag.OBJECT_TYPE, type.code()));
    }

    public Builder algorithm(CryptographicAlgorithm algorithm) {
      return attribute(Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, algorithm.code()));
    }

    /** The Cryptographic Length in bits. */
    public Builder length(int bits) {
      if (bits <= 0) {
        throw new IllegalArgumentException("key length must be positive, was " + bits);
      }
      return attribute(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, bits));
    }

    /** The Cryptographic Usage Mask: what the key may be used for. */
    public Builder usage(CryptographicUsageMask... uses) {
      int mask = 0;
      for (CryptographicUsageMask u : uses) {
        mask |= u.code();
      }
      return attribute(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, mask));
    }

    /** The Activation Date; a key whose date has come is Active. */
    public Builder activationDate(Instant when) {
      return attribute(Ttlv.dateTime(Tag.ACTIVATION_DATE, when));
    }

    /**
     * A client-defined text attribute, named {@code x-…} as in KMIP 1.x (KMIP 1.4 §3.39); in KMIP
     * 2.x it travels as a vendor attribute of vendor {@code x}.
     */
    public Builder custom(String name, String value) {
      if (!name.startsWith("x-") || name.length() < 3) {
        throw new IllegalArgumentException(
            "a custom attribute name starts with 'x-', e.g. x-owner; was '" + name + "'");
      }
      return attribute(
          TtlvBinder.encode(
              Attribute.vendor("x", name.substring(2), Ttlv.text(Tag.ATTRIBUTE_VALUE, value))));
    }

    /** Any attribute item: an item under the attribute's tag, or a vendor Attribute structure. */
    public Builder attribute(Ttlv item) {
      items.add(Objects.requireNonNull(item, "item"));
      return this;
    }

    public Attributes build() {
      return new Attributes(items);
    }
  }
}
