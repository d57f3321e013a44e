package dev.arca.core.key.testing;

import dev.arca.core.key.AttributeKey;
import dev.arca.core.key.Lifecycle;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.MaterialState;
import dev.arca.core.state.Atomic;
import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.DeleteObject;
import dev.arca.core.state.DeleteRecord;
import dev.arca.core.state.PutObject;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.RecordKey;
import dev.arca.core.store.LocateQuery;
import dev.arca.core.store.ObjectStore;
import dev.arca.core.store.RecordStore;
import dev.arca.core.store.StoredRecord;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.TreeMap;

/**
 * An {@link ObjectStore} and {@link RecordStore} in memory with the semantics the SQLite store has:
 * compare-and-set puts and deletes, (key name, version) unique, atomic commands applied whole or
 * not at all, Locate newest first by insertion order with versions chosen among the matches,
 * records in key order. Deterministic and synchronized; for tests.
 */
public final class InMemoryObjectStore implements ObjectStore, RecordStore {

  private final LinkedHashMap<String, ManagedObject> objects = new LinkedHashMap<>();
  private final TreeMap<RecordKey, StoredRecord> records = new TreeMap<>();
  private long lastApplied;

  /** The state a command works on, copied so that a rejected command leaves nothing behind. */
  private static final class Work {
    final LinkedHashMap<String, ManagedObject> objects;
    final TreeMap<RecordKey, StoredRecord> records;

    Work(LinkedHashMap<String, ManagedObject> objects, TreeMap<RecordKey, StoredRecord> records) {
      this.objects = new LinkedHashMap<>(objects);
      this.records = new TreeMap<>(records);
    }
  }

  /** Applies one command, as the state machine would. */
  public synchronized CommandResult apply(Command command) {
    lastApplied++;
    Work work = new Work(objects, records);
    Optional<CommandResult.Rejected> rejected = applyTo(work, command);
    if (rejected.isPresent()) {
      return rejected.get();
    }
    objects.clear();
    objects.putAll(work.objects);
    records.clear();
    records.putAll(work.records);
    return new CommandResult.Applied(lastApplied);
  }

  private static Optional<CommandResult.Rejected> applyTo(Work work, Command command) {
    if (command instanceof Atomic a) {
      List<Command> parts = a.commands();
      for (int i = 0; i < parts.size(); i++) {
        Optional<CommandResult.Rejected> r = applyTo(work, parts.get(i));
        if (r.isPresent()) {
          // Where in the atomic command, as the SQLite store says it.
          String where = "command " + (i + 1) + " of " + parts.size() + ": ";
          return Optional.of(
              new CommandResult.Rejected(r.get().reason(), where + r.get().message()));
        }
      }
      return Optional.empty();
    }
    if (command instanceof PutRecord p) {
      return putRecord(work.records, p);
    }
    if (command instanceof DeleteRecord d) {
      StoredRecord stored = work.records.get(d.key());
      if (stored == null) {
        return reject(CommandResult.Reason.NOT_FOUND, d.key().toString());
      }
      if (stored.revision() != d.expectedRevision()) {
        return reject(CommandResult.Reason.CONFLICT, d.key().toString());
      }
      work.records.remove(d.key());
      return Optional.empty();
    }
    if (command instanceof DeleteObject d) {
      ManagedObject stored = work.objects.get(d.id());
      if (stored == null) {
        return reject(CommandResult.Reason.NOT_FOUND, d.id());
      }
      if (stored.revision() != d.expectedRevision()) {
        return reject(CommandResult.Reason.CONFLICT, d.id());
      }
      work.objects.remove(d.id());
      return Optional.empty();
    }
    return putObject(work.objects, ((PutObject) command).object());
  }

  private static Optional<CommandResult.Rejected> putRecord(
      TreeMap<RecordKey, StoredRecord> work, PutRecord p) {
    StoredRecord stored = work.get(p.key());
    if (p.revision() == 1 && stored != null) {
      return reject(CommandResult.Reason.ALREADY_EXISTS, p.key().toString());
    }
    if (p.revision() > 1 && stored == null) {
      return reject(CommandResult.Reason.NOT_FOUND, p.key().toString());
    }
    if (stored != null && stored.revision() != p.expectedRevision()) {
      return reject(CommandResult.Reason.CONFLICT, p.key().toString());
    }
    work.put(p.key(), new StoredRecord(p.key(), p.body(), p.revision()));
    return Optional.empty();
  }

  private static Optional<CommandResult.Rejected> putObject(
      LinkedHashMap<String, ManagedObject> work, ManagedObject o) {
    if (o.materialState() == MaterialState.DESTROYED && o.material().isPresent()) {
      return reject(CommandResult.Reason.CONSTRAINT, o.id() + " destroyed with material");
    }
    ManagedObject stored = work.get(o.id());
    if (o.revision() == 1 && stored != null) {
      return reject(CommandResult.Reason.ALREADY_EXISTS, o.id());
    }
    if (o.revision() > 1 && stored == null) {
      return reject(CommandResult.Reason.NOT_FOUND, o.id());
    }
    if (stored != null && stored.revision() != o.revision() - 1) {
      return reject(CommandResult.Reason.CONFLICT, o.id());
    }
    if (o.keyName().isPresent()) {
      for (ManagedObject other : work.values()) {
        if (!other.id().equals(o.id())
            && other.keyName().equals(o.keyName())
            && other.keyVersion() == o.keyVersion()) {
          return reject(CommandResult.Reason.CONSTRAINT, o.keyName().get() + " v" + o.keyVersion());
        }
      }
    }
    work.put(o.id(), o);
    return Optional.empty();
  }

  private static Optional<CommandResult.Rejected> reject(CommandResult.Reason r, String what) {
    return Optional.of(new CommandResult.Rejected(r, r + ": " + what));
  }

