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
import dev.arca.kmip.enums.CertificateRequestType;
import java.util.Optional;

/**
 * KMIP 1.4 §4.7 Table 184, KMIP 2.1 §6.1.6 Table 179 Certify request: a certificate for a public
 * key, or (2.x) for a Certificate Request object.
 *
 * @param uniqueIdentifier the public key or Certificate Request; absent and without a request
 *     value, the server uses the ID Placeholder
 * @param certificateRequestType required when a request value is present
 * @param certificateRequest KMIP 1.x: the request (tag Certificate Request)
 * @param certificateRequestValue KMIP 2.x: the request (tag Certificate Request Value)
 * @param templateAttribute KMIP 1.x: attributes of the certificate
 * @param attributes KMIP 2.x: attributes of the certificate
 * @param protectionStorageMasks KMIP 2.x: the acceptable storage protections
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record CertifyRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.CERTIFICATE_REQUEST_TYPE)
        Optional<CertificateRequestType> certificateRequestType,
    @KmipField(Tag.CERTIFICATE_REQUEST) Optional<byte[]> certificateRequest,
    @KmipField(Tag.CERTIFICATE_REQUEST_VALUE) Optional<byte[]> certificateRequestValue,
    Optional<TemplateAttribute> templateAttribute,
    Optional<Attributes> attributes,
    Optional<ProtectionStorageMasks> protectionStorageMasks)
    implements RequestPayload {

  public CertifyRequest {
    AttributeConversion.checkOneForm(
        "Certificate Request",
        certificateRequest,
        "Certificate Request Value",
        certificateRequestValue,
        false);
    AttributeConversion.checkOneForm(
        "Template-Attribute", templateAttribute, "Attributes", attributes, false);
    if ((certificateRequest.isPresent() || certificateRequestValue.isPresent())
        && certificateRequestType.isEmpty()) {
      throw new IllegalArgumentException(
          "a certificate request needs its Certificate Request Type");
    }
  }

  /** The certificate request, whichever version sent it. */
  public Optional<byte[]> requestBytes() {
    return certificateRequestValue.isPresent() ? certificateRequestValue : certificateRequest;
  }

  /** The requested attributes in the KMIP 2.x form, whichever version sent them. */
  public Attributes normalizedAttributes() throws KmipException {
    return AttributeConversion.toV2(templateAttribute, attributes);
  }

  @Override
  public String toString() {
    return "CertifyRequest["
        + uniqueIdentifier.map(id -> id + ", ").orElse("")
        + certificateRequestType.map(t -> t.specName() + ", ").orElse("")
        + requestBytes().map(r -> "<" + r.length + " bytes>, ").orElse("")
        + templateAttribute.map(Object::toString).orElse("")
        + attributes.map(Object::toString).orElse("")
        + protectionStorageMasks.map(m -> ", " + m).orElse("")
        + "]";
  }
}
