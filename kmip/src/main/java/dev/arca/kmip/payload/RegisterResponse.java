package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.3 Table 170, KMIP 2.1 §6.1.43 Table 292 Register response.
 *
 * @param templateAttribute KMIP 1.x: attributes the server set implicitly
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record RegisterResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    Optional<TemplateAttribute> templateAttribute)
    implements ResponsePayload {

  public static RegisterResponse of(String uniqueIdentifier) {
    return new RegisterResponse(uniqueIdentifier, Optional.empty());
  }
}
