package dev.arca.server.testing;

import dev.arca.core.access.PasswordHash;
import dev.arca.core.access.UserDirectory;
import dev.arca.core.admin.AdminDirectory;
import dev.arca.core.audit.AuditEvent;
import dev.arca.core.crypto.MasterKeyFile;
import dev.arca.kmip.message.Authentication;
import dev.arca.kmip.message.Credential;
import dev.arca.kmip.message.UsernamePassword;
import dev.arca.server.FirstRun;
import dev.arca.server.Node;
import dev.arca.server.NodeException;
import dev.arca.server.NodeOptions;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.config.ServerConfig;
import dev.arca.server.kmip.KmipListener;
import dev.arca.server.pki.ClientBundle;
import dev.arca.server.tls.TlsContexts;
import dev.arca.server.tls.TlsMaterial;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.security.cert.CertificateException;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.bouncycastle.asn1.pkcs.PrivateKeyInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.openssl.PEMParser;
import org.bouncycastle.openssl.jcajce.JcaPEMKeyConverter;

/**
 * A real node started in this JVM for integration tests: a temporary data directory, the KMIP
 * listener on 127.0.0.1 and a free port, the admin HTTPS port on 127.0.0.1 and another free port,
 * the first client user {@value #USER} with a known password and its client bundle, the first
 * administrator {@value #ADMIN} with the password {@value #ADMIN_PASSWORD}, and low PBKDF2
 * iteration counts so that starting is fast. Audit events are kept for assertions. {@link
 * #restart()} stops the node and starts it again on the same data directory.
 */
public final class NodeFixture implements AutoCloseable {

  public static final String USER = "client";
  public static final String PASSWORD = "fixture-password-0123456789";
  public static final String ADMIN = "admin";
  public static final String ADMIN_PASSWORD = "fixture-admin-password-0123";

  public final Path dataDirectory;

  /** The running node; another one after {@link #restart()}. */
  public volatile Node node;

  private final ServerConfig config;
  private final NodeOptions options;
  private final Path bundle;
  private final ConcurrentLinkedQueue<AuditEvent> audit = new ConcurrentLinkedQueue<>();

  private NodeFixture(
      Path dataDirectory,
      UnaryOperator<ListenerConfig> listener,
      UnaryOperator<NodeOptions> tune,
      boolean fipsMode)
      throws NodeException {
    this.dataDirectory = dataDirectory;
    ServerConfig defaults = ServerConfig.defaults(dataDirectory);
    ListenerConfig l =
        listener.apply(defaults.kmip().listeners().get(0).withAddress("127.0.0.1", 0));
    this.config =
        new ServerConfig(
            "test-node",
            defaults.dataDirectory(),
            defaults.logDirectory(),
            Optional.empty(),
            // The FIPS status server on loopback and a free port, like the other ports.
            new ServerConfig.Fips(
                fipsMode,
                new ServerConfig.StatusServer(
                    true, "127.0.0.1", 0, defaults.fips().status().serverCertificate())),
            new ServerConfig.Kmip(List.of(l), defaults.kmip().decodeLimits()),
            new ServerConfig.Admin("127.0.0.1", 0, defaults.admin().serverCertificate()));
    this.options =
        tune.apply(
            NodeOptions.fromEnvironment()
                .withFirstUser(USER, PASSWORD.toCharArray())
                .withUserSettings(
                    UserDirectory.Settings.defaults().withIterations(PasswordHash.MIN_ITERATIONS))
                .withAdminPassword(ADMIN_PASSWORD.toCharArray())
                .withAdminSettings(
                    AdminDirectory.Settings.defaults().withIterations(PasswordHash.TEST_ITERATIONS))
                .withMasterKeyIterations(MasterKeyFile.MIN_ITERATIONS)
                .withAudit(audit::add));
    this.node = Node.start(config, options);
    this.bundle = node.firstRun().map(FirstRun.Result::bundle).orElseThrow();
  }

  /** A node with the default listener settings. */
  public static NodeFixture start() {
    return start(UnaryOperator.identity());
  }

  /** A node whose one listener is the default one changed by {@code listener}. */
  public static NodeFixture start(UnaryOperator<ListenerConfig> listener) {
    return start(listener, UnaryOperator.identity());
  }

