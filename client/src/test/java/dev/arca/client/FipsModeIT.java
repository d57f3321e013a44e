package dev.arca.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.DigitalSignatureAlgorithm;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.PaddingMethod;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.HashRequest;
import dev.arca.kmip.payload.HashResponse;
import dev.arca.server.testing.FipsNodeProcess;
import dev.arca.server.tls.TlsContexts;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLHandshakeException;
import javax.net.ssl.SSLSocket;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A node in FIPS mode (its own JVM, BC-FIPS approved-only, as {@code arca server} runs it) seen by
 * the Java client and by raw TLS clients: non-approved algorithms and key sizes are refused with a
 * message naming the algorithm, approved ones work, old TLS and non-approved cipher suites do not
 * connect, and the FIPS status server reports FIPS mode with every self-test passed.
 */
class FipsModeIT {

  private static final byte[] MESSAGE = "approved only".getBytes(StandardCharsets.UTF_8);

  private static FipsNodeProcess node;
  private static KmipClient client;

  @BeforeAll
  static void start() throws IOException {
    node = FipsNodeProcess.start();
    client = KmipClient.builder().bundle(node.bundle()).build();
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
    if (node != null) {
      node.close();
    }
  }

  /** The refusal of {@code call}: Cryptographic Failure or Invalid Field, naming {@code what}. */
  private static void refused(String what, ThrowingCall call) {
    KmipClientException e = catchThrowableOfType(call::run, KmipClientException.class);
    assertThat(e).as("refused: " + what).isNotNull();
    assertThat(e.reason())
        .as(e.getMessage())
        .isIn(ResultReason.CRYPTOGRAPHIC_FAILURE, ResultReason.INVALID_FIELD);
    assertThat(e.getMessage()).contains("FIPS mode").contains(what);
  }

  @FunctionalInterface
  private interface ThrowingCall {
    void run() throws Exception;
  }

  private static Attributes key(CryptographicAlgorithm algorithm, int length) {
    return KeyAttributes.builder().algorithm(algorithm).length(length).build();
  }

  // ---- refused -------------------------------------------------------------------------------

  @Test
  void tripleDesKeyIsRefused() {
    refused("3DES-168", () -> client.create(key(CryptographicAlgorithm.DES3, 168)));
  }

  @Test
  void blowfishKeyIsRefused() {
    refused("Blowfish-128", () -> client.create(key(CryptographicAlgorithm.BLOWFISH, 128)));
  }

  @Test
  void rsa1024KeyPairIsRefused() {
    refused(
        "RSA-1024",
        () ->
            client.createKeyPair(
                key(CryptographicAlgorithm.RSA, 1024),
                KeyAttributes.builder().usage(CryptographicUsageMask.SIGN).build(),
                KeyAttributes.builder().usage(CryptographicUsageMask.VERIFY).build()));
  }

  @Test
  void sixtyFourBitHmacKeyIsRefused() {
    refused("HMAC-SHA256-64", () -> client.create(key(CryptographicAlgorithm.HMAC_SHA256, 64)));
  }

  @Test
  void md5HashIsRefusedAndSha256Works() throws Exception {
    refused(
        "MD5",
        () ->
            client.call(
                Operation.HASH,
                HashRequest.of(
                    CryptographicParameters.builder()
                        .hashingAlgorithm(HashingAlgorithm.MD5)
                        .build(),
                    MESSAGE)));
    HashResponse sha256 =
        client.call(
            Operation.HASH,
            HashRequest.of(
                CryptographicParameters.builder()
                    .hashingAlgorithm(HashingAlgorithm.SHA_256)
                    .build(),
                MESSAGE),
            HashResponse.class);
    assertThat(sha256.data()).hasValueSatisfying(d -> assertThat(d).isEqualTo(sha256(MESSAGE)));
  }

  // ---- served --------------------------------------------------------------------------------

  @Test
  void aes256Works() throws Exception {
    String id =
        client.create(
            KeyAttributes.builder()
                .algorithm(CryptographicAlgorithm.AES)
                .length(256)
                .usage(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT)
                .build());
    client.activate(id);
    CryptographicParameters gcm =
        CryptographicParameters.builder()
            .blockCipherMode(BlockCipherMode.GCM)
            .tagLength(16)
            .randomIv(true)
            .build();
    Encrypted e = client.encrypt(id, gcm, MESSAGE);
    assertThat(e.ciphertext()).isNotEqualTo(MESSAGE);
    assertThat(client.decrypt(id, gcm, e)).isEqualTo(MESSAGE);
  }