  @Override
  public synchronized Optional<ManagedObject> get(String id) {
    return Optional.ofNullable(objects.get(id));
  }

  @Override
  public synchronized LocateQuery.Result locate(LocateQuery q) {
    List<ManagedObject> matches = new ArrayList<>();
    for (ManagedObject o : objects.values()) {
      if (matches(o, q)) {
        matches.add(o);
      }
    }
    List<ManagedObject> chosen = new ArrayList<>(chooseVersions(matches, q));
    Collections.reverse(chosen); // newest first, KMIP 2.1 §6.1.28
    List<String> ids = new ArrayList<>();
    int skip = q.offset();
    for (ManagedObject o : chosen) {
      if (skip > 0) {
        skip--;
        continue;
      }
      if (q.maxItems().isPresent() && ids.size() >= q.maxItems().getAsInt()) {
        break;
      }
      ids.add(o.id());
    }
    return new LocateQuery.Result(ids);
  }

  private static boolean matches(ManagedObject o, LocateQuery q) {
    if (q.objectType().isPresent() && q.objectType().get() != o.objectType()) {
      return false;
    }
    if (q.name().isPresent() && !names(o).contains(q.name().get())) {
      return false;
    }
    if (q.algorithm().isPresent() && !o.algorithm().equals(q.algorithm())) {
      return false;
    }
    if (q.length().isPresent()
        && !o.attributes()
            .integer(Tag.CRYPTOGRAPHIC_LENGTH)
            .equals(Optional.of(q.length().getAsInt()))) {
      return false;
    }
    if (o.owner().isPresent()) {
      if (!q.owners().isEmpty() && !q.owners().contains(o.owner().get())) {
        return false;
      }
    } else if (!q.includeGlobal()) {
      return false;
    }
    if (!q.states().isEmpty() && !q.states().contains(Lifecycle.effective(o, q.now()))) {
      return false;
    }
    for (Map.Entry<Tag, LocateQuery.DateRange> e : q.dateRanges().entrySet()) {
      Optional<Instant> d = o.attributes().date(e.getKey());
      if (d.isEmpty() || !e.getValue().contains(d.get())) {
        return false;
      }
    }
    for (Map.Entry<String, String> e : q.customText().entrySet()) {
      AttributeKey key = AttributeKey.customFromV1Name(e.getKey()).orElseThrow();
      boolean found = false;
      for (Ttlv v : o.attributes().all(key)) {
        if (v instanceof TtlvTextString t && t.value().equals(e.getValue())) {
          found = true;
        }
      }
      if (!found) {
        return false;
      }
    }
    if (!q.materialStates().isEmpty() && !q.materialStates().contains(o.materialState())) {
      return false;
    }
    return q.residual().map(r -> r.test(o)).orElse(true);
  }

  private static List<ManagedObject> chooseVersions(List<ManagedObject> matches, LocateQuery q) {
    LocateQuery.Versions v = q.versions();
    if (v.kind() == LocateQuery.Versions.Kind.ALL) {
      return matches;
    }
    if (v.kind() == LocateQuery.Versions.Kind.EXACT) {
      List<ManagedObject> out = new ArrayList<>();
      for (ManagedObject o : matches) {
        if (o.keyName().isEmpty() || o.keyVersion() == v.version()) {
          out.add(o);
        }
      }
      return out;
    }
    Map<String, ManagedObject> best = new HashMap<>();
    for (ManagedObject o : matches) {
      if (o.keyName().isEmpty()) {
        continue;
      }
      ManagedObject b = best.get(o.keyName().get());
      if (b == null || better(o, b, q.now())) {
        best.put(o.keyName().get(), o);
      }
    }
    List<ManagedObject> out = new ArrayList<>();
    for (ManagedObject o : matches) {
      if (o.keyName().isEmpty() || best.get(o.keyName().get()) == o) {
        out.add(o);
      }
    }
    return out;
  }

  private static boolean better(ManagedObject a, ManagedObject b, Instant now) {
    boolean aActive = Lifecycle.effective(a, now) == State.ACTIVE;
    boolean bActive = Lifecycle.effective(b, now) == State.ACTIVE;
    if (aActive != bActive) {
      return aActive;
    }
    return a.keyVersion() > b.keyVersion();
  }

  private static List<String> names(ManagedObject o) {
    List<String> out = new ArrayList<>();
    for (Ttlv v : o.attributes().all(Tag.NAME)) {
      if (v instanceof TtlvStructure) {
        try {
          out.add(TtlvBinder.decode(Name.class, v).nameValue());
        } catch (dev.arca.kmip.KmipException e) {
          // A malformed Name matches nothing.
        }
      }
    }
    return out;
  }

  @Override
  public synchronized OptionalInt latestVersion(String keyName) {
    OptionalInt latest = OptionalInt.empty();
    for (ManagedObject o : objects.values()) {
      if (o.keyName().filter(keyName::equals).isPresent()
          && (latest.isEmpty() || o.keyVersion() > latest.getAsInt())) {
        latest = OptionalInt.of(o.keyVersion());
      }
    }
    return latest;
  }

  @Override
  public synchronized long lastAppliedIndex() {
    return lastApplied;
  }

  @Override
  public synchronized long count() {
    return objects.size();
  }

  @Override
  public synchronized Optional<StoredRecord> record(RecordKey key) {
    return Optional.ofNullable(records.get(key));
  }

  @Override
  public synchronized List<StoredRecord> records(String kind) {
    RecordKey.checkKind(kind);
    List<StoredRecord> out = new ArrayList<>();
    for (StoredRecord r : records.values()) {
      if (r.key().kind().equals(kind)) {
        out.add(r);
      }
    }
    return List.copyOf(out);
  }
}
