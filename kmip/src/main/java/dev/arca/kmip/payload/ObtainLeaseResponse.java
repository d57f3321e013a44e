package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.ttlv.TtlvInterval;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * KMIP 1.4 §4.17 Table 207, KMIP 2.1 §6.1.35 Table 269 Obtain Lease response.
 *
 * @param leaseTime how long the client may use the object before it needs a new lease; zero means
 *     no lease limit
 * @param lastChangeDate when the object or any of its attributes last changed, so that the client
 *     can tell whether its cached attributes are stale
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record ObtainLeaseResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    @KmipField(Tag.LEASE_TIME) Duration leaseTime,
    @KmipField(Tag.LAST_CHANGE_DATE) Instant lastChangeDate)
    implements ResponsePayload {

  public ObtainLeaseResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
    Objects.requireNonNull(leaseTime, "leaseTime");
    Objects.requireNonNull(lastChangeDate, "lastChangeDate");
    // An Interval is an unsigned 32-bit count of seconds (KMIP 1.4 §9.1.1.4).
    if (leaseTime.isNegative() || leaseTime.getSeconds() > TtlvInterval.MAX) {
      throw new IllegalArgumentException("Lease Time must be 0 to 2^32-1 seconds");
    }
  }
}
