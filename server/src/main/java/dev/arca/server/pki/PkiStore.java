package dev.arca.server.pki;

import dev.arca.core.crypto.SecureFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.core.crypto.Envelope;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The PKI's files under {@code <data>/pki/}:
 *
 * <pre>
 * pki/
 *   ca/&lt;name&gt;.pem                the CA certificate; for a local CA followed by its private key,
 *                               sealed (block ARCA SEALED PRIVATE KEY)
 *   server/&lt;name&gt;.pem            a server certificate chain, leaf first, then its sealed private key
 *   trusted-ca-profiles.json    the profiles, each CA with the SHA-256 fingerprint of its
 *                               certificate, and an integrity seal over them
 * </pre>
 *
 * <p>Private keys are never on disk in clear: each is its PKCS#8 encoding sealed with the master
 * key ({@link Envelope}, AES-256-GCM) with associated data naming its place, {@code pki:ca:<name>}
 * or {@code pki:server:<name>}, so a sealed key moved to another file does not open. A key is
 * written in the same file as its certificate, in one atomic write, so a crash never pairs a new
 * key with an old certificate; at load the key must also prove it belongs to the certificate.
 *
 * <p>The trust decisions are protected too: the profiles file carries a seal over its content under
 * the master key, and names each CA with its certificate's fingerprint. Someone who can write the
 * data directory but lacks the master key can neither add a CA to a profile nor swap a trusted CA's
 * certificate: the node refuses to load the PKI instead.
 *
 * <p>Every write is atomic and durable, files 0600 and directories 0700 on POSIX.
 */
public final class PkiStore {

  /** The PKI directory's name inside the data directory. */
  public static final String DIRECTORY = "pki";

  static final String PROFILES_FILE = "trusted-ca-profiles.json";
  private static final String CA_DIRECTORY = "ca";
  private static final String SERVER_DIRECTORY = "server";
  private static final String EXTENSION = ".pem";
  private static final int PROFILES_FORMAT = 1;
  private static final byte[] PROFILES_AAD =
      "pki:trusted-ca-profiles".getBytes(StandardCharsets.UTF_8);

  private final Path directory;
  private final Envelope envelope;
  private final PkiContext context;
  private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private final ObjectMapper canonicalJson = new ObjectMapper();

  private PkiStore(Path directory, Envelope envelope, PkiContext context) {
    this.directory = directory;
    this.envelope = envelope;
    this.context = context;
  }

  /**
   * Opens (and creates if needed) {@code <dataDirectory>/pki}.
   *
   * @param envelope seals and opens private keys under the node's master key
   * @param crypto the crypto boundary (hashing, key checks)
   */
  public static PkiStore open(Path dataDirectory, Envelope envelope, CryptoService crypto)
      throws PkiException {
    return open(dataDirectory, envelope, PkiContext.of(crypto, Clock.systemUTC()));
  }

  static PkiStore open(Path dataDirectory, Envelope envelope, PkiContext context)
      throws PkiException {
    Objects.requireNonNull(envelope, "envelope");
    Path directory = dataDirectory.toAbsolutePath().resolve(DIRECTORY);
    try {
      SecureFiles.ensureDirectory(directory);
      SecureFiles.ensureDirectory(directory.resolve(CA_DIRECTORY));
      SecureFiles.ensureDirectory(directory.resolve(SERVER_DIRECTORY));
    } catch (IOException e) {
      throw new PkiException("cannot create the PKI directory " + directory, e);
    }
    return new PkiStore(directory, envelope, context);
  }

  /** The {@code pki} directory. */
  public Path directory() {
    return directory;
  }

  // ---- CAs ---------------------------------------------------------------------------------

  /** The names of all stored CAs, sorted. */
  public List<String> caNames() throws PkiException {
    return names(directory.resolve(CA_DIRECTORY));
  }

