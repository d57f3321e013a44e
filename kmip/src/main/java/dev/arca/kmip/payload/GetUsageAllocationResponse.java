package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;

/**
 * KMIP 1.4 §4.18 Table 209, KMIP 2.1 §6.1.23 Table 233 Get Usage Allocation response: the object's
 * identifier.
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record GetUsageAllocationResponse(@KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier)
    implements ResponsePayload {

  public GetUsageAllocationResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }
}
