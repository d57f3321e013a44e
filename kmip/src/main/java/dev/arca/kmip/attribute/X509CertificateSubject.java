package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;

/**
 * KMIP 1.4 §3.11 Table 76, KMIP 2.1 §4.63 Table 155 X.509 Certificate Subject.
 *
 * @param subjectDistinguishedName DER, possibly empty
 * @param subjectAlternativeNames DER; at least one when the distinguished name is empty
 */
@KmipStructure(Tag.X_509_CERTIFICATE_SUBJECT)
public record X509CertificateSubject(
    @KmipField(Tag.SUBJECT_DISTINGUISHED_NAME) byte[] subjectDistinguishedName,
    @KmipField(Tag.SUBJECT_ALTERNATIVE_NAME) List<byte[]> subjectAlternativeNames) {

  public X509CertificateSubject {
    subjectAlternativeNames = List.copyOf(subjectAlternativeNames);
  }

  @Override
  public String toString() {
    return "X509CertificateSubject[<"
        + subjectDistinguishedName.length
        + " bytes>, "
        + subjectAlternativeNames.size()
        + " alternative names]";
  }
}
