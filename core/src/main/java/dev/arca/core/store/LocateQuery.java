package dev.arca.core.store;

import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.MaterialState;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.State;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What a Locate asks the store for. Every present criterion must match. The indexed criteria run as
 * SQL; {@link #residual} is checked on the decoded objects that pass them.
 *
 * @param objectType only objects of this type
 * @param name only objects with a Name attribute of exactly this value
 * @param algorithm only objects with this Cryptographic Algorithm
 * @param length only objects with this Cryptographic Length
 * @param owners only objects owned by one of these users; empty means any owner (global keys have
 *     no owner and match only when {@code includeGlobal} is true)
 * @param includeGlobal whether objects without owner (global keys) match {@code owners}
 * @param states only objects whose <em>effective</em> state at {@link #now} is one of these; empty
 *     means any state
 * @param now the instant against which Activation and Deactivation Dates move the state
 * @param dateRanges for each date attribute (Activation Date, Initial Date, …), the inclusive range
 *     its value must fall in
 * @param customText custom attributes (keys as {@code vendor-name}) whose text value must equal
 * @param materialStates only objects whose material is in one of these states (KMIP Storage Status
 *     Mask); empty means any
 * @param versions which versions of a versioned key to return
 * @param residual a further check on each object, for criteria that are not indexed
 * @param offset how many matches to skip (KMIP Offset Items)
 * @param maxItems the most to return (KMIP Maximum Items); empty means all
 */
public record LocateQuery(
    Optional<ObjectType> objectType,
    Optional<String> name,
    Optional<CryptographicAlgorithm> algorithm,
    OptionalInt length,
    Set<String> owners,
    boolean includeGlobal,
    Set<State> states,
    Instant now,
    Map<Tag, DateRange> dateRanges,
    Map<String, String> customText,
    Set<MaterialState> materialStates,
    Versions versions,
    Optional<Predicate<ManagedObject>> residual,
    int offset,
    OptionalInt maxItems) {

  public LocateQuery {
    Objects.requireNonNull(now, "now");
    owners = Set.copyOf(owners);
    states = states.isEmpty() ? Set.of() : EnumSet.copyOf(states);
    dateRanges = Map.copyOf(dateRanges);
    customText = Map.copyOf(customText);
    materialStates = materialStates.isEmpty() ? Set.of() : EnumSet.copyOf(materialStates);
    Objects.requireNonNull(versions, "versions");
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative");
    }
    if (maxItems.isPresent() && maxItems.getAsInt() < 0) {
      throw new IllegalArgumentException("maxItems must not be negative");
    }
  }

  /** Everything, newest usable versions only, at {@code now}. */
  public static LocateQuery all(Instant now) {
    return new LocateQuery(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        OptionalInt.empty(),
        Set.of(),
        true,
        Set.of(),
        now,
        Map.of(),
        Map.of(),
        Set.of(),
        Versions.newestUsable(),
        Optional.empty(),
        0,
        OptionalInt.empty());
  }

  /** An inclusive range of instants; either end may be open. */
  public record DateRange(Optional<Instant> from, Optional<Instant> to) {
    public boolean contains(Instant t) {
      return from.map(f -> !t.isBefore(f)).orElse(true) && to.map(e -> !t.isAfter(e)).orElse(true);
    }
  }

  /**
   * Which versions of a versioned key match. Objects that are not versions of a named key are never
   * filtered by this.
   *
   * <p>{@link #newestUsable()}: among the matches of each key name, the highest version that is
   * Active, or when none is Active the highest version that matched. {@link #all()}: every matching
   * version. {@link #exactly(int)}: only that version.
   */
  public record Versions(Kind kind, int version) {
    public enum Kind {
      NEWEST_USABLE,
      ALL,
      EXACT
    }

    public static Versions newestUsable() {
      return new Versions(Kind.NEWEST_USABLE, -1);
    }

    public static Versions all() {
      return new Versions(Kind.ALL, -1);
    }

    public static Versions exactly(int version) {
      return new Versions(Kind.EXACT, version);
    }
  }

  /**
   * The ids found, newest first (KMIP 2.1 §6.1.28: "in descending order of object creation"), after
   * offset and maximum were applied.
   */
  public record Result(List<String> ids) {
    public Result {
      ids = List.copyOf(ids);
    }
  }
}
