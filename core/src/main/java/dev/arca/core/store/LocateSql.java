package dev.arca.core.store;

import dev.arca.core.key.ManagedObject;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.State;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Translates a {@link LocateQuery} to SQL.
 *
 * <p>Effective state is computed in the query from the stored State and the Activation and
 * Deactivation Dates, so that Locate by state is right at {@code now} without a background job
 * moving states: a Pre-Active object whose Activation Date has passed is Active (KMIP 1.4 §3.22,
 * §3.24), an Active or Pre-Active one whose Deactivation Date has passed is Deactivated.
 *
 * <p>When the query needs nothing but SQL, version selection, offset and maximum run in SQL too and
 * only ids come back. With a residual predicate, or a range on a date that has no column, the rows
 * matching the SQL part come back whole and the rest is done in Java ({@link #finish}), since the
 * residual must see every match before versions are chosen.
 */
final class LocateSql {

  /** Dates that have a column of their own; ranges on other dates are checked in Java. */
  private static final Map<Tag, String> DATE_COLUMNS =
      Map.of(
          Tag.ACTIVATION_DATE, "o.activation_date",
          Tag.DEACTIVATION_DATE, "o.deactivation_date",
          Tag.INITIAL_DATE, "o.initial_date",
          Tag.LAST_CHANGE_DATE, "o.last_change_date");

  /** A query ready to run: its text and its parameters in order. */
  record Plan(String sql, List<Object> parameters, boolean wholeRows) {}

  private LocateSql() {}

  static Plan plan(LocateQuery q) {
    long now = q.now().getEpochSecond(); // floor: stored dates are whole seconds
    List<Object> whereParams = new ArrayList<>();
    String where = where(q, now, whereParams);
    boolean wholeRows = needsJava(q);
    List<Object> params = new ArrayList<>();
    StringBuilder sql = new StringBuilder();
    if (wholeRows) {
      sql.append("SELECT ")
          .append(ObjectRows.COLUMNS)
          .append(", ")
          .append(activeFlag(params, now))
          .append(" FROM ")
          .append(ObjectRows.FROM)
          .append(where)
          .append(" ORDER BY o.seq DESC");
      params.addAll(whereParams);
      return new Plan(sql.toString(), params, true);
    }
    if (q.versions().kind() == LocateQuery.Versions.Kind.NEWEST_USABLE) {
      // Per key name, the Active version with the highest number, else the highest number.
      sql.append("SELECT id FROM (SELECT o.seq, o.id, o.key_name, row_number() OVER")
          .append(" (PARTITION BY o.key_name ORDER BY ")
          .append(activeFlag(params, now))
          .append(" DESC, o.key_version DESC) AS pick FROM objects o")
          .append(where)
          .append(") WHERE key_name IS NULL OR pick = 1 ORDER BY seq DESC");
    } else {
      sql.append("SELECT o.id FROM objects o").append(where).append(" ORDER BY o.seq DESC");
    }
    params.addAll(whereParams);
    sql.append(" LIMIT ? OFFSET ?");
    params.add(q.maxItems().isPresent() ? (long) q.maxItems().getAsInt() : -1L);
    params.add((long) q.offset());
    return new Plan(sql.toString(), params, false);
  }

  private static boolean needsJava(LocateQuery q) {
    return q.residual().isPresent()
        || q.dateRanges().keySet().stream().anyMatch(t -> !DATE_COLUMNS.containsKey(t));
  }

  private static String activeFlag(List<Object> params, long now) {
    return "CASE WHEN " + stateCondition(State.ACTIVE.code(), params, now) + " THEN 1 ELSE 0 END";
  }

  /** The condition that the object's effective state at {@code now} is {@code state}. */
  private static String stateCondition(int state, List<Object> params, long now) {
    // The same rule as Lifecycle.effective: only an object that is (or has become) Active moves
    // on to Deactivated by its Deactivation Date; a Pre-Active one stays Pre-Active.
    if (state == State.PRE_ACTIVE.code()) {
      params.add(now);
      return "(o.state = 1 AND (o.activation_date IS NULL OR o.activation_date > ?))";
    }
    if (state == State.ACTIVE.code()) {
      params.add(now);
      params.add(now);
      return "((o.state = 2 OR (o.state = 1 AND o.activation_date <= ?))"
          + " AND (o.deactivation_date IS NULL OR o.deactivation_date > ?))";
    }
    if (state == State.DEACTIVATED.code()) {
      params.add(now);
      params.add(now);
      return "(o.state = 3 OR ((o.state = 2 OR (o.state = 1 AND o.activation_date <= ?))"
          + " AND o.deactivation_date <= ?))";
    }
    params.add((long) state);
    return "o.state = ?";
  }

  private static String where(LocateQuery q, long now, List<Object> params) {
    List<String> terms = new ArrayList<>();
    q.objectType()
        .ifPresent(
            t -> {
              terms.add("o.object_type = ?");
              params.add((long) t.code());
            });
    q.name()
        .ifPresent(
            n -> {
              terms.add("o.seq IN (SELECT object_seq FROM names WHERE value = ?)");
              params.add(n);
            });
    q.algorithm()
        .ifPresent(
            a -> {
              terms.add("o.algorithm = ?");
              params.add((long) a.code());
            });
    if (q.length().isPresent()) {
      terms.add("o.length = ?");
      params.add((long) q.length().getAsInt());
    }
    owners(q, terms, params);
    if (!q.states().isEmpty()) {
      List<State> states = new ArrayList<>(q.states());
      states.sort(Comparator.comparingInt(State::code));
      List<String> any = new ArrayList<>();
      for (State s : states) {
        any.add(stateCondition(s.code(), params, now));
      }
      terms.add("(" + String.join(" OR ", any) + ")");
    }
    // Sorted so that equal queries give equal text and hit the statement cache.
    Map<Tag, LocateQuery.DateRange> ranges = new TreeMap<>(Comparator.comparingInt(Tag::code));
    ranges.putAll(q.dateRanges());
    for (Map.Entry<Tag, LocateQuery.DateRange> e : ranges.entrySet()) {
      String column = DATE_COLUMNS.get(e.getKey());
      if (column == null) {
        continue;
      }
      LocateQuery.DateRange r = e.getValue();
      terms.add(column + " IS NOT NULL");
      r.from()
          .ifPresent(
              f -> {
                terms.add(column + " >= ?");
                params.add(ceilSeconds(f));
              });
      r.to()
          .ifPresent(
              t -> {
                terms.add(column + " <= ?");
                params.add(t.getEpochSecond());
              });
    }
    for (Map.Entry<String, String> e : new TreeMap<>(q.customText()).entrySet()) {
      terms.add("o.seq IN (SELECT object_seq FROM custom_text WHERE name = ? AND value = ?)");
      params.add(e.getKey());
      params.add(e.getValue());
    }
    if (!q.materialStates().isEmpty()) {
      String codes =
          q.materialStates().stream()
              .map(ObjectRows::materialStateCode)
              .sorted()
              .map(String::valueOf)
              .collect(Collectors.joining(", "));
      terms.add("o.material_state IN (" + codes + ")");
    }
    if (q.versions().kind() == LocateQuery.Versions.Kind.EXACT) {
      terms.add("(o.key_name IS NULL OR o.key_version = ?)");
      params.add((long) q.versions().version());
    }
    return terms.isEmpty() ? "" : " WHERE " + String.join(" AND ", terms);
  }

  /**
   * Owners: an empty set means any owner; objects without owner (global keys) match only with
   * {@code includeGlobal}.
   */
  private static void owners(LocateQuery q, List<String> terms, List<Object> params) {
    if (q.owners().isEmpty()) {
      if (!q.includeGlobal()) {
        terms.add("o.owner IS NOT NULL");
      }
      return;
    }
    List<String> owners = q.owners().stream().sorted().collect(Collectors.toList());
    String marks = owners.stream().map(o -> "?").collect(Collectors.joining(", "));
    terms.add(
        "(o.owner IN (" + marks + ")" + (q.includeGlobal() ? " OR o.owner IS NULL" : "") + ")");
    params.addAll(owners);
  }

  private static long ceilSeconds(Instant t) {
    return t.getNano() == 0 ? t.getEpochSecond() : t.getEpochSecond() + 1;
  }

  /** A row of a whole-rows plan: the object and what version selection needs. */
  record Candidate(ManagedObject object, boolean active) {}

  /**
   * The Java half of a whole-rows plan: dates without columns, the residual, version selection,
   * offset and maximum, on candidates in store order.
   */
  static List<String> finish(LocateQuery q, List<Candidate> candidates) {
    List<Candidate> matches = new ArrayList<>();
    for (Candidate c : candidates) {
      if (otherDatesMatch(q, c.object())
          && q.residual().map(p -> p.test(c.object())).orElse(true)) {
        matches.add(c);
      }
    }
    if (q.versions().kind() == LocateQuery.Versions.Kind.NEWEST_USABLE) {
      Map<String, Candidate> best = new TreeMap<>();
      for (Candidate c : matches) {
        c.object().keyName().ifPresent(n -> best.merge(n, c, LocateSql::better));
      }
      List<Candidate> kept = new ArrayList<>();
      for (Candidate c : matches) {
        Optional<String> n = c.object().keyName();
        if (n.isEmpty() || best.get(n.get()) == c) {
          kept.add(c);
        }
      }
      matches = kept;
    }
    int from = Math.min(q.offset(), matches.size());
    int to =
        q.maxItems().isPresent()
            ? (int) Math.min((long) from + q.maxItems().getAsInt(), matches.size())
            : matches.size();
    List<String> ids = new ArrayList<>(to - from);
    for (Candidate c : matches.subList(from, to)) {
      ids.add(c.object().id());
    }
    return ids;
  }

  private static Candidate better(Candidate a, Candidate b) {
    if (a.active() != b.active()) {
      return a.active() ? a : b;
    }
    return a.object().keyVersion() >= b.object().keyVersion() ? a : b;
  }

  private static boolean otherDatesMatch(LocateQuery q, ManagedObject o) {
    for (Map.Entry<Tag, LocateQuery.DateRange> e : q.dateRanges().entrySet()) {
      if (DATE_COLUMNS.containsKey(e.getKey())) {
        continue;
      }
      Optional<Instant> value = o.attributes().date(e.getKey());
      if (value.isEmpty() || !e.getValue().contains(value.get())) {
        return false;
      }
    }
    return true;
  }
}
