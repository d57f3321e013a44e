package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.time.Duration;
import java.util.Optional;

/**
 * KMIP 1.4 §4.10 Table 193, KMIP 2.1 §6.1.7 Table 184 Check response. The other fields come back
 * only when the request asked for more than server policy allows.
 *
 * @param uniqueIdentifier the object; required "unless a failure"
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record CheckResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<String> uniqueIdentifier,
    @KmipField(Tag.USAGE_LIMITS_COUNT) Optional<Long> usageLimitsCount,
    @KmipField(Tag.CRYPTOGRAPHIC_USAGE_MASK) Optional<Integer> cryptographicUsageMask,
    @KmipField(Tag.LEASE_TIME) Optional<Duration> leaseTime)
    implements ResponsePayload {

  /** The object passed the check. */
  public static CheckResponse of(String uniqueIdentifier) {
    return new CheckResponse(
        Optional.of(uniqueIdentifier), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
