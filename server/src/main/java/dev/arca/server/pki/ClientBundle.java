package dev.arca.server.pki;

import dev.arca.core.crypto.SecureFiles;
import dev.arca.server.config.CertificateField;
import java.io.IOException;
import java.net.InetAddress;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Everything a KMIP client needs to talk to this node as one user, in one directory:
 *
 * <pre>
 * &lt;dir&gt;/
 *   ca.pem           the CA certificate(s) that signed the KMIP server certificate (0644)
 *   client.pem       the user's client certificate (0644)
 *   client-key.pem   its private key, unencrypted PKCS#8 PEM (0600)
 *   password         the user's KMIP password, one line (0600)
 *   pykmip.conf      a [client] section for PyKMIP, absolute paths, with the password (0600)
 *   README.txt       what each file is and how to use it (0644)
 * </pre>
 *
 * <p>The key is unencrypted because PyKMIP hands {@code keyfile} to Python's {@code ssl} without a
 * password, which would then prompt on the terminal; the directory is 0700 and the key 0600
 * instead. PyKMIP reads {@code pykmip.conf} with {@code configparser} and its {@code %}
 * interpolation, so a {@code %} in a value is written as {@code %%}; it connects over IPv4 only,
 * wraps the socket with {@code ssl.wrap_socket} (gone in Python 3.12) and does not check the host
 * name, only the chain up to {@code ca_certs}.
 */
public final class ClientBundle {

  /** The CA certificate(s) to verify the server with. */
  public static final String CA_FILE = "ca.pem";

  /** The client certificate. */
  public static final String CERTIFICATE_FILE = "client.pem";

  /** The client's private key, PKCS#8 PEM. */
  public static final String KEY_FILE = "client-key.pem";

  /** The KMIP password. */
  public static final String PASSWORD_FILE = "password";

  /** The PyKMIP configuration. */
  public static final String PYKMIP_CONFIG = "pykmip.conf";

  /** What is in the directory. */
  public static final String README = "README.txt";

  private final Path directory;
  private final String username;
  private final X509Certificate certificate;

  private ClientBundle(Path directory, String username, X509Certificate certificate) {
    this.directory = directory;
    this.username = username;
    this.certificate = certificate;
  }

  /** Starts a bundle for a KMIP user. */
  public static Builder forUser(String username) {
    return new Builder(username);
  }

  /** The bundle's directory (absolute). */
  public Path directory() {
    return directory;
  }

  /** The PyKMIP configuration file, for {@code ProxyKmipClient(config_file=...)}. */
  public Path pykmipConfig() {
    return directory.resolve(PYKMIP_CONFIG);
  }

  /** The user. */
  public String username() {
    return username;
  }

  /** The client certificate issued for the bundle. */
  public X509Certificate certificate() {
    return certificate;
  }

  @Override
  public String toString() {
    return "ClientBundle[" + username + ", " + directory + "]";
  }

  /** Settings of a bundle; {@link #password} and {@link #server} are required. */
  public static final class Builder {

    private final String username;
    private char[] password;
    private List<String> hosts = List.of();
    private int port = 5696;
    private String serverCertificate = Pki.KMIP_CERTIFICATE;
    private String issuer;
    private Set<CertificateField> usernameFields = ClientCertificateRequest.DEFAULT_FIELDS;
    private List<InetAddress> addresses = List.of();
    private KeyAlgorithm keyAlgorithm = KeyAlgorithm.DEFAULT;
    private Period validity = CertificateProfile.CLIENT.defaultValidity();
    private String trustedCaProfile;

    private Builder(String username) {
      this.username = Objects.requireNonNull(username, "username");
    }

    /**
     * The user's KMIP password, written to {@code password} and {@code pykmip.conf}. It must not
     * start or end with white space, contain control characters, or be {@code None} (PyKMIP reads
     * that word as "no password"). The array is copied; the copy is cleared after {@link #write}.
     */
    public Builder password(char[] userPassword) {
      this.password = Objects.requireNonNull(userPassword, "password").clone();
      return this;
    }

