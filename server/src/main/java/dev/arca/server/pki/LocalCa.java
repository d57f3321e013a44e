package dev.arca.server.pki;

import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.KeyPairMaterial;
import dev.arca.core.crypto.KeyPairPurpose;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import org.bouncycastle.asn1.DERIA5String;
import org.bouncycastle.asn1.DEROctetString;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.AuthorityKeyIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.asn1.x509.SubjectKeyIdentifier;
import org.bouncycastle.asn1.x509.SubjectPublicKeyInfo;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.crypto.fips.FipsUnapprovedOperationError;
import org.bouncycastle.operator.ContentVerifierProvider;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentVerifierProviderBuilder;
import org.bouncycastle.pkcs.PKCS10CertificationRequest;
import org.bouncycastle.pkcs.PKCSException;

/**
 * A certificate authority whose private key this node holds: it issues server certificates, client
 * certificates, and certificates for clients' own PKCS#10 requests.
 *
 * <p>Every certificate gets a random 128-bit serial number, the extensions of its {@link
 * CertificateProfile kind}, a notBefore five minutes in the past (clock skew) but not before the
 * CA's own, and a notAfter no later than the CA's own: a certificate never outlives its issuer. An
 * expired or not yet valid CA issues nothing.
 *
 * <p>Instances come from {@link Pki}, which keeps the key sealed on disk. Thread-safe: immutable
 * apart from the provider's signature engines, which are created per call.
 */
public final class LocalCa implements CertificateAuthority {

  private static final DateTimeFormatter DAY = DateTimeFormatter.ISO_LOCAL_DATE;

  private final String name;
  private final X509Certificate certificate;
  private final PrivateKey privateKey;
  private final KeyAlgorithm keyAlgorithm;
  private final byte[] keyIdentifier;
  private final PkiContext context;

  private LocalCa(
      String name,
      X509Certificate certificate,
      PrivateKey privateKey,
      KeyAlgorithm keyAlgorithm,
      byte[] keyIdentifier,
      PkiContext context) {
    this.name = name;
    this.certificate = certificate;
    this.privateKey = privateKey;
    this.keyAlgorithm = keyAlgorithm;
    this.keyIdentifier = keyIdentifier;
    this.context = context;
  }

