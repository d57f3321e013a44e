package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;

/**
 * KMIP 1.4 §4.20 Table 213, KMIP 2.1 §6.1.44 Table 296 Revoke response: the Unique Identifier of
 * the object.
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record RevokeResponse(@KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier)
    implements ResponsePayload {

  public RevokeResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }
}
