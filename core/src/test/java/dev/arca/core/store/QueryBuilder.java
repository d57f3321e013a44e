package dev.arca.core.store;

import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.MaterialState;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.State;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Predicate;

/** Builds {@link LocateQuery} values in tests, one criterion at a time. */
public final class QueryBuilder {
  private Optional<ObjectType> objectType = Optional.empty();
  private Optional<String> name = Optional.empty();
  private Optional<CryptographicAlgorithm> algorithm = Optional.empty();
  private OptionalInt length = OptionalInt.empty();
  private final Set<String> owners = new HashSet<>();
  private boolean includeGlobal = true;
  private final Set<State> states = new HashSet<>();
  private Instant now;
  private final Map<Tag, LocateQuery.DateRange> dateRanges = new HashMap<>();
  private final Map<String, String> customText = new HashMap<>();
  private final Set<MaterialState> materialStates = new HashSet<>();
  private LocateQuery.Versions versions = LocateQuery.Versions.all();
  private Optional<Predicate<ManagedObject>> residual = Optional.empty();
  private int offset;
  private OptionalInt maxItems = OptionalInt.empty();

  private QueryBuilder(Instant now) {
    this.now = now;
  }

  /** Every version, any owner and globals, at {@code now}. */
  public static QueryBuilder at(Instant now) {
    return new QueryBuilder(now);
  }

  public QueryBuilder type(ObjectType t) {
    objectType = Optional.of(t);
    return this;
  }

  public QueryBuilder name(String n) {
    name = Optional.of(n);
    return this;
  }

  public QueryBuilder algorithm(CryptographicAlgorithm a) {
    algorithm = Optional.of(a);
    return this;
  }

  public QueryBuilder length(int l) {
    length = OptionalInt.of(l);
    return this;
  }

  public QueryBuilder owners(String... o) {
    owners.addAll(List.of(o));
    return this;
  }

  public QueryBuilder includeGlobal(boolean b) {
    includeGlobal = b;
    return this;
  }

  public QueryBuilder states(State... s) {
    states.addAll(List.of(s));
    return this;
  }

  public QueryBuilder now(Instant t) {
    now = t;
    return this;
  }

  public QueryBuilder date(Tag tag, Instant from, Instant to) {
    dateRanges.put(
        tag, new LocateQuery.DateRange(Optional.ofNullable(from), Optional.ofNullable(to)));
    return this;
  }

  public QueryBuilder custom(String name, String value) {
    customText.put(name, value);
    return this;
  }

  public QueryBuilder materialStates(MaterialState... s) {
    materialStates.addAll(List.of(s));
    return this;
  }

  public QueryBuilder versions(LocateQuery.Versions v) {
    versions = v;
    return this;
  }

  public QueryBuilder residual(Predicate<ManagedObject> p) {
    residual = Optional.of(p);
    return this;
  }

  public QueryBuilder offset(int o) {
    offset = o;
    return this;
  }

  public QueryBuilder maxItems(int m) {
    maxItems = OptionalInt.of(m);
    return this;
  }

  public LocateQuery build() {
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
