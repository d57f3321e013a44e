package dev.arca.core.key;

import dev.arca.core.crypto.AsymmetricSpec;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.PublicKeyMaterial;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicDomainParameters;
import dev.arca.kmip.attribute.X509CertificateIdentifier;
import dev.arca.kmip.attribute.X509CertificateIssuer;
import dev.arca.kmip.attribute.X509CertificateSubject;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CertificateType;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.DigitalSignatureAlgorithm;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.naming.NamingEnumeration;
import javax.naming.NamingException;
import javax.naming.directory.Attribute;
import javax.naming.ldap.LdapName;
import javax.naming.ldap.Rdn;
import javax.security.auth.x500.X500Principal;

/**
 * Reads the attributes the server sets from a registered X.509 certificate (KMIP 2.1 §4.6, §4.7,
 * §4.8, §4.13, §4.15, §4.22, §4.61–4.63). Parsing a certificate is not a cryptographic operation,
 * so the JDK's parser serves; the public key inside is described by the crypto boundary.
 */
final class Certificates {

  /**
   * Signature algorithm OIDs (RFC 3279, RFC 4055, RFC 5758) to KMIP Digital Signature Algorithm.
   */
  private static final Map<String, DigitalSignatureAlgorithm> SIGNATURE_ALGORITHMS =
      Map.ofEntries(
          Map.entry("1.2.840.113549.1.1.2", DigitalSignatureAlgorithm.MD2_WITH_RSA_ENCRYPTION),
          Map.entry("1.2.840.113549.1.1.4", DigitalSignatureAlgorithm.MD5_WITH_RSA_ENCRYPTION),
          Map.entry("1.2.840.113549.1.1.5", DigitalSignatureAlgorithm.SHA_1_WITH_RSA_ENCRYPTION),
          Map.entry("1.2.840.113549.1.1.14", DigitalSignatureAlgorithm.SHA_224_WITH_RSA_ENCRYPTION),
          Map.entry("1.2.840.113549.1.1.11", DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION),
          Map.entry("1.2.840.113549.1.1.12", DigitalSignatureAlgorithm.SHA_384_WITH_RSA_ENCRYPTION),
          Map.entry("1.2.840.113549.1.1.13", DigitalSignatureAlgorithm.SHA_512_WITH_RSA_ENCRYPTION),
          Map.entry("1.2.840.113549.1.1.10", DigitalSignatureAlgorithm.RSASSA_PSS),
          Map.entry("1.2.840.10040.4.3", DigitalSignatureAlgorithm.DSA_WITH_SHA_1),
          Map.entry("2.16.840.1.101.3.4.3.1", DigitalSignatureAlgorithm.DSA_WITH_SHA224),
          Map.entry("2.16.840.1.101.3.4.3.2", DigitalSignatureAlgorithm.DSA_WITH_SHA256),
          Map.entry("1.2.840.10045.4.1", DigitalSignatureAlgorithm.ECDSA_WITH_SHA_1),
          Map.entry("1.2.840.10045.4.3.1", DigitalSignatureAlgorithm.ECDSA_WITH_SHA224),
          Map.entry("1.2.840.10045.4.3.2", DigitalSignatureAlgorithm.ECDSA_WITH_SHA256),
          Map.entry("1.2.840.10045.4.3.3", DigitalSignatureAlgorithm.ECDSA_WITH_SHA384),
          Map.entry("1.2.840.10045.4.3.4", DigitalSignatureAlgorithm.ECDSA_WITH_SHA512),
          Map.entry(
              "2.16.840.1.101.3.4.3.14", DigitalSignatureAlgorithm.SHA3_256_WITH_RSA_ENCRYPTION),
          Map.entry(
              "2.16.840.1.101.3.4.3.15", DigitalSignatureAlgorithm.SHA3_384_WITH_RSA_ENCRYPTION),
          Map.entry(
              "2.16.840.1.101.3.4.3.16", DigitalSignatureAlgorithm.SHA3_512_WITH_RSA_ENCRYPTION));

