package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;

/**
 * KMIP 1.4 §4.21 Table 215, KMIP 2.1 §6.1.15 Table 209 Destroy response: the Unique Identifier of
 * the object.
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record DestroyResponse(@KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier)
    implements ResponsePayload {

  public DestroyResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }
}
