package dev.arca.core.key;

import static dev.arca.core.key.AttributeRulesTest.assertReason;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.key.Lifecycle.Event;
import dev.arca.core.key.Lifecycle.Purpose;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.RevocationReason;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class LifecycleTest {

  private static final Instant NOW = Instant.parse("2030-06-01T12:00:00Z");
  private static final Instant PAST = NOW.minus(Duration.ofDays(1));
  private static final Instant FUTURE = NOW.plus(Duration.ofDays(1));

  /** KMIP 2.1 §4.57 transitions 2-10, as the spec lists them: from, event, to. */
  private static final Map<State, Map<Event, State>> PERMITTED = new EnumMap<>(State.class);

  static {
    permit(State.PRE_ACTIVE, Event.DESTROY, State.DESTROYED); // 2
    permit(State.PRE_ACTIVE, Event.REVOKE_COMPROMISE, State.COMPROMISED); // 3
    permit(State.PRE_ACTIVE, Event.ACTIVATE, State.ACTIVE); // 4
    permit(State.PRE_ACTIVE, Event.ACTIVATION_DATE_REACHED, State.ACTIVE); // 4
    permit(State.ACTIVE, Event.REVOKE_COMPROMISE, State.COMPROMISED); // 5
    permit(State.ACTIVE, Event.DEACTIVATION_DATE_REACHED, State.DEACTIVATED); // 6
    permit(State.ACTIVE, Event.REVOKE, State.DEACTIVATED); // 6
    permit(State.DEACTIVATED, Event.DESTROY, State.DESTROYED); // 7
    permit(State.DEACTIVATED, Event.REVOKE_COMPROMISE, State.COMPROMISED); // 8
    permit(State.COMPROMISED, Event.DESTROY, State.DESTROYED_COMPROMISED); // 9
    permit(State.DESTROYED, Event.REVOKE_COMPROMISE, State.DESTROYED_COMPROMISED); // 10
  }

  private static void permit(State from, Event e, State to) {
    PERMITTED.computeIfAbsent(from, k -> new EnumMap<>(Event.class)).put(e, to);
  }

  static Stream<Arguments> everyStateAndEvent() {
    List<Arguments> out = new ArrayList<>();
    for (State s : State.values()) {
      for (Event e : Event.values()) {
        out.add(Arguments.of(s, e));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} --{1}-->")
  @MethodSource("everyStateAndEvent")
  void everyTransitionIsPermittedExactlyWhenKmipListsIt(State from, Event event) {
    State expected = PERMITTED.getOrDefault(from, Map.of()).get(event);
    assertThat(Lifecycle.next(from, event)).isEqualTo(Optional.ofNullable(expected));
    if (expected == null) {
      assertReason(() -> Lifecycle.transition(from, event), ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    }
  }

  @Test
  void theTableHasTheElevenTransitionsOfTheSpec() {
    assertThat(Lifecycle.TRANSITIONS).hasSize(11);
    assertThat(Lifecycle.TRANSITIONS.stream().mapToInt(Lifecycle.Transition::number).distinct())
        .containsExactly(2, 3, 4, 5, 6, 7, 8, 9, 10);
  }

  private static AttributeSet attrs(State state, Ttlv... more) {
    AttributeSet.Builder b =
        AttributeSet.builder()
            .set(Ttlv.enumeration(Tag.STATE, state.code()))
            .set(Ttlv.dateTime(Tag.INITIAL_DATE, PAST.minus(Duration.ofDays(30))));
    for (Ttlv t : more) {
      b.set(t);
    }
    return b.build();
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
  void theClockActivatesAndDeactivates() {
    AttributeSet a =
        attrs(
            State.PRE_ACTIVE,
            Ttlv.dateTime(Tag.ACTIVATION_DATE, NOW),
            Ttlv.dateTime(Tag.DEACTIVATION_DATE, FUTURE));
    assertThat(Lifecycle.effective(State.PRE_ACTIVE, a, NOW.minusSeconds(1)))
        .isEqualTo(State.PRE_ACTIVE);
    // The date itself counts as reached ("a date in the past, or the current date").
    assertThat(Lifecycle.effective(State.PRE_ACTIVE, a, NOW)).isEqualTo(State.ACTIVE);
    assertThat(Lifecycle.effective(State.PRE_ACTIVE, a, FUTURE.minusSeconds(1)))
        .isEqualTo(State.ACTIVE);
    assertThat(Lifecycle.effective(State.PRE_ACTIVE, a, FUTURE)).isEqualTo(State.DEACTIVATED);
    assertThat(Lifecycle.effective(object(a), FUTURE)).isEqualTo(State.DEACTIVATED);
  }

  @Test
  void onlyThePermittedTransitionsHappenByDate() {
    // Pre-Active has no transition to Deactivated: a passed Deactivation Date alone does nothing.
    AttributeSet onlyDeactivation =
        attrs(State.PRE_ACTIVE, Ttlv.dateTime(Tag.DEACTIVATION_DATE, PAST));
    assertThat(Lifecycle.effective(State.PRE_ACTIVE, onlyDeactivation, NOW))
        .isEqualTo(State.PRE_ACTIVE);
    // The dates never move Compromised, Deactivated or Destroyed objects.
    for (State s : new State[] {State.COMPROMISED, State.DESTROYED, State.DEACTIVATED}) {
      AttributeSet a =
          attrs(
              s,
              Ttlv.dateTime(Tag.ACTIVATION_DATE, PAST),
              Ttlv.dateTime(Tag.DEACTIVATION_DATE, PAST));
      assertThat(Lifecycle.effective(s, a, NOW)).isEqualTo(s);
    }
  }

  @Test
  void aNewObjectStartsPreActiveOrWithItsPassedDates() {
    assertThat(Lifecycle.initialState(AttributeSet.empty(), NOW)).isEqualTo(State.PRE_ACTIVE);
    assertThat(
            Lifecycle.initialState(
                attrs(State.PRE_ACTIVE, Ttlv.dateTime(Tag.ACTIVATION_DATE, FUTURE)), NOW))
        .isEqualTo(State.PRE_ACTIVE);
    assertThat(
            Lifecycle.initialState(
                attrs(State.PRE_ACTIVE, Ttlv.dateTime(Tag.ACTIVATION_DATE, PAST)), NOW))
        .isEqualTo(State.ACTIVE);
  }

  @Test
  void withEffectiveStateWritesTheStateTheClockReached() {
    AttributeSet a = attrs(State.PRE_ACTIVE, Ttlv.dateTime(Tag.ACTIVATION_DATE, PAST));
    AttributeSet written = Lifecycle.withEffectiveState(State.PRE_ACTIVE, a, NOW);
    assertThat(written.enumeration(Tag.STATE, State.class)).contains(State.ACTIVE);
    AttributeSet unchanged = attrs(State.PRE_ACTIVE);
    assertThat(Lifecycle.withEffectiveState(State.PRE_ACTIVE, unchanged, NOW)).isSameAs(unchanged);
  }

  @Test
  void activateSetsTheActivationDate() throws Exception {
    AttributeSet a = Lifecycle.activate(attrs(State.PRE_ACTIVE), NOW);
    assertThat(a.enumeration(Tag.STATE, State.class)).contains(State.ACTIVE);
    assertThat(a.date(Tag.ACTIVATION_DATE)).contains(NOW);
    assertReason(
        () -> Lifecycle.activate(attrs(State.ACTIVE), NOW), ResultReason.WRONG_KEY_LIFECYCLE_STATE);
  }

  @Test
  void revokeForCompromiseSetsBothCompromiseDates() throws Exception {
    AttributeSet a =
        Lifecycle.revoke(
            attrs(State.ACTIVE),
            RevocationReason.of(RevocationReasonCode.KEY_COMPROMISE),
            Optional.of(PAST),
            NOW);
    assertThat(a.enumeration(Tag.STATE, State.class)).contains(State.COMPROMISED);
    assertThat(a.date(Tag.COMPROMISE_DATE)).contains(NOW);
    assertThat(a.date(Tag.COMPROMISE_OCCURRENCE_DATE)).contains(PAST);
    assertThat(a.contains(Tag.REVOCATION_REASON)).isTrue();
    assertThat(a.contains(Tag.DEACTIVATION_DATE)).isFalse();
    // Without an occurrence date, the Initial Date stands in (KMIP 2.1 §6.1.44).
    AttributeSet b =
        Lifecycle.revoke(
            attrs(State.PRE_ACTIVE),
            RevocationReason.of(RevocationReasonCode.CA_COMPROMISE),
            Optional.empty(),
            NOW);
    assertThat(b.date(Tag.COMPROMISE_OCCURRENCE_DATE))
        .isEqualTo(attrs(State.PRE_ACTIVE).date(Tag.INITIAL_DATE));
    AttributeSet destroyed =
        Lifecycle.revoke(
            attrs(State.DESTROYED),
            RevocationReason.of(RevocationReasonCode.KEY_COMPROMISE),
            Optional.empty(),
            NOW);
    assertThat(destroyed.enumeration(Tag.STATE, State.class)).contains(State.DESTROYED_COMPROMISED);
  }

  @Test
  void revokeForOtherReasonsDeactivates() throws Exception {
    AttributeSet a =
        Lifecycle.revoke(
            attrs(State.ACTIVE),
            RevocationReason.of(RevocationReasonCode.SUPERSEDED),
            Optional.empty(),
            NOW);
    assertThat(a.enumeration(Tag.STATE, State.class)).contains(State.DEACTIVATED);
    assertThat(a.date(Tag.DEACTIVATION_DATE)).contains(NOW);
    assertReason(
        () ->
            Lifecycle.revoke(
                attrs(State.PRE_ACTIVE),
                RevocationReason.of(RevocationReasonCode.CESSATION_OF_OPERATION),
                Optional.empty(),
                NOW),
        ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    assertReason(
        () ->
            Lifecycle.revoke(
                attrs(State.ACTIVE),
                RevocationReason.of(RevocationReasonCode.SUPERSEDED),
                Optional.of(PAST),
                NOW),
        ResultReason.INVALID_FIELD);
  }

  @Test
  void destroySetsTheDestroyDateAndRefusesActiveObjects() throws Exception {
    assertThat(Lifecycle.destroy(attrs(State.DEACTIVATED), NOW).date(Tag.DESTROY_DATE))
        .contains(NOW);
    assertThat(Lifecycle.destroy(attrs(State.COMPROMISED), NOW).enumeration(Tag.STATE, State.class))
        .contains(State.DESTROYED_COMPROMISED);
    assertReason(
        () -> Lifecycle.destroy(attrs(State.ACTIVE), NOW), ResultReason.WRONG_KEY_LIFECYCLE_STATE);
  }

  @Test
  void protectionNeedsActiveAndBeforeProtectStop() throws Exception {
    Lifecycle.checkUsable(object(attrs(State.ACTIVE)), NOW, Purpose.PROTECT);
    assertReason(
        () -> Lifecycle.checkUsable(object(attrs(State.DEACTIVATED)), NOW, Purpose.PROTECT),
        ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    ManagedObject stopped = object(attrs(State.ACTIVE, Ttlv.dateTime(Tag.PROTECT_STOP_DATE, PAST)));
    assertReason(
        () -> Lifecycle.checkUsable(stopped, NOW, Purpose.PROTECT),
        ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    // Processing may continue after the Protect Stop Date.
    Lifecycle.checkUsable(stopped, NOW, Purpose.PROCESS);
  }

  @Test
  void processingNeedsAUsableStateAndTheProcessStartDate() throws Exception {
    Lifecycle.checkUsable(object(attrs(State.DEACTIVATED)), NOW, Purpose.PROCESS);
    Lifecycle.checkUsable(object(attrs(State.COMPROMISED)), NOW, Purpose.PROCESS);
    assertReason(
        () -> Lifecycle.checkUsable(object(attrs(State.PRE_ACTIVE)), NOW, Purpose.PROCESS),
        ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    assertReason(
        () -> Lifecycle.checkUsable(object(attrs(State.DESTROYED)), NOW, Purpose.PROCESS),
        ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    ManagedObject notYet =
        object(attrs(State.ACTIVE, Ttlv.dateTime(Tag.PROCESS_START_DATE, FUTURE)));
    assertReason(
        () -> Lifecycle.checkUsable(notYet, NOW, Purpose.PROCESS),
        ResultReason.WRONG_KEY_LIFECYCLE_STATE);
    Lifecycle.checkUsable(notYet, FUTURE, Purpose.PROCESS);
  }
}
