package dev.arca.server.admin;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.codec.Encoding;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.config.ClientCertificateMode;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.kmip.ConnectionInfo;
import dev.arca.server.tls.CertificateAddresses;
import java.net.InetSocketAddress;
import java.security.cert.X509Certificate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.net.ssl.SSLSession;

/**
 * KMIP over HTTPS on the admin port (the KMIP profiles' HTTPS message encoding, and KMIP Additional
 * Message Encodings v1.0 §2.4–2.5): {@code POST /kmip} and {@code POST /kmip/{version}} with one
 * request message as binary TTLV ({@code application/octet-stream}), KMIP JSON ({@code
 * application/json}) or KMIP XML ({@code text/xml}), answered in the same encoding with status 200
 * — every KMIP failure is a KMIP response. The version in the path (e.g. {@code 2.1}) must be one
 * this server speaks; the message's own Protocol Version decides how it is answered.
 *
 * <h2>Authentication: exactly as on the TTLV listener</h2>
 *
 * The request goes to the same dispatcher as the TTLV listeners', with a {@link ConnectionInfo}
 * built from this HTTPS connection — the client's address, its verified certificate chain, the
 * negotiated protocol and suite — and the settings of the <em>default listener</em>: the running
 * listener named {@code default}, or else the first running one. Its client-certificate mode,
 * username field, source-IP check and password rule, and its two <em>allow</em> flags, apply here
 * as there; its name in the dispatcher's audit trail and metrics is {@code https}. Before the
 * dispatcher, the connection is admitted as the listener admits one: a certificate is required
 * unless the mode is {@code not-used}, it must chain to the listener's trusted-CA profile (the
 * admin port's TLS layer trusts the administrators' CAs as well), and with the source-IP check it
 * must carry the client's address. A refused connection gets {@code 403
 * client_certificate_refused}.
 */
final class KmipOverHttps {

  /** The name KMIP over HTTPS goes by in the dispatcher's audit trail and the metrics. */
  static final String TRANSPORT = "https";

  private final AdminServer server;

  KmipOverHttps(AdminServer server) {
    this.server = server;
  }

  void register(RouteTable t) {
    t.post("/kmip", "kmip.request")
        .access(Route.Access.KMIP)
        .summary(
            "One KMIP request message as TTLV, KMIP JSON or KMIP XML (by Content-Type),"
                + " authenticated as on the default KMIP listener")
        .errors(
            ErrorCode.PAYLOAD_TOO_LARGE,
            ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            ErrorCode.CLIENT_CERTIFICATE_REFUSED,
            ErrorCode.UNAVAILABLE)
        .handle(this::serve);
    t.post("/kmip/{version}", "kmip.request")
        .access(Route.Access.KMIP)
        .summary("The same, with the protocol version in the path, e.g. /kmip/2.1")
        .errors(
            ErrorCode.PAYLOAD_TOO_LARGE,
            ErrorCode.UNSUPPORTED_MEDIA_TYPE,
            ErrorCode.CLIENT_CERTIFICATE_REFUSED,
            ErrorCode.UNAVAILABLE)
        .handle(this::serve);
  }

  private void serve(Call call) throws ApiException {
    if (call.ctx.pathParamMap().containsKey("version")) {
      String version = call.pathParameter("version");
      if (!knownVersion(version)) {
        throw new ApiException(
            ErrorCode.NOT_FOUND, "no KMIP version " + Call.shorten(version) + " here; 1.0 to 2.1");
      }
    }
    Encoding encoding =
        call.mediaType()
            .flatMap(Encoding::fromMediaType)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.UNSUPPORTED_MEDIA_TYPE,
                        "send application/octet-stream (TTLV), application/json (KMIP JSON) or"
                            + " text/xml (KMIP XML)"));
    ListenerConfig listener =
        server
            .kmipListener()
            .map(KmipOverHttps::asHttps)
            .orElseThrow(
                () -> new ApiException(ErrorCode.UNAVAILABLE, "no KMIP listener is running"));
    ConnectionInfo connection = admit(call, listener);
    byte[] body = call.body(server.backend().kmipLimits().maxMessageBytes());
    byte[] response;
    try {
      Ttlv request = encoding.decode(body, server.backend().kmipLimits());
      response = encoding.encode(server.backend().kmip().handle(request, connection));
    } catch (DecodeException e) {
      response = encoding.encode(server.backend().kmip().undecodable(e, connection));
    } finally {
      // Requests may carry key material (Register); do not leave it lying around.
      Arrays.fill(body, (byte) 0);
    }
    call.auditedElsewhere();
    call.bytes(200, encoding.mediaType(), response);
  }

  /** Admits the connection as a KMIP listener with these settings would, or refuses it. */
  private ConnectionInfo admit(Call call, ListenerConfig listener) throws ApiException {
    List<X509Certificate> chain = call.peerCertificates();
    InetSocketAddress remote = call.remote();
    if (listener.clientCertificateMode() != ClientCertificateMode.NOT_USED) {
      if (chain.isEmpty()) {
        throw new ApiException(
            ErrorCode.CLIENT_CERTIFICATE_REFUSED,
            "KMIP needs a client certificate from a CA the listener trusts");
      }
      if (!ClientCertificates.chainsTo(chain, server.kmipListenerCas())) {
        throw new ApiException(
            ErrorCode.CLIENT_CERTIFICATE_REFUSED,
            "the client certificate is not from a CA the KMIP listener trusts");
      }
    } else if (!chain.isEmpty() && !ClientCertificates.chainsTo(chain, server.kmipListenerCas())) {
      // Not needed here, but one from another profile (an administrator's) names no KMIP user.
      chain = List.of();
    }
    if (listener.requireSourceIpInCertificate()
        && (chain.isEmpty()
            || remote.getAddress() == null
            || !CertificateAddresses.contains(chain.get(0), remote.getAddress()))) {
      throw new ApiException(
          ErrorCode.CLIENT_CERTIFICATE_REFUSED,
          "the client certificate does not contain the source address");
    }
    Optional<SSLSession> session = call.tlsSession();
    return new ConnectionInfo(
        listener,
        remote,
        chain,
        session.map(SSLSession::getProtocol).orElse(""),
        session.map(SSLSession::getCipherSuite).orElse(""));
  }

  /** The listener's settings under the name this transport goes by. */
  static ListenerConfig asHttps(ListenerConfig l) {
    return new ListenerConfig(
        TRANSPORT,
        l.bindAddress(),
        l.port(),
        l.serverCertificate(),
        l.trustedCaProfile(),
        l.idleTimeout(),
        l.allowKeyAndPolicyConfiguration(),
        l.allowKeyExport(),
        l.clientCertificateMode(),
        l.usernameField(),
        l.requireSourceIpInCertificate(),
        l.passwordRequired(),
        l.tlsProtocols());
  }

  private static boolean knownVersion(String text) {
    for (KmipVersion v : KmipVersion.values()) {
      if ((v.major() + "." + v.minor()).equals(text)) {
        return true;
      }
    }
    return false;
  }
}
