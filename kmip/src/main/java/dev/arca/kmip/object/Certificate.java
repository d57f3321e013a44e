package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.CertificateType;
import dev.arca.kmip.enums.ObjectType;

/**
 * KMIP 1.4 §2.2.1 Table 45, KMIP 2.1 §2.1 Table 2 Certificate.
 *
 * @param certificateValue the DER-encoded certificate (or the PGP key, deprecated in 1.2)
 */
@KmipStructure(Tag.CERTIFICATE)
public record Certificate(
    @KmipField(Tag.CERTIFICATE_TYPE) CertificateType certificateType,
    @KmipField(Tag.CERTIFICATE_VALUE) byte[] certificateValue)
    implements ManagedObject {

  @Override
  public ObjectType objectType() {
    return ObjectType.CERTIFICATE;
  }

  @Override
  public String toString() {
    return "Certificate["
        + certificateType.specName()
        + ", <"
        + certificateValue.length
        + " bytes>]";
  }
}
