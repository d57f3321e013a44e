package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;

/** KMIP 1.4 §3.12 Table 78, KMIP 2.1 §4.62 Table 153 X.509 Certificate Issuer (DER values). */
@KmipStructure(Tag.X_509_CERTIFICATE_ISSUER)
public record X509CertificateIssuer(
    @KmipField(Tag.ISSUER_DISTINGUISHED_NAME) byte[] issuerDistinguishedName,
    @KmipField(Tag.ISSUER_ALTERNATIVE_NAME) List<byte[]> issuerAlternativeNames) {

  public X509CertificateIssuer {
    issuerAlternativeNames = List.copyOf(issuerAlternativeNames);
  }

  @Override
  public String toString() {
    return "X509CertificateIssuer[<"
        + issuerDistinguishedName.length
        + " bytes>, "
        + issuerAlternativeNames.size()
        + " alternative names]";
  }
}
