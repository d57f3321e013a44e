package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.InteropFunction;
import java.util.Objects;

/**
 * KMIP 2.1 §6.1.26 Table 241 Interop request: a test harness tells the server that the test case
 * {@code interopIdentifier} begins, ends, or that the server should reset for it.
 *
 * @param interopFunction Begin, End or Reset
 * @param interopIdentifier the test case, e.g. {@code BL-M-1-21}
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record InteropRequest(
    @KmipField(Tag.INTEROP_FUNCTION) InteropFunction interopFunction,
    @KmipField(Tag.INTEROP_IDENTIFIER) String interopIdentifier)
    implements RequestPayload {

  public InteropRequest {
    Objects.requireNonNull(interopFunction, "interopFunction");
    Objects.requireNonNull(interopIdentifier, "interopIdentifier");
  }
}
