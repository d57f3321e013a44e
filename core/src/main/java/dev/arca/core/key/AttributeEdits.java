package dev.arca.core.key;

import dev.arca.core.key.AttributeRules.ClientChange;
import dev.arca.core.key.AttributeRules.Rule;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.UsageLimits;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvBoolean;
import dev.arca.kmip.ttlv.TtlvDateTime;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies a client's attribute changes to an object's attributes, checked against {@link
 * AttributeRules}: the attributes of a new object (Create, Create Key Pair, Register, Re-key) and
 * Add, Modify, Delete and Set Attribute.
 *
 * <p>The result reasons are those the KMIP 2.1 error tables name for each operation: Create,
 * Register (Tables 188, 294) and Modify, Delete (267, 204) say Attribute Read Only, Add and Set
 * (169, 324) say Read Only Attribute. A value of the wrong type is Invalid Field.
 *
 * <p>Pure functions: they see the attributes, the object type and the effective state, and return
 * new attributes; the key service supplies Last Change Date, the stored state and the write.
 */
final class AttributeEdits {

  /** The most values one attribute may have; more is Server Limit Exceeded. */
  static final int MAX_VALUES = 256;

  private AttributeEdits() {}

  /**
   * Checks the attributes a client supplies for a new object of {@code type}.
   *
   * @throws KmipException Attribute Read Only for an attribute the server alone sets; Invalid
   *     Attribute for one that does not apply to the object type; Attribute Single Valued for
   *     several values of a single-valued attribute; Invalid Field for a malformed value
   */
  static void checkForCreation(ObjectType type, AttributeSet requested) throws KmipException {
    for (Map.Entry<AttributeKey, List<Ttlv>> e : requested.asMap().entrySet()) {
      if (e.getKey().equals(ShareAttribute.KEY)) {
        // Grants live with the key sharing groups, not the object: see ShareAttribute.
        throw new KmipException(
            ResultReason.INVALID_ATTRIBUTE,
            ShareAttribute.NAME + " is given with Add Attribute once the object exists");
      }
      Rule rule = AttributeRules.rule(e.getKey());
      if (!rule.clientSetsAtCreation()) {
        throw new KmipException(
            ResultReason.ATTRIBUTE_READ_ONLY,
            rule.name() + " is set by the server and cannot be given by the client");
      }
      checkApplies(rule, type);
      checkCount(rule, e.getValue().size());
      for (Ttlv v : e.getValue()) {
        AttributeRules.checkValue(rule, v);
      }
    }
  }

  /**
   * Add Attribute (KMIP 2.1 §6.1.2, 1.4 §4.14): a first value of a single-valued attribute, or one
   * more value of a multi-valued one.
   */
  static AttributeSet add(
      ObjectType type, State state, AttributeSet current, AttributeKey key, Ttlv value, Instant now)
      throws KmipException {
    Rule rule = AttributeRules.rule(key);
    AttributeRules.checkValue(rule, value);
    if (!rule.clientMayAdd()) {
      throw new KmipException(
          ResultReason.READ_ONLY_ATTRIBUTE, rule.name() + " is read-only to clients");
    }
    checkApplies(rule, type);
    List<Ttlv> existing = current.all(key);
    if (!rule.multiValued() && !existing.isEmpty()) {
      throw new KmipException(
          ResultReason.ATTRIBUTE_SINGLE_VALUED,
          rule.name() + " already has a value; use Modify Attribute or Set Attribute");
    }
    checkCount(rule, existing.size() + 1);
    checkStateCondition(rule, rule.clientModify(), state, Optional.empty(), now);
    return derived(current, current.toBuilder().add(key, normalize(rule, value)).build());
  }

  /**
   * Modify Attribute (KMIP 2.1 §6.1.34, 1.4 §4.15): a new value for an existing one.
   *
   * @throws KmipException Attribute Read Only when the client may not change it; Attribute Not
   *     Found when the object has no value; Attribute Instance Not Found when the selected value
   *     does not exist; Multi Valued Attribute when no value is selected and there are several;
   *     Wrong Key Lifecycle State when the state forbids the change now
   */
  static AttributeSet modify(
      ObjectType type,
      State state,
      AttributeSet current,
      AttributeKey key,
      AttributeInstance which,
      Ttlv value,
      Instant now)
      throws KmipException {
    Rule rule = AttributeRules.rule(key);
    AttributeRules.checkValue(rule, value);
    if (rule.clientModify() == ClientChange.NEVER) {
      throw new KmipException(
          ResultReason.ATTRIBUTE_READ_ONLY, rule.name() + " cannot be modified by a client");
    }
    checkApplies(rule, type);
    int index = select(rule, current.all(key), which);
    checkStateCondition(
        rule, rule.clientModify(), state, Optional.of(current.all(key).get(index)), now);
    checkNotAllocated(rule, rule.clientModify(), current);
    AttributeSet.Builder b = current.toBuilder();
    b.replace(key, index, normalize(rule, value));
    return derived(current, b.build());
  }

