package dev.arca.core.key;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Link;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.LinkType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The attribute rules of Re-key and Re-key Key Pair (KMIP 2.1 §6.1.46 Tables 303–304, §6.1.47
 * Tables 308–309): what the new version copies from the old one, how its dates are computed, and
 * how the old version is linked and, if asked, deactivated.
 */
final class Rekeying {

  /**
   * Attributes the new version does not copy: the server sets them afresh (Initial Date, Unique
   * Identifier, Digest, Link, Last Change Date, Random Number Generator, State, …) or they do not
   * carry over (Destroy Date, Compromise Dates, Revocation Reason, Archive Date). The four
   * lifecycle dates are computed by {@link #dates}.
   */
  private static final Set<Tag> NOT_COPIED =
      EnumSet.of(
          Tag.UNIQUE_IDENTIFIER,
          Tag.SHORT_UNIQUE_IDENTIFIER,
          Tag.OBJECT_TYPE,
          Tag.INITIAL_DATE,
          Tag.LAST_CHANGE_DATE,
          Tag.ORIGINAL_CREATION_DATE,
          Tag.DESTROY_DATE,
          Tag.COMPROMISE_DATE,
          Tag.COMPROMISE_OCCURRENCE_DATE,
          Tag.REVOCATION_REASON,
          Tag.ARCHIVE_DATE,
          Tag.DIGEST,
          Tag.LINK,
          Tag.RANDOM_NUMBER_GENERATOR,
          Tag.STATE,
          Tag.FRESH,
          Tag.ALWAYS_SENSITIVE,
          Tag.NEVER_EXTRACTABLE,
          Tag.KEY_VALUE_PRESENT,
          Tag.LEASE_TIME,
          Tag.PROTECTION_STORAGE_MASK,
          Tag.ROTATE_DATE,
          Tag.ROTATE_GENERATION,
          Tag.ROTATE_LATEST,
          Tag.ACTIVATION_DATE,
          Tag.PROCESS_START_DATE,
          Tag.PROTECT_STOP_DATE,
          Tag.DEACTIVATION_DATE);

  private static final List<Tag> DATES =
      List.of(
          Tag.ACTIVATION_DATE,
          Tag.PROCESS_START_DATE,
          Tag.PROTECT_STOP_DATE,
          Tag.DEACTIVATION_DATE);

  private Rekeying() {}

  /**
   * The attributes of the new version that do not come from the server: the old version's, without
   * those in {@link #NOT_COPIED}, with the computed dates and then the client's on top
   * (single-valued ones replace, multi-valued ones are added).
   */
  static AttributeSet carriedOver(
      AttributeSet old, AttributeSet client, Optional<Duration> offset, Instant now)
      throws KmipException {
    AttributeSet.Builder b = AttributeSet.builder();
    for (Map.Entry<AttributeKey, List<Ttlv>> e : old.asMap().entrySet()) {
      AttributeKey k = e.getKey();
      if (k.tag().map(NOT_COPIED::contains).orElse(false) || AttributeRules.isServerOwned(k)) {
        continue;
      }
      for (Ttlv v : e.getValue()) {
        b.add(k, v);
      }
    }
    for (Ttlv d : dates(old, client, offset, now)) {
      b.set(d);
    }
    return NewObjects.merge(b.build(), client);
  }

  /**
   * The new version's lifecycle dates. Without an Offset they are copied from the old version. With
   * one, the Activation Date is now plus the Offset and the other dates move by as much as the
   * Activation Date moved (Table 303).
   *
   * @throws KmipException Invalid Message when the client gives both an Offset and one of these
   *     dates (KMIP 1.4 §11.5); Invalid Field when an Offset is given, the old version has other
   *     dates but no Activation Date to measure them from
   */
  static List<Ttlv> dates(
      AttributeSet old, AttributeSet client, Optional<Duration> offset, Instant now)
      throws KmipException {
    List<Ttlv> out = new ArrayList<>();
    if (offset.isEmpty()) {
      for (Tag t : DATES) {
        old.date(t).ifPresent(d -> out.add(Ttlv.dateTime(t, d)));
      }
      return out;
    }
    for (Tag t : DATES) {
      if (client.contains(t)) {
        throw new KmipException(
            ResultReason.INVALID_MESSAGE,
            "an Offset cannot be given together with " + t.specName());
      }
    }
    Instant activation = now.plus(offset.get());
    out.add(Ttlv.dateTime(Tag.ACTIVATION_DATE, activation));
    Optional<Instant> oldActivation = old.date(Tag.ACTIVATION_DATE);
    for (Tag t : DATES.subList(1, DATES.size())) {
      Optional<Instant> d = old.date(t);
      if (d.isEmpty()) {
        continue;
      }
      if (oldActivation.isEmpty()) {
        throw new KmipException(
            ResultReason.INVALID_FIELD,
            "an Offset cannot move "
                + t.specName()
                + ": the key being re-keyed has no Activation Date");
      }
      Duration moved = Duration.between(oldActivation.get(), activation);
      out.add(Ttlv.dateTime(t, d.get().plus(moved)));
    }
    return out;
  }

  /**
   * The old version after the re-key: a Replacement Object Link to the new version, and the
   * treatment {@code policy} asks for.
   *
   * @param current the old version's attributes with State the effective state
   */
  static AttributeSet retire(
      AttributeSet current, String replacementId, OldVersion policy, Instant now) {
    AttributeSet.Builder b =
        current.toBuilder()
            .add(
                AttributeKey.of(Tag.LINK),
                TtlvBinder.encode(
                    Tag.LINK, Link.of(LinkType.REPLACEMENT_OBJECT_LINK, replacementId)));
    State state = current.enumeration(Tag.STATE, State.class).orElse(State.PRE_ACTIVE);
    Optional<Instant> deactivation = current.date(Tag.DEACTIVATION_DATE);
    switch (policy.kind()) {
      case DEACTIVATE_NOW:
        // Transition 6 through the Deactivation Date; a Pre-Active key has no way to Deactivated.
        if (state == State.ACTIVE) {
          b.set(Ttlv.dateTime(Tag.DEACTIVATION_DATE, now));
        }
        break;
      case DEACTIVATE_AFTER:
        Instant at = now.plus(policy.grace());
        boolean mayChange = state == State.PRE_ACTIVE || state == State.ACTIVE;
        if (mayChange && deactivation.map(d -> d.isAfter(at)).orElse(true)) {
          b.set(Ttlv.dateTime(Tag.DEACTIVATION_DATE, at));
        }
        break;
      default:
        break;
    }
    return b.build();
  }

  /** The Replaced Object Link a new version carries to the one it replaces. */
  static Ttlv replacedLink(String oldId) {
    return TtlvBinder.encode(Tag.LINK, Link.of(LinkType.REPLACED_OBJECT_LINK, oldId));
  }
}
