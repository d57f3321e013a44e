package dev.arca.server.auth;

import dev.arca.server.config.CertificateField;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.ASN1String;
import org.bouncycastle.asn1.x500.AttributeTypeAndValue;
import org.bouncycastle.asn1.x500.RDN;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Reads the username a client certificate carries in a chosen subject field. */
public final class CertificateNames {

  private CertificateNames() {}

  static ASN1ObjectIdentifier oid(CertificateField field) {
    switch (field) {
      case UID:
        return BCStyle.UID;
      case CN:
        return BCStyle.CN;
      case SN:
        return BCStyle.SERIALNUMBER;
      case E:
        return BCStyle.EmailAddress;
      case OU:
        return BCStyle.OU;
      default:
        throw new IllegalArgumentException(field.name());
    }
  }

  /**
   * Every value of {@code field} in the certificate's subject, in order. A subject may carry a
   * field more than once (several OUs); the caller decides what that means.
   */
  public static List<String> values(X509Certificate certificate, CertificateField field) {
    X500Name subject = X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded());
    ASN1ObjectIdentifier oid = oid(field);
    List<String> out = new ArrayList<>();
    for (RDN rdn : subject.getRDNs()) {
      for (AttributeTypeAndValue atv : rdn.getTypesAndValues()) {
        if (atv.getType().equals(oid) && atv.getValue() instanceof ASN1String s) {
          out.add(s.getString());
        }
      }
    }
    return out;
  }
}
