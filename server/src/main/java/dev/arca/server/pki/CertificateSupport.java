package dev.arca.server.pki;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.core.crypto.PrivateKeyMaterial;
import dev.arca.core.crypto.PublicKeyMaterial;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.asn1.ASN1OctetString;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/** Small certificate and key helpers shared by the CA, the store and the exports. */
final class CertificateSupport {

  /** Bytes of a serial number: 128 random bits (CA/B Forum BR §7.1 asks for at least 64). */
  private static final int SERIAL_BYTES = 16;

  /** Key identifiers are 160 bits, the length RFC 5280 §4.2.1.2 describes. */
  private static final int KEY_ID_BYTES = 20;

  private CertificateSupport() {}

  /** A positive, non-zero serial number of 128 random bits from the module's DRBG. */
  static BigInteger randomSerial(PkiContext context) {
    byte[] bytes = new byte[SERIAL_BYTES];
    BigInteger serial;
    do {
      context.random().nextBytes(bytes);
      serial = new BigInteger(1, bytes);
    } while (serial.signum() == 0);
    return serial;
  }

  /**
   * The key identifier of a public key: the leftmost 160 bits of the SHA-256 hash of the
   * subjectPublicKey BIT STRING value (RFC 7093 §2, method 1), computed inside the FIPS boundary;
   * the SHA-1 of RFC 5280's own example is not needed.
   */
  static byte[] keyIdentifier(SubjectPublicKeyInfo spki, PkiContext context) throws PkiException {
    try {
      byte[] hash =
          context.crypto().hash(DigestAlgorithm.SHA256, spki.getPublicKeyData().getBytes());
      return Arrays.copyOf(hash, KEY_ID_BYTES);
    } catch (CryptoException e) {
      throw new PkiException("cannot compute a key identifier: " + e.getMessage(), e);
    }
  }

  /** The subjectKeyIdentifier a certificate carries, or the computed one if it has none. */
  static byte[] subjectKeyIdentifierOf(X509Certificate certificate, PkiContext context)
      throws PkiException {
    byte[] extension = certificate.getExtensionValue(Extension.subjectKeyIdentifier.getId());
    if (extension != null) {
      return SubjectKeyIdentifier.getInstance(ASN1OctetString.getInstance(extension).getOctets())
          .getKeyIdentifier();
    }
    return keyIdentifier(
        SubjectPublicKeyInfo.getInstance(certificate.getPublicKey().getEncoded()), context);
  }

  /** A bcpkix signer for {@code key} with the algorithm's signature scheme, through BC-FIPS. */
  static ContentSigner signer(PrivateKey key, KeyAlgorithm algorithm, PkiContext context)
      throws PkiException {
    try {
      return new JcaContentSignerBuilder(algorithm.signatureAlgorithm())
          .setProvider(context.provider())
          .setSecureRandom(context.random())
          .build(key);
    } catch (OperatorCreationException | RuntimeException e) {
      throw new PkiException(
          "cannot sign with the " + algorithm + " key: " + e.getClass().getSimpleName(), e);
    }
  }

  /** Converts a bcpkix certificate to a JDK one. */
  static X509Certificate toX509(X509CertificateHolder holder) throws PkiException {
    try {
      return parseCertificate(holder.getEncoded());
    } catch (IOException e) {
      throw new PkiException("cannot encode the certificate", e);
    }
  }

  /**
   * Parses one DER certificate with the JDK's certificate factory: a plain {@link X509Certificate}
   * every consumer (JDK PKIX, BCJSSE, the JDK's PKCS#12 key store) accepts.
   */
  static X509Certificate parseCertificate(byte[] der) throws PkiException {
    try {
      return (X509Certificate)
          CertificateFactory.getInstance("X.509")
              .generateCertificate(new ByteArrayInputStream(der));
    } catch (CertificateException | RuntimeException e) {
      throw new PkiException("not a valid X.509 certificate: " + e.getMessage(), e);
    }
  }

  /** Parses every CERTIFICATE block of a PEM text, in order. */
  static List<X509Certificate> parseCertificates(String pem) throws PkiException {
    List<X509Certificate> certificates = new ArrayList<>();
    for (byte[] der : Pem.blocksOf(Pem.decode(pem), Pem.CERTIFICATE)) {
      certificates.add(parseCertificate(der));
    }
    return certificates;
  }

