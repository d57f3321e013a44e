package dev.arca.kmip.payload;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.ProtectionStorageMasks;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.time.Duration;
import java.util.Optional;

/**
 * KMIP 1.4 §4.4 Table 174, KMIP 2.1 §6.1.46 Table 305 Re-key request: a replacement for a Symmetric
 * Key.
 *
 * @param uniqueIdentifier the key to replace; absent, the server uses the ID Placeholder
 * @param offset the time from the replacement's Initial Date to its Activation Date
 * @param templateAttribute KMIP 1.x: attributes of the replacement
 * @param attributes KMIP 2.x: attributes of the replacement
 * @param protectionStorageMasks KMIP 2.x: the acceptable storage protections
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record ReKeyRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.OFFSET) Optional<Duration> offset,
    Optional<TemplateAttribute> templateAttribute,
    Optional<Attributes> attributes,
    Optional<ProtectionStorageMasks> protectionStorageMasks)
    implements RequestPayload {

  public ReKeyRequest {
    AttributeConversion.checkOneForm(
        "Template-Attribute", templateAttribute, "Attributes", attributes, false);
  }

  /** Re-keys {@code uniqueIdentifier} with its own attributes. */
  public static ReKeyRequest of(String uniqueIdentifier) {
    return new ReKeyRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The requested attributes in the KMIP 2.x form, whichever version sent them. */
  public Attributes normalizedAttributes() throws KmipException {
    return AttributeConversion.toV2(templateAttribute, attributes);
  }
}
