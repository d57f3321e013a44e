package dev.arca.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.MaterialState;
import dev.arca.core.state.Atomic;
import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.DeleteObject;
import dev.arca.core.state.DeleteRecord;
import dev.arca.core.state.IndexedCommand;
import dev.arca.core.state.PutObject;
import dev.arca.core.state.PutRecord;
import dev.arca.core.state.RecordKey;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.State;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The same commands at the same indexes give the same database contents, byte for byte in the
 * logical dump, however they are grouped into batches: what a cluster of nodes relies on.
 */
class DeterminismTest {

  @TempDir Path dir;

  /**
   * Random commands: creates, updates (some stale), archives, destroys, versions, deletions of
   * objects, records put and deleted (some stale), atomics over all of them.
   */
  static List<Command> commands(long seed, int count) {
    Random random = new Random(seed);
    Map<String, ManagedObject> model = new HashMap<>();
    List<String> ids = new ArrayList<>();
    Map<RecordKey, Long> recordRevisions = new HashMap<>();
    List<Command> out = new ArrayList<>();
    Instant base = Instant.parse("2030-01-01T00:00:00Z");
    for (int i = 0; i < count; i++) {
      int kind = random.nextInt(14);
      if (kind >= 10) {
        out.add(recordOrDeletion(random, i, kind, model, ids, recordRevisions));
        continue;
      }
      if (kind < 4 || ids.isEmpty()) {
        String id = "obj-" + i;
        TestObjects b =
            TestObjects.key(id)
                .name("name-" + random.nextInt(20))
                .date(Tag.INITIAL_DATE, base.plusSeconds(i))
                .custom("x", "team", "t" + random.nextInt(3));
        if (random.nextBoolean()) {
          b.owner("user" + random.nextInt(3));
        }
        if (random.nextInt(3) == 0) {
          // Some collide on purpose: the store must reject them the same way everywhere.
          b.version("key-" + random.nextInt(4), random.nextInt(6));
        }
        ManagedObject o = b.build();
        out.add(new PutObject(o));
        model.put(id, o);
        ids.add(id);
      } else if (kind < 7) {
        ManagedObject o = model.get(ids.get(random.nextInt(ids.size())));
        ManagedObject changed =
            o.withAttributes(
                o.attributes().toBuilder()
                    .set(dev.arca.kmip.ttlv.Ttlv.enumeration(Tag.STATE, State.ACTIVE.code()))
                    .set(
                        dev.arca.kmip.ttlv.Ttlv.dateTime(Tag.LAST_CHANGE_DATE, base.plusSeconds(i)))
                    .build());
        out.add(new PutObject(changed));
        if (random.nextInt(4) != 0) {
          model.put(o.id(), changed); // else the next change of it is stale: a conflict
        }
      } else if (kind < 9) {
        ManagedObject o = model.get(ids.get(random.nextInt(ids.size())));
        MaterialState next = MaterialState.values()[random.nextInt(MaterialState.values().length)];
        ManagedObject moved =
            o.withMaterial(
                next,
                next == MaterialState.DESTROYED
                    ? Optional.empty()
                    : Optional.of(TestObjects.envelope(o.id())),
                o.attributes());
        out.add(new PutObject(moved));
        model.put(o.id(), moved);
      } else {
        String a = "atomic-" + i + "-a";
        String b = random.nextBoolean() ? "atomic-" + i + "-b" : a; // some fail as a whole
        ManagedObject oa = TestObjects.key(a).name("atomic").build();
        out.add(Atomic.of(new PutObject(oa), new PutObject(TestObjects.key(b).build())));
        if (!a.equals(b)) {
          model.put(a, oa);
          ids.add(a);
          model.put(b, TestObjects.key(b).build());
          ids.add(b);
        }
      }
    }
    return out;
  }

