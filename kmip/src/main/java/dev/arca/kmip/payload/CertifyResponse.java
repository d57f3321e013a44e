package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.7 Table 185, KMIP 2.1 §6.1.6 Table 180 Certify response.
 *
 * @param uniqueIdentifier the new Certificate
 * @param templateAttribute KMIP 1.x: attributes the server set implicitly
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record CertifyResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    Optional<TemplateAttribute> templateAttribute)
    implements ResponsePayload {

  public static CertifyResponse of(String uniqueIdentifier) {
    return new CertifyResponse(uniqueIdentifier, Optional.empty());
  }
}
