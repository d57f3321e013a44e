package dev.arca.server.config;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One KMIP listener: where it binds, which certificate it shows, whom it trusts and what it allows.
 * A node may have several, e.g. an internal and an external interface.
 *
 * @param name a short unique name ({@code default}, {@code internal}, …)
 * @param bindAddress {@code 0.0.0.0}, {@code ::} or one interface's address
 * @param port the TCP port (KMIP's registered port is 5696); 0 lets the system choose a free one,
 *     for tests
 * @param serverCertificate the name of the server certificate the listener presents
 * @param trustedCaProfile the name of the trusted-CA list client certificates must chain to
 * @param idleTimeout a connection with no complete request for this long is closed
 * @param allowKeyAndPolicyConfiguration when false, only Get, Locate, Get Attributes, Get Attribute
 *     List, Check, Query, Discover Versions and the cryptographic operations are served
 * @param allowKeyExport when false, key material never leaves through Get (cryptographic operations
 *     still work)
 * @param clientCertificateMode how the client certificate is used
 * @param usernameField the certificate field holding the username, for {@link
 *     ClientCertificateMode#TLS_SESSION_AND_USERNAME}
 * @param requireSourceIpInCertificate the client certificate must carry the client's source IP
 *     address as a subjectAltName iPAddress
 * @param passwordRequired the KMIP Credential must carry a valid username and password
 * @param tlsProtocols the TLS versions offered, from {@code TLSv1.3} and {@code TLSv1.2}
 */
public record ListenerConfig(
    String name,
    String bindAddress,
    int port,
    String serverCertificate,
    String trustedCaProfile,
    Duration idleTimeout,
    boolean allowKeyAndPolicyConfiguration,
    boolean allowKeyExport,
    ClientCertificateMode clientCertificateMode,
    CertificateField usernameField,
    boolean requireSourceIpInCertificate,
    boolean passwordRequired,
    List<String> tlsProtocols) {

  public static final int KMIP_PORT = 5696;
  public static final Duration DEFAULT_IDLE_TIMEOUT = Duration.ofSeconds(3600);
  private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9_-]{0,31}");
  private static final List<String> ALLOWED_PROTOCOLS = List.of("TLSv1.3", "TLSv1.2");

  public ListenerConfig {
    Objects.requireNonNull(name, "name");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "listener name '" + name + "': use 1-32 of a-z, 0-9, '-' and '_'");
    }
    Objects.requireNonNull(bindAddress, "bindAddress");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException(
          "listener " + name + ": port " + port + " is not between 0 and 65535");
    }
    Objects.requireNonNull(serverCertificate, "serverCertificate");
    Objects.requireNonNull(trustedCaProfile, "trustedCaProfile");
    Objects.requireNonNull(idleTimeout, "idleTimeout");
    if (idleTimeout.isNegative() || idleTimeout.isZero()) {
      throw new IllegalArgumentException(
          "listener " + name + ": idle timeout must be positive, was " + idleTimeout);
    }
    Objects.requireNonNull(clientCertificateMode, "clientCertificateMode");
    Objects.requireNonNull(usernameField, "usernameField");
    tlsProtocols = List.copyOf(tlsProtocols);
    if (tlsProtocols.isEmpty() || !ALLOWED_PROTOCOLS.containsAll(tlsProtocols)) {
      throw new IllegalArgumentException(
          "listener "
              + name
              + ": TLS protocols "
              + tlsProtocols
              + " must be among "
              + ALLOWED_PROTOCOLS);
    }
    if (requireSourceIpInCertificate && clientCertificateMode == ClientCertificateMode.NOT_USED) {
      throw new IllegalArgumentException(
          "listener " + name + ": the source-IP check needs client certificates");
    }
    if (!passwordRequired
        && clientCertificateMode != ClientCertificateMode.TLS_SESSION_AND_USERNAME) {
      throw new IllegalArgumentException(
          "listener "
              + name
              + ": without passwords, client certificates must name the user"
              + " (client-certificate mode TLS_SESSION_AND_USERNAME)");
    }
  }

  /** The TLS versions a listener may offer, newest first. */
  public static List<String> supportedTlsProtocols() {
    return ALLOWED_PROTOCOLS;
  }

  /**
   * Whether {@code name} is a valid listener name: 1-32 of a-z, 0-9, '-' and '_', starting with a
   * letter or digit.
   */
  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** The default listener: all interfaces, port 5696, mutual TLS, passwords required. */
  public static ListenerConfig defaults(String name, String serverCertificate) {
    return new ListenerConfig(
        name,
        "0.0.0.0",
        KMIP_PORT,
        serverCertificate,
        "Default",
        DEFAULT_IDLE_TIMEOUT,
        true,
        true,
        ClientCertificateMode.TLS_SESSION_ONLY,
        CertificateField.CN,
        false,
        true,
        ALLOWED_PROTOCOLS);
  }

  /** A copy bound to another address and port (port 0: any free port). */
  public ListenerConfig withAddress(String newBindAddress, int newPort) {
    return new ListenerConfig(
        name,
        newBindAddress,
        newPort,
        serverCertificate,
        trustedCaProfile,
        idleTimeout,
        allowKeyAndPolicyConfiguration,
        allowKeyExport,
        clientCertificateMode,
        usernameField,
        requireSourceIpInCertificate,
        passwordRequired,
        tlsProtocols);
  }

  /** A copy with other values of the two <em>allow</em> flags. */
  public ListenerConfig withAllowed(boolean keyAndPolicyConfiguration, boolean keyExport) {
    return new ListenerConfig(
        name,
        bindAddress,
        port,
        serverCertificate,
        trustedCaProfile,
        idleTimeout,
        keyAndPolicyConfiguration,
        keyExport,
        clientCertificateMode,
        usernameField,
        requireSourceIpInCertificate,
        passwordRequired,
        tlsProtocols);
  }

  /** A copy with other client authentication rules. */
  public ListenerConfig withClientAuthentication(
      ClientCertificateMode mode,
      CertificateField field,
      boolean sourceIpInCertificate,
      boolean password) {
    return new ListenerConfig(
        name,
        bindAddress,
        port,
        serverCertificate,
        trustedCaProfile,
        idleTimeout,
        allowKeyAndPolicyConfiguration,
        allowKeyExport,
        mode,
        field,
        sourceIpInCertificate,
        password,
        tlsProtocols);
  }
}
