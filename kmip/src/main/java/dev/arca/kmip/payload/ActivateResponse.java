package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;

/**
 * KMIP 1.4 §4.19 Table 211, KMIP 2.1 §6.1.1 Table 165 Activate response: the Unique Identifier of
 * the object.
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record ActivateResponse(@KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier)
    implements ResponsePayload {

  public ActivateResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }
}
