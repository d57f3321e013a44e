package dev.arca.core.key;

import static dev.arca.core.key.AttributeRulesTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.store.LocateQuery;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Link;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.attribute.UsageLimits;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.LinkType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.enums.StorageStatusMask;
import dev.arca.kmip.enums.UsageLimitsUnit;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDateTime;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LocateCriteriaTest {

  private static final Instant NOW = Instant.parse("2030-06-01T00:00:00Z");

  private static LocateQuery query(AttributeSet criteria) throws Exception {
    return LocateCriteria.fromAttributes(
        criteria, OptionalInt.empty(), 0, OptionalInt.empty(), NOW);
  }

  private static ManagedObject object(AttributeSet a) {
    return new ManagedObject(
        "id",
        ObjectType.SYMMETRIC_KEY,
        a,
        Optional.of("alice"),
        Optional.empty(),
        0,
        MaterialState.ONLINE,
        Optional.empty(),
        1);
  }

  @Test
  void noCriteriaFindEverythingOnline() throws Exception {
    LocateQuery q = query(AttributeSet.empty());
    assertThat(q.objectType()).isEmpty();
    assertThat(q.residual()).isEmpty();
    assertThat(q.versions()).isEqualTo(LocateQuery.Versions.newestUsable());
    assertThat(q.materialStates()).containsExactly(MaterialState.ONLINE);
  }

  @Test
  void indexedCriteria() throws Exception {
    LocateQuery q =
        query(
            AttributeSet.builder()
                .add(Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.code()))
                .add(TtlvBinder.encode(Tag.NAME, Name.of("k")))
                .add(
                    Ttlv.enumeration(
                        Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()))
                .add(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256))
                .add(Ttlv.enumeration(Tag.STATE, State.ACTIVE.code()))
                .add(Ttlv.enumeration(Tag.STATE, State.DEACTIVATED.code()))
                .build());
    assertThat(q.objectType()).contains(ObjectType.SYMMETRIC_KEY);
    assertThat(q.name()).contains("k");
    assertThat(q.algorithm()).contains(CryptographicAlgorithm.AES);
    assertThat(q.length()).hasValue(256);
    assertThat(q.states()).containsExactlyInAnyOrder(State.ACTIVE, State.DEACTIVATED);
    assertThat(q.residual()).isEmpty();
  }

  @Test
  void datesAreInstantsOrRanges() throws Exception {
    Instant a = NOW.minusSeconds(100);
    Instant b = NOW.plusSeconds(100);
    LocateQuery q =
        query(
            AttributeSet.builder()
                .add(Ttlv.dateTime(Tag.ACTIVATION_DATE, b))
                .add(Ttlv.dateTime(Tag.ACTIVATION_DATE, a))
                .add(Ttlv.dateTime(Tag.INITIAL_DATE, a))
                .add(new TtlvDateTime(Tag.DEACTIVATION_DATE.code(), Long.MAX_VALUE))
                .build());
    assertThat(q.dateRanges().get(Tag.ACTIVATION_DATE))
        .isEqualTo(new LocateQuery.DateRange(Optional.of(a), Optional.of(b)));
    assertThat(q.dateRanges().get(Tag.INITIAL_DATE))
        .isEqualTo(new LocateQuery.DateRange(Optional.of(a), Optional.of(a)));
    // The largest Date-Time means "no value".
    assertThat(q.dateRanges()).doesNotContainKey(Tag.DEACTIVATION_DATE);
  }

  @Test
  void versionCriteria() throws Exception {
    LocateQuery exact =
        query(
            AttributeSet.builder()
                .add(VersionedKeys.VERSION, Ttlv.integer(Tag.ATTRIBUTE_VALUE, 7))
                .build());
    assertThat(exact.versions()).isEqualTo(LocateQuery.Versions.exactly(7));
    LocateQuery all =
        query(
            AttributeSet.builder()
                .add(VersionedKeys.ALL_VERSIONS, Ttlv.bool(Tag.ATTRIBUTE_VALUE, true))
                .build());
    assertThat(all.versions()).isEqualTo(LocateQuery.Versions.all());
    assertReason(
        () ->
            query(
                AttributeSet.builder()
                    .add(VersionedKeys.VERSION, Ttlv.text(Tag.ATTRIBUTE_VALUE, "7"))
                    .build()),
        ResultReason.INVALID_FIELD);
  }

  @Test
  void customTextIsIndexedAndOtherValuesAreCompared() throws Exception {
    AttributeKey env = AttributeKey.customFromV1Name("x-env").orElseThrow();
    AttributeKey tier = AttributeKey.custom("acme", "tier");
    LocateQuery q =
        query(
            AttributeSet.builder()
                .add(env, Ttlv.text(Tag.ATTRIBUTE_VALUE, "prod"))
                .add(tier, Ttlv.integer(Tag.ATTRIBUTE_VALUE, 2))
                .build());
    assertThat(q.customText()).containsEntry("x-env", "prod");
    assertThat(q.residual()).isPresent();
    assertThat(
            q.residual()
                .get()
                .test(
                    object(
                        AttributeSet.builder()
                            .add(tier, Ttlv.integer(Tag.ATTRIBUTE_VALUE, 2))
                            .build())))
        .isTrue();
    assertThat(
            q.residual()
                .get()
                .test(
                    object(
                        AttributeSet.builder()
                            .add(tier, Ttlv.integer(Tag.ATTRIBUTE_VALUE, 3))
                            .build())))
        .isFalse();
  }

  @Test
  void theSpecsMatchingRulesForMasksLimitsAndStructures() throws Exception {
    AttributeSet candidate =
        AttributeSet.builder()
            .add(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0b1100))
            .add(TtlvBinder.encode(Tag.LINK, Link.of(LinkType.PUBLIC_KEY_LINK, "pub-1")))
            .add(
                TtlvBinder.encode(
                    Tag.USAGE_LIMITS, new UsageLimits(100, Optional.of(50L), UsageLimitsUnit.BYTE)))
            .build();
    ManagedObject o = object(candidate);
    assertThat(matches(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0b0100), o)).isTrue();
    assertThat(matches(Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 0b1101), o)).isFalse();
    // A Link given by its Linked Object Identifier alone matches any Link Type.
    assertThat(
            matches(Ttlv.structure(Tag.LINK, Ttlv.text(Tag.LINKED_OBJECT_IDENTIFIER, "pub-1")), o))
        .isTrue();
    assertThat(
            matches(Ttlv.structure(Tag.LINK, Ttlv.text(Tag.LINKED_OBJECT_IDENTIFIER, "pub-2")), o))
        .isFalse();
    assertThat(
            matches(
                TtlvBinder.encode(
                    Tag.USAGE_LIMITS, new UsageLimits(80, Optional.of(40L), UsageLimitsUnit.BYTE)),
                o))
        .isTrue();
    assertThat(
            matches(
                TtlvBinder.encode(
                    Tag.USAGE_LIMITS, new UsageLimits(80, Optional.of(60L), UsageLimitsUnit.BYTE)),
                o))
        .isFalse();
  }

  private static boolean matches(Ttlv criterion, ManagedObject o) throws Exception {
    return query(AttributeSet.builder().add(criterion).build()).residual().orElseThrow().test(o);
  }

  @Test
  void theStorageStatusMaskChoosesMaterialStates() throws Exception {
    assertThat(
            LocateCriteria.fromAttributes(
                    AttributeSet.empty(),
                    OptionalInt.of(
                        StorageStatusMask.ARCHIVAL_STORAGE.code()
                            | StorageStatusMask.DESTROYED_STORAGE.code()),
                    3,
                    OptionalInt.of(10),
                    NOW)
                .materialStates())
        .isEqualTo(Set.of(MaterialState.ARCHIVED, MaterialState.DESTROYED));
    assertReason(
        () ->
            LocateCriteria.fromAttributes(
                AttributeSet.empty(), OptionalInt.empty(), -1, OptionalInt.empty(), NOW),
        ResultReason.INVALID_FIELD);
  }
}