  /** Loads a CA; a local CA's key is unsealed and checked against its certificate. */
  public Optional<CertificateAuthority> loadCa(String name) throws PkiException {
    Names.check("CA", name);
    Optional<List<Pem.Block>> blocks = read(caFile(name));
    if (blocks.isEmpty()) {
      return Optional.empty();
    }
    List<byte[]> certificates = Pem.blocksOf(blocks.get(), Pem.CERTIFICATE);
    if (certificates.size() != 1) {
      throw new PkiException("CA '" + name + "': the file must hold exactly one certificate");
    }
    X509Certificate certificate = CertificateSupport.parseCertificate(certificates.get(0));
    List<byte[]> sealed = Pem.blocksOf(blocks.get(), Pem.SEALED_PRIVATE_KEY);
    if (sealed.isEmpty()) {
      LocalCa.checkIsCa(certificate, "CA '" + name + "'");
      return Optional.of(new KnownCa(name, certificate));
    }
    PrivateKey key = unseal(sealed, caAad(name), "CA '" + name + "'");
    return Optional.of(LocalCa.restore(name, certificate, key, context));
  }

  /** The certificate of a stored CA, without unsealing any key. */
  Optional<X509Certificate> loadCaCertificate(String name) throws PkiException {
    Names.check("CA", name);
    Optional<List<Pem.Block>> blocks = read(caFile(name));
    if (blocks.isEmpty()) {
      return Optional.empty();
    }
    List<byte[]> certificates = Pem.blocksOf(blocks.get(), Pem.CERTIFICATE);
    if (certificates.size() != 1) {
      throw new PkiException("CA '" + name + "': the file must hold exactly one certificate");
    }
    return Optional.of(CertificateSupport.parseCertificate(certificates.get(0)));
  }

  /** Saves a CA: its certificate, and for a local CA its sealed private key. */
  public void saveCa(CertificateAuthority ca) throws PkiException {
    StringBuilder content = new StringBuilder();
    content.append(Pem.encode(Pem.CERTIFICATE, CertificateSupport.encoded(ca.certificate())));
    if (ca instanceof LocalCa) {
      LocalCa local = (LocalCa) ca;
      content.append(seal(local.privateKey(), caAad(ca.name()), "CA '" + ca.name() + "'"));
    }
    write(caFile(ca.name()), content.toString());
  }

  /** Deletes a CA's file. */
  public void deleteCa(String name) throws PkiException {
    Names.check("CA", name);
    try {
      SecureFiles.deleteDurably(caFile(name));
    } catch (IOException e) {
      throw new PkiException("cannot delete CA '" + name + "'", e);
    }
  }

  // ---- server certificates -----------------------------------------------------------------

  /** The names of all stored server certificates, sorted. */
  public List<String> serverCertificateNames() throws PkiException {
    return names(directory.resolve(SERVER_DIRECTORY));
  }

  /** Loads a server certificate chain and unseals its key, checking that they belong together. */
  public Optional<CertifiedKey> loadServerCertificate(String name) throws PkiException {
    Names.check("server certificate", name);
    Optional<List<Pem.Block>> blocks = read(serverFile(name));
    if (blocks.isEmpty()) {
      return Optional.empty();
    }
    String what = "server certificate '" + name + "'";
    List<X509Certificate> chain = new ArrayList<>();
    for (byte[] der : Pem.blocksOf(blocks.get(), Pem.CERTIFICATE)) {
      chain.add(CertificateSupport.parseCertificate(der));
    }
    if (chain.isEmpty()) {
      throw new PkiException(what + ": the file holds no certificate");
    }
    PrivateKey key =
        unseal(Pem.blocksOf(blocks.get(), Pem.SEALED_PRIVATE_KEY), serverAad(name), what);
    CertificateSupport.checkKeyMatches(
        key, chain.get(0), CertificateSupport.keyAlgorithmOf(chain.get(0)), context);
    return Optional.of(CertifiedKey.of(key, chain));
  }

