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
 * KMIP 1.4 §4.5 Table 178, KMIP 2.1 §6.1.47 Table 310 Re-key Key Pair request: a replacement for a
 * key pair.
 *
 * @param privateKeyUniqueIdentifier the private key of the pair to replace; absent, the server uses
 *     the ID Placeholder
 * @param offset the time from the replacements' Initial Date to their Activation Date
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record ReKeyKeyPairRequest(
    @KmipField(Tag.PRIVATE_KEY_UNIQUE_IDENTIFIER)
        Optional<UniqueIdentifierValue> privateKeyUniqueIdentifier,
    @KmipField(Tag.OFFSET) Optional<Duration> offset,
    @KmipField(Tag.COMMON_TEMPLATE_ATTRIBUTE) Optional<TemplateAttribute> commonTemplateAttribute,
    @KmipField(Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE)
        Optional<TemplateAttribute> privateKeyTemplateAttribute,
    @KmipField(Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE)
        Optional<TemplateAttribute> publicKeyTemplateAttribute,
    @KmipField(Tag.COMMON_ATTRIBUTES) Optional<Attributes> commonAttributes,
    @KmipField(Tag.PRIVATE_KEY_ATTRIBUTES) Optional<Attributes> privateKeyAttributes,
    @KmipField(Tag.PUBLIC_KEY_ATTRIBUTES) Optional<Attributes> publicKeyAttributes,
    @KmipField(Tag.COMMON_PROTECTION_STORAGE_MASKS)
        Optional<ProtectionStorageMasks> commonProtectionStorageMasks,
    @KmipField(Tag.PRIVATE_PROTECTION_STORAGE_MASKS)
        Optional<ProtectionStorageMasks> privateProtectionStorageMasks,
    @KmipField(Tag.PUBLIC_PROTECTION_STORAGE_MASKS)
        Optional<ProtectionStorageMasks> publicProtectionStorageMasks)
    implements RequestPayload {

  public ReKeyKeyPairRequest {
    AttributeConversion.checkOneForm(
        "Common Template-Attribute",
        commonTemplateAttribute,
        "Common Attributes",
        commonAttributes,
        false);
    AttributeConversion.checkOneForm(
        "Private Key Template-Attribute",
        privateKeyTemplateAttribute,
        "Private Key Attributes",
        privateKeyAttributes,
        false);
    AttributeConversion.checkOneForm(
        "Public Key Template-Attribute",
        publicKeyTemplateAttribute,
        "Public Key Attributes",
        publicKeyAttributes,
        false);
  }

  /** Re-keys the pair of {@code privateKeyUniqueIdentifier} with its own attributes. */
  public static ReKeyKeyPairRequest of(String privateKeyUniqueIdentifier) {
    return new ReKeyKeyPairRequest(
        Optional.of(UniqueIdentifierValue.of(privateKeyUniqueIdentifier)),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** The common attributes in the KMIP 2.x form, whichever version sent them. */
  public Attributes normalizedCommonAttributes() throws KmipException {
    return AttributeConversion.toV2(commonTemplateAttribute, commonAttributes);
  }

  /** The private key's attributes in the KMIP 2.x form. */
  public Attributes normalizedPrivateKeyAttributes() throws KmipException {
    return AttributeConversion.toV2(privateKeyTemplateAttribute, privateKeyAttributes);
  }

  /** The public key's attributes in the KMIP 2.x form. */
  public Attributes normalizedPublicKeyAttributes() throws KmipException {
    return AttributeConversion.toV2(publicKeyTemplateAttribute, publicKeyAttributes);
  }
}
