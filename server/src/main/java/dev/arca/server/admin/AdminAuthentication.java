package dev.arca.server.admin;

import dev.arca.core.admin.AdminDirectory;
import dev.arca.core.admin.AdminPermission;
import dev.arca.core.admin.Administrator;
import dev.arca.core.crypto.CryptoException;
import dev.arca.core.crypto.CryptoService;
import dev.arca.core.crypto.DigestAlgorithm;
import dev.arca.server.auth.CertificateNames;
import dev.arca.server.config.CertificateField;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Who is calling the admin API, and whether they may.
 *
 * <ul>
 *   <li><b>Login</b> takes a name and a password and, when <em>web admin client certificate
 *       authentication</em> is on, a client certificate from the administrators' trusted-CA profile
 *       whose subject CN is the name. Every failure — unknown name, wrong password, disabled or
 *       locked administrator, missing or wrong certificate — gets the same answer.
 *   <li><b>Every other request</b> carries the session's bearer token. The session must be alive,
 *       its administrator still exist and be enabled, and — with certificate authentication — the
 *       request must come with the certificate the session was opened with, so that a stolen token
 *       alone does not suffice.
 *   <li><b>Authorization</b> is by permission area: a route names the area it needs, and the
 *       administrator's current areas (read on every request, so that a change applies at once)
 *       must include it.
 * </ul>
 */
final class AdminAuthentication {

  static final String FAILED = "authentication failed";

  private final AdminDirectory admins;
  private final Sessions sessions;
  private final CryptoService crypto;
  private final AdminApiSettings settings;
  private final Supplier<List<X509Certificate>> administratorCas;

  AdminAuthentication(
      AdminDirectory admins,
      Sessions sessions,
      CryptoService crypto,
      AdminApiSettings settings,
      Supplier<List<X509Certificate>> administratorCas) {
    this.admins = admins;
    this.sessions = sessions;
    this.crypto = crypto;
    this.settings = settings;
    this.administratorCas = administratorCas;
  }

  /**
   * Logs an administrator in.
   *
   * @throws ApiException AUTHENTICATION_FAILED, the same for every reason; UNAVAILABLE in the
   *     cryptographic module's error state
   */
  Sessions.Opened login(Call call, String name, char[] password) throws ApiException {
    Optional<String> moduleError = crypto.module().errorState();
    if (moduleError.isPresent()) {
      // Said to anyone: /health and the FIPS status server show the same without a login.
      throw new ApiException(
          ErrorCode.UNAVAILABLE,
          "the cryptographic module is in its error state ("
              + moduleError.get()
              + "), so no password can be checked until the node restarts and passes its"
              + " self-tests; GET /health and the FIPS status server show the failure");
    }
    Optional<String> certificate = Optional.empty();
    if (settings.clientCertificateAuthentication()) {
      List<X509Certificate> chain = call.peerCertificates();
      if (chain.isEmpty()
          || !ClientCertificates.chainsTo(chain, administratorCas.get())
          || !CertificateNames.values(chain.get(0), CertificateField.CN).equals(List.of(name))) {
        throw new ApiException(ErrorCode.AUTHENTICATION_FAILED, FAILED);
      }
      certificate = Optional.of(fingerprint(chain.get(0)));
    }
    Optional<Administrator> admin = admins.authenticate(name, password);
    if (admin.isEmpty()) {
      throw new ApiException(ErrorCode.AUTHENTICATION_FAILED, FAILED);
    }
    try {
      Sessions.Opened opened = sessions.open(admin.get().name(), certificate);
      call.authenticated(admin.get().name(), opened.session());
      return opened;
    } catch (CryptoException e) {
      throw new ApiException(
          ErrorCode.UNAVAILABLE, "no session could be opened: " + e.getMessage(), e);
    }
  }

  /**
   * The administrator of the request's session, holding {@code area} when one is named.
   *
   * @throws ApiException AUTHENTICATION_REQUIRED without a live session; NOT_PERMITTED without the
   *     area
   */
  Administrator require(Call call, Optional<AdminPermission> area) throws ApiException {
    String token = bearer(call);
    Sessions.Session session =
        sessions
            .use(token)
            .orElseThrow(
                () ->
                    new ApiException(
                        ErrorCode.AUTHENTICATION_REQUIRED,
                        "the session token is not valid or has expired; log in again"));
    if (session.certificate().isPresent()) {
      List<X509Certificate> chain = call.peerCertificates();
      if (chain.isEmpty() || !fingerprint(chain.get(0)).equals(session.certificate().get())) {
        throw new ApiException(
            ErrorCode.AUTHENTICATION_REQUIRED,
            "this session needs the client certificate it was opened with");
      }
    }
    Optional<Administrator> admin = admins.get(session.administrator());
    if (admin.isEmpty() || !admin.get().enabled()) {
      sessions.closeAll(session.administrator());
      throw new ApiException(
          ErrorCode.AUTHENTICATION_REQUIRED,
          "the session token is not valid or has expired; log in again");
    }
    call.authenticated(admin.get().name(), session);
    if (admins.passwordExpired(admin.get()) && !changesOwnPassword(call, admin.get())) {
      throw new ApiException(
          ErrorCode.PASSWORD_EXPIRED,
          "your password has expired under the password policy; set a new one first (PUT"
              + " /api/v1/admins/"
              + admin.get().name()
              + "/password with the current one)");
    }
    if (area.isPresent() && !admin.get().has(area.get())) {
      throw new ApiException(
          ErrorCode.NOT_PERMITTED,
          "this needs the "
              + area.get().name().toLowerCase(Locale.ROOT).replace('_', '-')
              + " permission area");
    }
    return admin.get();
  }

  /** Whether the request sets the administrator's own password: allowed with an expired one. */
  private static boolean changesOwnPassword(Call call, Administrator admin) {
    return call.route()
            .filter(r -> r.action().equals("admin.password.set") || r.action().equals("logout"))
            .isPresent()
        && (call.route().get().action().equals("logout")
            || admin.name().equals(call.pathParameter("name")));
  }

  /** Ends the request's session. */
  void logout(Call call) throws ApiException {
    sessions.close(bearer(call));
  }

  private static String bearer(Call call) throws ApiException {
    String header = call.ctx.header("Authorization");
    if (header == null || header.isBlank()) {
      throw new ApiException(
          ErrorCode.AUTHENTICATION_REQUIRED,
          "log in first and send the token as Authorization: Bearer <token>");
    }
    String value = header.strip();
    if (value.length() < 7 || !value.substring(0, 7).equalsIgnoreCase("Bearer ")) {
      throw new ApiException(
          ErrorCode.AUTHENTICATION_REQUIRED,
          "the Authorization header must be Bearer <token>; no other scheme is accepted");
    }
    return value.substring(7).strip();
  }

  private String fingerprint(X509Certificate certificate) throws ApiException {
    try {
      return HexFormat.of()
          .formatHex(crypto.hash(DigestAlgorithm.SHA256, certificate.getEncoded()));
    } catch (CryptoException | CertificateEncodingException e) {
      throw new ApiException(ErrorCode.AUTHENTICATION_FAILED, FAILED, e);
    }
  }
}
