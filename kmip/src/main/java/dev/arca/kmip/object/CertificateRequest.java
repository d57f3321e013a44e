package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.CertificateRequestType;
import dev.arca.kmip.enums.ObjectType;

/**
 * KMIP 2.1 §2.2 Table 3 Certificate Request, a managed object since KMIP 2.0 (in 1.x a Certificate
 * Request is only a Byte String field of Certify and Re-certify).
 */
@KmipStructure(Tag.CERTIFICATE_REQUEST)
public record CertificateRequest(
    @KmipField(Tag.CERTIFICATE_REQUEST_TYPE) CertificateRequestType certificateRequestType,
    @KmipField(Tag.CERTIFICATE_REQUEST_VALUE) byte[] certificateRequestValue)
    implements ManagedObject {

  @Override
  public ObjectType objectType() {
    return ObjectType.CERTIFICATE_REQUEST;
  }

  @Override
  public String toString() {
    return "CertificateRequest["
        + certificateRequestType.specName()
        + ", <"
        + certificateRequestValue.length
        + " bytes>]";
  }
}
