package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;

/**
 * KMIP 1.4 §4.23 Table 219, KMIP 2.1 §6.1.42 Table 289 Recover response: the Unique Identifier of
 * the object.
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record RecoverResponse(@KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier)
    implements ResponsePayload {

  public RecoverResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }
}
