package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.18 Table 208, KMIP 2.1 §6.1.23 Table 232 Get Usage Allocation request: reserves Usage
 * Limits Units of an object for applying cryptographic protection.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder. KMIP 2.x may send
 *     a reference to an identifier assigned earlier in the batch instead of the identifier
 * @param usageLimitsCount how many Usage Limits Units the client needs to protect
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record GetUsageAllocationRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.USAGE_LIMITS_COUNT) long usageLimitsCount)
    implements RequestPayload {

  public GetUsageAllocationRequest {
    if (usageLimitsCount < 0) {
      throw new IllegalArgumentException("Usage Limits Count must not be negative");
    }
  }

  public static GetUsageAllocationRequest of(String uniqueIdentifier, long usageLimitsCount) {
    return new GetUsageAllocationRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)), usageLimitsCount);
  }
}
