package dev.arca.server.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.kmip.KmipListener;
import dev.arca.server.pki.CertifiedKey;
import dev.arca.server.pki.ClientCertificateRequest;
import dev.arca.server.pki.LocalCa;
import dev.arca.server.pki.Pki;
import dev.arca.server.pki.PkiException;
import dev.arca.server.pki.PkiExport;
import dev.arca.server.pki.TrustedCaProfile;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.cert.X509Certificate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issues a client bundle over the API: a new key pair, generated on the node, and a client
 * certificate for the user from the local CA that issued the listener's server certificate,
 * returned once as PEM (the key as unencrypted PKCS#8) with the CA certificates to trust the server
 * by and a {@code pykmip.conf} for the files saved beside it. The node keeps neither the key nor a
 * copy of the answer; the audit trail records who issued which certificate for whom.
 */
final class BundleIssuer {

  /**
   * What the bundle is for; every field is optional.
   *
   * @param listener the KMIP listener the client will use (default: the default listener)
   * @param host the host name or IPv4 address clients reach that listener by (default: the host
   *     this request was sent to); PyKMIP connects over IPv4 only
   * @param port the port clients reach it on (default: the port it is bound to)
   * @param validityDays how long the certificate is valid, 1 to 3650 days (default 2 years)
   * @param addresses source IP addresses to write into the certificate, for listeners that require
   *     the client's address in its certificate
   */
  record Request(
      String listener, String host, Integer port, Integer validityDays, List<String> addresses) {}

  private static final Pattern HOST =
      Pattern.compile(
          "(?=.{1,253}$)([A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*");

  private final AdminServer server;

  BundleIssuer(AdminServer server) {
    this.server = server;
  }

  ObjectNode issue(Call call, String user, Request request) throws ApiException, PkiException {
    KmipListener listener = listener(request.listener());
    ListenerConfig config = listener.config();
    Pki pki = server.backend().pki();
    LocalCa ca =
        pki.issuerOf(config.serverCertificate())
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.CONFLICT,
                        "listener "
                            + config.name()
                            + " presents a certificate no local CA issued; issue client"
                            + " certificates from the CA that did"));
    TrustedCaProfile profile =
        pki.trustedCaProfile(config.trustedCaProfile())
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.CONFLICT,
                        "listener " + config.name() + " names a missing trusted-CA profile"));
    if (!profile.trusts(ca.name())) {
      throw new ApiException(
          ErrorCode.CONFLICT,
          "listener "
              + config.name()
              + " does not trust CA '"
              + ca.name()
              + "' for client certificates; the bundle would be refused");
    }
    String host = host(call, request.host());
    int port = request.port() == null ? listener.port() : request.port();
    if (port < 1 || port > 65535) {
      throw new ApiException(ErrorCode.INVALID_FIELD, "field 'port' must be from 1 to 65535");
    }
    ClientCertificateRequest certificate = ClientCertificateRequest.forUser(user);
    if (request.validityDays() != null) {
      if (request.validityDays() < 1 || request.validityDays() > 3650) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD, "field 'validityDays' must be from 1 to 3650");
      }
      certificate = certificate.withValidity(Period.ofDays(request.validityDays()));
    }
    if (request.addresses() != null) {
      certificate = certificate.withAddresses(addresses(request.addresses()));
    }
    CertifiedKey issued = pki.issueClientCertificate(ca.name(), certificate);
    List<X509Certificate> serverChain =
        pki.serverCertificate(config.serverCertificate())
            .map(CertifiedKey::chain)
            .orElse(List.of());
    List<X509Certificate> serverCas =
        serverChain.size() > 1
            ? serverChain.subList(1, serverChain.size())
            : List.of(ca.certificate());
    X509Certificate leaf = issued.certificate();
    call.touched(user);
    call.touched("certificate " + leaf.getSerialNumber().toString(16));

    ObjectNode out = Json.object();
    out.put("user", user);
    out.put("listener", config.name());
    ObjectNode target = out.putObject("server");
    target.put("host", host);
    target.put("port", port);
    out.put("subject", leaf.getSubjectX500Principal().getName());
    out.put("serialNumber", leaf.getSerialNumber().toString(16));
    out.put("notAfter", leaf.getNotAfter().toInstant().toString());
    out.put("issuer", ca.name());
    out.put("certificate", PkiExport.certificatePem(leaf));
    out.put("privateKey", PkiExport.privateKeyPem(issued.privateKey()));
    out.put("caCertificates", PkiExport.certificatesPem(serverCas));
    out.put("pykmipConf", pykmipConf(user, host, port));
    return out;
  }

  private KmipListener listener(String name) throws ApiException {
    List<KmipListener> running = server.backend().listeners().running();
    if (name != null) {
      for (KmipListener l : running) {
        if (l.name().equals(name)) {
          return l;
        }
      }
      throw new ApiException(ErrorCode.INVALID_FIELD, "no running KMIP listener " + name);
    }
    Optional<ListenerConfig> fallback = server.kmipListener();
    for (KmipListener l : running) {
      if (fallback.isPresent() && l.name().equals(fallback.get().name())) {
        return l;
      }
    }
    throw new ApiException(ErrorCode.UNAVAILABLE, "no KMIP listener is running");
  }

  /** The host clients should connect to: as given, else the host this request reached. */
  private static String host(Call call, String given) throws ApiException {
    if (given != null) {
      String h = given.strip();
      if (!HOST.matcher(h).matches() || h.indexOf(':') >= 0) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD,
            "field 'host' must be a host name or an IPv4 address (PyKMIP connects over IPv4"
                + " only)");
      }
      return h;
    }
    String requested = call.ctx.req().getServerName();
    if (requested != null && HOST.matcher(requested).matches()) {
      return requested;
    }
    return "127.0.0.1";
  }

  private static List<InetAddress> addresses(List<String> texts) throws ApiException {
    List<InetAddress> out = new ArrayList<>();
    for (String text : texts) {
      if (text == null || !text.matches("[0-9A-Fa-f:.]{2,45}")) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD, "field 'addresses' holds something that is not an address");
      }
      try {
        out.add(InetAddress.getByName(text));
      } catch (UnknownHostException e) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD, "field 'addresses': '" + text + "' is not an IP address");
      }
    }
    return out;
  }

  /**
   * The [client] section PyKMIP 0.10 reads, naming the bundle's files by the names this answer
   * suggests; the password is the user's own and is not known here, so its line is left to fill in.
   */
  static String pykmipConf(String user, String host, int port) {
    return "# PyKMIP client configuration for Arca user "
        + user
        + ".\n"
        + "# Save the bundle's certificate as client.pem, its private key as client-key.pem\n"
        + "# (readable by you only) and its CA certificates as ca.pem beside this file, or\n"
        + "# change the paths below. Fill in the user's KMIP password.\n"
        + "[client]\n"
        + "host="
        + host
        + "\n"
        + "port="
        + port
        + "\n"
        + "certfile=client.pem\n"
        + "keyfile=client-key.pem\n"
        + "ca_certs=ca.pem\n"
        + "cert_reqs=CERT_REQUIRED\n"
        + "ssl_version=PROTOCOL_SSLv23\n"
        + "do_handshake_on_connect=True\n"
        + "suppress_ragged_eofs=True\n"
        + "username="
        + user.replace("%", "%%")
        + "\n"
        + "# password=\n";
  }
}
