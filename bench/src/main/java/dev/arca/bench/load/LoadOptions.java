package dev.arca.bench.load;

import dev.arca.kmip.KmipVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * What a load does and against which server. Built with {@link #builder()}; every setting is
 * checked there, and a wrong one fails with a message naming it and its allowed range.
 *
 * @param host the KMIP server's host name or address
 * @param port its port
 * @param certificate the client certificate, PEM
 * @param privateKey its private key, unencrypted PKCS#8 PEM
 * @param trustedCas PEM files of the CA certificates the server's certificate must chain to
 * @param username the KMIP Username and Password Credential's username, sent in every request
 * @param password its password
 * @param tlsProtocols the TLS versions offered, e.g. {@code [TLSv1.3, TLSv1.2]}
 * @param resumeSessions whether new connections may resume a TLS 1.2 session (session ID)
 * @param connections TLS connections open at once, each driven by its own thread
 * @param inFlight requests sent on a connection before its first response is awaited
 * @param duration how long the timed part lasts, or empty when {@code requests} bounds it
 * @param requests how many requests the timed part completes, or empty when {@code duration} does
 * @param warmup load applied and not measured before the timed part (the server's JIT, caches)
 * @param version the KMIP protocol version of every request
 * @param mix the operations and their weights
 * @param payloadBytes bytes of data in each Encrypt, Decrypt, Sign and MAC request
 * @param aesMode the AES mode of Encrypt and Decrypt
 * @param signature the key pairs and signature of Sign
 * @param keys AES and HMAC keys in the pool (key pairs: at most {@value KeyPool#MAX_SIGNING_PAIRS})
 * @param cleanup whether the pool and the objects Create made are destroyed at the end
 * @param serverPid the server's process, to measure its CPU time and memory; when empty and the
 *     host is this machine, the process listening on the port, if it can be found
 * @param label a name for the server in reports, e.g. {@code arca}
 * @param connectTimeout the longest wait for a TCP connection and its handshake
 * @param readTimeout the longest wait for a response
 */
public record LoadOptions(
    String host,
    int port,
    Path certificate,
    Path privateKey,
    List<Path> trustedCas,
    Optional<String> username,
    Optional<String> password,
    List<String> tlsProtocols,
    boolean resumeSessions,
    int connections,
    int inFlight,
    Optional<Duration> duration,
    OptionalLong requests,
    Duration warmup,
    KmipVersion version,
    OperationMix mix,
    int payloadBytes,
    AesMode aesMode,
    SignatureKind signature,
    int keys,
    boolean cleanup,
    OptionalLong serverPid,
    String label,
    Duration connectTimeout,
    Duration readTimeout) {

  public static final int MAX_CONNECTIONS = 10_000;
  public static final int MAX_IN_FLIGHT = 1024;
  public static final int MAX_PAYLOAD_BYTES = 1 << 20;
  public static final int MAX_KEYS = 100_000;

  public LoadOptions {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(certificate, "certificate: the client certificate (PEM) is required");
    Objects.requireNonNull(privateKey, "privateKey: the client key (PEM) is required");
    trustedCas = List.copyOf(trustedCas);
    tlsProtocols = List.copyOf(tlsProtocols);
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(password, "password");
    Objects.requireNonNull(duration, "duration");
    Objects.requireNonNull(requests, "requests");
    Objects.requireNonNull(warmup, "warmup");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(mix, "mix");
    Objects.requireNonNull(aesMode, "aesMode");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(serverPid, "serverPid");
    Objects.requireNonNull(label, "label");
    range("port", port, 1, 65535);
    range("connections", connections, 1, MAX_CONNECTIONS);
    range("inFlight", inFlight, 1, MAX_IN_FLIGHT);
    range("payloadBytes", payloadBytes, 1, MAX_PAYLOAD_BYTES);
    range("keys", keys, 1, MAX_KEYS);
    if (trustedCas.isEmpty()) {
      throw new IllegalArgumentException(
          "trustedCas: the CA certificate(s) that signed the server certificate are required");
    }
    if (tlsProtocols.isEmpty()) {
      throw new IllegalArgumentException("tlsProtocols: at least one of TLSv1.3, TLSv1.2");
    }
    for (String p : tlsProtocols) {
      if (!p.equals("TLSv1.3") && !p.equals("TLSv1.2")) {
        throw new IllegalArgumentException(
            "tlsProtocols: '" + p + "' is not allowed; use TLSv1.3 and/or TLSv1.2");
      }
    }
    if (duration.isPresent() == requests.isPresent()) {
      throw new IllegalArgumentException("give either a duration or a request count, not both");
    }
    if (duration.isPresent() && (duration.get().isNegative() || duration.get().isZero())) {
      throw new IllegalArgumentException("duration must be positive, was " + duration.get());
    }
    if (requests.isPresent() && requests.getAsLong() < 1) {
      throw new IllegalArgumentException(
          "requests must be at least 1, was " + requests.getAsLong());
    }
    if (warmup.isNegative()) {
      throw new IllegalArgumentException("warmup must not be negative, was " + warmup);
    }
    positive("connectTimeout", connectTimeout);
    positive("readTimeout", readTimeout);
    if (serverPid.isPresent() && serverPid.getAsLong() < 1) {
      throw new IllegalArgumentException("serverPid must be a process id, was " + serverPid);
    }
  }

  /** Starts a set of options with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** {@code host:port}. */
  public String target() {
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
  }

  private static void range(String name, int value, int min, int max) {
    if (value < min || value > max) {
      throw new IllegalArgumentException(
          name + " must be between " + min + " and " + max + ", was " + value);
    }
  }

  private static void positive(String name, Duration d) {
    Objects.requireNonNull(d, name);
    if (d.isNegative() || d.isZero()) {
      throw new IllegalArgumentException(name + " must be positive, was " + d);
    }
  }

  /** The settings of a load, with defaults for all but the server and the credentials. */
  public static final class Builder {
    private String host;
    private int port = 5696;
    private Path certificate;
    private Path privateKey;
    private final List<Path> trustedCas = new ArrayList<>();
    private Optional<String> username = Optional.empty();
    private Optional<String> password = Optional.empty();
    private List<String> tlsProtocols = List.of("TLSv1.3", "TLSv1.2");
    private boolean resumeSessions = true;
    private int connections = 8;
    private int inFlight = 1;
    private Optional<Duration> duration = Optional.of(Duration.ofSeconds(10));
    private OptionalLong requests = OptionalLong.empty();
    private Duration warmup = Duration.ofSeconds(3);
    private KmipVersion version = KmipVersion.V2_1;
    private OperationMix mix = OperationMix.of(BenchOperation.GET);
    private int payloadBytes = 1024;
    private AesMode aesMode = AesMode.GCM;
    private SignatureKind signature = SignatureKind.ECDSA;
    private int keys = 16;
    private boolean cleanup = true;
    private OptionalLong serverPid = OptionalLong.empty();
    private String label = "";
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration readTimeout = Duration.ofSeconds(30);

    private Builder() {}

    /**
     * Takes the settings of an Arca client bundle directory ({@code client.pem}, {@code
     * client-key.pem}, {@code ca.pem}, {@code password}, and the host, port and username of {@code
     * pykmip.conf}) for those not set yet; later calls may override them.
     *
     * @throws IOException when the directory or its {@code pykmip.conf} cannot be read
     */
    public Builder bundle(Path directory) throws IOException {
      if (!Files.isDirectory(directory)) {
        throw new IOException("client bundle " + directory + ": not a directory");
      }
      Path config = directory.resolve("pykmip.conf");
      boolean inClient = false;
      for (String raw : Files.readAllLines(config, StandardCharsets.UTF_8)) {
        String line = raw.strip();
        if (line.startsWith("[")) {
          inClient = line.equals("[client]");
          continue;
        }
        int eq = line.indexOf('=');
        if (!inClient || eq < 0 || line.startsWith("#") || line.startsWith(";")) {
          continue;
        }
        String key = line.substring(0, eq).strip();
        String value = line.substring(eq + 1).strip();
        switch (key) {
          case "host":
            if (host == null) {
              host = value.split(",")[0].strip();
            }
            break;
          case "port":
            try {
              port = Integer.parseInt(value);
            } catch (NumberFormatException e) {
              throw new IOException(config + ": port '" + value + "' is not a number");
            }
            break;
          case "username":
            if (username.isEmpty() && !value.isEmpty()) {
              username = Optional.of(value);
            }
            break;
          default:
            break;
        }
      }
      if (certificate == null) {
        certificate = directory.resolve("client.pem");
        privateKey = directory.resolve("client-key.pem");
      }
      if (trustedCas.isEmpty()) {
        trustedCas.add(directory.resolve("ca.pem"));
      }
      Path passwordFile = directory.resolve("password");
      if (password.isEmpty() && Files.isRegularFile(passwordFile)) {
        List<String> lines = Files.readAllLines(passwordFile, StandardCharsets.UTF_8);
        if (!lines.isEmpty() && !lines.get(0).isEmpty()) {
          password = Optional.of(lines.get(0));
        }
      }
      return this;
    }

    public Builder host(String value) {
      this.host = value;
      return this;
    }

    public Builder port(int value) {
      this.port = value;
      return this;
    }

    /** The client certificate and its unencrypted PEM key. */
    public Builder certificate(Path certificatePem, Path keyPem) {
      this.certificate = certificatePem;
      this.privateKey = keyPem;
      return this;
    }

    /** The trusted CA certificates, replacing any so far (e.g. a bundle's). */
    public Builder trustedCas(List<Path> pems) {
      trustedCas.clear();
      trustedCas.addAll(pems);
      return this;
    }

    /** The Username and Password Credential; an empty username sends none. */
    public Builder credential(Optional<String> user, Optional<String> userPassword) {
      this.username = user;
      this.password = userPassword;
      return this;
    }

    /** The credential's username, replacing the bundle's. */
    public Builder username(String value) {
      this.username = Optional.of(value);
      return this;
    }

    /** The credential's password, replacing the bundle's. */
    public Builder password(String value) {
      this.password = Optional.of(value);
      return this;
    }

    public Builder tlsProtocols(List<String> value) {
      this.tlsProtocols = value;
      return this;
    }

    public Builder resumeSessions(boolean value) {
      this.resumeSessions = value;
      return this;
    }

    public Builder connections(int value) {
      this.connections = value;
      return this;
    }

    public Builder inFlight(int value) {
      this.inFlight = value;
      return this;
    }

    /** A timed part of this length (replaces a request count). */
    public Builder duration(Duration value) {
      this.duration = Optional.of(value);
      this.requests = OptionalLong.empty();
      return this;
    }

    /** A timed part of this many requests (replaces a duration). */
    public Builder requests(long value) {
      this.requests = OptionalLong.of(value);
      this.duration = Optional.empty();
      return this;
    }

    public Builder warmup(Duration value) {
      this.warmup = value;
      return this;
    }

    public Builder version(KmipVersion value) {
      this.version = value;
      return this;
    }

    public Builder mix(OperationMix value) {
      this.mix = value;
      return this;
    }

    public Builder payloadBytes(int value) {
      this.payloadBytes = value;
      return this;
    }

    public Builder aesMode(AesMode value) {
      this.aesMode = value;
      return this;
    }

    public Builder signature(SignatureKind value) {
      this.signature = value;
      return this;
    }

    public Builder keys(int value) {
      this.keys = value;
      return this;
    }

    public Builder cleanup(boolean value) {
      this.cleanup = value;
      return this;
    }

    public Builder serverPid(long pid) {
      this.serverPid = OptionalLong.of(pid);
      return this;
    }

    public Builder label(String value) {
      this.label = value;
      return this;
    }

    public Builder connectTimeout(Duration value) {
      this.connectTimeout = value;
      return this;
    }

    public Builder readTimeout(Duration value) {
      this.readTimeout = value;
      return this;
    }

    /**
     * The options.
     *
     * @throws IllegalArgumentException naming a setting that is missing or out of range
     */
    public LoadOptions build() {
      if (host == null) {
        throw new IllegalArgumentException("host: the KMIP server address is required");
      }
      if (certificate == null || privateKey == null) {
        throw new IllegalArgumentException(
            "certificate: a client certificate and key (or a client bundle) are required");
      }
      return new LoadOptions(
          host,
          port,
          certificate,
          privateKey,
          trustedCas,
          username,
          password,
          tlsProtocols,
          resumeSessions,
          connections,
          inFlight,
          duration,
          requests,
          warmup,
          version,
          mix,
          payloadBytes,
          aesMode,
          signature,
          keys,
          cleanup,
          serverPid,
          label.isEmpty() ? host + ":" + port : label,
          connectTimeout,
          readTimeout);
    }
  }
}
