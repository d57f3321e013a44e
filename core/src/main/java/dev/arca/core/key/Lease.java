package dev.arca.core.key;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * The answer to Obtain Lease (KMIP 2.1 §6.1.35).
 *
 * @param leaseTime how long the client may use the object before asking again; zero means no limit
 * @param lastChangeDate when the object last changed, so the client can tell whether its cached
 *     attributes are stale
 */
public record Lease(Duration leaseTime, Instant lastChangeDate) {
  public Lease {
    Objects.requireNonNull(leaseTime, "leaseTime");
    Objects.requireNonNull(lastChangeDate, "lastChangeDate");
  }
}
