package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.6 Table 181, KMIP 2.1 §6.1.14 Table 206 Derive Key response.
 *
 * @param uniqueIdentifier the derived key or Secret Data
 * @param templateAttribute KMIP 1.x: attributes the server set implicitly
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record DeriveKeyResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    Optional<TemplateAttribute> templateAttribute)
    implements ResponsePayload {

  public static DeriveKeyResponse of(String uniqueIdentifier) {
    return new DeriveKeyResponse(uniqueIdentifier, Optional.empty());
  }
}
