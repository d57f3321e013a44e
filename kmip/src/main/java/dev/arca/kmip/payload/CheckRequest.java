package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.time.Duration;
import java.util.Optional;

/**
 * KMIP 1.4 §4.10 Table 192, KMIP 2.1 §6.1.7 Table 183 Check request: whether the client could use
 * the object as it describes, without using it.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder
 * @param usageLimitsCount the usage the client needs
 * @param cryptographicUsageMask the operations the client intends
 * @param leaseTime the lease the client wants
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record CheckRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.USAGE_LIMITS_COUNT) Optional<Long> usageLimitsCount,
    @KmipField(Tag.CRYPTOGRAPHIC_USAGE_MASK) Optional<Integer> cryptographicUsageMask,
    @KmipField(Tag.LEASE_TIME) Optional<Duration> leaseTime)
    implements RequestPayload {

  /** Checks that the object may be used for the operations of {@code usageMask}. */
  public static CheckRequest of(String uniqueIdentifier, int usageMask) {
    return new CheckRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        Optional.empty(),
        Optional.of(usageMask),
        Optional.empty());
  }
}
