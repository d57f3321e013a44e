package dev.arca.client;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What a Locate looks for (KMIP 2.1 §6.1.28): attributes the objects must have, and paging. An
 * immutable value; each method returns a changed copy.
 *
 * <p>Versioned keys: by default the server answers with the newest usable version of each key (the
 * highest Active version, else the highest); {@link #allVersions()} asks for every version and
 * {@link #version(int)} for one.
 *
 * <pre>{@code
 * client.locate(KeyQuery.byName("payments"));                  // the current version
 * client.locate(KeyQuery.byName("payments").allVersions());    // every version
 * client.locate(KeyQuery.byName("payments").version(1));       // version 1
 * client.locate(KeyQuery.all().objectType(ObjectType.SYMMETRIC_KEY).state(State.ACTIVE));
 * }</pre>
 */
public final class KeyQuery {

  private final List<Ttlv> criteria;
  private final Optional<Integer> maxItems;
  private final Optional<Integer> offset;

  private KeyQuery(List<Ttlv> criteria, Optional<Integer> maxItems, Optional<Integer> offset) {
    this.criteria = List.copyOf(criteria);
    this.maxItems = maxItems;
    this.offset = offset;
  }

  /** Every object the caller may see. */
  public static KeyQuery all() {
    return new KeyQuery(List.of(), Optional.empty(), Optional.empty());
  }

  /** The objects named {@code name}. */
  public static KeyQuery byName(String name) {
    return all().attribute(TtlvBinder.encode(Tag.NAME, Name.of(Objects.requireNonNull(name))));
  }

  public KeyQuery objectType(ObjectType type) {
    return attribute(Ttlv.enumeration(Tag.OBJECT_TYPE, type.code()));
  }

  public KeyQuery algorithm(CryptographicAlgorithm algorithm) {
    return attribute(Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, algorithm.code()));
  }

  /** Objects in this state; several calls mean any of the states. */
  public KeyQuery state(State state) {
    return attribute(Ttlv.enumeration(Tag.STATE, state.code()));
  }

  /** Every matching version of a versioned key, not only the newest usable one. */
  public KeyQuery allVersions() {
    return attribute(ArcaAttributes.allVersionsCriterion());
  }

  /** Only version {@code version} of a versioned key. */
  public KeyQuery version(int version) {
    return attribute(ArcaAttributes.versionCriterion(version));
  }

  /** Any attribute item the objects must match. */
  public KeyQuery attribute(Ttlv item) {
    List<Ttlv> more = new ArrayList<>(criteria);
    more.add(Objects.requireNonNull(item, "item"));
    return new KeyQuery(more, maxItems, offset);
  }

  /** At most {@code n} identifiers. */
  public KeyQuery maxItems(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("maxItems must not be negative, was " + n);
    }
    return new KeyQuery(criteria, Optional.of(n), offset);
  }

  /** Skips the first {@code n} matches (KMIP 1.3 and later). */
  public KeyQuery offset(int n) {
    if (n < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + n);
    }
    return new KeyQuery(criteria, maxItems, Optional.of(n));
  }

  /** The criteria in the KMIP 2.x form. */
  public Attributes criteria() {
    return new Attributes(criteria);
  }

  public Optional<Integer> maxItems() {
    return maxItems;
  }

  public Optional<Integer> offset() {
    return offset;
  }

  @Override
  public String toString() {
    return "KeyQuery["
        + criteria.size()
        + " criteria, max "
        + maxItems
        + ", offset "
        + offset
        + "]";
  }
}
