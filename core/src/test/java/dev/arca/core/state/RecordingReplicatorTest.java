package dev.arca.core.state;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.access.Caller;
import dev.arca.core.access.OwnerOnlyAccessPolicy;
import dev.arca.core.key.AttributeSet;
import dev.arca.core.key.ClearMaterial;
import dev.arca.core.key.KeyService;
import dev.arca.core.key.KeyServiceSettings;
import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.core.key.MaterialState;
import dev.arca.core.key.MaterialUse;
import dev.arca.core.key.testing.InMemoryObjectStore;
import dev.arca.core.key.testing.InMemoryReplicator;
import dev.arca.core.key.testing.InterferingReplicator;
import dev.arca.core.key.testing.MutableClock;
import dev.arca.core.key.testing.TestMasterKeys;
import dev.arca.core.store.ObjectStore;
import dev.arca.core.store.RecordStore;
import dev.arca.core.store.SqliteStore;
import dev.arca.core.store.StoredRecord;
import dev.arca.core.store.TestObjects;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Undo of a batch's changes, on the SQLite store and on the in-memory one. */
class RecordingReplicatorTest {

  enum Backend {
    SQLITE,
    IN_MEMORY
  }

  @TempDir Path dir;

  private ObjectStore objects;
  private RecordStore records;
  private Replicator delegate;
  private AutoCloseable resources;

  private void open(Backend backend) {
    if (backend == Backend.SQLITE) {
      SqliteStore s = SqliteStore.open(dir.resolve("data"));
      objects = s;
      records = s;
      delegate = new LocalReplicator(s);
      resources = s;
    } else {
      InMemoryObjectStore s = new InMemoryObjectStore();
      objects = s;
      records = s;
      delegate = new InMemoryReplicator(s);
      resources = () -> {};
    }
  }

  @AfterEach
  void close() throws Exception {
    if (delegate != null) {
      delegate.close();
      resources.close();
    }
  }

  private RecordingReplicator recorder() {
    return new RecordingReplicator(delegate, objects, records);
  }

  private static CommandResult submit(Replicator r, Command c) throws Exception {
    return r.submit(c).get(30, TimeUnit.SECONDS);
  }

  private static void applied(Replicator r, Command c) throws Exception {
    assertThat(submit(r, c).applied()).as("%s", c).isTrue();
  }

