package dev.arca.core.key;

import java.time.Duration;
import java.util.Objects;

/**
 * The key service's settings, validated when built.
 *
 * @param conflictRetries how many times a change is rebuilt on fresh state when a concurrent change
 *     won the compare-and-set, 1 to 100
 * @param rekeyOldVersion what Re-key does to the old version when the caller leaves it to the
 *     server; never {@link OldVersion#serverDefault()}
 * @param leaseTime the Lease Time new objects get and Obtain Lease grants; zero for no limit
 * @param commandTimeout how long a change may take to become durable before the request fails, 1
 *     second to 10 minutes
 */
public record KeyServiceSettings(
    int conflictRetries, OldVersion rekeyOldVersion, Duration leaseTime, Duration commandTimeout) {

  public KeyServiceSettings {
    if (conflictRetries < 1 || conflictRetries > 100) {
      throw new IllegalArgumentException(
          "key service conflictRetries must be 1..100, was " + conflictRetries);
    }
    Objects.requireNonNull(rekeyOldVersion, "rekeyOldVersion");
    if (rekeyOldVersion.kind() == OldVersion.Kind.SERVER_DEFAULT) {
      throw new IllegalArgumentException(
          "key service rekeyOldVersion must be keep-state, deactivate-now or deactivate-after");
    }
    Objects.requireNonNull(leaseTime, "leaseTime");
    if (leaseTime.isNegative() || leaseTime.getSeconds() > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException(
          "key service leaseTime must be 0 to 4294967295 seconds, was " + leaseTime);
    }
    Objects.requireNonNull(commandTimeout, "commandTimeout");
    if (commandTimeout.compareTo(Duration.ofSeconds(1)) < 0
        || commandTimeout.compareTo(Duration.ofMinutes(10)) > 0) {
      throw new IllegalArgumentException(
          "key service commandTimeout must be 1 second to 10 minutes, was " + commandTimeout);
    }
  }

  /** 16 retries, old versions keep their state, no lease limit, 60 seconds per change. */
  public static KeyServiceSettings defaults() {
    return new KeyServiceSettings(
        16, OldVersion.keepState(), Duration.ZERO, Duration.ofSeconds(60));
  }

  public KeyServiceSettings withRekeyOldVersion(OldVersion value) {
    return new KeyServiceSettings(conflictRetries, value, leaseTime, commandTimeout);
  }

  public KeyServiceSettings withLeaseTime(Duration value) {
    return new KeyServiceSettings(conflictRetries, rekeyOldVersion, value, commandTimeout);
  }

  public KeyServiceSettings withCommandTimeout(Duration value) {
    return new KeyServiceSettings(conflictRetries, rekeyOldVersion, leaseTime, value);
  }

  public KeyServiceSettings withConflictRetries(int value) {
    return new KeyServiceSettings(value, rekeyOldVersion, leaseTime, commandTimeout);
  }
}