    /**
     * The KMIP server clients connect to: one host, or several nodes of a cluster that PyKMIP tries
     * in order. Host names or IPv4 addresses (PyKMIP opens IPv4 sockets only).
     */
    public Builder server(List<String> serverHosts, int serverPort) {
      if (serverPort < 1 || serverPort > 65535) {
        throw new IllegalArgumentException("port " + serverPort + " is not between 1 and 65535");
      }
      List<String> checked = new ArrayList<>();
      for (String host : serverHosts) {
        checked.add(checkHost(host));
      }
      if (checked.isEmpty()) {
        throw new IllegalArgumentException("at least one server host is needed");
      }
      this.hosts = List.copyOf(checked);
      this.port = serverPort;
      return this;
    }

    /** One KMIP server host and port. */
    public Builder server(String host, int serverPort) {
      return server(List.of(host), serverPort);
    }

    /**
     * The server certificate the KMIP listener presents ({@code kmip} by default): its issuing CA
     * goes to {@code ca.pem}.
     */
    public Builder serverCertificate(String name) {
      this.serverCertificate = Names.check("server certificate", name);
      return this;
    }

    /**
     * The local CA that issues the client certificate; by default the one that issued the server
     * certificate.
     */
    public Builder issuer(String caName) {
      this.issuer = Names.check("CA", caName);
      return this;
    }

    /**
     * Checks that the listener's trusted-CA profile trusts the issuing CA, so that a bundle the
     * listener would reject is never written.
     */
    public Builder trustedCaProfile(String profile) {
      this.trustedCaProfile = Names.check("profile", profile);
      return this;
    }

    /** The subject fields that carry the username; CN and UID by default. */
    public Builder usernameFields(Set<CertificateField> fields) {
      this.usernameFields = Set.copyOf(fields);
      return this;
    }

    /** Source addresses to put in the certificate's subjectAltName; none by default. */
    public Builder addresses(List<InetAddress> sourceAddresses) {
      this.addresses = List.copyOf(sourceAddresses);
      return this;
    }

    /** The client key's type; ECDSA P-256 by default. */
    public Builder keyAlgorithm(KeyAlgorithm algorithm) {
      this.keyAlgorithm = Objects.requireNonNull(algorithm, "algorithm");
      return this;
    }

    /** The client certificate's validity; 2 years by default. */
    public Builder validity(Period period) {
      this.validity = Objects.requireNonNull(period, "validity");
      return this;
    }

    /**
     * Issues the client certificate and writes the bundle. The directory is created (0700) if
     * needed and must not hold files yet.
     *
     * @throws PkiException if the server certificate or CA is missing, the profile does not trust
     *     the CA, the directory is not empty, or a file cannot be written
     */
    public ClientBundle write(Pki pki, Path directory) throws PkiException {
      Objects.requireNonNull(pki, "pki");
      if (password == null) {
        throw new IllegalArgumentException("a password is required");
      }
      if (hosts.isEmpty()) {
        throw new IllegalArgumentException("the KMIP server host is required");
      }
      try {
        checkConfigValue("username", username);
        checkPasswordValue(password);
        ClientCertificateRequest request =
            new ClientCertificateRequest(
                username, usernameFields, addresses, keyAlgorithm, validity);
        CertifiedKey server =
            pki.serverCertificate(serverCertificate)
                .orElseThrow(
                    () ->
                        new PkiException(
                            "server certificate '" + serverCertificate + "' does not exist"));
        String caName = issuer;
        if (caName == null) {
          caName =
              pki.issuerOf(serverCertificate)
                  .orElseThrow(
                      () ->
                          new PkiException(
                              "server certificate '"
                                  + serverCertificate
                                  + "' was not issued by a local CA; name the issuing CA"))
                  .name();
        }
        if (trustedCaProfile != null) {
          TrustedCaProfile profile =
              pki.trustedCaProfile(trustedCaProfile)
                  .orElseThrow(
                      () ->
                          new PkiException(
                              "trusted-CA profile '" + trustedCaProfile + "' does not exist"));
          if (!profile.trusts(caName)) {
            throw new PkiException(
                "profile '"
                    + trustedCaProfile
                    + "' does not trust CA '"
                    + caName
                    + "': the listener would refuse the client certificate");
          }
        }
        List<X509Certificate> serverCas =
            server.chain().size() > 1
                ? server.chain().subList(1, server.chain().size())
                : List.of(pki.localCa(caName).certificate());
        CertifiedKey client = pki.issueClientCertificate(caName, request);
        Path dir = directory.toAbsolutePath().normalize();
        prepare(dir);
        writeFiles(dir, serverCas, client);
        return new ClientBundle(dir, username, client.certificate());
      } finally {
        Arrays.fill(password, '\0');
        password = null;
      }
    }

