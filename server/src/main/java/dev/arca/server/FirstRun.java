package dev.arca.server;

import dev.arca.core.access.UserDirectory;
import dev.arca.core.access.UserDirectoryException;
import dev.arca.core.admin.AdminDirectory;
import dev.arca.core.admin.AdminDirectoryException;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.server.config.ListenerConfig;
import dev.arca.server.config.ServerConfig;
import dev.arca.server.kmip.KmipListener;
import dev.arca.server.pki.ClientBundle;
import dev.arca.server.pki.Pki;
import dev.arca.server.pki.PkiException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What the first start of a node does beyond opening its parts: create a first client user and
 * write its client bundle — CA certificate, client certificate and key, password and a ready {@code
 * pykmip.conf} — into {@code <data>/clients/<user>/} (the {@code clients} directory readable by the
 * node's user only), so that a client works at once; and create the first administrator, {@code
 * admin}, with every permission area and a password that is generated (or taken from {@code
 * ARCA_ADMIN_PASSWORD}) and never written to disk in clear.
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
      Path clients = config.dataDirectory().resolve("clients");
      Node.createPrivateDirectory(clients);
      Path dir = clients.resolve(user);
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

  /**
   * Creates the first administrator, {@value AdminDirectory#FIRST_ADMINISTRATOR}, with every
   * permission area, when the node has no administrator yet — on a first start, and on the first
   * start of a node whose data predates administrators. Its password is {@code
   * options.adminPassword()} or, when none is given, generated.
   */
  static Optional<InitialAdministrator> administratorIfNeeded(
      AdminDirectory admins, NodeOptions options) throws NodeException {
    if (!admins.isEmpty()) {
      return Optional.empty();
    }
    Optional<char[]> given = options.adminPassword().map(char[]::clone);
    char[] password = given.orElseGet(FirstRun::generate);
    try {
      admins.createFirst(AdminDirectory.FIRST_ADMINISTRATOR, password);
      LOG.info(
          "First start: created the administrator '{}' with every permission area{}",
          AdminDirectory.FIRST_ADMINISTRATOR,
          given.isPresent() ? " and the password of ARCA_ADMIN_PASSWORD" : "");
      return Optional.of(
          new InitialAdministrator(
              AdminDirectory.FIRST_ADMINISTRATOR,
              given.isPresent() ? Optional.empty() : Optional.of(password)));
    } catch (AdminDirectoryException e) {
      throw new NodeException("first start: the first administrator: " + e.getMessage(), e);
    } finally {
      Arrays.fill(password, '\0');
    }
  }

  /**
   * Keeps {@code <data>/clients}, where first-start bundles (keys and passwords) are written,
   * readable by the node's user only, also in data directories that an older version created.
   */
  static void protectClients(Path data) throws NodeException {
    Path clients = data.resolve("clients");
    try {
      if (Files.isDirectory(clients)
          && clients.getFileSystem().supportedFileAttributeViews().contains("posix")) {
        Files.setPosixFilePermissions(clients, PosixFilePermissions.fromString("rwx------"));
      }
    } catch (IOException e) {
      throw new NodeException("cannot protect " + clients + ": " + e.getMessage(), e);
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

  /**
   * The administrator a node's first start created, and — when the node generated it — its
   * password, which {@code arca server} prints on the console once. The password is never written
   * to disk in clear: the node keeps only its hash, and this object hands the clear text out one
   * time and then forgets it.
   */
  public static final class InitialAdministrator {

    private final String name;
    private final boolean generated;
    private char[] password;

    InitialAdministrator(String name, Optional<char[]> generatedPassword) {
      this.name = Objects.requireNonNull(name, "name");
      this.generated = generatedPassword.isPresent();
      this.password = generatedPassword.map(char[]::clone).orElse(null);
    }

    /** The administrator's name, {@code admin}. */
    public String name() {
      return name;
    }

    /** Whether the node generated the password (rather than taking {@code ARCA_ADMIN_PASSWORD}). */
    public boolean generated() {
      return generated;
    }

    /**
     * The generated password, the first time only: the caller shows it and wipes the array; this
     * object keeps no copy afterwards. Empty when the password came from the environment or was
     * taken already.
     */
    public synchronized Optional<char[]> takePassword() {
      if (password == null) {
        return Optional.empty();
      }
      char[] out = password.clone();
      Arrays.fill(password, '\0');
      password = null;
      return Optional.of(out);
    }

    @Override
    public String toString() {
      return "InitialAdministrator[" + name + (generated ? ", generated password" : "") + "]";
    }
  }
}
