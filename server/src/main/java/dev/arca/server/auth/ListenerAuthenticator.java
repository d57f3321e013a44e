package dev.arca.server.auth;

import dev.arca.core.access.Caller;
import dev.arca.core.access.ClientUser;
import dev.arca.core.access.UserDirectory;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.message.Authentication;
import dev.arca.kmip.message.Credential;
import dev.arca.kmip.message.UsernamePassword;
import dev.arca.server.config.ClientCertificateMode;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.dispatch.Authenticator;
import dev.arca.server.kmip.ConnectionInfo;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Authenticates a KMIP request by the rules of the listener it came on.
 *
 * <ul>
 *   <li>The TLS layer has already verified the client certificate, when the listener asks for one;
 *       a client without one never gets here.
 *   <li>In mode <em>TLS session and username</em>, the chosen subject field of the certificate
 *       names the user, and a username in the request's credential must be the same.
 *   <li>When the listener requires passwords, the credential's username and password must match an
 *       enabled client user.
 * </ul>
 *
 * <p>Every failure gives the same result reason and message, so that a client cannot tell an
 * unknown user from a wrong password or a disabled account.
 */
public final class ListenerAuthenticator implements Authenticator {

  static final String FAILED = "authentication failed";

  private final UserDirectory users;

  public ListenerAuthenticator(UserDirectory users) {
    this.users = users;
  }

  @Override
  public Caller authenticate(Optional<Authentication> authentication, ConnectionInfo connection)
      throws KmipException {
    ListenerConfig listener = connection.listener();
    Optional<UsernamePassword> credential = usernamePassword(authentication);

    String username;
    if (listener.clientCertificateMode() == ClientCertificateMode.TLS_SESSION_AND_USERNAME) {
      // Parsed only in this mode: reading the certificate's names on every request costs.
      username = certificateUser(connection).orElseThrow(ListenerAuthenticator::failed);
      if (credential.isPresent() && !credential.get().username().equals(username)) {
        throw failed();
      }
    } else {
      username =
          credential.map(UsernamePassword::username).orElseThrow(ListenerAuthenticator::failed);
    }

    Optional<ClientUser> user;
    if (listener.passwordRequired()) {
      if (credential.isEmpty() || credential.get().password().isEmpty()) {
        throw failed();
      }
      char[] password = credential.get().password().get().toCharArray();
      try {
        user = users.authenticate(username, password);
      } finally {
        Arrays.fill(password, '\0');
      }
    } else {
      // Certificate-only: the CA vouched for the name; the account must still exist and be on.
      user = users.get(username).filter(ClientUser::enabled);
    }
    return Caller.of(user.orElseThrow(ListenerAuthenticator::failed).name());
  }

  private static Optional<UsernamePassword> usernamePassword(Optional<Authentication> auth)
      throws KmipException {
    if (auth.isEmpty()) {
      return Optional.empty();
    }
    for (Credential c : auth.get().credentials()) {
      Optional<UsernamePassword> up = c.usernamePassword();
      if (up.isPresent()) {
        return up;
      }
    }
    return Optional.empty();
  }

  /** The username the certificate carries in the listener's field, if exactly one. */
  private static Optional<String> certificateUser(ConnectionInfo connection) {
    if (connection.peerCertificates().isEmpty()) {
      return Optional.empty();
    }
    List<String> values =
        CertificateNames.values(
            connection.peerCertificates().get(0), connection.listener().usernameField());
    return values.size() == 1 ? Optional.of(values.get(0)) : Optional.empty();
  }

  private static KmipException failed() {
    return new KmipException(ResultReason.AUTHENTICATION_NOT_SUCCESSFUL, FAILED);
  }
}