    @Override
    public String toString() {
      return "ClientBundle.Builder[" + username + ", " + hosts + ":" + port + "]";
    }

    private void writeFiles(Path dir, List<X509Certificate> serverCas, CertifiedKey client)
        throws PkiException {
      byte[] passwordBytes = utf8(password);
      byte[] config = null;
      try {
        write(dir.resolve(CA_FILE), ascii(PkiExport.certificatesPem(serverCas)), false);
        write(
            dir.resolve(CERTIFICATE_FILE),
            ascii(PkiExport.certificatePem(client.certificate())),
            false);
        write(dir.resolve(KEY_FILE), ascii(PkiExport.privateKeyPem(client.privateKey())), true);
        byte[] line = Arrays.copyOf(passwordBytes, passwordBytes.length + 1);
        line[passwordBytes.length] = '\n';
        try {
          write(dir.resolve(PASSWORD_FILE), line, true);
        } finally {
          Arrays.fill(line, (byte) 0);
        }
        config = pykmipConfig(dir, client.certificate());
        write(dir.resolve(PYKMIP_CONFIG), config, true);
        write(dir.resolve(README), readme(dir, client.certificate()), false);
      } finally {
        Arrays.fill(passwordBytes, (byte) 0);
        if (config != null) {
          Arrays.fill(config, (byte) 0);
        }
      }
    }

    /**
     * The [client] section PyKMIP 0.10's {@code KMIPProxy} reads ({@code kmip/services/
     * kmip_client.py}, {@code _set_variables}): {@code cert_reqs} and {@code ssl_version} are names
     * of {@code ssl} module constants.
     */
    private byte[] pykmipConfig(Path dir, X509Certificate certificate) {
      StringBuilder out = new StringBuilder();
      out.append("# PyKMIP client configuration for Arca user ")
          .append(username)
          .append(", certificate valid until ")
          .append(day(certificate))
          .append(".\n");
      out.append("# Python: ProxyKmipClient(config_file=\"")
          .append(dir.resolve(PYKMIP_CONFIG))
          .append("\")\n");
      out.append("# This file holds the password: keep it private (mode 0600).\n");
      out.append("[client]\n");
      entry(out, "host", String.join(", ", hosts));
      entry(out, "port", Integer.toString(port));
      entry(out, "certfile", dir.resolve(CERTIFICATE_FILE).toString());
      entry(out, "keyfile", dir.resolve(KEY_FILE).toString());
      entry(out, "ca_certs", dir.resolve(CA_FILE).toString());
      entry(out, "cert_reqs", "CERT_REQUIRED");
      entry(out, "ssl_version", "PROTOCOL_SSLv23");
      entry(out, "do_handshake_on_connect", "True");
      entry(out, "suppress_ragged_eofs", "True");
      entry(out, "username", username);
      CharBuffer text = CharBuffer.allocate(out.length() + password.length * 2 + 16);
      text.append(out);
      text.append("password=");
      for (char c : password) {
        text.append(c);
        if (c == '%') {
          text.append('%');
        }
      }
      text.append('\n');
      text.flip();
      ByteBuffer encoded = StandardCharsets.UTF_8.encode(text);
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      Arrays.fill(text.array(), '\0');
      if (encoded.hasArray()) {
        Arrays.fill(encoded.array(), (byte) 0);
      }
      return bytes;
    }

