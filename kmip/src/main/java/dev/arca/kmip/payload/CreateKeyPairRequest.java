package dev.arca.kmip.payload;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.ProtectionStorageMasks;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §4.2 Table 166, KMIP 2.1 §6.1.9 Table 189 Create Key Pair request. Attributes for one
 * key take precedence over the common ones.
 *
 * @param commonTemplateAttribute KMIP 1.x: attributes of both keys
 * @param privateKeyTemplateAttribute KMIP 1.x: attributes of the private key
 * @param publicKeyTemplateAttribute KMIP 1.x: attributes of the public key
 * @param commonAttributes KMIP 2.x: attributes of both keys
 * @param privateKeyAttributes KMIP 2.x: attributes of the private key
 * @param publicKeyAttributes KMIP 2.x: attributes of the public key
 * @param commonProtectionStorageMasks KMIP 2.x: storage protections acceptable for both keys
 * @param privateProtectionStorageMasks KMIP 2.x: storage protections for the private key
 * @param publicProtectionStorageMasks KMIP 2.x: storage protections for the public key
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record CreateKeyPairRequest(
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

  public CreateKeyPairRequest {
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

  /** A KMIP 2.x request. */
  public static CreateKeyPairRequest of(
      Attributes common, Attributes privateKey, Attributes publicKey) {
    return new CreateKeyPairRequest(
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.of(common),
        Optional.of(privateKey),
        Optional.of(publicKey),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** A KMIP 1.x request. */
  public static CreateKeyPairRequest of(
      TemplateAttribute common, TemplateAttribute privateKey, TemplateAttribute publicKey) {
    return new CreateKeyPairRequest(
        Optional.of(common),
        Optional.of(privateKey),
        Optional.of(publicKey),
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
