package dev.arca.server.testing;

import dev.arca.core.crypto.CryptoModule;
import dev.arca.server.tls.TlsMaterial;
import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.security.spec.RSAKeyGenParameterSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509v3CertificateBuilder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * A throw-away PKI for tests, built with BC-FIPS: a trusted ECDSA P-256 CA, a second CA that no
 * listener trusts, and certificates issued on demand.
 *
 * <ul>
 *   <li>{@link #server()}: a P-256 server certificate for {@code localhost}, {@code 127.0.0.1} and
 *       {@code ::1}, trusting the test CA for client certificates;
 *   <li>{@link #rsaServer()}: the same with an RSA-2048 key (for the ECDHE_RSA suites);
 *   <li>{@link #client(String, String...)}: a client certificate from the trusted CA, with the
 *       given IP addresses as subjectAltName iPAddress entries, trusting the test CA for the
 *       server;
 *   <li>{@link #untrustedClient(String)}: a client certificate from the untrusted CA.
 * </ul>
 *
 * <p>Use {@link #shared()}: key generation through BC-FIPS takes a while, so one instance serves
 * every test in the JVM. Certificates are valid from an hour ago for a day.
 */
public final class TestPki {

  private static volatile TestPki shared;

  private final SecureRandom random = CryptoModule.instance().secureRandom();
  private final AtomicLong serial = new AtomicLong(1);
  private final Authority ca;
  private final Authority untrustedCa;
  private TlsMaterial server;
  private TlsMaterial rsaServer;

  private record Authority(KeyPair keys, X509Certificate certificate) {}

  private TestPki() {
    ca = authority("CN=Arca Test CA,O=Arca Test");
    untrustedCa = authority("CN=Untrusted Test CA,O=Somebody Else");
  }

  /** The PKI shared by all tests of this JVM. */
  public static TestPki shared() {
    TestPki pki = shared;
    if (pki == null) {
      synchronized (TestPki.class) {
        pki = shared;
        if (pki == null) {
          pki = new TestPki();
          shared = pki;
        }
      }
    }
    return pki;
  }

  /** The trusted CA's certificate. */
  public X509Certificate ca() {
    return ca.certificate();
  }

  /** The untrusted CA's certificate. */
  public X509Certificate untrustedCa() {
    return untrustedCa.certificate();
  }

  /** The CAs a listener should trust: just the test CA. */
  public List<X509Certificate> trustedCas() {
    return List.of(ca.certificate());
  }

  /** The ECDSA P-256 server certificate for localhost, 127.0.0.1 and ::1. */
  public synchronized TlsMaterial server() {
    if (server == null) {
      server = serverMaterial(ecKeys());
    }
    return server;
  }

  /** An RSA-2048 server certificate for localhost, 127.0.0.1 and ::1. */
  public synchronized TlsMaterial rsaServer() {
    if (rsaServer == null) {
      rsaServer = serverMaterial(rsaKeys());
    }
    return rsaServer;
  }

  /**
   * A P-256 client certificate from the trusted CA with subject {@code CN=commonName,O=Arca Test}
   * and one subjectAltName iPAddress entry per address given (none when empty).
   */
  public TlsMaterial client(String commonName, String... ipAddresses) {
    return clientWithSubject("CN=" + commonName + ",O=Arca Test", ipAddresses);
  }

  /**
   * A P-256 client certificate from the trusted CA with any subject, e.g. {@code
   * "UID=alice,CN=Alice,OU=Finance,O=Arca Test"}.
   */
  public TlsMaterial clientWithSubject(String subject, String... ipAddresses) {
    KeyPair keys = ecKeys();
    List<GeneralName> names = new ArrayList<>();
    for (String ip : ipAddresses) {
      names.add(new GeneralName(GeneralName.iPAddress, ip));
    }
    X509Certificate leaf = issue(ca, subject, keys, KeyPurposeId.id_kp_clientAuth, names);
    return new TlsMaterial(keys.getPrivate(), List.of(leaf, ca.certificate()), trustedCas());
  }

  /** A client certificate from the CA that no listener trusts. */
  public TlsMaterial untrustedClient(String commonName) {
    KeyPair keys = ecKeys();
    X509Certificate leaf =
        issue(
            untrustedCa,
            "CN=" + commonName + ",O=Somebody Else",
            keys,
            KeyPurposeId.id_kp_clientAuth,
            List.of());
    return new TlsMaterial(
        keys.getPrivate(), List.of(leaf, untrustedCa.certificate()), trustedCas());
  }

  private TlsMaterial serverMaterial(KeyPair keys) {
    List<GeneralName> names =
        List.of(
            new GeneralName(GeneralName.dNSName, "localhost"),
            new GeneralName(GeneralName.iPAddress, "127.0.0.1"),
            new GeneralName(GeneralName.iPAddress, "::1"));
    X509Certificate leaf =
        issue(ca, "CN=localhost,O=Arca Test", keys, KeyPurposeId.id_kp_serverAuth, names);
    return new TlsMaterial(keys.getPrivate(), List.of(leaf, ca.certificate()), trustedCas());
  }

  private Authority authority(String subject) {
    KeyPair keys = ecKeys();
    try {
      X500Name name = new X500Name(subject);
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              name, nextSerial(), notBefore(), notAfter(), name, keys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(0));
      builder.addExtension(
          Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
      return new Authority(keys, sign(builder, keys.getPrivate()));
    } catch (GeneralSecurityException | java.io.IOException | OperatorCreationException e) {
      throw new IllegalStateException("test CA " + subject, e);
    }
  }

  private X509Certificate issue(
      Authority issuer,
      String subject,
      KeyPair keys,
      KeyPurposeId purpose,
      List<GeneralName> altNames) {
    try {
      X509v3CertificateBuilder builder =
          new JcaX509v3CertificateBuilder(
              issuer.certificate(),
              nextSerial(),
              notBefore(),
              notAfter(),
              new X500Name(subject),
              keys.getPublic());
      builder.addExtension(Extension.basicConstraints, true, new BasicConstraints(false));
      // Signing only: every allowed suite is (EC)DHE, so no key is ever encrypted to it.
      builder.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature));
      builder.addExtension(Extension.extendedKeyUsage, false, new ExtendedKeyUsage(purpose));
      if (!altNames.isEmpty()) {
        builder.addExtension(
            Extension.subjectAlternativeName,
            false,
            new GeneralNames(altNames.toArray(new GeneralName[0])));
      }
      return sign(builder, issuer.keys().getPrivate());
    } catch (GeneralSecurityException | java.io.IOException | OperatorCreationException e) {
      throw new IllegalStateException("test certificate " + subject, e);
    }
  }

  private X509Certificate sign(X509v3CertificateBuilder builder, PrivateKey issuerKey)
      throws OperatorCreationException, GeneralSecurityException {
    ContentSigner signer =
        new JcaContentSignerBuilder("SHA256withECDSA")
            .setProvider(provider())
            .setSecureRandom(random)
            .build(issuerKey);
    return new JcaX509CertificateConverter()
        .setProvider(provider())
        .getCertificate(builder.build(signer));
  }

  private KeyPair ecKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", provider());
      generator.initialize(new ECGenParameterSpec("P-256"), random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("P-256 key generation", e);
    }
  }

  private KeyPair rsaKeys() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA", provider());
      generator.initialize(new RSAKeyGenParameterSpec(2048, RSAKeyGenParameterSpec.F4), random);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA key generation", e);
    }
  }

  private static String provider() {
    return CryptoModule.instance().moduleName();
  }

  private BigInteger nextSerial() {
    return BigInteger.valueOf(serial.getAndIncrement());
  }

  private static Date notBefore() {
    return Date.from(Instant.now().minus(Duration.ofHours(1)));
  }

  private static Date notAfter() {
    return Date.from(Instant.now().plus(Duration.ofDays(1)));
  }
}
