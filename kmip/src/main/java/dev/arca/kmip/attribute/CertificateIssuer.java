package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;

/**
 * KMIP 1.4 §3.15 Table 84 Certificate Issuer, deprecated in 1.1 for X.509 Certificate Issuer and
 * removed in 2.0.
 */
@KmipStructure(Tag.CERTIFICATE_ISSUER)
public record CertificateIssuer(
    @KmipField(Tag.CERTIFICATE_ISSUER_DISTINGUISHED_NAME) String certificateIssuerDistinguishedName,
    @KmipField(Tag.CERTIFICATE_ISSUER_ALTERNATIVE_NAME)
        List<String> certificateIssuerAlternativeNames) {

  public CertificateIssuer {
    certificateIssuerAlternativeNames = List.copyOf(certificateIssuerAlternativeNames);
  }
}
