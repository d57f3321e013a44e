package dev.arca.server.dispatch;

import dev.arca.core.access.Caller;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.message.Authentication;
import dev.arca.server.kmip.ConnectionInfo;
import java.util.Optional;

/**
 * Establishes who sent a request, from the request's credential and the TLS session, by the rules
 * of the listener it came on.
 */
public interface Authenticator {

  /**
   * The authenticated caller.
   *
   * @throws KmipException Authentication Not Successful, with the same message whether the user is
   *     unknown, disabled, locked or the password is wrong
   */
  Caller authenticate(Optional<Authentication> authentication, ConnectionInfo connection)
      throws KmipException;
}
