package dev.arca.server.pki;

import dev.arca.core.crypto.AsymmetricSpec;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.Envelope;
import dev.arca.core.crypto.PublicKeyMaterial;
import dev.arca.server.tls.TlsMaterial;
import java.net.InetAddress;
import java.nio.file.Path;
import java.security.cert.CertificateExpiredException;
import java.security.cert.CertificateNotYetValidException;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's PKI: local CAs, imported (known) CAs, trusted-CA profiles and server certificates,
 * kept under {@code <data>/pki/} by a {@link PkiStore} with every private key sealed under the
 * master key.
 *
 * <p>On first start {@link #initialize} creates a local CA named {@value #LOCAL_CA}, the profile
 * {@code Default} trusting it, and the server certificates the listeners name ({@value
 * #KMIP_CERTIFICATE}, {@value #WEB_CERTIFICATE}) issued by it. Listeners then ask {@link
 * #forServer} for what their TLS stack needs.
 *
 * <p>Everything is loaded at open and held in memory; a change is written to disk first and then
 * applied, so memory never shows what the disk does not hold. Thread-safe.
 */
public final class Pki {

  /** The local CA created at first start. */
  public static final String LOCAL_CA = "local";

  /** The server certificate the default KMIP listener presents. */
  public static final String KMIP_CERTIFICATE = "kmip";

  /** The server certificate of the admin HTTPS port and the FIPS status server. */
  public static final String WEB_CERTIFICATE = "web";

  /** A server certificate this close to its end is reported when a listener loads it. */
  private static final Duration EXPIRY_WARNING = Duration.ofDays(30);

  private static final Logger LOG = LoggerFactory.getLogger(Pki.class);

  private final PkiStore store;
  private final PkiContext context;
  private final Map<String, CertificateAuthority> cas = new TreeMap<>();
  private final Map<String, CertifiedKey> servers = new TreeMap<>();
  private final Map<String, TrustedCaProfile> profiles = new LinkedHashMap<>();

  private Pki(PkiStore store, PkiContext context) {
    this.store = store;
    this.context = context;
  }

  /**
   * Opens the PKI of a data directory and loads everything, unsealing the private keys.
   *
   * @param dataDirectory the node's data directory; the PKI lives in its {@code pki} folder
   * @param envelope seals private keys under the master key ({@code MasterKeyFile.envelope()})
   * @param crypto the crypto boundary (key generation, hashing)
   * @throws PkiException if a file is damaged, a key does not open or match its certificate, or the
   *     trusted-CA profiles were changed outside Arca
   */
  public static Pki open(Path dataDirectory, Envelope envelope, CryptoService crypto)
      throws PkiException {
    return open(dataDirectory, envelope, crypto, Clock.systemUTC());
  }

  /** As {@link #open(Path, Envelope, CryptoService)}, with a clock for validity periods. */
  public static Pki open(Path dataDirectory, Envelope envelope, CryptoService crypto, Clock clock)
      throws PkiException {
    Objects.requireNonNull(dataDirectory, "dataDirectory");
    PkiContext context = PkiContext.of(crypto, clock);
    PkiStore store = PkiStore.open(dataDirectory, envelope, context);
    Pki pki = new Pki(store, context);
    for (String name : store.caNames()) {
      store.loadCa(name).ifPresent(ca -> pki.cas.put(name, ca));
    }
    for (String name : store.serverCertificateNames()) {
      store.loadServerCertificate(name).ifPresent(key -> pki.servers.put(name, key));
    }
    for (TrustedCaProfile profile : store.loadProfiles()) {
      pki.profiles.put(profile.name(), profile);
    }
    return pki;
  }

  /** The {@code pki} directory. */
  public Path directory() {
    return store.directory();
  }

  /**
   * Brings a new node's PKI to a working state and leaves an existing one alone: creates the local
   * CA {@value #LOCAL_CA} if the node has no CA, the profile {@code Default} trusting it if there
   * is none, and each named server certificate that does not exist yet, issued by that CA for
   * {@code names}.
   *
   * @param nodeName the node's name, shown in the local CA's subject
   * @param names the names the server certificates carry; usually {@link
   *     ServerNames#discover(Collection)}
   * @param serverCertificates the certificate names the listeners use, e.g. {@code kmip}, {@code
   *     web}
   */
  public synchronized void initialize(
      String nodeName, ServerNames names, Collection<String> serverCertificates)
      throws PkiException {
    Objects.requireNonNull(nodeName, "nodeName");
    Objects.requireNonNull(names, "names");
    if (cas.isEmpty()) {
      String commonName = "Arca local CA " + nodeName;
      if (commonName.length() > Subjects.MAX_ATTRIBUTE_LENGTH) {
        commonName = commonName.substring(0, Subjects.MAX_ATTRIBUTE_LENGTH).strip();
      }
      LocalCa ca =
          createLocalCa(
              LOCAL_CA,
              commonName,
              KeyAlgorithm.DEFAULT,
              CertificateProfile.CERTIFICATE_AUTHORITY.defaultValidity());
      LOG.info(
          "Created local CA '{}' ({}, {}), valid until {}",
          ca.name(),
          ca.certificate().getSubjectX500Principal().getName(),
          ca.keyAlgorithm(),
          ca.certificate().getNotAfter().toInstant());
    }
    if (!profiles.containsKey(TrustedCaProfile.DEFAULT)) {
      List<String> trusted = new ArrayList<>();
      if (cas.containsKey(LOCAL_CA)) {
        trusted.add(LOCAL_CA);
      }
      putTrustedCaProfile(new TrustedCaProfile(TrustedCaProfile.DEFAULT, trusted));
    }
    for (String name : serverCertificates) {
      if (!servers.containsKey(name)) {
        LocalCa issuer = defaultIssuer();
        issueServerCertificate(name, issuer.name(), ServerCertificateRequest.of(names));
        LOG.info(
            "Created server certificate '{}' for {} {}, issued by CA '{}'",
            name,
            names.dnsNames(),
            addresses(names.addresses()),
            issuer.name());
      }
    }
  }

  // ---- CAs ---------------------------------------------------------------------------------

  /**
   * Creates a local CA with a new key pair and a self-signed certificate.
   *
   * @param name the CA's name in this node (unique among local and imported CAs)
   * @param commonName the CN of its subject
   * @param keyAlgorithm {@link KeyAlgorithm#EC_P256} unless there is a reason; {@link
   *     KeyAlgorithm#RSA_3072} for clients without ECDSA
   * @param validity 1 day to 30 years (a local CA usually gets 10)
   */
  public synchronized LocalCa createLocalCa(
      String name, String commonName, KeyAlgorithm keyAlgorithm, Period validity)
      throws PkiException {
    checkNewCaName(name);
    LocalCa ca = LocalCa.create(name, commonName, keyAlgorithm, validity, context);
    store.saveCa(ca);
    cas.put(name, ca);
    return ca;
  }

  /**
   * Imports a CA certificate (PEM, one {@code CERTIFICATE} block) as a known CA. It is trusted only
   * once a profile lists it.
   *
   * @throws PkiException if it is not a currently valid v3 CA certificate, uses an RSA key below
   *     2048 bits, or is already known under another name
   */
  public synchronized KnownCa importCa(String name, String pem) throws PkiException {
    checkNewCaName(name);
    List<X509Certificate> certificates = CertificateSupport.parseCertificates(pem);
    if (certificates.size() != 1) {
      throw new PkiException(
          "import of CA '" + name + "': expected one certificate, found " + certificates.size());
    }
    X509Certificate certificate = certificates.get(0);
    String what = "import of CA '" + name + "'";
    LocalCa.checkIsCa(certificate, what);
    try {
      certificate.checkValidity(Date.from(context.clock().instant()));
    } catch (CertificateExpiredException | CertificateNotYetValidException e) {
      throw new PkiException(
          what
              + ": the certificate is valid from "
              + certificate.getNotBefore().toInstant()
              + " to "
              + certificate.getNotAfter().toInstant()
              + ", not now");
    }
    try {
      AsymmetricSpec spec =
          PublicKeyMaterial.fromSpki(certificate.getPublicKey().getEncoded()).spec();
      if (spec instanceof AsymmetricSpec.Rsa && spec.sizeBits() < 2048) {
        throw new PkiException(what + ": RSA keys below 2048 bits are not accepted");
      }
    } catch (CryptoException e) {
      throw new PkiException(what + ": its public key is not supported: " + e.getMessage(), e);
    }
    String fingerprint = CertificateSupport.fingerprint(certificate, context);
    for (CertificateAuthority existing : cas.values()) {
      if (CertificateSupport.fingerprint(existing.certificate(), context).equals(fingerprint)) {
        throw new PkiException(
            what + ": this certificate is already known as CA '" + existing.name() + "'");
      }
    }
    KnownCa ca = new KnownCa(name, certificate);
    store.saveCa(ca);
    cas.put(name, ca);
    return ca;
  }

  /**
   * Removes a CA (local or imported). Refused while a profile trusts it; a local CA's key is
   * deleted with it, so certificates it issued can no longer be renewed by it.
   */
  public synchronized void removeCa(String name) throws PkiException {
    if (!cas.containsKey(name)) {
      throw new PkiException("CA '" + name + "' does not exist");
    }
    for (TrustedCaProfile profile : profiles.values()) {
      if (profile.trusts(name)) {
        throw new PkiException(
            "CA '"
                + name
                + "' is trusted by profile '"
                + profile.name()
                + "'; remove it there first");
      }
    }
    store.deleteCa(name);
    cas.remove(name);
  }

  /** All CAs, by name. */
  public synchronized List<CertificateAuthority> certificateAuthorities() {
    return List.copyOf(cas.values());
  }

  /** One CA. */
  public synchronized Optional<CertificateAuthority> certificateAuthority(String name) {
    return Optional.ofNullable(cas.get(name));
  }

  /**
   * A local CA, ready to issue.
   *
   * @throws PkiException if there is no CA of that name or it is an imported one
   */
  public synchronized LocalCa localCa(String name) throws PkiException {
    CertificateAuthority ca = cas.get(name);
    if (ca == null) {
      throw new PkiException("CA '" + name + "' does not exist");
    }
    if (!(ca instanceof LocalCa)) {
      throw new PkiException(
          "CA '" + name + "' is an imported CA; only local CAs issue certificates");
    }
    return (LocalCa) ca;
  }

  // ---- trusted-CA profiles -----------------------------------------------------------------

  /** All profiles, {@code Default} first when it exists. */
  public synchronized List<TrustedCaProfile> trustedCaProfiles() {
    return List.copyOf(profiles.values());
  }

  /** One profile. */
  public synchronized Optional<TrustedCaProfile> trustedCaProfile(String name) {
    return Optional.ofNullable(profiles.get(name));
  }

  /** Creates or replaces a profile; every CA it lists must exist. */
  public synchronized void putTrustedCaProfile(TrustedCaProfile profile) throws PkiException {
    Objects.requireNonNull(profile, "profile");
    for (String caName : profile.caNames()) {
      if (!cas.containsKey(caName)) {
        throw new PkiException(
            "profile '" + profile.name() + "': CA '" + caName + "' does not exist");
      }
    }
    Map<String, TrustedCaProfile> next = new LinkedHashMap<>();
    if (profile.name().equals(TrustedCaProfile.DEFAULT)) {
      next.put(profile.name(), profile);
      next.putAll(profiles);
      next.put(profile.name(), profile);
    } else {
      next.putAll(profiles);
      next.put(profile.name(), profile);
    }
    store.saveProfiles(List.copyOf(next.values()));
    profiles.clear();
    profiles.putAll(next);
  }

  /** Removes a profile; {@code Default} cannot be removed. */
  public synchronized void removeTrustedCaProfile(String name) throws PkiException {
    if (TrustedCaProfile.DEFAULT.equals(name)) {
      throw new PkiException("profile 'Default' cannot be removed; change its CAs instead");
    }
    if (!profiles.containsKey(name)) {
      throw new PkiException("profile '" + name + "' does not exist");
    }
    Map<String, TrustedCaProfile> next = new LinkedHashMap<>(profiles);
    next.remove(name);
    store.saveProfiles(List.copyOf(next.values()));
    profiles.remove(name);
  }

  // ---- server certificates -----------------------------------------------------------------

  /**
   * Issues a server certificate with a new key pair and stores it under {@code name}, replacing any
   * certificate and key of that name (the old key is gone once this returns).
   *
   * @param name e.g. {@value #KMIP_CERTIFICATE} or {@value #WEB_CERTIFICATE}
   * @param caName the local CA that issues it
   */
  public synchronized CertifiedKey issueServerCertificate(
      String name, String caName, ServerCertificateRequest request) throws PkiException {
    Names.check("server certificate", name);
    CertifiedKey key = localCa(caName).issueServerCertificate(request);
    store.saveServerCertificate(name, key);
    servers.put(name, key);
    return key;
  }

  /**
   * Replaces a server certificate with a new key and certificate from the same local CA, with the
   * same key type, for {@code names} (the host's addresses may have changed since).
   */
  public synchronized CertifiedKey recreateServerCertificate(String name, ServerNames names)
      throws PkiException {
    CertifiedKey current = servers.get(name);
    if (current == null) {
      throw new PkiException("server certificate '" + name + "' does not exist");
    }
    LocalCa issuer =
        issuerOf(name)
            .orElseThrow(
                () ->
                    new PkiException(
                        "server certificate '"
                            + name
                            + "' was not issued by a local CA of this node; issue a new one"
                            + " with a chosen CA"));
    KeyAlgorithm algorithm = CertificateSupport.keyAlgorithmOf(current.certificate());
    return issueServerCertificate(
        name, issuer.name(), ServerCertificateRequest.of(names).withKeyAlgorithm(algorithm));
  }

  /** A server certificate and its key. */
  public synchronized Optional<CertifiedKey> serverCertificate(String name) {
    return Optional.ofNullable(servers.get(name));
  }

  /** The names of all server certificates. */
  public synchronized List<String> serverCertificateNames() {
    return List.copyOf(servers.keySet());
  }

  /** The local CA that issued a server certificate, if it is one of this node's. */
  public synchronized Optional<LocalCa> issuerOf(String serverCertificateName) {
    CertifiedKey key = servers.get(serverCertificateName);
    if (key == null) {
      return Optional.empty();
    }
    for (CertificateAuthority ca : cas.values()) {
      if (ca instanceof LocalCa
          && CertificateSupport.isIssuedBy(key.certificate(), ca.certificate(), context)) {
        return Optional.of((LocalCa) ca);
      }
    }
    return Optional.empty();
  }

  // ---- client certificates -----------------------------------------------------------------

  /** Issues a client certificate with a new key pair; nothing is stored. */
  public CertifiedKey issueClientCertificate(String caName, ClientCertificateRequest request)
      throws PkiException {
    return localCa(caName).issueClientCertificate(request);
  }

  /**
   * Signs a client's PKCS#10 request; see {@link LocalCa#signClientRequest}. Only the request's
   * subject and public key are used.
   */
  public X509Certificate signClientRequest(
      String caName, byte[] request, Period validity, List<InetAddress> addresses)
      throws PkiException {
    return localCa(caName).signClientRequest(request, validity, addresses);
  }

  // ---- listeners ---------------------------------------------------------------------------

  /**
   * What a TLS listener needs: the named server certificate's key and chain, and the CA
   * certificates of the named trusted-CA profile that client certificates must chain to.
   *
   * @throws PkiException if the certificate or the profile does not exist
   */
  public synchronized TlsMaterial forServer(String certificateName, String trustedCaProfile)
      throws PkiException {
    CertifiedKey key = servers.get(certificateName);
    if (key == null) {
      throw new PkiException("server certificate '" + certificateName + "' does not exist");
    }
    TrustedCaProfile profile = profiles.get(trustedCaProfile);
    if (profile == null) {
      throw new PkiException("trusted-CA profile '" + trustedCaProfile + "' does not exist");
    }
    List<X509Certificate> trusted = new ArrayList<>();
    for (String caName : profile.caNames()) {
      CertificateAuthority ca = cas.get(caName);
      if (ca == null) {
        throw new PkiException(
            "trusted-CA profile '"
                + trustedCaProfile
                + "' lists CA '"
                + caName
                + "', which is missing");
      }
      trusted.add(ca.certificate());
    }
    warnIfExpiring(certificateName, key.certificate());
    return new TlsMaterial(key.privateKey(), key.chain(), trusted);
  }

  /**
   * Seals every private key and the profiles' integrity seal again under the current master key.
   * Run after a master key rotation, before the old master key is retired: until then the files
   * still open with the old key, which the master key file keeps.
   */
  public synchronized void reseal() throws PkiException {
    for (CertificateAuthority ca : cas.values()) {
      if (ca instanceof LocalCa) {
        store.saveCa(ca);
      }
    }
    for (Map.Entry<String, CertifiedKey> server : servers.entrySet()) {
      store.saveServerCertificate(server.getKey(), server.getValue());
    }
    store.saveProfiles(List.copyOf(profiles.values()));
  }

  @Override
  public String toString() {
    return "Pki["
        + store.directory()
        + ", "
        + cas.size()
        + " CAs, "
        + servers.size()
        + " server certificates, "
        + profiles.size()
        + " profiles]";
  }

  // ---- internals ---------------------------------------------------------------------------

  private void checkNewCaName(String name) throws PkiException {
    Names.check("CA", name);
    if (cas.containsKey(name)) {
      throw new PkiException("CA '" + name + "' already exists");
    }
  }

  private LocalCa defaultIssuer() throws PkiException {
    CertificateAuthority preferred = cas.get(LOCAL_CA);
    if (preferred instanceof LocalCa) {
      return (LocalCa) preferred;
    }
    for (CertificateAuthority ca : cas.values()) {
      if (ca instanceof LocalCa) {
        return (LocalCa) ca;
      }
    }
    throw new PkiException("no local CA to issue server certificates; create one first");
  }

  private void warnIfExpiring(String name, X509Certificate certificate) {
    Instant now = context.clock().instant();
    Instant notAfter = certificate.getNotAfter().toInstant();
    if (!notAfter.isAfter(now)) {
      LOG.warn("Server certificate '{}' expired on {}; recreate it", name, notAfter);
    } else if (Duration.between(now, notAfter).compareTo(EXPIRY_WARNING) < 0) {
      LOG.warn("Server certificate '{}' expires on {}; recreate it soon", name, notAfter);
    }
  }

  private static List<String> addresses(List<InetAddress> addresses) {
    List<String> out = new ArrayList<>();
    for (InetAddress address : addresses) {
      out.add(address.getHostAddress());
    }
    return out;
  }
}