  /**
   * Delete Attribute (KMIP 2.1 §6.1.13, 1.4 §4.16).
   *
   * @throws KmipException Attribute Read Only for an attribute a client may not delete, which
   *     includes every attribute an object must always have; Attribute Not Found, Attribute
   *     Instance Not Found as for modify
   */
  static AttributeSet delete(
      ObjectType type, AttributeSet current, AttributeKey key, AttributeInstance which)
      throws KmipException {
    Rule rule = AttributeRules.rule(key);
    if (rule.clientDelete() == ClientChange.NEVER || rule.requiredFor(type)) {
      throw new KmipException(
          ResultReason.ATTRIBUTE_READ_ONLY, rule.name() + " cannot be deleted by a client");
    }
    List<Ttlv> existing = current.all(key);
    if (existing.isEmpty()) {
      throw new KmipException(ResultReason.ATTRIBUTE_NOT_FOUND, "the object has no " + rule.name());
    }
    checkNotAllocated(rule, rule.clientDelete(), current);
    AttributeSet.Builder b = current.toBuilder();
    if (which.isAll()) {
      b.remove(key);
    } else {
      b.remove(key, select(rule, existing, which));
    }
    return derived(current, b.build());
  }

  /**
   * Set Attribute (KMIP 2.1 §6.1.51): adds the attribute when the object has none, changes it when
   * it has one value, and refuses when it has several.
   */
  static AttributeSet set(
      ObjectType type, State state, AttributeSet current, AttributeKey key, Ttlv value, Instant now)
      throws KmipException {
    Rule rule = AttributeRules.rule(key);
    AttributeRules.checkValue(rule, value);
    List<Ttlv> existing = current.all(key);
    if (existing.isEmpty()) {
      return add(type, state, current, key, value, now);
    }
    if (existing.size() > 1) {
      throw new KmipException(
          ResultReason.MULTI_VALUED_ATTRIBUTE,
          rule.name() + " has " + existing.size() + " values; Set Attribute needs at most one");
    }
    if (rule.clientModify() == ClientChange.NEVER) {
      throw new KmipException(
          ResultReason.READ_ONLY_ATTRIBUTE, rule.name() + " cannot be changed by a client");
    }
    return modify(type, state, current, key, AttributeInstance.only(), value, now);
  }

  /**
   * The attributes after a client change, with the attributes the server derives from it: Always
   * Sensitive becomes False once Sensitive has been False, Never Extractable becomes False once
   * Extractable has been True (KMIP 2.1 §4.3, §4.33).
   */
  static AttributeSet derived(AttributeSet before, AttributeSet after) {
    AttributeSet.Builder b = after.toBuilder();
    boolean changed = false;
    if (isFalse(after, Tag.SENSITIVE) && !isFalse(before, Tag.ALWAYS_SENSITIVE)) {
      b.set(Ttlv.bool(Tag.ALWAYS_SENSITIVE, false));
      changed = true;
    }
    if (isTrue(after, Tag.EXTRACTABLE) && !isFalse(before, Tag.NEVER_EXTRACTABLE)) {
      b.set(Ttlv.bool(Tag.NEVER_EXTRACTABLE, false));
      changed = true;
    }
    return changed ? b.build() : after;
  }