  private static Command recordOrDeletion(
      Random random,
      int i,
      int kind,
      Map<String, ManagedObject> model,
      List<String> ids,
      Map<RecordKey, Long> recordRevisions) {
    RecordKey key =
        RecordKey.of(random.nextBoolean() ? "user" : "group", "name-" + random.nextInt(8));
    long revision = recordRevisions.getOrDefault(key, 0L);
    boolean stale = random.nextInt(5) == 0; // these are rejected the same way everywhere
    byte[] body = ("rev=" + i + "\n").getBytes(StandardCharsets.UTF_8);
    if (kind == 10 || (kind == 11 && revision == 0)) {
      long next = stale ? revision + 2 : revision + 1;
      if (!stale) {
        recordRevisions.put(key, next);
      }
      return new PutRecord(key, body, next);
    }
    if (kind == 11) {
      if (!stale) {
        recordRevisions.remove(key);
      }
      return new DeleteRecord(key, stale ? revision + 1 : revision);
    }
    if (kind == 12 && !ids.isEmpty()) {
      String id = ids.get(random.nextInt(ids.size()));
      ManagedObject o = model.get(id);
      if (stale) {
        return new DeleteObject(id, o.revision() + 1);
      }
      model.remove(id);
      ids.remove(id);
      return new DeleteObject(id, o.revision());
    }
    // A record and an object changed together; a stale record rejects both.
    String id = "with-record-" + i;
    ManagedObject o = TestObjects.key(id).owner("user" + random.nextInt(3)).build();
    long next = stale ? revision + 3 : revision + 1;
    if (!stale) {
      recordRevisions.put(key, next);
      model.put(id, o);
      ids.add(id);
    }
    return Atomic.of(new PutObject(o), new PutRecord(key, body, next));
  }

  private static List<CommandResult> applyInBatches(
      Path data, List<Command> commands, Random batchSizes) throws Exception {
    List<CommandResult> results = new ArrayList<>();
    try (SqliteStore s = SqliteStore.open(data)) {
      int i = 0;
      while (i < commands.size()) {
        int n = Math.min(commands.size() - i, 1 + batchSizes.nextInt(40));
        List<IndexedCommand> batch = new ArrayList<>();
        for (int j = 0; j < n; j++) {
          batch.add(new IndexedCommand(i + j + 1, commands.get(i + j)));
        }
        results.addAll(s.apply(batch));
        i += n;
      }
    }
    return results;
  }

  @Test
  void theSameCommandsGiveTheSameContentsWhateverTheBatches() throws Exception {
    List<Command> commands = commands(42, 600);
    List<CommandResult> one = applyInBatches(dir.resolve("a"), commands, new Random(1));
    List<CommandResult> two = applyInBatches(dir.resolve("b"), commands, new Random(2));
    assertThat(two).isEqualTo(one);
    assertThat(one).anyMatch(r -> !r.applied()).anyMatch(CommandResult::applied);
    byte[] a = LogicalDump.of(dir.resolve("a"));
    byte[] b = LogicalDump.of(dir.resolve("b"));
    assertThat(a).isEqualTo(b);
    assertThat(a.length).isGreaterThan(10_000);
    // Every kind of command took part, applied and rejected.
    for (Class<?> type :
        List.of(PutRecord.class, DeleteRecord.class, DeleteObject.class, Atomic.class)) {
      List<CommandResult> ofType = new ArrayList<>();
      for (int i = 0; i < commands.size(); i++) {
        if (type.isInstance(commands.get(i))) {
          ofType.add(one.get(i));
        }
      }
      assertThat(ofType)
          .as(type.getSimpleName())
          .anyMatch(CommandResult::applied)
          .anyMatch(r -> !r.applied());
    }
  }

  @Test
  void theDumpIncludesRecords() throws Exception {
    List<Command> commands =
        List.of(new PutRecord(RecordKey.of("user", "alice"), new byte[] {1, 2, 3}, 1));
    applyInBatches(dir.resolve("a"), commands, new Random(1));
    applyInBatches(
        dir.resolve("b"),
        List.of(new PutRecord(RecordKey.of("user", "alice"), new byte[] {1, 2, 4}, 1)),
        new Random(1));
    assertThat(LogicalDump.of(dir.resolve("a"))).isNotEqualTo(LogicalDump.of(dir.resolve("b")));
  }

  @Test
  void differentCommandsGiveDifferentDumps() throws Exception {
    applyInBatches(dir.resolve("a"), commands(42, 100), new Random(1));
    applyInBatches(dir.resolve("b"), commands(43, 100), new Random(1));
    assertThat(LogicalDump.of(dir.resolve("a"))).isNotEqualTo(LogicalDump.of(dir.resolve("b")));
  }
}