  /**
   * The keywords {@link X500Principal#getName(String, Map)} writes for the attribute types of the
   * KMIP 2.1 §4.6 Certificate Attributes that RFC 2253 has no keyword for, so that their values
   * come out as text and not as hex-encoded BER.
   */
  private static final Map<String, String> KEYWORDS =
      Map.of(
          "1.2.840.113549.1.9.1", "EMAILADDRESS",
          "2.5.4.5", "SERIALNUMBER",
          "2.5.4.12", "TITLE",
          "2.5.4.46", "DNQUALIFIER");

  /** KMIP 2.1 §4.6 Table 39: the subject's attributes, by the keyword of their type. */
  static final Map<String, Tag> SUBJECT =
      Map.ofEntries(
          Map.entry("CN", Tag.CERTIFICATE_SUBJECT_CN),
          Map.entry("O", Tag.CERTIFICATE_SUBJECT_O),
          Map.entry("OU", Tag.CERTIFICATE_SUBJECT_OU),
          Map.entry("EMAILADDRESS", Tag.CERTIFICATE_SUBJECT_EMAIL),
          Map.entry("C", Tag.CERTIFICATE_SUBJECT_C),
          Map.entry("ST", Tag.CERTIFICATE_SUBJECT_ST),
          Map.entry("L", Tag.CERTIFICATE_SUBJECT_L),
          Map.entry("UID", Tag.CERTIFICATE_SUBJECT_UID),
          Map.entry("SERIALNUMBER", Tag.CERTIFICATE_SUBJECT_SERIAL_NUMBER),
          Map.entry("TITLE", Tag.CERTIFICATE_SUBJECT_TITLE),
          Map.entry("DC", Tag.CERTIFICATE_SUBJECT_DC),
          Map.entry("DNQUALIFIER", Tag.CERTIFICATE_SUBJECT_DN_QUALIFIER));

  /** KMIP 2.1 §4.6 Table 39: the issuer's attributes, by the keyword of their type. */
  static final Map<String, Tag> ISSUER =
      Map.ofEntries(
          Map.entry("CN", Tag.CERTIFICATE_ISSUER_CN),
          Map.entry("O", Tag.CERTIFICATE_ISSUER_O),
          Map.entry("OU", Tag.CERTIFICATE_ISSUER_OU),
          Map.entry("EMAILADDRESS", Tag.CERTIFICATE_ISSUER_EMAIL),
          Map.entry("C", Tag.CERTIFICATE_ISSUER_C),
          Map.entry("ST", Tag.CERTIFICATE_ISSUER_ST),
          Map.entry("L", Tag.CERTIFICATE_ISSUER_L),
          Map.entry("UID", Tag.CERTIFICATE_ISSUER_UID),
          Map.entry("SERIALNUMBER", Tag.CERTIFICATE_ISSUER_SERIAL_NUMBER),
          Map.entry("TITLE", Tag.CERTIFICATE_ISSUER_TITLE),
          Map.entry("DC", Tag.CERTIFICATE_ISSUER_DC),
          Map.entry("DNQUALIFIER", Tag.CERTIFICATE_ISSUER_DN_QUALIFIER));

  private Certificates() {}

  /** Parses a DER certificate. */
  static X509Certificate parse(byte[] der) throws KmipException {
    try {
      CertificateFactory factory = CertificateFactory.getInstance("X.509");
      return (X509Certificate) factory.generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | RuntimeException e) {
      throw new KmipException(ResultReason.INVALID_FIELD, "not a DER X.509 certificate", e);
    }
  }

