package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;

/**
 * KMIP 1.4 §3.14 Table 82 Certificate Subject, deprecated in 1.1 for X.509 Certificate Subject and
 * removed in 2.0.
 */
@KmipStructure(Tag.CERTIFICATE_SUBJECT)
public record CertificateSubject(
    @KmipField(Tag.CERTIFICATE_SUBJECT_DISTINGUISHED_NAME)
        String certificateSubjectDistinguishedName,
    @KmipField(Tag.CERTIFICATE_SUBJECT_ALTERNATIVE_NAME)
        List<String> certificateSubjectAlternativeNames) {

  public CertificateSubject {
    certificateSubjectAlternativeNames = List.copyOf(certificateSubjectAlternativeNames);
  }
}
