package dev.arca.server.pki;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.arca.core.crypto.CryptoModule;
import dev.arca.server.tls.TlsMaterial;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.KeyStore;
import java.security.Provider;
import java.security.Security;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLServerSocket;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.TrustManagerFactory;
import org.bouncycastle.jsse.provider.BouncyCastleJsseProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClientBundleTest {

  private static final ServerNames NAMES = ServerNames.of(List.of("localhost", "127.0.0.1"));

  /** With a '%' (configparser interpolation) and a space inside. */
  private static final String PASSWORD = "pa%ss word!#1";

  @TempDir Path data;

  @Test
  void bundleHoldsEveryFileWithTheRightModes() throws Exception {
    Pki pki = pki();
    Path directory = data.resolve("bundles/alice");

    ClientBundle bundle =
        ClientBundle.forUser("alice")
            .password(PASSWORD.toCharArray())
            .server(List.of("kmip1.example.com", "192.0.2.10"), 5696)
            .trustedCaProfile("Default")
            .write(pki, directory);

    assertThat(bundle.directory()).isEqualTo(directory.toAbsolutePath());
    Map<String, String> modes =
        Map.of(
            "ca.pem", "rw-r--r--",
            "client.pem", "rw-r--r--",
            "client-key.pem", "rw-------",
            "password", "rw-------",
            "pykmip.conf", "rw-------",
            "README.txt", "rw-r--r--");
    try (var files = Files.list(directory)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(modes.keySet());
    }
    for (Map.Entry<String, String> entry : modes.entrySet()) {
      assertThat(
              PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(directory.resolve(entry.getKey()))))
          .as(entry.getKey())
          .isEqualTo(entry.getValue());
    }
    assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(directory)))
        .isEqualTo("rwx------");

    X509Certificate ca = pki.localCa(Pki.LOCAL_CA).certificate();
    assertThat(CertificateSupport.parseCertificates(Files.readString(directory.resolve("ca.pem"))))
        .containsExactly(ca);
    X509Certificate clientCertificate =
        CertificateSupport.parseCertificates(Files.readString(directory.resolve("client.pem")))
            .get(0);
    assertThat(clientCertificate).isEqualTo(bundle.certificate());
    assertThat(clientCertificate.getSubjectX500Principal().getName())
        .isEqualTo("CN=alice,UID=alice");
    PkiFixture.validate(clientCertificate, ca);
    assertThat(Files.readString(directory.resolve("client-key.pem")))
        .startsWith("-----BEGIN PRIVATE KEY-----");
    assertThat(Files.readString(directory.resolve("password"))).isEqualTo(PASSWORD + "\n");

    List<String> config = Files.readAllLines(directory.resolve("pykmip.conf"));
    Path absolute = directory.toAbsolutePath();
    assertThat(config)
        .contains(
            "[client]",
            "host=kmip1.example.com, 192.0.2.10",
            "port=5696",
            "certfile=" + absolute.resolve("client.pem"),
            "keyfile=" + absolute.resolve("client-key.pem"),
            "ca_certs=" + absolute.resolve("ca.pem"),
            "cert_reqs=CERT_REQUIRED",
            "ssl_version=PROTOCOL_SSLv23",
            "username=alice",
            "password=pa%%ss word!#1");
    assertThat(Files.readString(directory.resolve("README.txt")))
        .contains(
            "ca.pem", "client.pem", "client-key.pem", "pykmip.conf", "ProxyKmipClient", "arca key")
        .doesNotContain(PASSWORD);
    assertThat(bundle.toString()).doesNotContain(PASSWORD);
  }

  @Test
  void badInputIsRefusedBeforeAnythingIsWritten() throws Exception {
    Pki pki = pki();
    Path directory = data.resolve("refused");
    assertThatThrownBy(
            () ->
                ClientBundle.forUser("alice")
                    .password("  padded".toCharArray())
                    .server("localhost", 5696)
                    .write(pki, directory))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the password must not start or end with white space");
    assertThatThrownBy(
            () ->
                ClientBundle.forUser("alice")
                    .password("two\nlines".toCharArray())
                    .server("localhost", 5696)
                    .write(pki, directory))
        .hasMessage("the password must not contain control characters");
    assertThatThrownBy(() -> ClientBundle.forUser("alice").server("::1", 5696))
        .hasMessageContaining("IPv4 only");
    assertThatThrownBy(
            () ->
                ClientBundle.forUser("alice")
                    .password("secret".toCharArray())
                    .server("localhost", 5696)
                    .trustedCaProfile("partners")
                    .write(pki, directory))
        .isInstanceOf(PkiException.class)
        .hasMessage("trusted-CA profile 'partners' does not exist");
    assertThat(directory).doesNotExist();

    Files.createDirectories(directory);
    Files.writeString(directory.resolve("something"), "x");
    assertThatThrownBy(
            () ->
                ClientBundle.forUser("alice")
                    .password("secret".toCharArray())
                    .server("localhost", 5696)
                    .write(pki, directory))
        .isInstanceOf(PkiException.class)
        .hasMessageContaining("is not empty");
  }

  /**
   * The real PyKMIP loads the bundle's pykmip.conf with its own config loader and opens a mutual
   * TLS connection with Python's ssl module to a BCJSSE server presenting Arca's KMIP certificate
   * and requiring a client certificate from the Default profile.
   */
  @Test
  void pykmipConnectsWithTheBundle() throws Exception {
    Path python = Path.of("/usr/bin/python3");
    boolean pykmip = Files.isExecutable(python) && run(python, "-c", "import kmip").exitCode == 0;
    if (!pykmip) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new AssertionError(
            "PyKMIP is required on CI: install the Debian package python3-pykmip");
      }
      assumeTrue(false, "PyKMIP is not installed (apt-get install python3-pykmip); skipping");
    }

    Pki pki = pki();
    SSLContext context = serverContext(pki.forServer(Pki.KMIP_CERTIFICATE, "Default"));
    try (SSLServerSocket server =
        (SSLServerSocket)
            context
                .getServerSocketFactory()
                .createServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      server.setNeedClientAuth(true);
      server.setEnabledProtocols(new String[] {"TLSv1.3", "TLSv1.2"});
      CompletableFuture<String> peer = CompletableFuture.supplyAsync(() -> acceptOne(server));

      ClientBundle bundle =
          ClientBundle.forUser("alice")
              .password(PASSWORD.toCharArray())
              .server("127.0.0.1", server.getLocalPort())
              .write(pki, data.resolve("alice"));

      Path script = data.resolve("connect.py");
      Files.writeString(
          script,
          String.join(
              "\n",
              "import os, sys",
              "from kmip.pie.client import ProxyKmipClient",
              "client = ProxyKmipClient(config_file=sys.argv[1])",
              "proxy = client.proxy",
              "print('username', proxy.username)",
              "print('password-matches', proxy.password == os.environ['EXPECTED'])",
              "print('port', proxy.port)",
              "client.open()",
              "tls = proxy.socket",
              "print('protocol', tls.version())",
              "print('server-subject', dict(x[0] for x in tls.getpeercert()['subject']))",
              "print('server-says', tls.recv(200).decode().strip())",
              "client.close()",
              ""));
      Result result =
          run(
              Map.of("EXPECTED", PASSWORD),
              python,
              script.toString(),
              bundle.pykmipConfig().toString());

      assertThat(result.exitCode).as(result.output).isZero();
      assertThat(peer.get(30, TimeUnit.SECONDS)).isEqualTo("CN=alice,UID=alice");
      assertThat(result.output)
          .contains("username alice")
          .contains("password-matches True")
          .contains("port " + server.getLocalPort())
          .containsPattern("protocol TLSv1\\.[23]")
          .contains("server-says hello CN=alice,UID=alice")
          .doesNotContain(PASSWORD);
    }
  }

  private Pki pki() throws PkiException {
    Pki pki = PkiFixture.open(data.resolve("node"));
    pki.initialize("node1", NAMES, List.of(Pki.KMIP_CERTIFICATE));
    return pki;
  }

  /** The server side as the listeners build it: BCJSSE over BC-FIPS, keys in a BCFKS store. */
  private static SSLContext serverContext(TlsMaterial material) throws Exception {
    Provider bcfips = Security.getProvider("BCFIPS");
    Provider jsse = new BouncyCastleJsseProvider(true, bcfips);
    char[] storePassword = "in-memory store only".toCharArray();
    KeyStore keys = KeyStore.getInstance("BCFKS", bcfips);
    keys.load(null, null);
    keys.setKeyEntry(
        "server",
        material.privateKey(),
        storePassword,
        material.chain().toArray(new Certificate[0]));
    KeyManagerFactory keyManagers = KeyManagerFactory.getInstance("PKIX", jsse);
    keyManagers.init(keys, storePassword);
    KeyStore trusted = KeyStore.getInstance("BCFKS", bcfips);
    trusted.load(null, null);
    int i = 0;
    for (X509Certificate ca : material.trustedCas()) {
      trusted.setCertificateEntry("ca" + i++, ca);
    }
    TrustManagerFactory trustManagers = TrustManagerFactory.getInstance("PKIX", jsse);
    trustManagers.init(trusted);
    SSLContext context = SSLContext.getInstance("TLS", jsse);
    context.init(
        keyManagers.getKeyManagers(),
        trustManagers.getTrustManagers(),
        CryptoModule.instance().secureRandom());
    return context;
  }

  /** Accepts one connection, completes the handshake and greets the client by its subject. */
  private static String acceptOne(SSLServerSocket server) {
    try (SSLSocket socket = (SSLSocket) server.accept()) {
      socket.setSoTimeout(30_000);
      socket.startHandshake();
      X509Certificate peer = (X509Certificate) socket.getSession().getPeerCertificates()[0];
      String subject = peer.getSubjectX500Principal().getName();
      OutputStream out = socket.getOutputStream();
      out.write(("hello " + subject + "\n").getBytes(StandardCharsets.UTF_8));
      out.flush();
      // Wait for the client to go, so that the greeting is not cut off by a reset. PyKMIP
      // closes the socket without a TLS close_notify, which BCJSSE reports as an exception.
      try {
        socket.getInputStream().read();
      } catch (IOException expected) {
        // the client has gone
      }
      return subject;
    } catch (IOException e) {
      throw new IllegalStateException("TLS server: " + e, e);
    }
  }

  private record Result(int exitCode, String output) {}

  private static Result run(Path program, String... arguments) throws Exception {
    return run(Map.of(), program, arguments);
  }

  private static Result run(Map<String, String> environment, Path program, String... arguments)
      throws Exception {
    List<String> command = new ArrayList<>();
    command.add(program.toString());
    command.addAll(List.of(arguments));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(60, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("timed out: " + command);
    }
    return new Result(process.exitValue(), output);
  }
}
