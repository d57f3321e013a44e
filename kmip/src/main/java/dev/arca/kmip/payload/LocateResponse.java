package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;
import java.util.Optional;

/**
 * KMIP 1.4 §4.9 Table 191, KMIP 2.1 §6.1.28 Table 248 Locate response.
 *
 * @param locatedItems how many objects matched in all, before Maximum Items and Offset Items (added
 *     in 1.3); the server may leave it out
 * @param uniqueIdentifiers the matching objects returned
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record LocateResponse(
    @KmipField(Tag.LOCATED_ITEMS) Optional<Integer> locatedItems,
    @KmipField(Tag.UNIQUE_IDENTIFIER) List<String> uniqueIdentifiers)
    implements ResponsePayload {

  public LocateResponse {
    uniqueIdentifiers = List.copyOf(uniqueIdentifiers);
  }

  public static LocateResponse of(List<String> uniqueIdentifiers) {
    return new LocateResponse(Optional.empty(), uniqueIdentifiers);
  }
}
