package dev.arca.server;

import dev.arca.core.access.UserDirectory;
import dev.arca.core.access.UserDirectoryException;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.config.ServerConfig;
import dev.arca.server.kmip.KmipListener;
import dev.arca.server.pki.ClientBundle;
import dev.arca.server.pki.Pki;
import dev.arca.server.pki.PkiException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the first start of a node does beyond opening its parts: create a first client user and
 * write its client bundle — CA certificate, client certificate and key, password and a ready {@code
 * pykmip.conf} — into {@code <data>/clients/<user>/}, so that a client works at once.
 */
public final class FirstRun {

  private static final Logger LOG = LoggerFactory.getLogger(FirstRun.class);

  /** Letters and digits without look-alikes, for generated passwords. */
  private static final char[] ALPHABET =
      "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789".toCharArray();

  /** Length of generated passwords: about 140 bits, and above BC-FIPS's 14-byte minimum. */
  static final int GENERATED_PASSWORD_LENGTH = 24;

  private FirstRun() {}

  /**
   * What the first start created.
   *
   * @param user the client user
   * @param bundle the directory of its client bundle
   */
  public record Result(String user, Path bundle) {}

  /** Creates the first client user and its bundle when the node has no users yet. */
  static Optional<Result> ifNeeded(
      ServerConfig config, UserDirectory users, Pki pki, KmipListener first, NodeOptions options)
      throws NodeException {
    if (!users.list().isEmpty()) {
      return Optional.empty();
    }
    String user = options.firstUser();
    char[] password = options.firstUserPassword().map(char[]::clone).orElseGet(FirstRun::generate);
    try {
      users.create(user, password);
      ListenerConfig listener = first.config();
      Path dir = config.dataDirectory().resolve("clients").resolve(user);
      ClientBundle bundle =
          ClientBundle.forUser(user)
              .password(password)
              .server(clientHost(listener), first.port())
              .serverCertificate(listener.serverCertificate())
              .trustedCaProfile(listener.trustedCaProfile())
              .write(pki, dir);
      LOG.info("First start: created client user '{}' and its bundle in {}", user, dir);
      return Optional.of(new Result(user, bundle.directory()));
    } catch (UserDirectoryException | PkiException e) {
      throw new NodeException("first start: " + e.getMessage(), e);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /** Where a client on this host reaches the listener: its address, or loopback for a wildcard. */
  static String clientHost(ListenerConfig listener) {
    String bind = listener.bindAddress();
    return bind.equals("0.0.0.0") || bind.equals("::") || bind.contains(":") ? "127.0.0.1" : bind;
  }

  static char[] generate() {
    SecureRandom random = CryptoModule.instance().secureRandom();
    char[] out = new char[GENERATED_PASSWORD_LENGTH];
    for (int i = 0; i < out.length; i++) {
      out[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return out;
  }
}
