package dev.arca.core.key;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.RevocationReason;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The lifecycle of a managed object: the six states and the ten transitions of KMIP 2.1 §4.57 (KMIP
 * 1.4 §3.22, after NIST SP 800-57 Part 1 §7), and the dates each transition sets.
 *
 * <p>The stored State attribute changes only when a command writes the object. Between writes the
 * clock moves objects on: once its Activation Date has passed a Pre-Active object <em>is</em>
 * Active, and once its Deactivation Date has passed an Active object is Deactivated (transitions 4
 * and 6). {@link #effective} computes that state, and every read goes through it; every write
 * stores it ({@link #withEffectiveState}).
 *
 * <p>Illegal transitions are refused with Wrong Key Lifecycle State (KMIP 2.1 §6.1.1.1, §6.1.15.1,
 * §6.1.44.1). KMIP 1.x names Permission Denied for some of them (1.4 §11.20, §11.22); the protocol
 * edge maps reasons to the version in use.
 */
public final class Lifecycle {

  /** What moves an object from one state to another. */
  public enum Event {
    /** The Activate operation (KMIP 2.1 §6.1.1). */
    ACTIVATE,
    /** The Activation Date has been reached. */
    ACTIVATION_DATE_REACHED,
    /** The Deactivation Date has been reached. */
    DEACTIVATION_DATE_REACHED,
    /** Revoke with a reason other than Key Compromise and CA Compromise (KMIP 2.1 §6.1.44). */
    REVOKE,
    /** Revoke with Key Compromise or CA Compromise. */
    REVOKE_COMPROMISE,
    /** The Destroy operation (KMIP 2.1 §6.1.15). */
    DESTROY
  }

  /**
   * One permitted transition.
   *
   * @param number the transition's number in KMIP 2.1 §4.57 and 1.4 §3.22
   */
  public record Transition(int number, State from, Event event, State to) {
    public Transition {
      Objects.requireNonNull(from, "from");
      Objects.requireNonNull(event, "event");
      Objects.requireNonNull(to, "to");
    }
  }

  /**
   * The transitions KMIP permits, and only those ("Only the transitions described above are
   * permitted"). Transition 1, creation, is {@link #initialState}.
   */
  public static final List<Transition> TRANSITIONS =
      List.of(
          new Transition(2, State.PRE_ACTIVE, Event.DESTROY, State.DESTROYED),
          new Transition(3, State.PRE_ACTIVE, Event.REVOKE_COMPROMISE, State.COMPROMISED),
          new Transition(4, State.PRE_ACTIVE, Event.ACTIVATE, State.ACTIVE),
          new Transition(4, State.PRE_ACTIVE, Event.ACTIVATION_DATE_REACHED, State.ACTIVE),
          new Transition(5, State.ACTIVE, Event.REVOKE_COMPROMISE, State.COMPROMISED),
          new Transition(6, State.ACTIVE, Event.DEACTIVATION_DATE_REACHED, State.DEACTIVATED),
          new Transition(6, State.ACTIVE, Event.REVOKE, State.DEACTIVATED),
          new Transition(7, State.DEACTIVATED, Event.DESTROY, State.DESTROYED),
          new Transition(8, State.DEACTIVATED, Event.REVOKE_COMPROMISE, State.COMPROMISED),
          new Transition(9, State.COMPROMISED, Event.DESTROY, State.DESTROYED_COMPROMISED),
          new Transition(
              10, State.DESTROYED, Event.REVOKE_COMPROMISE, State.DESTROYED_COMPROMISED));

  /** What a caller wants to do with the key material, for {@link #checkUsable}. */
  public enum Purpose {
    /** Applying protection: encrypt, sign, wrap, MAC generation, derive. */
    PROTECT,
    /** Processing protected data: decrypt, verify, unwrap, MAC verification. */
    PROCESS
  }

  private Lifecycle() {}

  /** The state {@code event} moves {@code from} to, if KMIP permits it. */
  public static Optional<State> next(State from, Event event) {
    for (Transition t : TRANSITIONS) {
      if (t.from() == from && t.event() == event) {
        return Optional.of(t.to());
      }
    }
    return Optional.empty();
  }

  /**
   * The state {@code event} moves {@code from} to.
   *
   * @throws KmipException Wrong Key Lifecycle State when KMIP does not permit the transition
   */
  public static State transition(State from, Event event) throws KmipException {
    Optional<State> to = next(from, event);
    if (to.isEmpty()) {
      throw new KmipException(
          ResultReason.WRONG_KEY_LIFECYCLE_STATE,
          describe(event) + " is not permitted in state " + from.specName());
    }
    return to.get();
  }

  /** The state of {@code object} at {@code now}: its stored State, moved on by its dates. */
  public static State effective(ManagedObject object, Instant now) {
    return effective(object.storedState(), object.attributes(), now);
  }

  /**
   * The state an object with stored state {@code stored} and these attributes is in at {@code now}.
   * Pre-Active becomes Active once the Activation Date is reached (transition 4); Active becomes
   * Deactivated once the Deactivation Date is reached (transition 6). A date equal to {@code now}
   * counts as reached, as KMIP 2.1 §4.57 says for "a date in the past, or the current date".
   */
  public static State effective(State stored, AttributeSet attributes, Instant now) {
    State state = stored;
    if (state == State.PRE_ACTIVE && reached(attributes, Tag.ACTIVATION_DATE, now)) {
      state = State.ACTIVE;
    }
    if (state == State.ACTIVE && reached(attributes, Tag.DEACTIVATION_DATE, now)) {
      state = State.DEACTIVATED;
    }
    return state;
  }

  /**
   * The state of a new object (transition 1): Pre-Active, moved on at once by an Activation Date
   * (and Deactivation Date) that has already occurred. KMIP 2.1 §4.57 lets the server either keep
   * such a date or refuse the request; Arca keeps it.
   */
  public static State initialState(AttributeSet attributes, Instant now) {
    return effective(State.PRE_ACTIVE, attributes, now);
  }

  /** {@code attributes} with State set to the effective state at {@code now}. */
  public static AttributeSet withEffectiveState(
      State stored, AttributeSet attributes, Instant now) {
    State state = effective(stored, attributes, now);
    if (state == stored && attributes.contains(Tag.STATE)) {
      return attributes;
    }
    return attributes.toBuilder().set(Ttlv.enumeration(Tag.STATE, state.code())).build();
  }

  /**
   * Activate (KMIP 2.1 §6.1.1): Pre-Active to Active, with the Activation Date set to {@code now}.
   *
   * @param current the attributes, with State already the effective state
   */
  public static AttributeSet activate(AttributeSet current, Instant now) throws KmipException {
    State to = transition(stateOf(current), Event.ACTIVATE);
    return current.toBuilder()
        .set(Ttlv.enumeration(Tag.STATE, to.code()))
        .set(Ttlv.dateTime(Tag.ACTIVATION_DATE, now))
        .build();
  }

  /**
   * Revoke (KMIP 2.1 §6.1.44). Key Compromise and CA Compromise move the object to Compromised (or
   * Destroyed Compromised) and set the Compromise Date to {@code now} and the Compromise Occurrence
   * Date to the given date, or to the Initial Date when none is given; any other reason moves an
   * Active object to Deactivated with the Deactivation Date set to {@code now}. The Revocation
   * Reason is stored in both cases.
   *
   * @param current the attributes, with State already the effective state
   * @throws KmipException Invalid Field when a Compromise Occurrence Date comes with a reason that
   *     is not a compromise; Wrong Key Lifecycle State when the state does not permit it
   */
  public static AttributeSet revoke(
      AttributeSet current,
      RevocationReason reason,
      Optional<Instant> compromiseOccurrence,
      Instant now)
      throws KmipException {
    boolean compromise = isCompromise(reason.revocationReasonCode());
    if (!compromise && compromiseOccurrence.isPresent()) {
      throw new KmipException(
          ResultReason.INVALID_FIELD,
          "a Compromise Occurrence Date is only allowed with Key Compromise or CA Compromise");
    }
    State to = transition(stateOf(current), compromise ? Event.REVOKE_COMPROMISE : Event.REVOKE);
    AttributeSet.Builder b =
        current.toBuilder()
            .set(Ttlv.enumeration(Tag.STATE, to.code()))
            .set(TtlvBinder.encode(Tag.REVOCATION_REASON, reason));
    if (compromise) {
      Instant occurred = compromiseOccurrence.or(() -> current.date(Tag.INITIAL_DATE)).orElse(now);
      b.set(Ttlv.dateTime(Tag.COMPROMISE_DATE, now))
          .set(Ttlv.dateTime(Tag.COMPROMISE_OCCURRENCE_DATE, occurred));
    } else {
      b.set(Ttlv.dateTime(Tag.DEACTIVATION_DATE, now));
    }
    return b.build();
  }

  /**
   * Destroy (KMIP 2.1 §6.1.15): Pre-Active or Deactivated to Destroyed, Compromised to Destroyed
   * Compromised, with the Destroy Date set to {@code now}. An Active object cannot be destroyed; it
   * must be revoked first. The caller removes the key material.
   *
   * @param current the attributes, with State already the effective state
   */
  public static AttributeSet destroy(AttributeSet current, Instant now) throws KmipException {
    State to = transition(stateOf(current), Event.DESTROY);
    return current.toBuilder()
        .set(Ttlv.enumeration(Tag.STATE, to.code()))
        .set(Ttlv.dateTime(Tag.DESTROY_DATE, now))
        .build();
  }

  /** Whether a revocation reason puts the object into a compromised state. */
  public static boolean isCompromise(RevocationReasonCode code) {
    return code == RevocationReasonCode.KEY_COMPROMISE
        || code == RevocationReasonCode.CA_COMPROMISE;
  }

  /**
   * Checks that the key material of {@code object} may be used for {@code purpose} at {@code now}.
   *
   * <p>Protection (encrypt, sign, wrap, MAC) needs the Active state and a Protect Stop Date, if
   * any, not yet passed (KMIP 1.4 §3.26). Processing (decrypt, verify, unwrap) is allowed in the
   * Active, Deactivated and Compromised states (KMIP 2.1 §4.57: "SHOULD only be used to process
   * cryptographically-protected information") once the Process Start Date, if any, is reached (KMIP
   * 1.4 §3.25).
   *
   * @throws KmipException Wrong Key Lifecycle State otherwise
   */
  public static void checkUsable(ManagedObject object, Instant now, Purpose purpose)
      throws KmipException {
    State state = effective(object, now);
    AttributeSet a = object.attributes();
    if (purpose == Purpose.PROTECT) {
      if (state != State.ACTIVE) {
        throw new KmipException(
            ResultReason.WRONG_KEY_LIFECYCLE_STATE,
            "the object is " + state.specName() + "; only an Active object may apply protection");
      }
      Optional<Instant> stop = a.date(Tag.PROTECT_STOP_DATE);
      if (stop.isPresent() && now.isAfter(stop.get())) {
        throw new KmipException(
            ResultReason.WRONG_KEY_LIFECYCLE_STATE, "the Protect Stop Date has passed");
      }
      return;
    }
    if (state != State.ACTIVE && state != State.DEACTIVATED && state != State.COMPROMISED) {
      throw new KmipException(
          ResultReason.WRONG_KEY_LIFECYCLE_STATE,
          "the object is " + state.specName() + " and cannot be used");
    }
    Optional<Instant> start = a.date(Tag.PROCESS_START_DATE);
    if (start.isPresent() && now.isBefore(start.get())) {
      throw new KmipException(
          ResultReason.WRONG_KEY_LIFECYCLE_STATE, "the Process Start Date has not been reached");
    }
  }

  private static State stateOf(AttributeSet attributes) {
    return attributes.enumeration(Tag.STATE, State.class).orElse(State.PRE_ACTIVE);
  }

  private static boolean reached(AttributeSet attributes, Tag date, Instant now) {
    return attributes.date(date).map(d -> !d.isAfter(now)).orElse(false);
  }

  private static String describe(Event event) {
    switch (event) {
      case ACTIVATE:
        return "Activate";
      case REVOKE:
        return "Revoke";
      case REVOKE_COMPROMISE:
        return "Revoke for compromise";
      case DESTROY:
        return "Destroy";
      case ACTIVATION_DATE_REACHED:
        return "Activation";
      case DEACTIVATION_DATE_REACHED:
        return "Deactivation";
      default:
        throw new IllegalArgumentException(event.name());
    }
  }
}
