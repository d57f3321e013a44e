package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;

/**
 * KMIP 1.4 §4.22 Table 217, KMIP 2.1 §6.1.4 Table 174 Archive response: the Unique Identifier of
 * the object.
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record ArchiveResponse(@KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier)
    implements ResponsePayload {

  public ArchiveResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }
}