  /**
   * A node whose one listener is the default one changed by {@code listener}, started with the
   * fixture's options changed by {@code options} (e.g. other admin API settings).
   */
  public static NodeFixture start(
      UnaryOperator<ListenerConfig> listener, UnaryOperator<NodeOptions> options) {
    try {
      return new NodeFixture(Files.createTempDirectory("arca-node"), listener, options, false);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NodeException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /**
   * A node in FIPS mode. The JVM must have loaded BC-FIPS in approved-only mode ({@code
   * -Dorg.bouncycastle.fips.approved_only=true}, as {@link FipsNodeProcess} starts its JVM), or the
   * node refuses to start.
   */
  public static NodeFixture startInFipsMode() {
    try {
      return new NodeFixture(
          Files.createTempDirectory("arca-node"),
          UnaryOperator.identity(),
          UnaryOperator.identity(),
          true);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NodeException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The FIPS status server's base address, {@code https://127.0.0.1:<port>}. */
  public String fipsStatusUrl() {
    return "https://127.0.0.1:" + node.fipsStatusServer().orElseThrow().port();
  }

  /** Stops the node and starts it again on the same data directory, configuration and options. */
  public void restart() {
    node.close();
    try {
      node = Node.start(config, options);
    } catch (NodeException e) {
      throw new IllegalStateException(e.getMessage(), e);
    }
  }

  /** The admin HTTPS port bound. */
  public int adminPort() {
    return node.adminServer().orElseThrow().port();
  }

  /** The admin port's base address, {@code https://127.0.0.1:<port>}. */
  public String adminUrl() {
    return "https://127.0.0.1:" + adminPort();
  }

  /** The certificates of the node's local CA, which issued the admin and KMIP certificates. */
  public List<X509Certificate> caCertificates() {
    return certificates(bundle.resolve(ClientBundle.CA_FILE));
  }

  public KmipListener listener() {
    return node.listeners().get(0);
  }

  /** The port the KMIP listener bound. */
  public int port() {
    return listener().port();
  }

  /** The first user's client bundle directory. */
  public Path bundle() {
    return bundle;
  }

  /** The first user's client certificate, key and CA from its bundle, as a client presents them. */
  public TlsMaterial clientMaterial() {
    return bundleMaterial(bundle());
  }

  /** A TLS connection to the KMIP listener with the first user's client certificate. */
  public KmipTestClient connect() throws IOException {
    return KmipTestClient.connect(
        TlsContexts.client(clientMaterial()), new InetSocketAddress("127.0.0.1", port()));
  }

  /** The Authentication of the first user, to put in a request header. */
  public static Authentication credential() {
    return Authentication.of(Credential.of(UsernamePassword.of(USER, PASSWORD)));
  }

  /** Reads a client bundle's PEM files. */
  public static TlsMaterial bundleMaterial(Path bundle) {
    try {
      PrivateKey key;
      try (PEMParser p =
          new PEMParser(Files.newBufferedReader(bundle.resolve(ClientBundle.KEY_FILE)))) {
        key =
            new JcaPEMKeyConverter()
                .setProvider("BCFIPS")
                .getPrivateKey((PrivateKeyInfo) p.readObject());
      }
      return new TlsMaterial(
          key,
          certificates(bundle.resolve(ClientBundle.CERTIFICATE_FILE)),
          certificates(bundle.resolve(ClientBundle.CA_FILE)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The certificates of a PEM file. */
  public static List<X509Certificate> certificates(Path pem) {
    List<X509Certificate> out = new ArrayList<>();
    try (PEMParser p = new PEMParser(Files.newBufferedReader(pem))) {
      for (Object o = p.readObject(); o != null; o = p.readObject()) {
        try {
          out.add(
              new JcaX509CertificateConverter()
                  .setProvider("BCFIPS")
                  .getCertificate((X509CertificateHolder) o));
        } catch (CertificateException e) {
          throw new IOException(pem + ": " + e.getMessage(), e);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  public List<AuditEvent> audit() {
    return new ArrayList<>(audit);
  }

  @Override
  public void close() {
    node.close();
    try (Stream<Path> files = Files.walk(dataDirectory)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
