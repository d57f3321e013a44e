package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.5 Table 179, KMIP 2.1 §6.1.47 Table 311 Re-key Key Pair response: the replacement
 * keys.
 *
 * @param privateKeyTemplateAttribute KMIP 1.x: attributes the server set implicitly on the private
 *     key
 * @param publicKeyTemplateAttribute KMIP 1.x: the same for the public key
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record ReKeyKeyPairResponse(
    @KmipField(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER) String privateKeyUniqueIdentifier,
    @KmipField(Tag.PUBLIC_KEY_UNIQUE_IDENTIFIER) String publicKeyUniqueIdentifier,
    @KmipField(Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE)
        Optional<TemplateAttribute> privateKeyTemplateAttribute,
    @KmipField(Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE)
        Optional<TemplateAttribute> publicKeyTemplateAttribute)
    implements ResponsePayload {

  public static ReKeyKeyPairResponse of(String privateKeyId, String publicKeyId) {
    return new ReKeyKeyPairResponse(privateKeyId, publicKeyId, Optional.empty(), Optional.empty());
  }
}
