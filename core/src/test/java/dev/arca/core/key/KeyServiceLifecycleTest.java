package dev.arca.core.key;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.key.testing.Backend;
import dev.arca.core.key.testing.KeyServiceFixture;
import dev.arca.core.state.PutObject;
import dev.arca.core.store.LocateQuery;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.RevocationReason;
import dev.arca.kmip.attribute.UsageLimits;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.enums.UsageLimitsUnit;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

@ParameterizedClass
@EnumSource(Backend.class)
class KeyServiceLifecycleTest extends ServiceTestBase {

  private static final Instant START = KeyServiceFixture.START;

  KeyServiceLifecycleTest(Backend backend) {
    super(backend);
  }

  private static RevocationReason reason(RevocationReasonCode code) {
    return RevocationReason.of(code);
  }

  @Test
  void activateRevokeDestroy() throws Exception {
    ManagedObjectView k = aes(ALICE, null);
    fx.clock.advance(Duration.ofMinutes(1));
    ManagedObjectView active = service.activate(ALICE, k.id());
    assertThat(active.state()).isEqualTo(State.ACTIVE);
    assertThat(active.attributes().date(Tag.ACTIVATION_DATE)).contains(START.plusSeconds(60));
    assertThat(active.attributes().date(Tag.LAST_CHANGE_DATE)).contains(START.plusSeconds(60));
    assertRefused(() -> service.activate(ALICE, k.id()), ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    // An Active key cannot be destroyed (KMIP 2.1 §6.1.15).
    assertRefused(() -> service.destroy(ALICE, k.id()), ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    fx.clock.advance(Duration.ofMinutes(1));
    ManagedObjectView revoked =
        service.revoke(ALICE, k.id(), reason(RevocationReasonCode.SUPERSEDED), Optional.empty());
    assertThat(revoked.state()).isEqualTo(State.DEACTIVATED);
    assertThat(revoked.attributes().date(Tag.DEACTIVATION_DATE)).contains(START.plusSeconds(120));
    ManagedObjectView destroyed = service.destroy(ALICE, k.id());
    assertThat(destroyed.state()).isEqualTo(State.DESTROYED);
    assertThat(destroyed.object().materialState()).isEqualTo(MaterialState.DESTROYED);
    assertThat(destroyed.object().material()).isEmpty();
    assertThat(destroyed.attributes().date(Tag.DESTROY_DATE)).contains(START.plusSeconds(120));
    // The metadata stays.
    assertThat(service.get(ALICE, k.id()).attributes().contains(Tag.DIGEST)).isTrue();
    assertRefused(
        () -> service.openMaterial(ALICE, k.id(), MaterialUse.EXPORT),
        ResultReason.KEY_VALUE_NOT_PRESENT);
    assertRefused(() -> service.destroy(ALICE, k.id()), ResultReason.OBJECT_DESTROYED);
    // Transition 10: a destroyed key found compromised.
    ManagedObjectView dc =
        service.revoke(
            ALICE, k.id(), reason(RevocationReasonCode.KEY_COMPROMISE), Optional.empty());
    assertThat(dc.state()).isEqualTo(State.DESTROYED_COMPROMISED);
  }

  @Test
  void compromiseAndDestroy() throws Exception {
    ManagedObjectView k = aes(ALICE, null);
    Instant occurred = START.minus(Duration.ofDays(3));
    ManagedObjectView c =
        service.revoke(
            ALICE, k.id(), reason(RevocationReasonCode.KEY_COMPROMISE), Optional.of(occurred));
    assertThat(c.state()).isEqualTo(State.COMPROMISED);
    assertThat(c.attributes().date(Tag.COMPROMISE_DATE)).contains(START);
    assertThat(c.attributes().date(Tag.COMPROMISE_OCCURRENCE_DATE)).contains(occurred);
    assertThat(c.attributes().records(Tag.REVOCATION_REASON, RevocationReason.class))
        .containsExactly(reason(RevocationReasonCode.KEY_COMPROMISE));
    // A compromised key may still process, never protect.
    service.openMaterial(ALICE, k.id(), MaterialUse.PROCESS).destroy();
    assertRefused(
        () -> service.openMaterial(ALICE, k.id(), MaterialUse.PROTECT),
        ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    assertThat(service.destroy(ALICE, k.id()).state()).isEqualTo(State.DESTROYED_COMPROMISED);
  }

  @Test
  void theClockMovesStatesAndEveryReadSeesIt() throws Exception {
    ManagedObjectView k =
        service.create(
            ALICE,
            ObjectType.SYMMETRIC_KEY,
            attrs(
                Ttlv.dateTime(Tag.ACTIVATION_DATE, START.plus(Duration.ofHours(1))),
                Ttlv.dateTime(Tag.DEACTIVATION_DATE, START.plus(Duration.ofHours(2)))));
    assertThat(k.state()).isEqualTo(State.PRE_ACTIVE);
    assertThat(locateByState(State.ACTIVE)).isEmpty();
    fx.clock.advance(Duration.ofHours(1));
    assertThat(service.get(ALICE, k.id()).state()).isEqualTo(State.ACTIVE);
    assertThat(locateByState(State.ACTIVE)).containsExactly(k.id());
    service.openMaterial(ALICE, k.id(), MaterialUse.PROTECT).destroy();
    fx.clock.advance(Duration.ofHours(1));
    assertThat(service.get(ALICE, k.id()).state()).isEqualTo(State.DEACTIVATED);
    assertThat(locateByState(State.DEACTIVATED)).containsExactly(k.id());
    assertRefused(
        () -> service.openMaterial(ALICE, k.id(), MaterialUse.PROTECT),
        ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    // The stored State catches up at the next write.
    service.addAttribute(
        ALICE, k.id(), AttributeKey.of(Tag.DESCRIPTION), Ttlv.text(Tag.DESCRIPTION, "retired"));
    assertThat(fx.store.get(k.id()).orElseThrow().storedState()).isEqualTo(State.DEACTIVATED);
  }

  private List<String> locateByState(State s) {
    LocateQuery all = LocateQuery.all(fx.clock.instant());
    LocateQuery q =
        new LocateQuery(
            all.objectType(),
            all.name(),
            all.algorithm(),
            all.length(),
            all.owners(),
            all.includeGlobal(),
            Set.of(s),
            all.now(),
            all.dateRanges(),
            all.customText(),
            all.materialStates(),
            all.versions(),
            all.residual(),
            0,
            OptionalInt.empty());
    return service.locate(ALICE, q).ids();
  }

  @Test
  void modifyingTheActivationDateIntoThePastActivates() throws Exception {
    ManagedObjectView k =
        service.create(
            ALICE,
            ObjectType.SYMMETRIC_KEY,
            attrs(Ttlv.dateTime(Tag.ACTIVATION_DATE, START.plus(Duration.ofDays(1)))));
    ManagedObjectView now =
        service.modifyAttribute(
            ALICE,
            k.id(),
            AttributeKey.of(Tag.ACTIVATION_DATE),
            AttributeInstance.index(0),
            Ttlv.dateTime(Tag.ACTIVATION_DATE, START));
    assertThat(now.state()).isEqualTo(State.ACTIVE);
    assertThat(fx.store.get(k.id()).orElseThrow().storedState()).isEqualTo(State.ACTIVE);
    assertRefused(
        () ->
            service.modifyAttribute(
                ALICE,
                k.id(),
                AttributeKey.of(Tag.ACTIVATION_DATE),
                AttributeInstance.index(0),
                Ttlv.dateTime(Tag.ACTIVATION_DATE, START.plusSeconds(5))),
        ResultReason.WRONG_KEY_LIFECYCLE_STATE);
  }

  @Test
  void archiveAndRecover() throws Exception {
    ManagedObjectView k = aes(ALICE, null);
    ClearMaterial before = service.openMaterial(ALICE, k.id(), MaterialUse.EXPORT);
    fx.clock.advance(Duration.ofSeconds(30));
    ManagedObjectView archived = service.archive(ALICE, k.id());
    assertThat(archived.object().materialState()).isEqualTo(MaterialState.ARCHIVED);
    assertThat(archived.attributes().date(Tag.ARCHIVE_DATE)).contains(START.plusSeconds(30));
    assertThat(fx.store.get(k.id()).orElseThrow().material()).isPresent();
    // Archived: the metadata reads, everything else waits for Recover.
    assertThat(service.get(ALICE, k.id()).object().materialState())
        .isEqualTo(MaterialState.ARCHIVED);
    assertRefused(
        () -> service.openMaterial(ALICE, k.id(), MaterialUse.EXPORT),
        ResultReason.OBJECT_ARCHIVED);
    assertRefused(() -> service.activate(ALICE, k.id()), ResultReason.OBJECT_ARCHIVED);
    assertRefused(() -> service.archive(ALICE, k.id()), ResultReason.OBJECT_ARCHIVED);
    assertRefused(
        () ->
            service.addAttribute(
                ALICE, k.id(), AttributeKey.of(Tag.DESCRIPTION), Ttlv.text(Tag.DESCRIPTION, "d")),
        ResultReason.OBJECT_ARCHIVED);
    ManagedObjectView recovered = service.recover(ALICE, k.id());
    assertThat(recovered.object().materialState()).isEqualTo(MaterialState.ONLINE);
    assertThat(recovered.attributes().contains(Tag.ARCHIVE_DATE)).isFalse();
    assertThat(service.openMaterial(ALICE, k.id(), MaterialUse.EXPORT).bytes())
        .isEqualTo(before.bytes());
    // Recovering an on-line object changes nothing.
    assertThat(service.recover(ALICE, k.id()).object().revision())
        .isEqualTo(recovered.object().revision());
  }

  @Test
  void leases() throws Exception {
    ManagedObjectView k = aes(ALICE, null);
    Lease lease = service.obtainLease(ALICE, k.id());
    assertThat(lease.leaseTime()).isZero();
    assertThat(lease.lastChangeDate()).isEqualTo(START);
    KeyService leasing =
        fx.service(KeyServiceSettings.defaults().withLeaseTime(Duration.ofHours(1)));
    ManagedObjectView l = leasing.create(ALICE, ObjectType.SYMMETRIC_KEY, AttributeSet.empty());
    assertThat(l.attributes().first(Tag.LEASE_TIME))
        .contains(Ttlv.interval(Tag.LEASE_TIME, Duration.ofHours(1)));
    assertThat(leasing.obtainLease(ALICE, l.id()).leaseTime()).isEqualTo(Duration.ofHours(1));
    service.revoke(ALICE, k.id(), reason(RevocationReasonCode.KEY_COMPROMISE), Optional.empty());
    assertRefused(() -> service.obtainLease(ALICE, k.id()), ResultReason.WRONG_KEY_LIFECYCLE_STATE);
  }

  @Test
  void usageAllocationCountsDown() throws Exception {
    ManagedObjectView k = aes(ALICE, null);
    assertRefused(
        () -> service.getUsageAllocation(ALICE, k.id(), 1), ResultReason.ATTRIBUTE_NOT_FOUND);
    service.addAttribute(
        ALICE,
        k.id(),
        AttributeKey.of(Tag.USAGE_LIMITS),
        TtlvBinder.encode(
            Tag.USAGE_LIMITS, new UsageLimits(10, Optional.empty(), UsageLimitsUnit.OBJECT)));
    assertRefused(
        () -> service.getUsageAllocation(ALICE, k.id(), 1), ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    service.activate(ALICE, k.id());
    ManagedObjectView after = service.getUsageAllocation(ALICE, k.id(), 4);
    assertThat(
            after
                .attributes()
                .records(Tag.USAGE_LIMITS, UsageLimits.class)
                .get(0)
                .usageLimitsCount())
        .contains(6L);
    assertRefused(
        () -> service.getUsageAllocation(ALICE, k.id(), 7), ResultReason.USAGE_LIMIT_EXCEEDED);
    assertRefused(() -> service.getUsageAllocation(ALICE, k.id(), 0), ResultReason.INVALID_FIELD);
    // After an allocation, the limits are the server's.
    assertRefused(
        () ->
            service.deleteAttribute(
                ALICE, k.id(), AttributeKey.of(Tag.USAGE_LIMITS), AttributeInstance.all()),
        ResultReason.ATTRIBUTE_READ_ONLY);
    service.getUsageAllocation(ALICE, k.id(), 6);
    assertRefused(
        () -> service.getUsageAllocation(ALICE, k.id(), 1), ResultReason.USAGE_LIMIT_EXCEEDED);
  }

  @Test
  void aChangeThatMeetsAConcurrentOneIsRebuiltOnFreshState() throws Exception {
    ManagedObjectView k = aes(ALICE, null);
    // Another writer adds a description just before each of the service's next two writes.
    int[] n = {0};
    fx.replicator.interfere(
        2,
        r -> {
          ManagedObject o = fx.store.get(k.id()).orElseThrow();
          AttributeSet a =
              o.attributes().toBuilder()
                  .add(
                      AttributeKey.of(Tag.OBJECT_GROUP),
                      Ttlv.text(Tag.OBJECT_GROUP, "concurrent-" + n[0]++))
                  .build();
          r.submit(new PutObject(o.withAttributes(a))).get();
        });
    ManagedObjectView v =
        service.addAttribute(
            ALICE, k.id(), AttributeKey.of(Tag.DESCRIPTION), Ttlv.text(Tag.DESCRIPTION, "mine"));
    // Both concurrent changes and this one are kept: no lost update.
    assertThat(v.attributes().all(Tag.OBJECT_GROUP)).hasSize(2);
    assertThat(v.attributes().text(Tag.DESCRIPTION)).contains("mine");
    assertThat(fx.store.get(k.id()).orElseThrow().attributes().all(Tag.OBJECT_GROUP)).hasSize(2);

    KeyService impatient = fx.service(KeyServiceSettings.defaults().withConflictRetries(2));
    fx.replicator.interfere(
        2,
        r -> {
          ManagedObject o = fx.store.get(k.id()).orElseThrow();
          r.submit(new PutObject(o.withAttributes(o.attributes()))).get();
        });
    assertRefused(() -> impatient.activate(ALICE, k.id()), ResultReason.GENERAL_FAILURE);
    assertThat(service.get(ALICE, k.id()).state()).isEqualTo(State.PRE_ACTIVE);
  }
}
