package dev.arca.core.key;

import dev.arca.core.store.LocateQuery;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.attribute.UsageLimits;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.enums.StorageStatusMask;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvBoolean;
import dev.arca.kmip.ttlv.TtlvDateTime;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Builds a {@link LocateQuery} from the attributes of a Locate request, with KMIP's matching rules
 * (KMIP 2.1 §6.1.28, 1.4 §4.9).
 *
 * <ul>
 *   <li>Object Type, the first Name, Cryptographic Algorithm, Cryptographic Length and State run as
 *       indexed criteria; several State values mean any of them. State is matched against the
 *       effective state.
 *   <li>A date attribute given once matches that instant; given twice, the inclusive range between
 *       the two. A date set to the largest Date-Time value is ignored, as the spec says.
 *   <li>A custom attribute with a text value matches that text; {@value
 *       VersionedKeys#VERSION_ATTRIBUTE} selects that version and {@value
 *       VersionedKeys#ALL_VERSIONS_ATTRIBUTE} = True every version. Without either, a versioned key
 *       answers with its newest usable version.
 *   <li>Every other attribute must match a value of the object: Cryptographic Usage Mask by "all
 *       requested bits set"; Usage Limits by count and total at least those requested; a structure
 *       by the fields given (a Link with only the Linked Object Identifier matches any Link Type);
 *       anything else by equality.
 *   <li>The Storage Status Mask chooses on-line, archived and destroyed objects; without one only
 *       on-line objects are found.
 * </ul>
 */
public final class LocateCriteria {

  /** The largest Date-Time, which KMIP reads as "no value" in a Locate. */
  private static final long LARGEST_DATE = Long.MAX_VALUE;

  private LocateCriteria() {}

  /**
   * The query for a Locate request.
   *
   * @param criteria the request's Attributes (KMIP 2.x) or template attributes (KMIP 1.x)
   * @param storageStatusMask the Storage Status Mask, if the request has one
   * @param offset Offset Items, 0 when absent
   * @param maxItems Maximum Items
   * @param now the instant the effective state is computed for
   * @throws KmipException Invalid Field for a criterion of the wrong type
   */
  public static LocateQuery fromAttributes(
      AttributeSet criteria,
      OptionalInt storageStatusMask,
      int offset,
      OptionalInt maxItems,
      Instant now)
      throws KmipException {
    if (offset < 0) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Offset Items must not be negative");
    }
    if (maxItems.isPresent() && maxItems.getAsInt() < 0) {
      throw new KmipException(ResultReason.INVALID_FIELD, "Maximum Items must not be negative");
    }
    Draft d = new Draft(LocateQuery.all(now));
    d.offset = offset;
    d.maxItems = maxItems;
    d.materialStates = materialStates(storageStatusMask);
    List<Predicate<ManagedObject>> residual = new ArrayList<>();
    for (Map.Entry<AttributeKey, List<Ttlv>> e : criteria.asMap().entrySet()) {
      AttributeKey key = e.getKey();
      List<Ttlv> values = e.getValue();
      if (key.isCustom()) {
        custom(d, residual, key, values);
        continue;
      }
      Tag tag = key.tag().get();
      AttributeRules.Rule rule = AttributeRules.rule(key);
      for (Ttlv v : values) {
        AttributeRules.checkType(rule, v);
      }
      switch (tag) {
        case OBJECT_TYPE:
          d.objectType = Optional.of(ObjectType.fromCode(enumCode(values.get(0))));
          residual.addAll(equalToAll(key, values.subList(1, values.size())));
          break;
        case NAME:
          d.name = Optional.of(TtlvBinder.decode(Name.class, values.get(0)).nameValue());
          for (Ttlv more : values.subList(1, values.size())) {
            residual.add(o -> anyMatches(o.attributes().all(key), more, tag));
          }
          break;
        case CRYPTOGRAPHIC_ALGORITHM:
          d.algorithm = Optional.of(CryptographicAlgorithm.fromCode(enumCode(values.get(0))));
          residual.addAll(equalToAll(key, values.subList(1, values.size())));
          break;
        case CRYPTOGRAPHIC_LENGTH:
          d.length = OptionalInt.of(((TtlvInteger) values.get(0)).value());
          residual.addAll(equalToAll(key, values.subList(1, values.size())));
          break;
        case STATE:
          Set<State> states = EnumSet.noneOf(State.class);
          for (Ttlv v : values) {
            states.add(State.fromCode(enumCode(v)));
          }
          d.states = states;
          break;
        default:
          if (rule.encoding() == AttributeRules.Encoding.DATE_TIME) {
            dateRange(d, tag, values);
          } else {
            for (Ttlv v : values) {
              residual.add(o -> anyMatches(o.attributes().all(key), v, tag));
            }
          }
      }
    }
    if (!residual.isEmpty()) {
      List<Predicate<ManagedObject>> all = List.copyOf(residual);
      d.residual = Optional.of(o -> all.stream().allMatch(p -> p.test(o)));
    }
    return d.build();
  }

  /** The material states a Storage Status Mask selects; on-line only without one. */
  static Set<MaterialState> materialStates(OptionalInt mask) {
    if (mask.isEmpty() || mask.getAsInt() == 0) {
      return EnumSet.of(MaterialState.ONLINE);
    }
    Set<MaterialState> out = EnumSet.noneOf(MaterialState.class);
    int bits = mask.getAsInt();
    if ((bits & StorageStatusMask.ON_LINE_STORAGE.code()) != 0) {
      out.add(MaterialState.ONLINE);
    }
    if ((bits & StorageStatusMask.ARCHIVAL_STORAGE.code()) != 0) {
      out.add(MaterialState.ARCHIVED);
    }
    if ((bits & StorageStatusMask.DESTROYED_STORAGE.code()) != 0) {
      out.add(MaterialState.DESTROYED);
    }
    return out.isEmpty() ? EnumSet.of(MaterialState.ONLINE) : out;
  }

  private static void custom(
      Draft d, List<Predicate<ManagedObject>> residual, AttributeKey key, List<Ttlv> values)
      throws KmipException {
    Ttlv first = values.get(0);
    if (key.equals(ShareAttribute.KEY)) {
      throw new KmipException(
          ResultReason.INVALID_ATTRIBUTE,
          ShareAttribute.NAME + " is derived from the grants and is not a Locate criterion");
    }
    if (key.equals(VersionedKeys.VERSION)) {
      if (!(first instanceof TtlvInteger i) || i.value() < 0) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            VersionedKeys.VERSION_ATTRIBUTE + " must be a non-negative Integer");
      }
      d.versions = LocateQuery.Versions.exactly(i.value());
      return;
    }
    if (key.equals(VersionedKeys.ALL_VERSIONS)) {
      if (!(first instanceof TtlvBoolean b)) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            VersionedKeys.ALL_VERSIONS_ATTRIBUTE + " must be a Boolean");
      }
      if (b.value() && d.versions.kind() != LocateQuery.Versions.Kind.EXACT) {
        d.versions = LocateQuery.Versions.all();
      }
      return;
    }
    for (Ttlv v : values) {
      if (v instanceof TtlvTextString t && values.size() == 1) {
        d.customText.put(key.v1Name(), t.value());
      } else {
        residual.add(o -> anyMatches(o.attributes().all(key), v, null));
      }
    }
  }

  private static void dateRange(Draft d, Tag tag, List<Ttlv> values) throws KmipException {
    List<Instant> dates = new ArrayList<>();
    for (Ttlv v : values) {
      TtlvDateTime t = (TtlvDateTime) v;
      if (t.epochSeconds() != LARGEST_DATE) {
        dates.add(t.instant());
      }
    }
    if (dates.isEmpty()) {
      return;
    }
    if (dates.size() > 2) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          tag.specName() + " may be given once (an instant) or twice (a range) in a Locate");
    }
    Instant from = dates.get(0);
    Instant to = dates.get(dates.size() - 1);
    if (from.isAfter(to)) {
      Instant swap = from;
      from = to;
      to = swap;
    }
    d.dateRanges.put(tag, new LocateQuery.DateRange(Optional.of(from), Optional.of(to)));
  }

  private static List<Predicate<ManagedObject>> equalToAll(AttributeKey key, List<Ttlv> values) {
    List<Predicate<ManagedObject>> out = new ArrayList<>();
    for (Ttlv v : values) {
      out.add(o -> o.attributes().all(key).contains(v));
    }
    return out;
  }

  /** Whether one of the object's values of an attribute matches a criterion. */
  static boolean anyMatches(List<Ttlv> have, Ttlv wanted, Tag tag) {
    for (Ttlv h : have) {
      if (matches(h, wanted, tag)) {
        return true;
      }
    }
    return false;
  }

  private static boolean matches(Ttlv have, Ttlv wanted, Tag tag) {
    if (tag == Tag.CRYPTOGRAPHIC_USAGE_MASK
        && have instanceof TtlvInteger h
        && wanted instanceof TtlvInteger w) {
      return (h.value() & w.value()) == w.value();
    }
    if (tag == Tag.USAGE_LIMITS) {
      try {
        UsageLimits h = TtlvBinder.decode(UsageLimits.class, have);
        UsageLimits w = TtlvBinder.decode(UsageLimits.class, wanted);
        long hCount = h.usageLimitsCount().orElse(h.usageLimitsTotal());
        return h.usageLimitsTotal() >= w.usageLimitsTotal()
            && w.usageLimitsCount().map(c -> hCount >= c).orElse(true)
            && h.usageLimitsUnit() == w.usageLimitsUnit();
      } catch (KmipException e) {
        return false;
      }
    }
    return partial(have, wanted);
  }

  /** Equality, except that a structure matches when every field asked for matches one it has. */
  private static boolean partial(Ttlv have, Ttlv wanted) {
    if (wanted instanceof TtlvStructure w && have instanceof TtlvStructure h) {
      if (w.tag() != h.tag()) {
        return false;
      }
      for (Ttlv wc : w.children()) {
        boolean found = false;
        for (Ttlv hc : h.children()) {
          if (hc.tag() == wc.tag() && partial(hc, wc)) {
            found = true;
            break;
          }
        }
        if (!found) {
          return false;
        }
      }
      return true;
    }
    return have.equals(wanted);
  }

  private static int enumCode(Ttlv v) throws KmipException {
    if (!(v instanceof TtlvEnumeration e)) {
      throw new KmipException(ResultReason.INVALID_FIELD, v.tagName() + " must be an Enumeration");
    }
    return e.value();
  }

  // ---- queries the key service builds ---------------------------------------------------------

  /** Every object, any owner, any state, every version and material state, one page. */
  static LocateQuery everything(Instant now, int offset, int maxItems) {
    Draft d = new Draft(LocateQuery.all(now));
    d.versions = LocateQuery.Versions.all();
    d.offset = offset;
    d.maxItems = OptionalInt.of(maxItems);
    return d.build();
  }

  static LocateQuery withOwners(LocateQuery q, Set<String> owners, boolean includeGlobal) {
    Draft d = new Draft(q);
    d.owners = owners;
    d.includeGlobal = includeGlobal;
    return d.build();
  }

  /** The query with a further check on each object, after the one it has. */
  static LocateQuery withResidual(LocateQuery q, Predicate<ManagedObject> also) {
    Draft d = new Draft(q);
    d.residual = Optional.of(q.residual().map(p -> p.and(also)).orElse(also));
    return d.build();
  }

  static LocateQuery withName(LocateQuery q, String name) {
    Draft d = new Draft(q);
    d.name = Optional.of(name);
    return d.build();
  }

  static LocateQuery withVersions(LocateQuery q, LocateQuery.Versions versions) {
    Draft d = new Draft(q);
    d.versions = versions;
    return d.build();
  }

  static LocateQuery anyMaterialState(LocateQuery q) {
    Draft d = new Draft(q);
    d.materialStates = Set.of();
    return d.build();
  }

  /** A mutable copy of a query's fields. */
  private static final class Draft {
    Optional<ObjectType> objectType;
    Optional<String> name;
    Optional<CryptographicAlgorithm> algorithm;
    OptionalInt length;
    Set<String> owners;
    boolean includeGlobal;
    Set<State> states;
    Instant now;
    Map<Tag, LocateQuery.DateRange> dateRanges;
    Map<String, String> customText;
    Set<MaterialState> materialStates;
    LocateQuery.Versions versions;
    Optional<Predicate<ManagedObject>> residual;
    int offset;
    OptionalInt maxItems;

    Draft(LocateQuery q) {
      objectType = q.objectType();
      name = q.name();
      algorithm = q.algorithm();
      length = q.length();
      owners = q.owners();
      includeGlobal = q.includeGlobal();
      states = q.states();
      now = q.now();
      dateRanges = new HashMap<>(q.dateRanges());
      customText = new HashMap<>(q.customText());
      materialStates = q.materialStates();
      versions = q.versions();
      residual = q.residual();
      offset = q.offset();
      maxItems = q.maxItems();
    }

    LocateQuery build() {
      return new LocateQuery(
          objectType,
          name,
          algorithm,
          length,
          owners,
          includeGlobal,
          states,
          now,
          dateRanges,
          customText,
          materialStates,
          versions,
          residual,
          offset,
          maxItems);
    }
  }
}
