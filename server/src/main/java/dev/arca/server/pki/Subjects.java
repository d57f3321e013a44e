package dev.arca.server.pki;

import dev.arca.server.config.CertificateField;
import java.util.Set;
import java.util.regex.Pattern;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;

/** Subject names: what values are allowed and how usernames go into the fields. */
final class Subjects {

  /** X.520 upper bound for CN, OU and serialNumber (ub-common-name and friends). */
  static final int MAX_ATTRIBUTE_LENGTH = 64;

  private static final Pattern PRINTABLE_STRING = Pattern.compile("[A-Za-z0-9 '()+,\\-./:=?]+");
  private static final Pattern ASCII = Pattern.compile("[\\x20-\\x7e]+");

  private Subjects() {}

  static void checkAttributeValue(String what, String value) {
    if (value == null || value.isEmpty() || value.length() > MAX_ATTRIBUTE_LENGTH) {
      throw new IllegalArgumentException(
          what + " must be 1-" + MAX_ATTRIBUTE_LENGTH + " characters");
    }
    if (!value.strip().equals(value)) {
      throw new IllegalArgumentException(what + " must not start or end with white space");
    }
    for (int i = 0; i < value.length(); i++) {
      if (Character.isISOControl(value.charAt(i))) {
        throw new IllegalArgumentException(what + " must not contain control characters");
      }
    }
  }

  static void checkUsername(String username, Set<CertificateField> fields) {
    checkAttributeValue("username", username);
    if (fields == null || fields.isEmpty()) {
      throw new IllegalArgumentException("at least one subject field must carry the username");
    }
    if (fields.contains(CertificateField.SN) && !PRINTABLE_STRING.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "username cannot go into the SN field: serialNumber allows only A-Z, a-z, 0-9, space"
              + " and ' ( ) + , - . / : = ?");
    }
    if (fields.contains(CertificateField.E) && !ASCII.matcher(username).matches()) {
      throw new IllegalArgumentException(
          "username cannot go into the E field: emailAddress allows only ASCII characters");
    }
  }

  /** {@code CN=<commonName>}. */
  static X500Name commonName(String commonName) {
    return new X500NameBuilder(BCStyle.INSTANCE).addRDN(BCStyle.CN, commonName).build();
  }

  /**
   * The subject of a client certificate: the username in each chosen field, each attribute with the
   * string type X.520 gives it. The encoded order is UID, CN, SN, E, OU, so that RFC 4514 (most
   * significant last) shows {@code CN=alice,UID=alice}.
   */
  static X500Name forUser(String username, Set<CertificateField> fields) {
    X500NameBuilder builder = new X500NameBuilder(BCStyle.INSTANCE);
    for (CertificateField field : CertificateField.values()) {
      if (fields.contains(field)) {
        builder.addRDN(oid(field), username);
      }
    }
    return builder.build();
  }

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
        throw new IllegalArgumentException("unknown field " + field);
    }
  }
}