  /** The DER encoding of a certificate. */
  static byte[] encoded(X509Certificate certificate) throws PkiException {
    try {
      return certificate.getEncoded();
    } catch (CertificateException e) {
      throw new PkiException("cannot encode the certificate", e);
    }
  }

  /** The SHA-256 fingerprint of a certificate, lower-case hex. */
  static String fingerprint(X509Certificate certificate, PkiContext context) throws PkiException {
    try {
      return HexFormat.of()
          .formatHex(context.crypto().hash(DigestAlgorithm.SHA256, encoded(certificate)));
    } catch (CryptoException e) {
      throw new PkiException("cannot hash the certificate: " + e.getMessage(), e);
    }
  }

  /**
   * Parses a PKCS#8 private key into a BC-FIPS key object, checking it through the crypto boundary
   * first (supported type and curve, consistent components).
   */
  static PrivateKey privateKey(byte[] pkcs8, PkiContext context) throws PkiException {
    PrivateKeyMaterial material = null;
    try {
      material = PrivateKeyMaterial.fromPkcs8(pkcs8);
      KeyAlgorithm algorithm =
          KeyAlgorithm.of(material.spec())
              .orElseThrow(() -> new PkiException("private key type is not supported"));
      return KeyFactory.getInstance(algorithm.jcaKeyAlgorithm(), context.provider())
          .generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (CryptoException | GeneralSecurityException | RuntimeException e) {
      throw new PkiException("private key is not usable: " + e.getClass().getSimpleName(), e);
    } finally {
      if (material != null) {
        material.destroy();
      }
    }
  }

  /** The key algorithm of a certificate's public key, if the PKI supports it. */
  static KeyAlgorithm keyAlgorithmOf(X509Certificate certificate) throws PkiException {
    return keyAlgorithmOf(certificate.getPublicKey().getEncoded());
  }

  /** The key algorithm of a SubjectPublicKeyInfo, if the PKI supports it. */
  static KeyAlgorithm keyAlgorithmOf(byte[] spki) throws PkiException {
    try {
      return KeyAlgorithm.of(PublicKeyMaterial.fromSpki(spki).spec())
          .orElseThrow(
              () ->
                  new PkiException(
                      "public key type is not supported; use one of " + KeyAlgorithm.allowedIds()));
    } catch (CryptoException e) {
      throw new PkiException("public key is not usable: " + e.getMessage(), e);
    }
  }

  /**
   * Whether {@code certificate} was signed by the key of {@code issuer}: names match and the
   * signature verifies (through BC-FIPS).
   */
  static boolean isIssuedBy(
      X509Certificate certificate, X509Certificate issuer, PkiContext context) {
    if (!certificate.getIssuerX500Principal().equals(issuer.getSubjectX500Principal())) {
      return false;
    }
    try {
      certificate.verify(issuer.getPublicKey(), context.provider());
      return true;
    } catch (GeneralSecurityException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Checks that the private key belongs to the certificate: signs a random challenge and verifies
   * it with the certificate's public key. A sealed key stored beside the wrong certificate is
   * refused at load instead of failing at the first TLS handshake.
   */
  static void checkKeyMatches(
      PrivateKey key, X509Certificate certificate, KeyAlgorithm algorithm, PkiContext context)
      throws PkiException {
    try {
      byte[] challenge = new byte[32];
      context.random().nextBytes(challenge);
      Signature signer = Signature.getInstance(algorithm.signatureAlgorithm(), context.provider());
      signer.initSign(key, context.random());
      signer.update(challenge);
      byte[] signature = signer.sign();
      PublicKey publicKey =
          KeyFactory.getInstance(algorithm.jcaKeyAlgorithm(), context.provider())
              .generatePublic(new X509EncodedKeySpec(certificate.getPublicKey().getEncoded()));
      Signature verifier =
          Signature.getInstance(algorithm.signatureAlgorithm(), context.provider());
      verifier.initVerify(publicKey);
      verifier.update(challenge);
      if (!verifier.verify(signature)) {
        throw new PkiException("the private key does not belong to the certificate");
      }
    } catch (GeneralSecurityException | RuntimeException e) {
      throw new PkiException(
          "the private key does not belong to the certificate ("
              + e.getClass().getSimpleName()
              + ")",
          e);
    }
  }
}