  /**
   * A client's Usage Limits: the count is the server's to keep, so it starts at the total (KMIP 2.1
   * §4.59: "the server SHALL ignore the Usage Limits Count value if the attribute is specified in
   * an operation that creates a new object"; the client "SHALL NOT" set it with Add or Modify).
   */
  static Ttlv normalize(Rule rule, Ttlv value) throws KmipException {
    if (rule.tag().filter(t -> t == Tag.USAGE_LIMITS).isEmpty()) {
      return value;
    }
    UsageLimits given = TtlvBinder.decode(UsageLimits.class, value);
    if (given.usageLimitsTotal() < 0) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "the Usage Limits Total must not be negative");
    }
    return TtlvBinder.encode(
        Tag.USAGE_LIMITS,
        new UsageLimits(
            given.usageLimitsTotal(),
            Optional.of(given.usageLimitsTotal()),
            given.usageLimitsUnit()));
  }

  /** Normalizes every value a client gave for a new object (see {@link #normalize(Rule, Ttlv)}). */
  static AttributeSet normalizeForCreation(AttributeSet requested) throws KmipException {
    List<Ttlv> limits = requested.all(Tag.USAGE_LIMITS);
    if (limits.isEmpty()) {
      return requested;
    }
    Rule rule = AttributeRules.forTag(Tag.USAGE_LIMITS).orElseThrow();
    return requested.toBuilder().set(normalize(rule, limits.get(0))).build();
  }

  /**
   * Whether Get Usage Allocation has taken units from the Usage Limits: then the count is below the
   * total.
   */
  static boolean allocated(AttributeSet attributes) throws KmipException {
    Optional<Ttlv> v = attributes.first(Tag.USAGE_LIMITS);
    if (v.isEmpty()) {
      return false;
    }
    UsageLimits u = TtlvBinder.decode(UsageLimits.class, v.get());
    return u.usageLimitsCount().map(c -> c < u.usageLimitsTotal()).orElse(false);
  }

  private static void checkApplies(Rule rule, ObjectType type) throws KmipException {
    if (!rule.appliesTo(type)) {
      throw new KmipException(
          ResultReason.INVALID_ATTRIBUTE, rule.name() + " does not apply to a " + type.specName());
    }
  }

  private static void checkCount(Rule rule, int count) throws KmipException {
    if (!rule.multiValued() && count > 1) {
      throw new KmipException(
          ResultReason.ATTRIBUTE_SINGLE_VALUED, rule.name() + " may have only one value");
    }
    if (count > MAX_VALUES) {
      throw new KmipException(
          ResultReason.SERVER_LIMIT_EXCEEDED,
          rule.name() + " may have at most " + MAX_VALUES + " values");
    }
  }

  private static int select(Rule rule, List<Ttlv> existing, AttributeInstance which)
      throws KmipException {
    if (existing.isEmpty()) {
      throw new KmipException(ResultReason.ATTRIBUTE_NOT_FOUND, "the object has no " + rule.name());
    }
    if (which.isOnly() || which.isAll()) {
      if (existing.size() > 1) {
        throw new KmipException(
            ResultReason.MULTI_VALUED_ATTRIBUTE,
            rule.name() + " has " + existing.size() + " values; name the one to change");
      }
      return 0;
    }
    if (which.index().isPresent()) {
      int i = which.index().getAsInt();
      if (i >= existing.size()) {
        throw new KmipException(
            ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND, rule.name() + " has no value at index " + i);
      }
      return i;
    }
    int i = existing.indexOf(which.value().orElseThrow());
    if (i < 0) {
      throw new KmipException(
          ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND,
          rule.name() + " has no value equal to the Current Attribute");
    }
    return i;
  }

  private static void checkStateCondition(
      Rule rule, ClientChange change, State state, Optional<Ttlv> currentValue, Instant now)
      throws KmipException {
    switch (change) {
      case WHILE_PRE_ACTIVE:
        if (state != State.PRE_ACTIVE) {
          throw wrongState(rule, state, "only while Pre-Active");
        }
        break;
      case WHILE_PRE_ACTIVE_OR_ACTIVE:
        if (state != State.PRE_ACTIVE && state != State.ACTIVE) {
          throw wrongState(rule, state, "only while Pre-Active or Active");
        }
        break;
      case UNTIL_DATE_REACHED:
        if (state != State.PRE_ACTIVE && state != State.ACTIVE) {
          throw wrongState(rule, state, "only while Pre-Active or Active");
        }
        Optional<Instant> date =
            currentValue
                .filter(TtlvDateTime.class::isInstance)
                .map(v -> ((TtlvDateTime) v).instant());
        if (date.isPresent() && !date.get().isAfter(now)) {
          throw new KmipException(
              ResultReason.WRONG_KEY_LIFECYCLE_STATE,
              rule.name() + " has been reached and can no longer change");
        }
        break;
      default:
        break;
    }
  }

  private static void checkNotAllocated(Rule rule, ClientChange change, AttributeSet current)
      throws KmipException {
    if (change == ClientChange.UNTIL_ALLOCATED && allocated(current)) {
      throw new KmipException(
          ResultReason.ATTRIBUTE_READ_ONLY,
          rule.name() + " cannot change once Get Usage Allocation has been performed");
    }
  }

  private static KmipException wrongState(Rule rule, State state, String when) {
    return new KmipException(
        ResultReason.WRONG_KEY_LIFECYCLE_STATE,
        rule.name() + " can change " + when + "; the object is " + state.specName());
  }

  private static boolean isFalse(AttributeSet a, Tag tag) {
    return a.first(tag).filter(v -> v instanceof TtlvBoolean b && !b.value()).isPresent();
  }

  private static boolean isTrue(AttributeSet a, Tag tag) {
    return a.first(tag).filter(v -> v instanceof TtlvBoolean b && b.value()).isPresent();
  }
}
