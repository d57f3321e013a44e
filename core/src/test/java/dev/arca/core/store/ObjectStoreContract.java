package dev.arca.core.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.key.ManagedObject;
import dev.arca.core.key.MaterialState;
import dev.arca.core.key.SealedMaterial;
import dev.arca.core.state.Atomic;
import dev.arca.core.state.Command;
import dev.arca.core.state.CommandResult;
import dev.arca.core.state.CommandResult.Reason;
import dev.arca.core.state.DeleteObject;
import dev.arca.core.state.PutObject;
import dev.arca.core.state.Replicator;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * What every {@link ObjectStore} with its {@link Replicator} must do, whatever keeps the data.
 * Subclasses provide a fresh, empty pair in {@link #open()}.
 *
 * <p>Every Locate here runs twice, once as given and once with an always-true residual predicate,
 * and both must agree: a store may answer the two through different paths (SQL alone, or SQL and
 * then Java), and they must not differ.
 */
public abstract class ObjectStoreContract {

  /** A store and the replicator that writes to it, closed together after each test. */
  public record Subject(ObjectStore store, Replicator replicator, AutoCloseable resources) {
    void close() throws Exception {
      replicator.close();
      resources.close();
    }
  }

  /** A fresh, empty store and its replicator. */
  protected abstract Subject open() throws Exception;

  protected static final Instant NOW = Instant.parse("2030-01-01T00:00:00Z");
  protected static final Instant PAST = NOW.minus(Duration.ofDays(1));
  protected static final Instant FUTURE = NOW.plus(Duration.ofDays(1));

  private Subject subject;
  protected ObjectStore store;

  @BeforeEach
  void openSubject() throws Exception {
    subject = open();
    store = subject.store();
  }

  @AfterEach
  void closeSubject() throws Exception {
    subject.close();
  }

  protected CommandResult submit(Command c) throws Exception {
    return subject.replicator().submit(c).get(30, TimeUnit.SECONDS);
  }

  protected CommandResult put(ManagedObject o) throws Exception {
    return submit(new PutObject(o));
  }

  protected void putAll(TestObjects... objects) throws Exception {
    for (TestObjects o : objects) {
      assertThat(put(o.build()).applied()).as("put %s", o.build()).isTrue();
    }
  }

  protected static Reason rejection(CommandResult r) {
    assertThat(r).isInstanceOf(CommandResult.Rejected.class);
    return ((CommandResult.Rejected) r).reason();
  }

  /** The ids found, checked to be the same through the residual path. */
  /**
   * The ids a query finds, in creation order (oldest first) so that expectations read in the order
   * the test put the objects. The store answers newest first (KMIP 2.1 §6.1.28), which {@code
   * returnsObjectsNewestFirstEvenAfterUpdates} checks as such; offset and maximum apply to that
   * newest-first order.
   */
  protected List<String> ids(QueryBuilder q) {
    LocateQuery query = q.build();
    List<String> ids = store.locate(query).ids();
    if (query.residual().isEmpty()) {
      List<String> again = store.locate(withTrueResidual(query)).ids();
      assertThat(again).as("same answer through the residual path").isEqualTo(ids);
    }
    List<String> oldestFirst = new ArrayList<>(ids);
    Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  private static LocateQuery withTrueResidual(LocateQuery q) {
    return new LocateQuery(
        q.objectType(),
        q.name(),
        q.algorithm(),
        q.length(),
        q.owners(),
        q.includeGlobal(),
        q.states(),
        q.now(),
        q.dateRanges(),
        q.customText(),
        q.materialStates(),
        q.versions(),
        Optional.of(o -> true),
        q.offset(),
        q.maxItems());
  }

  protected static QueryBuilder query() {
    return QueryBuilder.at(NOW);
  }

  // ---- reads and writes --------------------------------------------------------------------

  @Test
  void anEmptyStoreHasNothing() {
    assertThat(store.get("nope")).isEmpty();
    assertThat(store.count()).isZero();
    assertThat(store.lastAppliedIndex()).isZero();
    assertThat(store.latestVersion("k")).isEmpty();
    assertThat(ids(query())).isEmpty();
  }

  @Test
  void anObjectComesBackAsItWasPut() throws Exception {
    ManagedObject o =
        TestObjects.key("id-1")
            .name("payments")
            .name("payments-alias")
            .owner("alice")
            .version("payments", 3)
            .state(State.ACTIVE)
            .date(Tag.ACTIVATION_DATE, PAST)
            .date(Tag.INITIAL_DATE, PAST)
            .custom("x", "expiry", "2031-01-01")
            .custom("x", "team", "billing")
            .build();
    CommandResult r = put(o);
    assertThat(r).isInstanceOf(CommandResult.Applied.class);
    assertThat(store.get("id-1")).contains(o);
    assertThat(store.count()).isEqualTo(1);
    assertThat(store.lastAppliedIndex()).isEqualTo(((CommandResult.Applied) r).index());
  }

  @Test
  void anObjectWithoutMaterialOrAttributesRoundTrips() throws Exception {
    ManagedObject o =
        new ManagedObject(
            "bare",
            ObjectType.OPAQUE_OBJECT,
            dev.arca.core.key.AttributeSet.empty(),
            Optional.empty(),
            Optional.empty(),
            0,
            MaterialState.ONLINE,
            Optional.empty(),
            1);
    assertThat(put(o).applied()).isTrue();
    assertThat(store.get("bare")).contains(o);
  }

  @Test
  void appliedIndexesIncreaseAndLastAppliedFollows() throws Exception {
    long previous = 0;
    for (int i = 0; i < 5; i++) {
      CommandResult r = put(TestObjects.key("k" + i).build());
      long index = ((CommandResult.Applied) r).index();
      assertThat(index).isGreaterThan(previous);
      assertThat(store.lastAppliedIndex()).isEqualTo(index);
      previous = index;
    }
  }

  @Test
  void creatingAnExistingIdIsRejected() throws Exception {
    putAll(TestObjects.key("a"));
    ManagedObject again = TestObjects.key("a").name("other").build();
    assertThat(rejection(put(again))).isEqualTo(Reason.ALREADY_EXISTS);
    assertThat(store.get("a").orElseThrow().attributes().contains(Tag.NAME)).isFalse();
  }

  @Test
  void anUpdateMustNameTheStoredRevision() throws Exception {
    ManagedObject v1 = TestObjects.key("a").build();
    put(v1);
    ManagedObject v2 =
        v1.withAttributes(TestObjects.key("a").state(State.ACTIVE).build().attributes());
    assertThat(put(v2).applied()).isTrue();
    assertThat(store.get("a")).contains(v2);

    // Another writer that also started from revision 1 loses.
    ManagedObject stale = v1.withOwner(Optional.of("mallory"));
    assertThat(rejection(put(stale))).isEqualTo(Reason.CONFLICT);
    // Skipping a revision is a conflict too.
    ManagedObject skip = TestObjects.key("a").revision(5).build();
    assertThat(rejection(put(skip))).isEqualTo(Reason.CONFLICT);
    assertThat(store.get("a")).contains(v2);
  }

  @Test
  void updatingAMissingObjectIsNotFound() throws Exception {
    assertThat(rejection(put(TestObjects.key("ghost").revision(2).build())))
        .isEqualTo(Reason.NOT_FOUND);
    assertThat(store.get("ghost")).isEmpty();
  }

  @Test
  void aKeyVersionExistsOnce() throws Exception {
    putAll(TestObjects.key("a").version("k", 0), TestObjects.key("b").version("k", 1));
    assertThat(rejection(put(TestObjects.key("c").version("k", 1).build())))
        .isEqualTo(Reason.CONSTRAINT);
    assertThat(store.get("c")).isEmpty();
    // The same number in another key, and objects outside any key, do not collide.
    putAll(TestObjects.key("d").version("other", 1), TestObjects.key("e"), TestObjects.key("f"));
    // An object keeps its own version when it is updated.
    ManagedObject b = store.get("b").orElseThrow();
    assertThat(put(b.withOwner(Optional.of("bob"))).applied()).isTrue();
    assertThat(store.latestVersion("k")).hasValue(1);
    assertThat(store.latestVersion("other")).hasValue(1);
    assertThat(store.latestVersion("none")).isEmpty();
  }

  @Test
  void anAtomicCommandIsAppliedWholeOrNotAtAll() throws Exception {
    putAll(TestObjects.key("existing"));
    CommandResult r =
        submit(
            Atomic.of(
                new PutObject(TestObjects.key("new-1").build()),
                new PutObject(TestObjects.key("new-2").build()),
                new PutObject(TestObjects.key("existing").build())));
    assertThat(rejection(r)).isEqualTo(Reason.ALREADY_EXISTS);
    assertThat(((CommandResult.Rejected) r).message()).contains("command 3 of 3");
    assertThat(store.get("new-1")).isEmpty();
    assertThat(store.get("new-2")).isEmpty();
    assertThat(store.count()).isEqualTo(1);

    // Later parts see the earlier ones: create then update in one step.
    ManagedObject created = TestObjects.key("rekeyed").version("k", 0).build();
    ManagedObject updated = created.withOwner(Optional.of("alice"));
    ManagedObject next = TestObjects.key("rekeyed-1").version("k", 1).build();
    assertThat(
            submit(
                    Atomic.of(
                        new PutObject(created),
                        Atomic.of(new PutObject(updated), new PutObject(next))))
                .applied())
        .isTrue();
    assertThat(store.get("rekeyed")).contains(updated);
    assertThat(store.get("rekeyed-1")).contains(next);
  }

  @Test
  void anAtomicCommandBreakingAConstraintLeavesNothing() throws Exception {
    CommandResult r =
        submit(
            Atomic.of(
                new PutObject(TestObjects.key("v0").version("k", 0).build()),
                new PutObject(TestObjects.key("v0-again").version("k", 0).build())));
    assertThat(rejection(r)).isEqualTo(Reason.CONSTRAINT);
    assertThat(store.count()).isZero();
  }

  @Test
  void archivedMaterialIsKeptAndRecovered() throws Exception {
    ManagedObject online = TestObjects.key("a").build();
    put(online);
    SealedMaterial m = online.material().orElseThrow();
    ManagedObject archived =
        online.withMaterial(MaterialState.ARCHIVED, Optional.of(m), online.attributes());
    assertThat(put(archived).applied()).isTrue();
    assertThat(store.get("a")).contains(archived);
    ManagedObject recovered =
        archived.withMaterial(MaterialState.ONLINE, Optional.of(m), online.attributes());
    assertThat(put(recovered).applied()).isTrue();
    assertThat(store.get("a")).contains(recovered);
    ManagedObject destroyed =
        recovered.withMaterial(MaterialState.DESTROYED, Optional.empty(), online.attributes());
    assertThat(put(destroyed).applied()).isTrue();
    assertThat(store.get("a").orElseThrow().material()).isEmpty();
  }

  @Test
  void aDestroyedObjectCannotKeepMaterial() throws Exception {
    ManagedObject o =
        TestObjects.key("a")
            .materialState(
                MaterialState.DESTROYED,
                Optional.of(new SealedMaterial(KeyFormatType.RAW, new byte[] {1, 2, 3})))
            .build();
    assertThat(rejection(put(o))).isEqualTo(Reason.CONSTRAINT);
  }

  @Test
  void aRejectedCommandChangesNothingButLaterOnesApply() throws Exception {
    putAll(TestObjects.key("a"));
    assertThat(put(TestObjects.key("a").build()).applied()).isFalse();
    assertThat(put(TestObjects.key("b").build()).applied()).isTrue();
    assertThat(ids(query())).containsExactly("a", "b");
  }

  // ---- deleting (taking back a creation) ----------------------------------------------------

  @Test
  void aDeletedObjectIsGoneWithItsNamesIndexAndArchive() throws Exception {
    ManagedObject o =
        TestObjects.key("a")
            .name("payments")
            .custom("x", "team", "billing")
            .version("k", 0)
            .materialState(MaterialState.ARCHIVED, Optional.of(TestObjects.envelope("a")))
            .build();
    putAll(TestObjects.key("other").name("payments"));
    assertThat(put(o).applied()).isTrue();
    assertThat(submit(new DeleteObject("a", 1)).applied()).isTrue();
    assertThat(store.get("a")).isEmpty();
    assertThat(store.count()).isEqualTo(1);
    assertThat(ids(query().name("payments"))).containsExactly("other");
    assertThat(ids(query().custom("x-team", "billing"))).isEmpty();
    assertThat(ids(query().materialStates(MaterialState.ARCHIVED))).isEmpty();
    assertThat(store.latestVersion("k")).isEmpty();
    // The id and the version number are free again.
    ManagedObject again = TestObjects.key("a").version("k", 0).build();
    assertThat(put(again).applied()).isTrue();
    assertThat(store.get("a")).contains(again);
    assertThat(ids(query())).containsExactly("other", "a");
  }

  @Test
  void aDeletionMustNameTheStoredRevision() throws Exception {
    ManagedObject v1 = TestObjects.key("a").build();
    put(v1);
    put(v1.withOwner(Optional.of("alice")));
    assertThat(rejection(submit(new DeleteObject("a", 1)))).isEqualTo(Reason.CONFLICT);
    assertThat(rejection(submit(new DeleteObject("ghost", 1)))).isEqualTo(Reason.NOT_FOUND);
    assertThat(store.get("a")).isPresent();
    assertThat(submit(new DeleteObject("a", 2)).applied()).isTrue();
    assertThat(rejection(submit(new DeleteObject("a", 2)))).isEqualTo(Reason.NOT_FOUND);
  }

  @Test
  void aCreationIsTakenBackInsideAnAtomicCommand() throws Exception {
    putAll(TestObjects.key("kept"));
    ManagedObject created = TestObjects.key("new").name("n").build();
    assertThat(
            submit(
                    Atomic.of(
                        new PutObject(created), new DeleteObject("new", 1), new PutObject(created)))
                .applied())
        .isTrue();
    assertThat(store.get("new")).contains(created);
    // A failing part undoes the deletion before it.
    CommandResult r = submit(Atomic.of(new DeleteObject("new", 1), new DeleteObject("kept", 7)));
    assertThat(rejection(r)).isEqualTo(Reason.CONFLICT);
    assertThat(store.get("new")).contains(created);
    assertThat(ids(query().name("n"))).containsExactly("new");
  }

  // ---- Locate ------------------------------------------------------------------------------

  @Nested
  class Locate {

    @Test
    void returnsObjectsNewestFirstEvenAfterUpdates() throws Exception {
      putAll(TestObjects.key("c"), TestObjects.key("a"), TestObjects.key("b"));
      ManagedObject a = store.get("a").orElseThrow();
      put(a.withOwner(Optional.of("zed")));
      assertThat(store.locate(query().build()).ids()).containsExactly("b", "a", "c");
    }

    @Test
    void byObjectTypeAlgorithmAndLength() throws Exception {
      putAll(
          TestObjects.key("aes256"),
          TestObjects.key("aes128").length(128),
          TestObjects.key("hmac").algorithm(CryptographicAlgorithm.HMAC_SHA256).length(256),
          TestObjects.key("secret").type(ObjectType.SECRET_DATA));
      assertThat(ids(query().type(ObjectType.SECRET_DATA))).containsExactly("secret");
      assertThat(ids(query().type(ObjectType.SYMMETRIC_KEY)))
          .containsExactly("aes256", "aes128", "hmac");
      assertThat(ids(query().algorithm(CryptographicAlgorithm.AES)))
          .containsExactly("aes256", "aes128", "secret");
      assertThat(ids(query().length(256))).containsExactly("aes256", "hmac", "secret");
      assertThat(ids(query().algorithm(CryptographicAlgorithm.AES).length(128)))
          .containsExactly("aes128");
      assertThat(ids(query().type(ObjectType.PRIVATE_KEY))).isEmpty();
    }

    @Test
    void byAnyOfSeveralNames() throws Exception {
      putAll(
          TestObjects.key("a").name("db").name("db-primary"),
          TestObjects.key("b").name("db-replica"),
          TestObjects.key("c"));
      assertThat(ids(query().name("db"))).containsExactly("a");
      assertThat(ids(query().name("db-primary"))).containsExactly("a");
      assertThat(ids(query().name("db-replica"))).containsExactly("b");
      assertThat(ids(query().name("DB"))).isEmpty();
      // A rename drops the old name from the index.
      ManagedObject b = store.get("b").orElseThrow();
      put(b.withAttributes(TestObjects.key("b").name("renamed").build().attributes()));
      assertThat(ids(query().name("db-replica"))).isEmpty();
      assertThat(ids(query().name("renamed"))).containsExactly("b");
    }

    @Test
    void byOwnerWithAndWithoutGlobalKeys() throws Exception {
      putAll(
          TestObjects.key("alice-1").owner("alice"),
          TestObjects.key("bob-1").owner("bob"),
          TestObjects.key("global"),
          TestObjects.key("carol-1").owner("carol"));
      assertThat(ids(query())).containsExactly("alice-1", "bob-1", "global", "carol-1");
      assertThat(ids(query().includeGlobal(false))).containsExactly("alice-1", "bob-1", "carol-1");
      assertThat(ids(query().owners("alice", "carol").includeGlobal(false)))
          .containsExactly("alice-1", "carol-1");
      assertThat(ids(query().owners("bob").includeGlobal(true))).containsExactly("bob-1", "global");
      assertThat(ids(query().owners("nobody").includeGlobal(false))).isEmpty();
    }

    @Test
    void byEffectiveStateAtNow() throws Exception {
      Instant second = NOW; // whole second
      putAll(
          TestObjects.key("pre"),
          TestObjects.key("pre-future").date(Tag.ACTIVATION_DATE, FUTURE),
          TestObjects.key("pre-past").date(Tag.ACTIVATION_DATE, PAST),
          TestObjects.key("pre-at-now").date(Tag.ACTIVATION_DATE, second),
          TestObjects.key("active").state(State.ACTIVE),
          TestObjects.key("active-until-future")
              .state(State.ACTIVE)
              .date(Tag.DEACTIVATION_DATE, FUTURE),
          TestObjects.key("active-until-past")
              .state(State.ACTIVE)
              .date(Tag.DEACTIVATION_DATE, PAST),
          TestObjects.key("active-until-now")
              .state(State.ACTIVE)
              .date(Tag.DEACTIVATION_DATE, second),
          TestObjects.key("pre-both-past")
              .date(Tag.ACTIVATION_DATE, PAST.minusSeconds(60))
              .date(Tag.DEACTIVATION_DATE, PAST),
          TestObjects.key("pre-deactivation-past").date(Tag.DEACTIVATION_DATE, PAST),
          TestObjects.key("deactivated").state(State.DEACTIVATED),
          TestObjects.key("compromised").state(State.COMPROMISED).date(Tag.DEACTIVATION_DATE, PAST),
          TestObjects.key("destroyed").state(State.DESTROYED));

      // A Deactivation Date moves only an Active object on (Lifecycle.effective): one that never
      // became Active stays Pre-Active.
      assertThat(ids(query().states(State.PRE_ACTIVE)))
          .containsExactly("pre", "pre-future", "pre-deactivation-past");
      assertThat(ids(query().states(State.ACTIVE)))
          .containsExactly("pre-past", "pre-at-now", "active", "active-until-future");
      assertThat(ids(query().states(State.DEACTIVATED)))
          .containsExactly("active-until-past", "active-until-now", "pre-both-past", "deactivated");
      assertThat(ids(query().states(State.COMPROMISED))).containsExactly("compromised");
      assertThat(ids(query().states(State.DESTROYED, State.COMPROMISED)))
          .containsExactly("compromised", "destroyed");

      // Half a second before NOW, the dates at NOW have not been reached yet.
      Instant justBefore = NOW.minusMillis(500);
      assertThat(ids(query().now(justBefore).states(State.ACTIVE)))
          .containsExactly("pre-past", "active", "active-until-future", "active-until-now");
      // Half a second after, they have.
      assertThat(ids(query().now(NOW.plusMillis(500)).states(State.PRE_ACTIVE)))
          .containsExactly("pre", "pre-future", "pre-deactivation-past");
      // Two days later the future dates have passed too.
      Instant later = FUTURE.plus(Duration.ofDays(1));
      assertThat(ids(query().now(later).states(State.ACTIVE)))
          .containsExactly("pre-future", "pre-past", "pre-at-now", "active");
    }

    @Test
    void byDateRangesInclusive() throws Exception {
      Instant t1 = Instant.parse("2029-06-01T00:00:00Z");
      Instant t2 = Instant.parse("2029-07-01T00:00:00Z");
      Instant t3 = Instant.parse("2029-08-01T00:00:00Z");
      putAll(
          TestObjects.key("a").date(Tag.INITIAL_DATE, t1).date(Tag.ARCHIVE_DATE, t1),
          TestObjects.key("b").date(Tag.INITIAL_DATE, t2).date(Tag.ARCHIVE_DATE, t2),
          TestObjects.key("c").date(Tag.INITIAL_DATE, t3),
          TestObjects.key("none"));
      // Indexed date.
      assertThat(ids(query().date(Tag.INITIAL_DATE, t1, t2))).containsExactly("a", "b");
      assertThat(ids(query().date(Tag.INITIAL_DATE, t2, null))).containsExactly("b", "c");
      assertThat(ids(query().date(Tag.INITIAL_DATE, null, t1))).containsExactly("a");
      assertThat(ids(query().date(Tag.INITIAL_DATE, null, null))).containsExactly("a", "b", "c");
      assertThat(ids(query().date(Tag.INITIAL_DATE, t1.plusMillis(1), t2.minusMillis(1))))
          .isEmpty();
      assertThat(ids(query().date(Tag.INITIAL_DATE, t2.minusMillis(1), t2.plusMillis(1))))
          .containsExactly("b");
      // A date without a column of its own.
      assertThat(ids(query().date(Tag.ARCHIVE_DATE, t2, t3))).containsExactly("b");
      assertThat(ids(query().date(Tag.ARCHIVE_DATE, null, null))).containsExactly("a", "b");
      // Both together.
      assertThat(ids(query().date(Tag.INITIAL_DATE, t1, t3).date(Tag.ARCHIVE_DATE, t1, t1)))
          .containsExactly("a");
      // Activation and Deactivation Date, Last Change Date.
      putAll(
          TestObjects.key("dated")
              .date(Tag.ACTIVATION_DATE, t1)
              .date(Tag.DEACTIVATION_DATE, t3)
              .date(Tag.LAST_CHANGE_DATE, t2));
      assertThat(ids(query().date(Tag.ACTIVATION_DATE, t1, t1))).containsExactly("dated");
      assertThat(ids(query().date(Tag.DEACTIVATION_DATE, t3, t3))).containsExactly("dated");
      assertThat(ids(query().date(Tag.LAST_CHANGE_DATE, t2, t2))).containsExactly("dated");
      assertThat(ids(query().date(Tag.LAST_CHANGE_DATE, t3, null))).isEmpty();
    }

    @Test
    void byCustomTextAttributes() throws Exception {
      putAll(
          TestObjects.key("a").custom("x", "team", "billing").custom("x", "env", "prod"),
          TestObjects.key("b").custom("x", "team", "billing").custom("x", "env", "test"),
          TestObjects.key("c").custom("x", "team", "search").custom("x", "team", "billing"),
          TestObjects.key("d").custom("y", "team", "billing"));
      assertThat(ids(query().custom("x-team", "billing"))).containsExactly("a", "b", "c");
      assertThat(ids(query().custom("x-team", "billing").custom("x-env", "prod")))
          .containsExactly("a");
      assertThat(ids(query().custom("y-team", "billing"))).containsExactly("d");
      assertThat(ids(query().custom("x-team", "Billing"))).isEmpty();
      assertThat(ids(query().custom("x-missing", "billing"))).isEmpty();
    }

    @Test
    void customAttributesThatAreNotTextMatchNoText() throws Exception {
      ManagedObject o =
          new ManagedObject(
              "n",
              ObjectType.SYMMETRIC_KEY,
              dev.arca.core.key.AttributeSet.builder()
                  .add(
                      dev.arca.core.key.AttributeKey.custom("x", "count"),
                      Ttlv.integer(Tag.ATTRIBUTE_VALUE, 7))
                  .build(),
              Optional.empty(),
              Optional.empty(),
              0,
              MaterialState.ONLINE,
              Optional.empty(),
              1);
      put(o);
      assertThat(ids(query().custom("x-count", "7"))).isEmpty();
      assertThat(store.get("n")).contains(o);
    }

    @Test
    void byMaterialState() throws Exception {
      putAll(TestObjects.key("online"), TestObjects.key("archived"), TestObjects.key("destroyed"));
      ManagedObject a = store.get("archived").orElseThrow();
      put(a.withMaterial(MaterialState.ARCHIVED, a.material(), a.attributes()));
      ManagedObject d = store.get("destroyed").orElseThrow();
      put(d.withMaterial(MaterialState.DESTROYED, Optional.empty(), d.attributes()));
      assertThat(ids(query().materialStates(MaterialState.ONLINE))).containsExactly("online");
      assertThat(ids(query().materialStates(MaterialState.ARCHIVED))).containsExactly("archived");
      assertThat(ids(query().materialStates(MaterialState.ONLINE, MaterialState.DESTROYED)))
          .containsExactly("online", "destroyed");
      assertThat(ids(query())).containsExactly("online", "archived", "destroyed");
    }

    private void putVersions() throws Exception {
      putAll(
          TestObjects.key("plain-1"),
          TestObjects.key("k0").version("k", 0).state(State.ACTIVE),
          TestObjects.key("j0").version("j", 0).state(State.DEACTIVATED),
          TestObjects.key("k1").version("k", 1).state(State.ACTIVE),
          TestObjects.key("k2").version("k", 2),
          TestObjects.key("j1").version("j", 1),
          TestObjects.key("m0").version("m", 0).state(State.ACTIVE),
          TestObjects.key("m1").version("m", 1).date(Tag.ACTIVATION_DATE, PAST),
          TestObjects.key("n0").version("n", 0).state(State.ACTIVE),
          TestObjects.key("n1")
              .version("n", 1)
              .state(State.ACTIVE)
              .date(Tag.DEACTIVATION_DATE, PAST),
          TestObjects.key("plain-2"));
    }

    @Test
    void newestUsableVersionPerKeyName() throws Exception {
      putVersions();
      QueryBuilder newest = query().versions(LocateQuery.Versions.newestUsable());
      // k: v1 is the highest Active (v2 is Pre-Active); j: none Active, so the highest;
      // m: v1 became Active by its date; n: v1 was deactivated by its date, v0 still Active.
      assertThat(ids(newest)).containsExactly("plain-1", "k1", "j1", "m1", "n0", "plain-2");
      // Among the matches only: with a state filter the choice is made within it.
      assertThat(
              ids(query().versions(LocateQuery.Versions.newestUsable()).states(State.DEACTIVATED)))
          .containsExactly("j0", "n1");
      // Before m1's activation date, m0 is the newest Active version of m.
      assertThat(
              ids(
                  query()
                      .now(PAST.minusSeconds(1))
                      .versions(LocateQuery.Versions.newestUsable())
                      .name("nothing")))
          .isEmpty();
      assertThat(
              ids(query().now(PAST.minusSeconds(1)).versions(LocateQuery.Versions.newestUsable())))
          .containsExactly("plain-1", "k1", "j1", "m0", "n1", "plain-2");
    }

    @Test
    void allAndExactVersions() throws Exception {
      putVersions();
      assertThat(ids(query().versions(LocateQuery.Versions.all())))
          .containsExactly(
              "plain-1", "k0", "j0", "k1", "k2", "j1", "m0", "m1", "n0", "n1", "plain-2");
      assertThat(ids(query().versions(LocateQuery.Versions.exactly(1))))
          .containsExactly("plain-1", "k1", "j1", "m1", "n1", "plain-2");
      assertThat(ids(query().versions(LocateQuery.Versions.exactly(2))))
          .containsExactly("plain-1", "k2", "plain-2");
      assertThat(ids(query().versions(LocateQuery.Versions.exactly(7))))
          .containsExactly("plain-1", "plain-2");
    }

    @Test
    void residualFiltersBeforeVersionsAreChosen() throws Exception {
      putVersions();
      // Without k1, the newest usable version of k is k0.
      List<String> found =
          ids(
              query()
                  .versions(LocateQuery.Versions.newestUsable())
                  .residual(o -> !o.id().equals("k1")));
      assertThat(found).containsExactly("plain-1", "k0", "j1", "m1", "n0", "plain-2");
      assertThat(ids(query().residual(o -> o.owner().isPresent()))).isEmpty();
    }

    @Test
    void offsetAndMaximumApplyLast() throws Exception {
      putVersions();
      QueryBuilder base = query().versions(LocateQuery.Versions.newestUsable());
      // Newest first, the newest usable versions are plain-2, n0, m1, j1, k1, plain-1.
      assertThat(ids(base.offset(1).maxItems(3))).containsExactly("j1", "m1", "n0");
      assertThat(ids(query().versions(LocateQuery.Versions.newestUsable()).offset(5)))
          .containsExactly("plain-1");
      assertThat(ids(query().offset(20))).isEmpty();
      assertThat(ids(query().maxItems(0))).isEmpty();
      assertThat(ids(query().maxItems(2))).containsExactly("n1", "plain-2");
      assertThat(
              ids(
                  query()
                      .residual(o -> o.keyName().isPresent())
                      .versions(LocateQuery.Versions.newestUsable())
                      .offset(1)
                      .maxItems(2)))
          .containsExactly("j1", "m1");
    }

    @Test
    void criteriaCombine() throws Exception {
      putAll(
          TestObjects.key("match")
              .name("svc")
              .owner("alice")
              .state(State.ACTIVE)
              .custom("x", "env", "prod"),
          TestObjects.key("wrong-owner").name("svc").owner("bob").state(State.ACTIVE),
          TestObjects.key("wrong-state").name("svc").owner("alice"),
          TestObjects.key("wrong-env")
              .name("svc")
              .owner("alice")
              .state(State.ACTIVE)
              .custom("x", "env", "test"));
      assertThat(
              ids(
                  query()
                      .name("svc")
                      .owners("alice")
                      .includeGlobal(false)
                      .states(State.ACTIVE)
                      .custom("x-env", "prod")
                      .type(ObjectType.SYMMETRIC_KEY)
                      .algorithm(CryptographicAlgorithm.AES)
                      .length(256)
                      .materialStates(MaterialState.ONLINE)))
          .containsExactly("match");
    }
  }
}
