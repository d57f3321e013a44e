package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.4 Table 175, KMIP 2.1 §6.1.46 Table 306 Re-key response.
 *
 * @param uniqueIdentifier the replacement key
 * @param templateAttribute KMIP 1.x: attributes the server set implicitly
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record ReKeyResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    Optional<TemplateAttribute> templateAttribute)
    implements ResponsePayload {

  public static ReKeyResponse of(String uniqueIdentifier) {
    return new ReKeyResponse(uniqueIdentifier, Optional.empty());
  }
}
