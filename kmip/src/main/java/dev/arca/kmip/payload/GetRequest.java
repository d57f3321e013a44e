package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.KeyCompressionType;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.KeyWrapType;
import dev.arca.kmip.object.KeyWrappingSpecification;
import java.util.Optional;

/**
 * KMIP 1.4 §4.11 Table 194, KMIP 2.1 §6.1.19 Table 220 Get request: the object itself.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder
 * @param keyFormatType the format to return the key in
 * @param keyWrapType Not Wrapped or As Registered (added in 1.4)
 * @param keyCompressionType the form of an elliptic curve public key
 * @param keyWrappingSpecification wrap the returned key as described
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record GetRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.KEY_FORMAT_TYPE) Optional<KeyFormatType> keyFormatType,
    @KmipField(Tag.KEY_WRAP_TYPE) Optional<KeyWrapType> keyWrapType,
    @KmipField(Tag.KEY_COMPRESSION_TYPE) Optional<KeyCompressionType> keyCompressionType,
    Optional<KeyWrappingSpecification> keyWrappingSpecification)
    implements RequestPayload {

  /** Gets the object {@code uniqueIdentifier} names, in its registered form. */
  public static GetRequest of(String uniqueIdentifier) {
    return new GetRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** Gets the object the ID Placeholder holds. */
  public static GetRequest ofIdPlaceholder() {
    return new GetRequest(
        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
  }
}
