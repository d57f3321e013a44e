package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;

/**
 * KMIP 1.4 §4.36 Table 244, KMIP 2.1 §6.1.50 Table 320 RNG Seed response.
 *
 * @param dataLength how many bytes of the seed the server used; zero when it ignored the seed,
 *     which is not an error
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record RngSeedResponse(@KmipField(Tag.DATA_LENGTH) int dataLength)
    implements ResponsePayload {

  public RngSeedResponse {
    if (dataLength < 0) {
      throw new IllegalArgumentException("Data Length must not be negative");
    }
  }
}
