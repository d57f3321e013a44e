package dev.arca.core.access;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The password policy of administrators and client users alike: one table of rules, set by an
 * administrator with the high access area, audited like every change.
 *
 * <p>These rules come on top of the fixed ones of {@link PasswordVerifier#policyViolation(char[],
 * boolean)} (at most {@value PasswordVerifier#MAX_PASSWORD_LENGTH} characters of valid Unicode, 14
 * bytes in FIPS mode), which no setting can loosen.
 *
 * @param minLength the fewest characters, {@value PasswordVerifier#MIN_PASSWORD_LENGTH} to {@value
 *     PasswordVerifier#MAX_PASSWORD_LENGTH}
 * @param minClasses how many of the four character classes — lower-case letters, upper-case
 *     letters, digits, others — a password mixes, 0 to 4
 * @param history how many earlier passwords may not be used again, 0 to {@value #MAX_HISTORY}
 * @param maxAge how long a password serves before it must be changed; zero for ever, else 1 day to
 *     10 years. An administrator whose password is older may log in only to change it; a client
 *     user's is refused until an administrator sets a new one
 * @param lockoutThreshold failed logins in a row that lock the account, 1 to 100; 0 turns the
 *     lockout off
 * @param lockoutDuration how long a lockout lasts, 1 second to 24 hours
 */
public record PasswordPolicy(
    int minLength,
    int minClasses,
    int history,
    Duration maxAge,
    int lockoutThreshold,
    Duration lockoutDuration) {

  /** The most earlier passwords remembered. */
  public static final int MAX_HISTORY = 24;

  /**
   * 12 characters, any classes, no history, no maximum age, lockout after 5 failures for 15 min.
   */
  public static final PasswordPolicy DEFAULT =
      new PasswordPolicy(
          PasswordVerifier.MIN_PASSWORD_LENGTH, 0, 0, Duration.ZERO, 5, Duration.ofMinutes(15));

  public PasswordPolicy {
    if (minLength < PasswordVerifier.MIN_PASSWORD_LENGTH
        || minLength > PasswordVerifier.MAX_PASSWORD_LENGTH) {
      throw new IllegalArgumentException(
          "minLength must be between "
              + PasswordVerifier.MIN_PASSWORD_LENGTH
              + " and "
              + PasswordVerifier.MAX_PASSWORD_LENGTH
              + ": "
              + minLength);
    }
    if (minClasses < 0 || minClasses > 4) {
      throw new IllegalArgumentException("minClasses must be between 0 and 4: " + minClasses);
    }
    if (history < 0 || history > MAX_HISTORY) {
      throw new IllegalArgumentException(
          "history must be between 0 and " + MAX_HISTORY + ": " + history);
    }
    Objects.requireNonNull(maxAge, "maxAge");
    if (!maxAge.isZero()
        && (maxAge.compareTo(Duration.ofDays(1)) < 0
            || maxAge.compareTo(Duration.ofDays(3650)) > 0)) {
      throw new IllegalArgumentException(
          "maxAge must be 0 (never) or between 1 day and 3650 days: " + maxAge);
    }
    if (lockoutThreshold < 0 || lockoutThreshold > 100) {
      throw new IllegalArgumentException(
          "lockoutThreshold must be between 0 (off) and 100: " + lockoutThreshold);
    }
    Objects.requireNonNull(lockoutDuration, "lockoutDuration");
    if (lockoutDuration.compareTo(Duration.ofSeconds(1)) < 0
        || lockoutDuration.compareTo(Duration.ofHours(24)) > 0) {
      throw new IllegalArgumentException(
          "lockoutDuration must be between 1 second and 24 hours: " + lockoutDuration);
    }
  }

  /**
   * The rule of this policy {@code password} breaks — length or character classes — for a message
   * that never holds the password; empty when it keeps them. The fixed rules are checked apart.
   */
  public Optional<String> violation(char[] password) {
    Objects.requireNonNull(password, "password");
    int length = Passwords.codePoints(password);
    if (length < minLength) {
      return Optional.of(
          "a password has at least " + minLength + " characters, this one has " + length);
    }
    boolean lower = false;
    boolean upper = false;
    boolean digit = false;
    boolean other = false;
    for (int i = 0; i < password.length; ) {
      int c = Character.codePointAt(password, i);
      if (Character.isLowerCase(c)) {
        lower = true;
      } else if (Character.isUpperCase(c)) {
        upper = true;
      } else if (Character.isDigit(c)) {
        digit = true;
      } else {
        other = true;
      }
      i += Character.charCount(c);
    }
    int classes = (lower ? 1 : 0) + (upper ? 1 : 0) + (digit ? 1 : 0) + (other ? 1 : 0);
    if (classes < minClasses) {
      return Optional.of(
          "a password mixes at least "
              + minClasses
              + " of lower-case letters, upper-case letters, digits and other characters; this"
              + " one has "
              + classes);
    }
    return Optional.empty();
  }

  /** Whether a password set at {@code changed} has expired at {@code now}. */
  public boolean expired(Instant changed, Instant now) {
    return !maxAge.isZero() && !changed.plus(maxAge).isAfter(now);
  }

  /** Whether failed logins lock accounts. */
  public boolean locksOut() {
    return lockoutThreshold > 0;
  }
}