  /**
   * Creates a CA: a new key pair from the crypto boundary and a self-signed certificate.
   *
   * @param name the CA's name in this node
   * @param commonName the CN of the CA's subject
   * @param keyAlgorithm the CA key's type; ECDSA P-256 unless there is a reason
   * @param validity 1 day to 30 years; 10 years by default
   */
  static LocalCa create(
      String name,
      String commonName,
      KeyAlgorithm keyAlgorithm,
      Period validity,
      PkiContext context)
      throws PkiException {
    Names.check("CA", name);
    Subjects.checkAttributeValue("common name", commonName);
    Objects.requireNonNull(keyAlgorithm, "keyAlgorithm");
    Objects.requireNonNull(validity, "validity");
    GeneratedKey key = generateKey(keyAlgorithm, context);
    X500Name subject = Subjects.commonName(commonName);
    byte[] keyId = CertificateSupport.keyIdentifier(key.publicKey(), context);
    Instant now = now(context);
    Instant notBefore = now.minus(CertificateProfile.CLOCK_SKEW_ALLOWANCE);
    Instant notAfter = end(now, validity, CertificateProfile.CERTIFICATE_AUTHORITY);
    X509v3CertificateBuilder builder =
        new X509v3CertificateBuilder(
            subject,
            CertificateSupport.randomSerial(context),
            Date.from(notBefore),
            Date.from(notAfter),
            subject,
            key.publicKey());
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      builder.addExtension(
          Extension.keyUsage,
          true,
          new KeyUsage(CertificateProfile.CERTIFICATE_AUTHORITY.keyUsage(keyAlgorithm)));
      builder.addExtension(Extension.subjectKeyIdentifier, false, new SubjectKeyIdentifier(keyId));
      builder.addExtension(
          Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyId));
    } catch (IOException e) {
      throw new PkiException("cannot encode the CA certificate's extensions", e);
    }
    X509Certificate certificate =
        CertificateSupport.toX509(
            builder.build(CertificateSupport.signer(key.privateKey(), keyAlgorithm, context)));
    return new LocalCa(name, certificate, key.privateKey(), keyAlgorithm, keyId, context);
  }

  /**
   * A CA from its stored certificate and key: checks that the certificate is a CA certificate and
   * that the key belongs to it.
   */
  static LocalCa restore(
      String name, X509Certificate certificate, PrivateKey privateKey, PkiContext context)
      throws PkiException {
    Names.check("CA", name);
    checkIsCa(certificate, "CA '" + name + "'");
    KeyAlgorithm algorithm = CertificateSupport.keyAlgorithmOf(certificate);
    CertificateSupport.checkKeyMatches(privateKey, certificate, algorithm, context);
    return new LocalCa(
        name,
        certificate,
        privateKey,
        algorithm,
        CertificateSupport.subjectKeyIdentifierOf(certificate, context),
        context);
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public X509Certificate certificate() {
    return certificate;
  }

  @Override
  public boolean isLocal() {
    return true;
  }

  /** The type of the CA's key, which decides its signature algorithm. */
  public KeyAlgorithm keyAlgorithm() {
    return keyAlgorithm;
  }

  /** The CA's private key, for sealing it in the store. */
  PrivateKey privateKey() {
    return privateKey;
  }

  /**
   * Issues a server certificate with a new key pair: extended key usage serverAuth, the request's
   * DNS names and addresses as subjectAltName. The chain returned is the certificate, then this
   * CA's.
   */
  public CertifiedKey issueServerCertificate(ServerCertificateRequest request) throws PkiException {
    Objects.requireNonNull(request, "request");
    GeneratedKey key = generateKey(request.keyAlgorithm(), context);
    X509Certificate issued =
        issue(
            Subjects.commonName(request.commonName()),
            key.publicKey(),
            request.keyAlgorithm(),
            CertificateProfile.SERVER,
            request.validity(),
            subjectAltNames(request.names().dnsNames(), request.names().addresses()));
    return CertifiedKey.of(key.privateKey(), List.of(issued, certificate));
  }

  /**
   * Issues a client certificate with a new key pair: the username in the chosen subject fields,
   * extended key usage clientAuth, the request's addresses (if any) as subjectAltName. The chain
   * returned is the certificate, then this CA's.
   */
  public CertifiedKey issueClientCertificate(ClientCertificateRequest request) throws PkiException {
    Objects.requireNonNull(request, "request");
    GeneratedKey key = generateKey(request.keyAlgorithm(), context);
    X509Certificate issued =
        issue(
            Subjects.forUser(request.username(), request.usernameFields()),
            key.publicKey(),
            request.keyAlgorithm(),
            CertificateProfile.CLIENT,
            request.validity(),
            subjectAltNames(List.of(), request.addresses()));
    return CertifiedKey.of(key.privateKey(), List.of(issued, certificate));
  }

  /**
   * Signs a client's PKCS#10 certificate request (RFC 2986), PEM or DER.
   *
   * <p>The request's signature is verified (proof that the requester holds the key), then only its
   * subject and public key are used. Whatever extensions it asks for are ignored: the certificate
   * gets this CA's client profile (CA:FALSE, digitalSignature, clientAuth), and a subjectAltName
   * only with the addresses the officer gives here. A request could otherwise ask for CA:TRUE or
   * serverAuth and become a CA or impersonate a server.
   *
   * @param request the PKCS#10 request, PEM ({@code CERTIFICATE REQUEST}) or DER
   * @param validity 1 day to 10 years
   * @param addresses source addresses to put in the subjectAltName; usually empty
   */
  public X509Certificate signClientRequest(
      byte[] request, Period validity, List<InetAddress> addresses) throws PkiException {
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(validity, "validity");
    PKCS10CertificationRequest csr = parseRequest(request);
    SubjectPublicKeyInfo publicKey = csr.getSubjectPublicKeyInfo();
    KeyAlgorithm algorithm;
    try {
      algorithm = CertificateSupport.keyAlgorithmOf(publicKey.getEncoded());
    } catch (IOException e) {
      throw new PkiException("certificate request: cannot encode its public key", e);
    }
    try {
      ContentVerifierProvider verifier =
          new JcaContentVerifierProviderBuilder().setProvider(context.provider()).build(publicKey);
      if (!csr.isSignatureValid(verifier)) {
        throw new PkiException("certificate request: its signature does not verify");
      }
    } catch (OperatorCreationException | PKCSException | RuntimeException e) {
      throw new PkiException(
          "certificate request: its signature cannot be verified ("
              + e.getClass().getSimpleName()
              + ")",
          e);
    } catch (FipsUnapprovedOperationError e) {
      throw new PkiException(
          "certificate request: its signature algorithm is not allowed in FIPS approved-only mode",
          e);
    }
    X500Name subject = csr.getSubject();
    if (subject.getRDNs().length == 0) {
      throw new PkiException("certificate request: its subject is empty");
    }
    return issue(
        subject,
        publicKey,
        algorithm,
        CertificateProfile.CLIENT,
        validity,
        subjectAltNames(List.of(), List.copyOf(addresses)));
  }

  @Override
  public String toString() {
    return "LocalCa["
        + name
        + ", "
        + certificate.getSubjectX500Principal().getName()
        + ", "
        + keyAlgorithm
        + "]";
  }

  // ---- internals ---------------------------------------------------------------------------

  private X509Certificate issue(
      X500Name subject,
      SubjectPublicKeyInfo publicKey,
      KeyAlgorithm subjectKeyAlgorithm,
      CertificateProfile profile,
      Period validity,
      GeneralNames subjectAltNames)
      throws PkiException {
    Instant now = now(context);
    checkCurrentlyValid(now);
    Instant caNotBefore = certificate.getNotBefore().toInstant();
    Instant caNotAfter = certificate.getNotAfter().toInstant();
    Instant notBefore = now.minus(CertificateProfile.CLOCK_SKEW_ALLOWANCE);
    if (notBefore.isBefore(caNotBefore)) {
      notBefore = caNotBefore;
    }
    Instant notAfter = end(now, validity, profile);
    if (notAfter.isAfter(caNotAfter)) {
      notAfter = caNotAfter; // never outlive the issuer (RFC 5280 §6.1.3 would reject the chain)
    }
    X509v3CertificateBuilder builder =
        new X509v3CertificateBuilder(
            X500Name.getInstance(certificate.getSubjectX500Principal().getEncoded()),
            CertificateSupport.randomSerial(context),
            Date.from(notBefore),
            Date.from(notAfter),
            subject,
            publicKey);
    try {
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(profile.keyUsage(subjectKeyAlgorithm)));
      builder.addExtension(
          Extension.extendedKeyUsage, false, new ExtendedKeyUsage(profile.extendedKeyUsage()));
      if (subjectAltNames != null) {
        // Critical only when the subject is empty (RFC 5280 §4.2.1.6); ours never is.
        builder.addExtension(Extension.subjectAlternativeName, false, subjectAltNames);
      }
      builder.addExtension(
          Extension.subjectKeyIdentifier,
          false,
          new SubjectKeyIdentifier(CertificateSupport.keyIdentifier(publicKey, context)));
      builder.addExtension(
          Extension.authorityKeyIdentifier, false, new AuthorityKeyIdentifier(keyIdentifier));
    } catch (IOException e) {
      throw new PkiException("cannot encode the " + profile.label() + " certificate", e);
    }
    return CertificateSupport.toX509(
        builder.build(CertificateSupport.signer(privateKey, keyAlgorithm, context)));
  }

  private void checkCurrentlyValid(Instant now) throws PkiException {
    try {
      certificate.checkValidity(Date.from(now));
    } catch (CertificateExpiredException e) {
      throw new PkiException(
          "CA '" + name + "' expired on " + day(certificate.getNotAfter().toInstant()));
    } catch (CertificateNotYetValidException e) {
      throw new PkiException(
          "CA '" + name + "' is not valid before " + day(certificate.getNotBefore().toInstant()));
    }
  }

  private static Instant now(PkiContext context) {
    return context.clock().instant().truncatedTo(ChronoUnit.SECONDS);
  }

  /** {@code now + validity}, after checking the validity against the profile's limits. */
  private static Instant end(Instant now, Period validity, CertificateProfile profile) {
    Instant end = now.atOffset(ZoneOffset.UTC).plus(validity).toInstant();
    Instant shortest =
        now.atOffset(ZoneOffset.UTC).plus(CertificateProfile.MIN_VALIDITY).toInstant();
    Instant longest = now.atOffset(ZoneOffset.UTC).plus(profile.maxValidity()).toInstant();
    if (end.isBefore(shortest) || end.isAfter(longest)) {
      throw new IllegalArgumentException(
          profile.label()
              + " certificate validity "
              + validity
              + " is not between "
              + CertificateProfile.MIN_VALIDITY
              + " and "
              + profile.maxValidity());
    }
    return end;
  }

  private static String day(Instant instant) {
    return DAY.format(instant.atOffset(ZoneOffset.UTC));
  }

  private static GeneralNames subjectAltNames(List<String> dnsNames, List<InetAddress> addresses) {
    List<GeneralName> names = new ArrayList<>();
    for (String dns : dnsNames) {
      names.add(new GeneralName(GeneralName.dNSName, new DERIA5String(dns, true)));
    }
    for (InetAddress address : addresses) {
      names.add(new GeneralName(GeneralName.iPAddress, new DEROctetString(address.getAddress())));
    }
    return names.isEmpty() ? null : new GeneralNames(names.toArray(new GeneralName[0]));
  }

  private static PKCS10CertificationRequest parseRequest(byte[] request) throws PkiException {
    byte[] der = request;
    if (Pem.looksLikePem(request)) {
      List<Pem.Block> blocks = Pem.decode(new String(request, StandardCharsets.US_ASCII));
      List<byte[]> found = Pem.blocksOf(blocks, Pem.CERTIFICATE_REQUEST);
      if (found.isEmpty()) {
        found = Pem.blocksOf(blocks, Pem.NEW_CERTIFICATE_REQUEST);
      }
      if (found.size() != 1) {
        throw new PkiException(
            "certificate request: expected one CERTIFICATE REQUEST block, found " + found.size());
      }
      der = found.get(0);
    }
    if (der.length > Pem.MAX_TEXT_CHARS) {
      throw new PkiException("certificate request: longer than " + Pem.MAX_TEXT_CHARS + " bytes");
    }
    try {
      return new PKCS10CertificationRequest(der);
    } catch (IOException | RuntimeException e) {
      throw new PkiException("certificate request: not a PKCS#10 request", e);
    }
  }

  /** Refuses a certificate that is not a v3 CA certificate allowed to sign certificates. */
  static void checkIsCa(X509Certificate certificate, String what) throws PkiException {
    if (certificate.getVersion() != 3 || certificate.getBasicConstraints() < 0) {
      throw new PkiException(what + ": not a CA certificate (basicConstraints CA:TRUE is missing)");
    }
    boolean[] keyUsage = certificate.getKeyUsage();
    if (keyUsage != null && (keyUsage.length <= 5 || !keyUsage[5])) {
      throw new PkiException(what + ": its keyUsage does not allow keyCertSign");
    }
  }

  /** A fresh key pair from the crypto boundary, as a BC-FIPS key object and its public key. */
  private static GeneratedKey generateKey(KeyAlgorithm algorithm, PkiContext context)
      throws PkiException {
    KeyPairMaterial pair;
    try {
      pair = context.crypto().generateKeyPair(algorithm.spec(), KeyPairPurpose.SIGNATURE);
    } catch (CryptoException e) {
      throw new PkiException("cannot generate a " + algorithm + " key: " + e.getMessage(), e);
    }
    try {
      byte[] pkcs8 = pair.privateKey().encoded();
      try {
        return new GeneratedKey(
            CertificateSupport.privateKey(pkcs8, context),
            SubjectPublicKeyInfo.getInstance(pair.publicKey().encoded()));
      } finally {
        Arrays.fill(pkcs8, (byte) 0);
      }
    } finally {
      pair.destroy();
    }
  }

  private record GeneratedKey(PrivateKey privateKey, SubjectPublicKeyInfo publicKey) {
    @Override
    public String toString() {
      return "GeneratedKey[" + privateKey.getAlgorithm() + "]";
    }
  }
}
