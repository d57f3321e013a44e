package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;

/**
 * KMIP 1.4 §4.35 Table 241, KMIP 2.1 §6.1.49 Table 316 RNG Retrieve request.
 *
 * @param dataLength how many bytes of random number generator output to return
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record RngRetrieveRequest(@KmipField(Tag.DATA_LENGTH) int dataLength)
    implements RequestPayload {

  public RngRetrieveRequest {
    if (dataLength < 0) {
      throw new IllegalArgumentException("Data Length must not be negative");
    }
  }
}