  private static byte[] text(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static ManagedObject active(ManagedObject o) {
    return o.withAttributes(
        o.attributes().toBuilder().set(Ttlv.enumeration(Tag.STATE, State.ACTIVE.code())).build());
  }

  private static ManagedObject withRevision(ManagedObject o, long revision) {
    return new ManagedObject(
        o.id(),
        o.objectType(),
        o.attributes(),
        o.owner(),
        o.keyName(),
        o.keyVersion(),
        o.materialState(),
        o.material(),
        revision);
  }

  /** Everything the store holds for the ids and record names the tests use. */
  private List<Object> snapshot() {
    List<Object> out = new ArrayList<>();
    for (String id : List.of("a", "b", "c", "k0", "k1")) {
      out.add(objects.get(id));
    }
    out.add(records.records("user"));
    out.add(records.records("group"));
    return out;
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aCreatedObjectIsDeleted(Backend backend) throws Exception {
    open(backend);
    RecordingReplicator r = recorder();
    applied(r, new PutObject(TestObjects.key("a").name("n").build()));
    assertThat(r.changeCount()).isEqualTo(1);
    r.undo();
    assertThat(objects.get("a")).isEmpty();
    assertThat(objects.count()).isZero();
    assertThat(r.changeCount()).isZero();
    r.undo(); // nothing left to undo
    assertThat(objects.count()).isZero();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aChangedObjectGetsItsBeforeImageBackAtTheNextRevision(Backend backend) throws Exception {
    open(backend);
    ManagedObject v1 = TestObjects.key("a").owner("alice").build();
    applied(delegate, new PutObject(v1));
    RecordingReplicator r = recorder();
    ManagedObject v2 = active(v1);
    ManagedObject v3 = v2.withOwner(Optional.of("bob"));
    applied(r, new PutObject(v2));
    applied(r, new PutObject(v3));
    r.undo();
    // The content of revision 1, at revision 4: revisions only grow.
    assertThat(objects.get("a")).contains(withRevision(v1, 4));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aDestroyedObjectGetsItsSealedMaterialBack(Backend backend) throws Exception {
    open(backend);
    ManagedObject v1 = TestObjects.key("a").build();
    applied(delegate, new PutObject(v1));
    RecordingReplicator r = recorder();
    ManagedObject destroyed =
        v1.withMaterial(MaterialState.DESTROYED, Optional.empty(), v1.attributes());
    applied(r, new PutObject(destroyed));
    assertThat(objects.get("a").orElseThrow().material()).isEmpty();
    r.undo();
    ManagedObject back = objects.get("a").orElseThrow();
    assertThat(back.materialState()).isEqualTo(MaterialState.ONLINE);
    assertThat(back.material()).isEqualTo(v1.material());
    assertThat(back.revision()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void recordChangesAreTakenBack(Backend backend) throws Exception {
    open(backend);
    RecordKey kept = RecordKey.of("user", "kept");
    RecordKey changed = RecordKey.of("user", "changed");
    RecordKey deleted = RecordKey.of("group", "deleted");
    RecordKey created = RecordKey.of("user", "created");
    applied(delegate, new PutRecord(kept, text("k"), 1));
    applied(delegate, new PutRecord(changed, text("c1"), 1));
    applied(delegate, new PutRecord(deleted, text("d1"), 1));
    applied(delegate, new PutRecord(deleted, text("d2"), 2));

    RecordingReplicator r = recorder();
    applied(r, new PutRecord(created, text("new"), 1));
    applied(r, new PutRecord(changed, text("c2"), 2));
    applied(r, new DeleteRecord(deleted, 2));
    applied(r, new PutRecord(changed, text("c3"), 3));
    r.undo();

    assertThat(records.record(created)).isEmpty();
    assertThat(records.record(changed)).contains(new StoredRecord(changed, text("c1"), 4));
    // Deleted, it comes back with its last body, starting over at revision 1.
    assertThat(records.record(deleted)).contains(new StoredRecord(deleted, text("d2"), 1));
    assertThat(records.record(kept)).contains(new StoredRecord(kept, text("k"), 1));
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void atomicCommandsAndDeletionsAreTakenBackNewestFirst(Backend backend) throws Exception {
    open(backend);
    ManagedObject k0 = TestObjects.key("k0").version("k", 0).build();
    applied(delegate, new PutObject(k0));
    RecordingReplicator r = recorder();
    // A re-key in one step: the new version and the changed old one. Then a deletion that frees
    // version 1 and a new object that takes it again: undone in the wrong order, the version
    // would collide.
    ManagedObject k1 = TestObjects.key("k1").version("k", 1).build();
    applied(r, Atomic.of(new PutObject(k1), new PutObject(active(k0))));
    applied(r, new DeleteObject("k1", 1));
    ManagedObject c = TestObjects.key("c").version("k", 1).build();
    applied(r, Atomic.of(new PutObject(c), new PutRecord(RecordKey.of("user", "u"), text("u"), 1)));
    // Created and deleted within the batch: nothing to take back.
    applied(r, new PutObject(TestObjects.key("b").build()));
    applied(r, new DeleteObject("b", 1));
    r.undo();
    assertThat(objects.get("k0")).contains(withRevision(k0, 3));
    assertThat(objects.get("k1")).isEmpty();
    assertThat(objects.get("c")).isEmpty();
    assertThat(objects.get("b")).isEmpty();
    assertThat(objects.latestVersion("k")).hasValue(0);
    assertThat(records.records("user")).isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aLaterChangeByAnotherWriterMakesTheUndoFailAndChangeNothing(Backend backend)
      throws Exception {
    open(backend);
    ManagedObject b1 = TestObjects.key("b").build();
    applied(delegate, new PutObject(b1));
    applied(delegate, new PutRecord(RecordKey.of("user", "x"), text("x1"), 1));
    RecordingReplicator r = recorder();
    applied(r, new PutObject(TestObjects.key("a").build()));
    applied(r, new PutObject(active(b1)));
    applied(r, new PutRecord(RecordKey.of("user", "x"), text("x2"), 2));
    applied(r, new PutRecord(RecordKey.of("group", "g"), text("g"), 1));
    // Another writer changes b after the batch did.
    applied(delegate, new PutObject(active(b1).withOwner(Optional.of("other"))));
    List<Object> before = snapshot();

    assertThatThrownBy(r::undo)
        .isInstanceOfSatisfying(
            UndoFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(UndoFailedException.Reason.CONFLICT))
        .hasMessageContaining("command 3 of 4")
        .hasMessageContaining("nothing was undone");
    assertThat(snapshot()).isEqualTo(before);
    assertThat(r.changeCount()).isEqualTo(4);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void rejectedCommandsAreNotRecorded(Backend backend) throws Exception {
    open(backend);
    applied(delegate, new PutObject(TestObjects.key("a").build()));
    RecordingReplicator r = recorder();
    assertThat(submit(r, new PutObject(TestObjects.key("a").build())).applied()).isFalse();
    assertThat(submit(r, new DeleteRecord(RecordKey.of("user", "ghost"), 1)).applied()).isFalse();
    assertThat(r.changeCount()).isZero();
    r.undo();
    assertThat(objects.get("a")).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aChangeBetweenReadingAndApplyingMakesTheRecordingIncomplete(Backend backend)
      throws Exception {
    open(backend);
    ManagedObject a1 = TestObjects.key("a").build();
    applied(delegate, new PutObject(a1));
    InterferingReplicator interfering = new InterferingReplicator(delegate);
    RecordingReplicator r = new RecordingReplicator(interfering, objects, records);
    // The recorder reads revision 1; another writer makes revision 2 before the command, built
    // for revision 2, applies. The before-image in hand is then not what the command replaced.
    ManagedObject a2 = active(a1);
    interfering.interfere(1, d -> d.submit(new PutObject(a2)).get());
    applied(r, new PutObject(a2.withOwner(Optional.of("alice"))));
    List<Object> before = snapshot();
    assertThatThrownBy(r::undo)
        .isInstanceOfSatisfying(
            UndoFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(UndoFailedException.Reason.INCOMPLETE_RECORDING))
        .hasMessageContaining("changed between reading a before-image and applying");
    assertThat(snapshot()).isEqualTo(before);
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void anUnknownOutcomeMakesTheRecordingIncompleteButAStoreFailureDoesNot(Backend backend)
      throws Exception {
    open(backend);
    AtomicInteger mode = new AtomicInteger();
    Replicator failing =
        new Replicator() {
          @Override
          public CompletableFuture<CommandResult> submit(Command command) {
            if (mode.get() == 1) {
              return CompletableFuture.failedFuture(
                  new ApplyFailedException("disk full (test)", null));
            }
            if (mode.get() == 2) {
              return CompletableFuture.failedFuture(new TimeoutException("no quorum (test)"));
            }
            return delegate.submit(command);
          }

          @Override
          public void close() {}
        };
    RecordingReplicator r = new RecordingReplicator(failing, objects, records);
    applied(r, new PutObject(TestObjects.key("a").build()));
    mode.set(1);
    assertThatThrownBy(() -> submit(r, new PutObject(TestObjects.key("b").build())))
        .hasCauseInstanceOf(ApplyFailedException.class);
    mode.set(0);
    r.undo(); // the failed apply changed nothing, so the recording still holds
    assertThat(objects.get("a")).isEmpty();

    applied(r, new PutObject(TestObjects.key("c").build()));
    mode.set(2);
    assertThatThrownBy(() -> submit(r, new PutObject(TestObjects.key("d").build())))
        .hasCauseInstanceOf(TimeoutException.class);
    mode.set(0);
    assertThatThrownBy(r::undo)
        .isInstanceOfSatisfying(
            UndoFailedException.class,
            e -> assertThat(e.reason()).isEqualTo(UndoFailedException.Reason.INCOMPLETE_RECORDING))
        .hasMessageContaining("outcome of a command is unknown");
    assertThat(objects.get("c")).isPresent();
  }

  @ParameterizedTest
  @EnumSource(Backend.class)
  void aKeyServiceBatchIsUndoneDestroyIncluded(Backend backend) throws Exception {
    open(backend);
    MutableClock clock = new MutableClock(Instant.parse("2030-01-01T00:00:00Z"));
    Caller alice = Caller.of("alice");
    KeyService plain = keyService(delegate, clock);
    ManagedObjectView existing =
        plain.create(
            alice,
            ObjectType.SYMMETRIC_KEY,
            AttributeSet.builder()
                .set(
                    Ttlv.enumeration(
                        Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()))
                .set(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256))
                .build());
    byte[] keyBefore = material(plain, alice, existing.id());

    RecordingReplicator r = recorder();
    KeyService batch = keyService(r, clock);
    ManagedObjectView created = batch.create(alice, ObjectType.SYMMETRIC_KEY, AttributeSet.empty());
    batch.activate(alice, created.id());
    batch.destroy(alice, existing.id());
    assertThat(objects.get(existing.id()).orElseThrow().material()).isEmpty();

    r.undo();
    assertThat(objects.get(created.id())).isEmpty();
    // The destroyed key is back, the same key, from the sealed envelope of its before-image.
    assertThat(plain.get(alice, existing.id()).state()).isEqualTo(State.PRE_ACTIVE);
    assertThat(material(plain, alice, existing.id())).isEqualTo(keyBefore);
  }

  private KeyService keyService(Replicator replicator, MutableClock clock) {
    return new KeyService(
        objects,
        replicator,
        TestMasterKeys.crypto(),
        TestMasterKeys.shared().envelope(),
        new OwnerOnlyAccessPolicy(),
        clock,
        KeyServiceSettings.defaults());
  }

  private static byte[] material(KeyService service, Caller caller, String id) throws Exception {
    ClearMaterial m = service.openMaterial(caller, id, MaterialUse.EXPORT);
    try {
      return m.bytes();
    } finally {
      m.destroy();
    }
  }
}
