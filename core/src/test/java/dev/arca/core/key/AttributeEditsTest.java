package dev.arca.core.key;

import static dev.arca.core.key.AttributeRulesTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.attribute.UsageLimits;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.enums.UsageLimitsUnit;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AttributeEditsTest {

  private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");
  private static final ObjectType KEY = ObjectType.SYMMETRIC_KEY;

  private static Ttlv name(String n) {
    return TtlvBinder.encode(Tag.NAME, Name.of(n));
  }

  private static AttributeSet base() {
    return AttributeSet.builder()
        .set(Ttlv.text(Tag.UNIQUE_IDENTIFIER, "id"))
        .set(Ttlv.enumeration(Tag.STATE, State.PRE_ACTIVE.code()))
        .set(Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()))
        .set(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256))
        .add(name("a"))
        .add(name("b"))
        .set(Ttlv.bool(Tag.SENSITIVE, true))
        .set(Ttlv.bool(Tag.ALWAYS_SENSITIVE, true))
        .set(Ttlv.bool(Tag.EXTRACTABLE, false))
        .set(Ttlv.bool(Tag.NEVER_EXTRACTABLE, true))
        .build();
  }

  private static AttributeKey key(Tag t) {
    return AttributeKey.of(t);
  }

  @Test
  void creationTakesWhatAClientMaySet() throws Exception {
    AttributeEdits.checkForCreation(
        KEY,
        AttributeSet.builder()
            .set(Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()))
            .set(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128))
            .add(name("k"))
            .add(name("k2"))
            .set(Ttlv.dateTime(Tag.ACTIVATION_DATE, NOW))
            .set(Ttlv.text(Tag.OPERATION_POLICY_NAME, "default"))
            .add(AttributeKey.custom("x", "owner"), Ttlv.text(Tag.ATTRIBUTE_VALUE, "ops"))
            .build());
  }

  @Test
  void creationRefusesWhatOnlyTheServerSets() {
    for (Ttlv serverOnly :
        new Ttlv[] {
          Ttlv.text(Tag.UNIQUE_IDENTIFIER, "mine"),
          Ttlv.enumeration(Tag.STATE, State.ACTIVE.code()),
          Ttlv.dateTime(Tag.INITIAL_DATE, NOW),
          Ttlv.dateTime(Tag.LAST_CHANGE_DATE, NOW),
          Ttlv.dateTime(Tag.DESTROY_DATE, NOW),
          Ttlv.bool(Tag.ALWAYS_SENSITIVE, true),
        }) {
      assertReason(
          () ->
              AttributeEdits.checkForCreation(KEY, AttributeSet.builder().set(serverOnly).build()),
          ResultReason.ATTRIBUTE_READ_ONLY);
    }
    assertReason(
        () ->
            AttributeEdits.checkForCreation(
                KEY,
                AttributeSet.builder()
                    .add(VersionedKeys.VERSION, Ttlv.integer(Tag.ATTRIBUTE_VALUE, 3))
                    .build()),
        ResultReason.ATTRIBUTE_READ_ONLY);
  }

  @Test
  void creationChecksCountTypeAndObjectType() {
    assertReason(
        () ->
            AttributeEdits.checkForCreation(
                KEY,
                AttributeSet.builder()
                    .add(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128))
                    .add(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256))
                    .build()),
        ResultReason.ATTRIBUTE_SINGLE_VALUED);
    assertReason(
        () ->
            AttributeEdits.checkForCreation(
                KEY,
                AttributeSet.builder().set(Ttlv.text(Tag.CRYPTOGRAPHIC_LENGTH, "big")).build()),
        ResultReason.INVALID_FIELD);
    assertReason(
        () ->
            AttributeEdits.checkForCreation(
                KEY, AttributeSet.builder().set(Ttlv.integer(Tag.CERTIFICATE_LENGTH, 100)).build()),
        ResultReason.INVALID_ATTRIBUTE);
  }

  @Test
  void addAppendsToMultiValuedAndCreatesSingleValued() throws Exception {
    AttributeSet a =
        AttributeEdits.add(KEY, State.PRE_ACTIVE, base(), key(Tag.NAME), name("c"), NOW);
    assertThat(KeyService.names(a)).containsExactly("a", "b", "c");
    AttributeSet b =
        AttributeEdits.add(
            KEY,
            State.PRE_ACTIVE,
            base(),
            key(Tag.CONTACT_INFORMATION),
            Ttlv.text(Tag.CONTACT_INFORMATION, "ops@example.com"),
            NOW);
    assertThat(b.text(Tag.CONTACT_INFORMATION)).contains("ops@example.com");
  }

  @Test
  void addRefusals() {
    assertReason(
        () ->
            AttributeEdits.add(
                KEY,
                State.PRE_ACTIVE,
                base(),
                key(Tag.CRYPTOGRAPHIC_LENGTH),
                Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128),
                NOW),
        ResultReason.READ_ONLY_ATTRIBUTE);
    assertReason(
        () ->
            AttributeEdits.add(
                KEY,
                State.PRE_ACTIVE,
                base(),
                key(Tag.ARCHIVE_DATE),
                Ttlv.dateTime(Tag.ARCHIVE_DATE, NOW),
                NOW),
        ResultReason.READ_ONLY_ATTRIBUTE);
    AttributeSet withContact =
        base().toBuilder().set(Ttlv.text(Tag.CONTACT_INFORMATION, "x")).build();
    assertReason(
        () ->
            AttributeEdits.add(
                KEY,
                State.PRE_ACTIVE,
                withContact,
                key(Tag.CONTACT_INFORMATION),
                Ttlv.text(Tag.CONTACT_INFORMATION, "y"),
                NOW),
        ResultReason.ATTRIBUTE_SINGLE_VALUED);
    assertReason(
        () ->
            AttributeEdits.add(
                KEY, State.PRE_ACTIVE, base(), key(Tag.NAME), Ttlv.text(Tag.NAME, "c"), NOW),
        ResultReason.INVALID_FIELD);
    // Deactivation Date may be set only while Pre-Active or Active.
    assertReason(
        () ->
            AttributeEdits.add(
                KEY,
                State.COMPROMISED,
                base(),
                key(Tag.DEACTIVATION_DATE),
                Ttlv.dateTime(Tag.DEACTIVATION_DATE, NOW),
                NOW),
        ResultReason.WRONG_KEY_LIFECYCLE_STATE);
  }

  @Test
  void addStopsAtTheServerLimit() throws Exception {
    AttributeSet a = base().toBuilder().remove(Tag.NAME).build();
    for (int i = 0; i < AttributeEdits.MAX_VALUES; i++) {
      a =
          AttributeEdits.add(
              KEY,
              State.PRE_ACTIVE,
              a,
              key(Tag.OBJECT_GROUP),
              Ttlv.text(Tag.OBJECT_GROUP, "g" + i),
              NOW);
    }
    AttributeSet full = a;
    assertReason(
        () ->
            AttributeEdits.add(
                KEY,
                State.PRE_ACTIVE,
                full,
                key(Tag.OBJECT_GROUP),
                Ttlv.text(Tag.OBJECT_GROUP, "one more"),
                NOW),
        ResultReason.SERVER_LIMIT_EXCEEDED);
  }

  @Test
  void modifyByIndexValueOrOnly() throws Exception {
    AttributeSet byIndex =
        AttributeEdits.modify(
            KEY,
            State.PRE_ACTIVE,
            base(),
            key(Tag.NAME),
            AttributeInstance.index(1),
            name("B"),
            NOW);
    assertThat(KeyService.names(byIndex)).containsExactly("a", "B");
    AttributeSet byValue =
        AttributeEdits.modify(
            KEY,
            State.PRE_ACTIVE,
            base(),
            key(Tag.NAME),
            AttributeInstance.value(name("a")),
            name("A"),
            NOW);
    assertThat(KeyService.names(byValue)).containsExactly("A", "b");
    AttributeSet withDate =
        base().toBuilder().set(Ttlv.dateTime(Tag.ACTIVATION_DATE, NOW.plusSeconds(60))).build();
    AttributeSet moved =
        AttributeEdits.modify(
            KEY,
            State.PRE_ACTIVE,
            withDate,
            key(Tag.ACTIVATION_DATE),
            AttributeInstance.only(),
            Ttlv.dateTime(Tag.ACTIVATION_DATE, NOW),
            NOW);
    assertThat(moved.date(Tag.ACTIVATION_DATE)).contains(NOW);
  }

  @Test
  void modifyRefusals() {
    assertReason(
        () ->
            AttributeEdits.modify(
                KEY,
                State.PRE_ACTIVE,
                base(),
                key(Tag.CRYPTOGRAPHIC_LENGTH),
                AttributeInstance.only(),
                Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128),
                NOW),
        ResultReason.ATTRIBUTE_READ_ONLY);
    assertReason(
        () ->
            AttributeEdits.modify(
                KEY,
                State.PRE_ACTIVE,
                base(),
                key(Tag.CONTACT_INFORMATION),
                AttributeInstance.only(),
                Ttlv.text(Tag.CONTACT_INFORMATION, "x"),
                NOW),
        ResultReason.ATTRIBUTE_NOT_FOUND);
    assertReason(
        () ->
            AttributeEdits.modify(
                KEY,
                State.PRE_ACTIVE,
                base(),
                key(Tag.NAME),
                AttributeInstance.index(2),
                name("c"),
                NOW),
        ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND);
    assertReason(
        () ->
            AttributeEdits.modify(
                KEY,
                State.PRE_ACTIVE,
                base(),
                key(Tag.NAME),
                AttributeInstance.value(name("zzz")),
                name("c"),
                NOW),
        ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND);
    assertReason(
        () ->
            AttributeEdits.modify(
                KEY,
                State.PRE_ACTIVE,
                base(),
                key(Tag.NAME),
                AttributeInstance.only(),
                name("c"),
                NOW),
        ResultReason.MULTI_VALUED_ATTRIBUTE);
    AttributeSet active =
        base().toBuilder().set(Ttlv.dateTime(Tag.ACTIVATION_DATE, NOW.minusSeconds(5))).build();
    assertReason(
        () ->
            AttributeEdits.modify(
                KEY,
                State.ACTIVE,
                active,
                key(Tag.ACTIVATION_DATE),
                AttributeInstance.only(),
                Ttlv.dateTime(Tag.ACTIVATION_DATE, NOW),
                NOW),
        ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    AttributeSet started =
        base().toBuilder().set(Ttlv.dateTime(Tag.PROCESS_START_DATE, NOW.minusSeconds(5))).build();
    assertReason(
        () ->
            AttributeEdits.modify(
                KEY,
                State.ACTIVE,
                started,
                key(Tag.PROCESS_START_DATE),
                AttributeInstance.only(),
                Ttlv.dateTime(Tag.PROCESS_START_DATE, NOW.plusSeconds(60)),
                NOW),
        ResultReason.WRONG_KEY_LIFECYCLE_STATE);
  }

  @Test
  void deleteOneOrAll() throws Exception {
    AttributeSet one =
        AttributeEdits.delete(KEY, base(), key(Tag.NAME), AttributeInstance.index(0));
    assertThat(KeyService.names(one)).containsExactly("b");
    AttributeSet all = AttributeEdits.delete(KEY, base(), key(Tag.NAME), AttributeInstance.all());
    assertThat(all.contains(Tag.NAME)).isFalse();
  }

  @Test
  void deleteRefusals() {
    for (Tag t :
        new Tag[] {
          Tag.UNIQUE_IDENTIFIER,
          Tag.STATE,
          Tag.CRYPTOGRAPHIC_ALGORITHM,
          Tag.SENSITIVE,
          Tag.ACTIVATION_DATE
        }) {
      assertReason(
          () -> AttributeEdits.delete(KEY, base(), key(t), AttributeInstance.index(0)),
          ResultReason.ATTRIBUTE_READ_ONLY);
    }
    assertReason(
        () ->
            AttributeEdits.delete(
                KEY, base(), key(Tag.CONTACT_INFORMATION), AttributeInstance.index(0)),
        ResultReason.ATTRIBUTE_NOT_FOUND);
    assertReason(
        () -> AttributeEdits.delete(KEY, base(), key(Tag.NAME), AttributeInstance.index(5)),
        ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND);
  }

  @Test
  void setAddsOrReplacesOneValue() throws Exception {
    AttributeSet added =
        AttributeEdits.set(
            KEY,
            State.PRE_ACTIVE,
            base(),
            key(Tag.DESCRIPTION),
            Ttlv.text(Tag.DESCRIPTION, "d1"),
            NOW);
    AttributeSet replaced =
        AttributeEdits.set(
            KEY,
            State.PRE_ACTIVE,
            added,
            key(Tag.DESCRIPTION),
            Ttlv.text(Tag.DESCRIPTION, "d2"),
            NOW);
    assertThat(replaced.all(Tag.DESCRIPTION)).containsExactly(Ttlv.text(Tag.DESCRIPTION, "d2"));
    assertReason(
        () -> AttributeEdits.set(KEY, State.PRE_ACTIVE, base(), key(Tag.NAME), name("c"), NOW),
        ResultReason.MULTI_VALUED_ATTRIBUTE);
    assertReason(
        () ->
            AttributeEdits.set(
                KEY,
                State.PRE_ACTIVE,
                base(),
                key(Tag.CRYPTOGRAPHIC_LENGTH),
                Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 1),
                NOW),
        ResultReason.READ_ONLY_ATTRIBUTE);
    assertReason(
        () ->
            AttributeEdits.set(
                KEY,
                State.PRE_ACTIVE,
                base(),
                key(Tag.LAST_CHANGE_DATE),
                Ttlv.dateTime(Tag.LAST_CHANGE_DATE, NOW),
                NOW),
        ResultReason.READ_ONLY_ATTRIBUTE);
  }

  @Test
  void sensitivityAndExtractabilityLeaveATrace() throws Exception {
    AttributeSet a =
        AttributeEdits.modify(
            KEY,
            State.ACTIVE,
            base(),
            key(Tag.SENSITIVE),
            AttributeInstance.only(),
            Ttlv.bool(Tag.SENSITIVE, false),
            NOW);
    assertThat(a.first(Tag.ALWAYS_SENSITIVE)).contains(Ttlv.bool(Tag.ALWAYS_SENSITIVE, false));
    AttributeSet back =
        AttributeEdits.modify(
            KEY,
            State.ACTIVE,
            a,
            key(Tag.SENSITIVE),
            AttributeInstance.only(),
            Ttlv.bool(Tag.SENSITIVE, true),
            NOW);
    // Once False, Always Sensitive stays False.
    assertThat(back.first(Tag.ALWAYS_SENSITIVE)).contains(Ttlv.bool(Tag.ALWAYS_SENSITIVE, false));
    AttributeSet e =
        AttributeEdits.modify(
            KEY,
            State.ACTIVE,
            base(),
            key(Tag.EXTRACTABLE),
            AttributeInstance.only(),
            Ttlv.bool(Tag.EXTRACTABLE, true),
            NOW);
    assertThat(e.first(Tag.NEVER_EXTRACTABLE)).contains(Ttlv.bool(Tag.NEVER_EXTRACTABLE, false));
  }

  @Test
  void usageLimitsCountIsTheServers() throws Exception {
    Ttlv given =
        TtlvBinder.encode(
            Tag.USAGE_LIMITS, new UsageLimits(100, Optional.of(5L), UsageLimitsUnit.OBJECT));
    AttributeSet a =
        AttributeEdits.add(KEY, State.ACTIVE, base(), key(Tag.USAGE_LIMITS), given, NOW);
    UsageLimits stored = a.records(Tag.USAGE_LIMITS, UsageLimits.class).get(0);
    assertThat(stored.usageLimitsCount()).contains(100L);
    assertThat(AttributeEdits.allocated(a)).isFalse();
    AttributeSet allocated =
        a.toBuilder()
            .set(
                TtlvBinder.encode(
                    Tag.USAGE_LIMITS,
                    new UsageLimits(100, Optional.of(90L), UsageLimitsUnit.OBJECT)))
            .build();
    assertThat(AttributeEdits.allocated(allocated)).isTrue();
    assertReason(
        () ->
            AttributeEdits.modify(
                KEY,
                State.ACTIVE,
                allocated,
                key(Tag.USAGE_LIMITS),
                AttributeInstance.only(),
                given,
                NOW),
        ResultReason.ATTRIBUTE_READ_ONLY);
    assertReason(
        () -> AttributeEdits.delete(KEY, allocated, key(Tag.USAGE_LIMITS), AttributeInstance.all()),
        ResultReason.ATTRIBUTE_READ_ONLY);
  }

  @Test
  void customAttributesKeepTheirTypes() throws Exception {
    AttributeKey expiry = AttributeKey.customFromV1Name("x-expiry").orElseThrow();
    Ttlv when = Ttlv.dateTime(Tag.ATTRIBUTE_VALUE, NOW.plus(Duration.ofDays(90)));
    AttributeSet a = AttributeEdits.add(KEY, State.ACTIVE, base(), expiry, when, NOW);
    assertThat(a.first(expiry)).contains(when);
    AttributeKey y = AttributeKey.customFromV1Name("y-audit").orElseThrow();
    assertReason(
        () ->
            AttributeEdits.add(
                KEY, State.ACTIVE, base(), y, Ttlv.text(Tag.ATTRIBUTE_VALUE, "x"), NOW),
        ResultReason.READ_ONLY_ATTRIBUTE);
  }
}
