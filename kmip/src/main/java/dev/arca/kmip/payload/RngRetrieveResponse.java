package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;

/**
 * KMIP 1.4 §4.35 Table 242, KMIP 2.1 §6.1.49 Table 317 RNG Retrieve response.
 *
 * @param data the random number generator output; the client may use it as key material, so {@link
 *     #toString()} shows its length only
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record RngRetrieveResponse(@KmipField(Tag.DATA) byte[] data) implements ResponsePayload {

  public RngRetrieveResponse {
    Objects.requireNonNull(data, "data");
  }

  @Override
  public String toString() {
    return PayloadItems.render("RngRetrieveResponse", "data", data);
  }
}
