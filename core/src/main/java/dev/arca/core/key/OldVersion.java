package dev.arca.core.key;

import java.time.Duration;
import java.util.Objects;

/**
 * What Re-key does to the version it replaces. The old version keeps its material and remains
 * usable for processing (decrypt, verify) in any case; this decides whether it may still apply
 * protection.
 */
public final class OldVersion {

  /** The kinds of treatment. */
  public enum Kind {
    /** The old version keeps its state and dates. */
    KEEP_STATE,
    /** An Active old version becomes Deactivated now (its Deactivation Date is set to now). */
    DEACTIVATE_NOW,
    /**
     * An old version that is Pre-Active or Active gets a Deactivation Date after a grace period,
     * unless it already has an earlier one.
     */
    DEACTIVATE_AFTER,
    /** Whatever the server's configured default is. */
    SERVER_DEFAULT
  }

  private static final OldVersion KEEP = new OldVersion(Kind.KEEP_STATE, Duration.ZERO);
  private static final OldVersion NOW = new OldVersion(Kind.DEACTIVATE_NOW, Duration.ZERO);
  private static final OldVersion DEFAULT = new OldVersion(Kind.SERVER_DEFAULT, Duration.ZERO);

  private final Kind kind;
  private final Duration grace;

  private OldVersion(Kind kind, Duration grace) {
    this.kind = kind;
    this.grace = grace;
  }

  public static OldVersion keepState() {
    return KEEP;
  }

  public static OldVersion deactivateNow() {
    return NOW;
  }

  /**
   * @param grace how long the old version may still apply protection, more than zero
   */
  public static OldVersion deactivateAfter(Duration grace) {
    Objects.requireNonNull(grace, "grace");
    if (grace.isNegative() || grace.isZero()) {
      throw new IllegalArgumentException("the grace period must be longer than zero");
    }
    return new OldVersion(Kind.DEACTIVATE_AFTER, grace);
  }

  public static OldVersion serverDefault() {
    return DEFAULT;
  }

  public Kind kind() {
    return kind;
  }

  /** The grace period of {@link Kind#DEACTIVATE_AFTER}; zero otherwise. */
  public Duration grace() {
    return grace;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof OldVersion v && v.kind == kind && v.grace.equals(grace);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, grace);
  }

  @Override
  public String toString() {
    return kind == Kind.DEACTIVATE_AFTER ? "deactivate after " + grace : kind.name();
  }
}