  /** Saves (or replaces) a server certificate: chain and sealed key in one atomic write. */
  public void saveServerCertificate(String name, CertifiedKey key) throws PkiException {
    Names.check("server certificate", name);
    StringBuilder content = new StringBuilder();
    for (X509Certificate certificate : key.chain()) {
      content.append(Pem.encode(Pem.CERTIFICATE, CertificateSupport.encoded(certificate)));
    }
    content.append(seal(key.privateKey(), serverAad(name), "server certificate '" + name + "'"));
    write(serverFile(name), content.toString());
  }

  // ---- trusted-CA profiles -----------------------------------------------------------------

  /**
   * Loads the profiles, checking the integrity seal and that every CA's certificate is still the
   * one the profiles were saved with. An absent file gives an empty list.
   */
  public List<TrustedCaProfile> loadProfiles() throws PkiException {
    Path file = directory.resolve(PROFILES_FILE);
    JsonNode root;
    try {
      root = json.readTree(Files.readAllBytes(file));
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new PkiException(PROFILES_FILE + " cannot be read: " + e.getMessage(), e);
    }
    if (root == null
        || !root.path("format").isInt()
        || root.path("format").intValue() != PROFILES_FORMAT
        || !root.path("profiles").isArray()
        || !root.path("seal").isTextual()) {
      throw new PkiException(PROFILES_FILE + " is not a trusted-CA profile file of format 1");
    }
    JsonNode profiles = root.get("profiles");
    checkSeal(profiles, root.get("seal").textValue());
    Map<String, String> fingerprints = new HashMap<>();
    List<TrustedCaProfile> out = new ArrayList<>();
    for (JsonNode profile : profiles) {
      String profileName = profile.path("name").asText();
      List<String> cas = new ArrayList<>();
      for (JsonNode ca : profile.path("cas")) {
        String caName = ca.path("name").asText();
        String expected = ca.path("sha256").asText();
        String actual = fingerprints.get(caName);
        if (actual == null) {
          X509Certificate certificate =
              loadCaCertificate(caName)
                  .orElseThrow(
                      () ->
                          new PkiException(
                              "profile '"
                                  + profileName
                                  + "' trusts CA '"
                                  + caName
                                  + "', which is missing"));
          actual = CertificateSupport.fingerprint(certificate, context);
          fingerprints.put(caName, actual);
        }
        if (!MessageDigest.isEqual(
            actual.getBytes(StandardCharsets.US_ASCII),
            expected.getBytes(StandardCharsets.US_ASCII))) {
          throw new PkiException(
              "CA '"
                  + caName
                  + "' has a different certificate from the one profile '"
                  + profileName
                  + "' trusts; the PKI directory was changed outside Arca");
        }
        cas.add(caName);
      }
      try {
        out.add(new TrustedCaProfile(profileName, cas));
      } catch (IllegalArgumentException e) {
        throw new PkiException(PROFILES_FILE + ": " + e.getMessage(), e);
      }
    }
    return List.copyOf(out);
  }

  /** Saves the profiles with the current fingerprint of every CA they list. */
  public void saveProfiles(List<TrustedCaProfile> profiles) throws PkiException {
    ArrayNode array = canonicalJson.createArrayNode();
    for (TrustedCaProfile profile : profiles) {
      ObjectNode node = array.addObject();
      node.put("name", profile.name());
      ArrayNode cas = node.putArray("cas");
      for (String caName : profile.caNames()) {
        X509Certificate certificate =
            loadCaCertificate(caName)
                .orElseThrow(() -> new PkiException("CA '" + caName + "' does not exist"));
        cas.addObject()
            .put("name", caName)
            .put("sha256", CertificateSupport.fingerprint(certificate, context));
      }
    }
    ObjectNode root = json.createObjectNode();
    root.put("format", PROFILES_FORMAT);
    root.set("profiles", array);
    try {
      root.put(
          "seal",
          Base64.getEncoder()
              .encodeToString(envelope.seal(digest(canonical(array)), PROFILES_AAD)));
      write(directory.resolve(PROFILES_FILE), json.writeValueAsString(root) + "\n");
    } catch (CryptoException e) {
      throw new PkiException("cannot seal the trusted-CA profiles: " + e.getMessage(), e);
    } catch (JsonProcessingException e) {
      throw new PkiException("cannot encode the trusted-CA profiles", e);
    }
  }

