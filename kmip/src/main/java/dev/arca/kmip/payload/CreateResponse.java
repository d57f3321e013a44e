package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;
import java.util.Optional;

/**
 * KMIP 1.4 §4.1 Table 164, KMIP 2.1 §6.1.8 Table 187 Create response.
 *
 * @param templateAttribute KMIP 1.x: attributes the server set implicitly
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record CreateResponse(
    @KmipField(Tag.OBJECT_TYPE) ObjectType objectType,
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    Optional<TemplateAttribute> templateAttribute)
    implements ResponsePayload {

  public static CreateResponse of(ObjectType objectType, String uniqueIdentifier) {
    return new CreateResponse(objectType, uniqueIdentifier, Optional.empty());
  }
}