  /**
   * The attributes the server sets for a registered certificate. The public key's algorithm and
   * length are set when the crypto boundary knows the key type (RSA, EC on a supported curve).
   */
  static List<Ttlv> serverAttributes(byte[] der, Optional<CryptographicAlgorithm> requested)
      throws KmipException {
    X509Certificate cert = parse(der);
    byte[] issuer = cert.getIssuerX500Principal().getEncoded();
    byte[] subject = cert.getSubjectX500Principal().getEncoded();
    List<Ttlv> out = new ArrayList<>();
    out.add(Ttlv.enumeration(Tag.CERTIFICATE_TYPE, CertificateType.X_509.code()));
    out.add(Ttlv.integer(Tag.CERTIFICATE_LENGTH, der.length));
    out.add(
        TtlvBinder.encode(
            Tag.X_509_CERTIFICATE_IDENTIFIER,
            new X509CertificateIdentifier(issuer, derInteger(cert.getSerialNumber()))));
    out.add(
        TtlvBinder.encode(
            Tag.X_509_CERTIFICATE_SUBJECT, new X509CertificateSubject(subject, List.of())));
    out.add(
        TtlvBinder.encode(
            Tag.X_509_CERTIFICATE_ISSUER, new X509CertificateIssuer(issuer, List.of())));
    out.addAll(nameAttributes(cert.getSubjectX500Principal(), SUBJECT));
    out.addAll(nameAttributes(cert.getIssuerX500Principal(), ISSUER));
    DigitalSignatureAlgorithm dsa = SIGNATURE_ALGORITHMS.get(cert.getSigAlgOID());
    if (dsa != null) {
      out.add(Ttlv.enumeration(Tag.DIGITAL_SIGNATURE_ALGORITHM, dsa.code()));
    }
    try {
      AsymmetricSpec spec = PublicKeyMaterial.fromSpki(cert.getPublicKey().getEncoded()).spec();
      out.add(
          Ttlv.enumeration(
              Tag.CRYPTOGRAPHIC_ALGORITHM, KeyAlgorithms.algorithmOf(spec, requested).code()));
      out.add(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, spec.sizeBits()));
      if (spec instanceof AsymmetricSpec.Ec ec) {
        out.add(
            TtlvBinder.encode(
                Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS,
                new CryptographicDomainParameters(
                    Optional.empty(), Optional.of(KeyAlgorithms.recommendedCurve(ec.curve())))));
      }
    } catch (CryptoException e) {
      // A certificate for a key type the boundary does not use (DSA, Ed25519, …) is still stored;
      // it just has no Cryptographic Algorithm and Length.
    }
    return out;
  }

  /**
   * The Certificate Attributes (KMIP 2.1 §4.6) of a distinguished name: one Text String per
   * attribute value whose type the table lists, in the order of the name's DER encoding. A value
   * that is not a character string (RFC 2253 writes it as {@code #hex}) is left out.
   */
  static List<Ttlv> nameAttributes(X500Principal name, Map<String, Tag> tags) throws KmipException {
    List<Ttlv> out = new ArrayList<>();
    try {
      for (Rdn rdn : new LdapName(name.getName(X500Principal.RFC2253, KEYWORDS)).getRdns()) {
        NamingEnumeration<? extends Attribute> attributes = rdn.toAttributes().getAll();
        while (attributes.hasMore()) {
          Attribute a = attributes.next();
          Tag tag = tags.get(a.getID().toUpperCase(Locale.ROOT));
          if (tag == null) {
            continue;
          }
          NamingEnumeration<?> values = a.getAll();
          while (values.hasMore()) {
            if (values.next() instanceof String text) {
              out.add(Ttlv.text(tag, text));
            }
          }
        }
      }
    } catch (NamingException | IllegalArgumentException e) {
      throw new KmipException(
          ResultReason.INVALID_FIELD, "the certificate's distinguished name does not parse", e);
    }
    return out;
  }

  /** The DER encoding of an INTEGER (X.690 §8.3), as KMIP's Certificate Serial Number wants. */
  static byte[] derInteger(BigInteger value) {
    byte[] content = value.toByteArray();
    byte[] length = derLength(content.length);
    byte[] out = new byte[1 + length.length + content.length];
    out[0] = 0x02;
    System.arraycopy(length, 0, out, 1, length.length);
    System.arraycopy(content, 0, out, 1 + length.length, content.length);
    return out;
  }

  private static byte[] derLength(int length) {
    if (length < 0x80) {
      return new byte[] {(byte) length};
    }
    if (length < 0x100) {
      return new byte[] {(byte) 0x81, (byte) length};
    }
    return new byte[] {(byte) 0x82, (byte) (length >>> 8), (byte) length};
  }
}