    private byte[] readme(Path dir, X509Certificate certificate) {
      String server = String.join(", ", hosts) + " port " + port;
      String text =
          "Arca KMIP client bundle for user "
              + username
              + "\n\n"
              + "Server: "
              + server
              + "\n"
              + "Client certificate: "
              + certificate.getSubjectX500Principal().getName()
              + ", valid until "
              + day(certificate)
              + "\n\n"
              + "Files\n"
              + "  ca.pem          CA certificate that signed the server's KMIP certificate;\n"
              + "                  the client trusts the server through it\n"
              + "  client.pem      your client certificate (identifies you to the server)\n"
              + "  client-key.pem  its private key, unencrypted PKCS#8 PEM: keep it private\n"
              + "  password        your KMIP password\n"
              + "  pykmip.conf     ready configuration for PyKMIP (holds the password)\n\n"
              + "Keep this directory private: client-key.pem, password and pykmip.conf\n"
              + "let anyone act as "
              + username
              + ". Do not move the files: pykmip.conf names them\n"
              + "by absolute path (edit it if you do).\n\n"
              + "PyKMIP (0.10 runs on Python 3.11 or older)\n"
              + "  from kmip.core import enums\n"
              + "  from kmip.pie.client import ProxyKmipClient\n"
              + "  with ProxyKmipClient(config_file=\""
              + dir.resolve(PYKMIP_CONFIG)
              + "\") as client:\n"
              + "      key_id = client.create(enums.CryptographicAlgorithm.AES, 256)\n\n"
              + "arca key\n"
              + "  arca key list --bundle "
              + dir
              + "\n"
              + "  The command takes the server, CA, certificate, key, username and password\n"
              + "  from this directory.\n\n"
              + "Other clients\n"
              + "  Use ca.pem as the trusted CA, client.pem and client-key.pem as the TLS client\n"
              + "  certificate and key, and the username and password as the KMIP credential.\n";
      return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void entry(StringBuilder out, String key, String value) {
      out.append(key).append('=').append(value.replace("%", "%%")).append('\n');
    }

    private static void prepare(Path dir) throws PkiException {
      try {
        if (Files.isDirectory(dir)) {
          try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
              throw new PkiException(
                  "bundle directory " + dir + " is not empty; choose a new one or empty it");
            }
          }
        } else {
          SecureFiles.ensureDirectory(dir);
        }
      } catch (IOException e) {
        throw new PkiException("cannot create bundle directory " + dir + ": " + e.getMessage(), e);
      }
    }

    private static void write(Path file, byte[] content, boolean secret) throws PkiException {
      try {
        SecureFiles.writeAtomically(
            file, content, secret ? SecureFiles.OWNER_READ_WRITE : SecureFiles.WORLD_READABLE);
      } catch (IOException e) {
        throw new PkiException("cannot write " + file + ": " + e.getMessage(), e);
      }
    }

    private static String checkHost(String host) {
      String value = Objects.requireNonNull(host, "host").trim();
      if (value.indexOf(':') >= 0) {
        throw new IllegalArgumentException(
            "server host '"
                + host
                + "': PyKMIP 0.10 connects over IPv4 only; use a host name or"
                + " an IPv4 address");
      }
      if (ServerNames.isIpLiteral(value)) {
        ServerNames.literal(value);
        return value;
      }
      return ServerNames.of(List.of(value)).dnsNames().get(0);
    }

    /** A value PyKMIP's configparser reads back unchanged (apart from the %% escape). */
    private static void checkConfigValue(String what, String value) {
      if ("None".equals(value)) {
        throw new IllegalArgumentException(
            what + " 'None' cannot be used: PyKMIP reads it as no value");
      }
      if (value.isEmpty() || !value.strip().equals(value)) {
        throw new IllegalArgumentException(
            what + " must not be empty or start or end with white space");
      }
      for (int i = 0; i < value.length(); i++) {
        if (Character.isISOControl(value.charAt(i))) {
          throw new IllegalArgumentException(what + " must not contain control characters");
        }
      }
    }

    private static void checkPasswordValue(char[] value) {
      if (value.length == 0) {
        throw new IllegalArgumentException("the password must not be empty");
      }
      if (Character.isWhitespace(value[0]) || Character.isWhitespace(value[value.length - 1])) {
        throw new IllegalArgumentException("the password must not start or end with white space");
      }
      for (char c : value) {
        if (Character.isISOControl(c)) {
          throw new IllegalArgumentException("the password must not contain control characters");
        }
      }
      if (value.length == 4
          && value[0] == 'N'
          && value[1] == 'o'
          && value[2] == 'n'
          && value[3] == 'e') {
        throw new IllegalArgumentException(
            "the password cannot be used: PyKMIP reads this word as no password");
      }
    }

    private static byte[] utf8(char[] chars) {
      ByteBuffer encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(chars));
      byte[] bytes = new byte[encoded.remaining()];
      encoded.get(bytes);
      if (encoded.hasArray()) {
        Arrays.fill(encoded.array(), (byte) 0);
      }
      return bytes;
    }

    private static byte[] ascii(String text) {
      return text.getBytes(StandardCharsets.US_ASCII);
    }

    private static String day(X509Certificate certificate) {
      return DateTimeFormatter.ISO_LOCAL_DATE.format(
          certificate.getNotAfter().toInstant().atOffset(ZoneOffset.UTC));
    }
  }
}
