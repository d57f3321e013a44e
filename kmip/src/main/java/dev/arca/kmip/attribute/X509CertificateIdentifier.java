package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;

/**
 * KMIP 1.4 §3.10 Table 74, KMIP 2.1 §4.61 Table 151 X.509 Certificate Identifier.
 *
 * @param issuerDistinguishedName the DER encoding of the issuer's distinguished name
 * @param certificateSerialNumber the DER encoding of the serial number
 */
@KmipStructure(Tag.X_509_CERTIFICATE_IDENTIFIER)
public record X509CertificateIdentifier(
    @KmipField(Tag.ISSUER_DISTINGUISHED_NAME) byte[] issuerDistinguishedName,
    @KmipField(Tag.CERTIFICATE_SERIAL_NUMBER) byte[] certificateSerialNumber) {

  @Override
  public String toString() {
    return "X509CertificateIdentifier[<"
        + issuerDistinguishedName.length
        + " bytes>, <"
        + certificateSerialNumber.length
        + " bytes>]";
  }
}