  @Test
  void rsa3072Works() throws Exception {
    KeyPairIds pair =
        client.createKeyPair(
            key(CryptographicAlgorithm.RSA, 3072),
            KeyAttributes.builder().usage(CryptographicUsageMask.SIGN).build(),
            KeyAttributes.builder().usage(CryptographicUsageMask.VERIFY).build());
    client.activate(pair.privateKeyId());
    client.activate(pair.publicKeyId());
    assertThat(client.getAttributes(pair.publicKeyId()).cryptographicLength()).hasValue(3072);
    CryptographicParameters pss =
        CryptographicParameters.builder()
            .cryptographicAlgorithm(CryptographicAlgorithm.RSA)
            .paddingMethod(PaddingMethod.PSS)
            .hashingAlgorithm(HashingAlgorithm.SHA_256)
            .build();
    byte[] signature = client.sign(pair.privateKeyId(), pss, MESSAGE);
    assertThat(signature).hasSize(384);
    assertThat(client.verify(pair.publicKeyId(), pss, MESSAGE, signature)).isTrue();
    // SHA-1 signatures are not approved for new signatures, whatever the key size.
    refused(
        "RSA-PKCS1-SHA1",
        () ->
            client.sign(
                pair.privateKeyId(),
                CryptographicParameters.builder()
                    .digitalSignatureAlgorithm(DigitalSignatureAlgorithm.SHA_1_WITH_RSA_ENCRYPTION)
                    .build(),
                MESSAGE));
  }

  @Test
  void p256Works() throws Exception {
    KeyPairIds pair =
        client.createKeyPair(
            key(CryptographicAlgorithm.ECDSA, 256),
            KeyAttributes.builder().usage(CryptographicUsageMask.SIGN).build(),
            KeyAttributes.builder().usage(CryptographicUsageMask.VERIFY).build());
    client.activate(pair.privateKeyId());
    client.activate(pair.publicKeyId());
    CryptographicParameters ecdsa =
        CryptographicParameters.builder()
            .digitalSignatureAlgorithm(DigitalSignatureAlgorithm.ECDSA_WITH_SHA256)
            .build();
    byte[] signature = client.sign(pair.privateKeyId(), ecdsa, MESSAGE);
    assertThat(client.verify(pair.publicKeyId(), ecdsa, MESSAGE, signature)).isTrue();
    assertThat(client.verify(pair.publicKeyId(), ecdsa, "other".getBytes(), signature)).isFalse();
  }

  // ---- TLS -----------------------------------------------------------------------------------

  private static final int ECDHE_ECDSA_AES_128_GCM_SHA256 = 0xC02B;
  private static final int ECDHE_RSA_AES_128_GCM_SHA256 = 0xC02F;
  private static final int ECDHE_ECDSA_AES_128_CBC_SHA = 0xC009;
  private static final int ECDHE_RSA_AES_128_CBC_SHA = 0xC013;
  private static final int ECDHE_ECDSA_AES_128_CBC_SHA256 = 0xC023;
  private static final int RSA_AES_128_CBC_SHA = 0x002F;

  @Test
  void aTls11ClientCannotConnect() throws IOException {
    // A well-formed TLS 1.2 hello is answered with a ServerHello; the same hello saying TLS 1.1
    // gets a fatal alert.
    assertThat(
            helloAnswer(
                0x0303, List.of(ECDHE_ECDSA_AES_128_GCM_SHA256, ECDHE_RSA_AES_128_GCM_SHA256)))
        .isEqualTo("ServerHello");
    assertThat(
            helloAnswer(
                0x0302,
                List.of(
                    ECDHE_ECDSA_AES_128_GCM_SHA256,
                    ECDHE_RSA_AES_128_GCM_SHA256,
                    ECDHE_ECDSA_AES_128_CBC_SHA,
                    ECDHE_RSA_AES_128_CBC_SHA,
                    RSA_AES_128_CBC_SHA)))
        .startsWith("fatal alert");
  }

  @Test
  void aClientOfferingOnlyNonApprovedSuitesCannotConnect() throws Exception {
    assertThat(
            helloAnswer(
                0x0303,
                List.of(
                    ECDHE_ECDSA_AES_128_CBC_SHA,
                    ECDHE_RSA_AES_128_CBC_SHA,
                    ECDHE_ECDSA_AES_128_CBC_SHA256,
                    RSA_AES_128_CBC_SHA)))
        .startsWith("fatal alert");
    // The JDK's own TLS stack, offering TLS 1.2 with CBC suites only, fails its handshake too.
    SSLContext jdk = SSLContext.getInstance("TLSv1.2", "SunJSSE");
    jdk.init(null, new javax.net.ssl.TrustManager[] {new TrustingAnyServer()}, null);
    try (SSLSocket socket = (SSLSocket) jdk.getSocketFactory().createSocket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", node.kmipPort()), 10_000);
      socket.setSoTimeout(30_000);
      socket.setEnabledProtocols(new String[] {"TLSv1.2"});
      socket.setEnabledCipherSuites(
          new String[] {
            "TLS_ECDHE_ECDSA_WITH_AES_128_CBC_SHA256",
            "TLS_ECDHE_RSA_WITH_AES_128_CBC_SHA256",
            "TLS_ECDHE_ECDSA_WITH_AES_256_CBC_SHA",
            "TLS_RSA_WITH_AES_128_CBC_SHA"
          });
      SSLHandshakeException e =
          catchThrowableOfType(socket::startHandshake, SSLHandshakeException.class);
      assertThat(e).as("the handshake fails").isNotNull();
    }
  }