  @Override
  public String toString() {
    return "PkiStore[" + directory + "]";
  }

  // ---- internals ---------------------------------------------------------------------------

  private Path caFile(String name) {
    return directory.resolve(CA_DIRECTORY).resolve(name + EXTENSION);
  }

  private Path serverFile(String name) {
    return directory.resolve(SERVER_DIRECTORY).resolve(name + EXTENSION);
  }

  private static byte[] caAad(String name) {
    return ("pki:ca:" + name).getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] serverAad(String name) {
    return ("pki:server:" + name).getBytes(StandardCharsets.UTF_8);
  }

  private String seal(PrivateKey key, byte[] aad, String what) throws PkiException {
    byte[] pkcs8 = key.getEncoded();
    if (pkcs8 == null) {
      throw new PkiException(what + ": the private key cannot be encoded");
    }
    try {
      return Pem.encode(Pem.SEALED_PRIVATE_KEY, envelope.seal(pkcs8, aad));
    } catch (CryptoException e) {
      throw new PkiException(what + ": cannot seal the private key: " + e.getMessage(), e);
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  private PrivateKey unseal(List<byte[]> sealed, byte[] aad, String what) throws PkiException {
    if (sealed.size() != 1) {
      throw new PkiException(what + ": the file must hold exactly one sealed private key");
    }
    byte[] pkcs8;
    try {
      pkcs8 = envelope.open(sealed.get(0), aad);
    } catch (CryptoException e) {
      throw new PkiException(
          what
              + ": the private key does not open with the master key (wrong master key, or the"
              + " file was altered or moved)",
          e);
    }
    try {
      return CertificateSupport.privateKey(pkcs8, context);
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  private void checkSeal(JsonNode profiles, String seal) throws PkiException {
    byte[] expected;
    try {
      expected = envelope.open(Base64.getDecoder().decode(seal), PROFILES_AAD);
    } catch (CryptoException | IllegalArgumentException e) {
      throw new PkiException(
          PROFILES_FILE + ": the integrity seal does not open; the file was changed outside Arca",
          e);
    }
    if (!MessageDigest.isEqual(expected, digest(canonical(profiles)))) {
      throw new PkiException(
          PROFILES_FILE
              + ": the content does not match its integrity seal; the file was changed"
              + " outside Arca");
    }
  }

  private byte[] canonical(JsonNode node) throws PkiException {
    try {
      return canonicalJson.writeValueAsBytes(node);
    } catch (JsonProcessingException e) {
      throw new PkiException("cannot encode the trusted-CA profiles", e);
    }
  }

  private byte[] digest(byte[] data) throws PkiException {
    try {
      return context.crypto().hash(DigestAlgorithm.SHA256, data);
    } catch (CryptoException e) {
      throw new PkiException("cannot hash: " + e.getMessage(), e);
    }
  }

  private Optional<List<Pem.Block>> read(Path file) throws PkiException {
    try {
      return Optional.of(Pem.decode(Files.readString(file, StandardCharsets.US_ASCII)));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new PkiException(
          "cannot read " + directory.relativize(file) + ": " + e.getMessage(), e);
    }
  }

  private void write(Path file, String content) throws PkiException {
    try {
      SecureFiles.writeAtomically(file, content.getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new PkiException(
          "cannot write " + directory.relativize(file) + ": " + e.getMessage(), e);
    }
  }

  private static List<String> names(Path folder) throws PkiException {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*" + EXTENSION)) {
      for (Path file : files) {
        String fileName = file.getFileName().toString();
        String name = fileName.substring(0, fileName.length() - EXTENSION.length());
        if (Names.isValid(name)) {
          names.add(name);
        }
      }
    } catch (NoSuchFileException e) {
      return List.of();
    } catch (IOException e) {
      throw new PkiException("cannot list " + folder + ": " + e.getMessage(), e);
    }
    Collections.sort(names);
    return List.copyOf(names);
  }
}