  /**
   * Sends a ClientHello of {@code version} offering {@code suites} (with the extensions a TLS 1.2
   * ECDHE handshake needs) and names the first record that comes back: {@code ServerHello}, {@code
   * fatal alert N}, or {@code closed}.
   */
  private static String helloAnswer(int version, List<Integer> suites) throws IOException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.write(version >> 8);
    body.write(version);
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    body.write(random);
    body.write(0); // no session id
    body.write((suites.size() * 2) >> 8);
    body.write(suites.size() * 2);
    for (int s : suites) {
      body.write(s >> 8);
      body.write(s);
    }
    body.write(1); // compression methods: null
    body.write(0);
    ByteArrayOutputStream ext = new ByteArrayOutputStream();
    extension(ext, 0x000a, new byte[] {0, 4, 0, 0x17, 0, 0x18}); // groups: P-256, P-384
    extension(ext, 0x000b, new byte[] {1, 0}); // EC point formats: uncompressed
    extension(
        ext,
        0x000d, // signature algorithms: ECDSA P-256 SHA-256, RSA-PSS SHA-256, PKCS#1 SHA-256
        new byte[] {0, 6, 0x04, 0x03, 0x08, 0x04, 0x04, 0x01});
    byte[] extensions = ext.toByteArray();
    body.write(extensions.length >> 8);
    body.write(extensions.length);
    body.write(extensions);
    byte[] hello = body.toByteArray();
    ByteArrayOutputStream record = new ByteArrayOutputStream();
    record.write(0x16);
    record.write(0x03);
    record.write(0x01); // record layer version of a first ClientHello
    int handshakeLength = hello.length + 4;
    record.write(handshakeLength >> 8);
    record.write(handshakeLength);
    record.write(0x01); // ClientHello
    record.write(0);
    record.write(hello.length >> 8);
    record.write(hello.length);
    record.write(hello);
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", node.kmipPort()), 10_000);
      socket.setSoTimeout(30_000);
      OutputStream out = socket.getOutputStream();
      out.write(record.toByteArray());
      out.flush();
      DataInputStream in = new DataInputStream(socket.getInputStream());
      byte[] header = new byte[5];
      try {
        in.readFully(header);
      } catch (EOFException e) {
        return "closed";
      }
      int type = header[0] & 0xff;
      byte[] first = new byte[2];
      in.readFully(first);
      if (type == 0x16 && first[0] == 0x02) {
        return "ServerHello";
      }
      if (type == 0x15) {
        return (first[0] == 2 ? "fatal alert " : "warning alert ") + (first[1] & 0xff);
      }
      return "record type " + type;
    }
  }

  private static void extension(ByteArrayOutputStream out, int type, byte[] data) {
    out.write(type >> 8);
    out.write(type);
    out.write(data.length >> 8);
    out.write(data.length);
    out.writeBytes(data);
  }

  /** The handshake is refused before any certificate is looked at. */
  private static final class TrustingAnyServer implements javax.net.ssl.X509TrustManager {
    @Override
    public void checkClientTrusted(java.security.cert.X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(java.security.cert.X509Certificate[] chain, String authType) {}

    @Override
    public java.security.cert.X509Certificate[] getAcceptedIssuers() {
      return new java.security.cert.X509Certificate[0];
    }
  }

  // ---- status --------------------------------------------------------------------------------

  @Test
  void theStatusServerReportsFipsModeWithEverySelfTestPassed() throws Exception {
    HttpClient https =
        HttpClient.newBuilder()
            .sslContext(TlsContexts.client(node.caCertificates()))
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    HttpResponse<String> json =
        https.send(
            HttpRequest.newBuilder(URI.create(node.statusUrl() + "/status.json")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(json.statusCode()).isEqualTo(200);
    JsonNode report = new ObjectMapper().readTree(json.body());
    assertThat(report.get("fipsMode").asBoolean()).isTrue();
    assertThat(report.get("restartPending").asBoolean()).isFalse();
    assertThat(report.at("/module/approvedOnly").asBoolean()).isTrue();
    assertThat(report.at("/module/operational").asBoolean()).isTrue();
    assertThat(report.get("selfTestsPassed").asBoolean()).isTrue();
    List<String> names = new ArrayList<>();
    for (JsonNode t : report.get("selfTests")) {
      assertThat(t.get("result").asText()).as(t.get("name").asText()).isEqualTo("pass");
      names.add(t.get("name").asText());
    }
    assertThat(names)
        .contains("BC-FIPS", "AES-GCM", "RSA-SIGN", "ECDSA", "DRBG", "PCT", "ENTROPY-HEALTH");
    HttpResponse<String> html =
        https.send(
            HttpRequest.newBuilder(URI.create(node.statusUrl() + "/status.html")).build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(html.body())
        .contains("<tr><th>FIPS mode</th><td>on</td></tr>")
        .contains("<tr><th>Approved-only mode</th><td>on</td></tr>")
        .doesNotContain("FAIL");
  }

  private static byte[] sha256(byte[] data) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(data);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
