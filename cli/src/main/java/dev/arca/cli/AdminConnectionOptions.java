package dev.arca.cli;

import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Option;

/**
 * How a command reaches a node's admin HTTPS API, as a picocli mixin: {@code @Mixin
 * AdminConnectionOptions connection;} then {@code connection.call(c -> c.api().get(…))}.
 *
 * <p>Settings come from flags, else from the environment ({@code ARCA_URL}, {@code ARCA_USER},
 * {@code ARCA_PASSWORD}, {@code ARCA_CACERT}), else from the session {@code arca login} stored
 * ({@link SessionFile}). A command given both an administrator and a password logs in for that one
 * call and logs out after it; otherwise it uses the stored session, which must be for the same URL.
 * Note that {@code arca key} reads {@code ARCA_USER} and {@code ARCA_PASSWORD} as the KMIP client
 * user's credential; here they name an administrator.
 *
 * <p>Failures become one-line {@link CliException}s with the exit codes of {@link AdminErrors}: 1
 * refused or invalid, 3 no answer, 4 not logged in or login refused.
 */
final class AdminConnectionOptions {

  static final String ENV_URL = "ARCA_URL";
  static final String ENV_USER = "ARCA_USER";
  static final String ENV_PASSWORD = "ARCA_PASSWORD";
  static final String ENV_CACERT = "ARCA_CACERT";

  /** Where environment variables come from; tests replace it. */
  static Function<String, String> environment = System::getenv;

  @Option(
      names = "--url",
      paramLabel = "URL",
      description =
          "The node's admin API, https://HOST:PORT. Default: the logged-in session's, else "
              + AdminUrl.DEFAULT
              + ". Env: "
              + ENV_URL
              + ".")
  String url;

  @Option(
      names = "--user",
      paramLabel = "NAME",
      description =
          "Administrator to log in as for this one call (with --password). Env: "
              + ENV_USER
              + " (which 'arca key' reads as the KMIP client user instead).")
  String user;

  @Option(
      names = "--password",
      paramLabel = "PASSWORD",
      description =
          "That administrator's password. Other users can see command lines: prefer 'arca"
              + " login', or "
              + ENV_PASSWORD
              + " (which 'arca key' reads as the client user's KMIP password).")
  String password;

  @Option(
      names = "--cacert",
      paramLabel = "FILE",
      description =
          "CA certificate(s), PEM, that issued the node's admin certificate: its local CA"
              + " (<data>/pki/ca/local.pem) or a client bundle's ca.pem. Default: the session's,"
              + " else the JDK's trusted CAs. Env: "
              + ENV_CACERT
              + ".")
  Path cacert;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      defaultValue = "30",
      description = "Longest wait for the node's answer (default: ${DEFAULT-VALUE}).")
  int timeoutSeconds;

  /** What a command does with an authenticated connection. */
  interface AdminCall<T> {
    T call(Connection connection)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable, CliException;
  }

  /**
   * An authenticated client of the API: through the stored session, or through a login for this one
   * call that {@link #close} ends.
   */
  final class Connection implements AutoCloseable {
    private final AdminApiClient api;
    private final String administrator;
    private final Optional<SessionFile.Session> stored;

    private Connection(
        AdminApiClient api, String administrator, Optional<SessionFile.Session> stored) {
      this.api = api;
      this.administrator = administrator;
      this.stored = stored;
    }

    AdminApiClient api() {
      return api;
    }

    /** The administrator the calls are made as. */
    String administrator() {
      return administrator;
    }

    /** The session {@code arca login} stored, when the calls use it. */
    Optional<SessionFile.Session> storedSession() {
      return stored;
    }

    /** Forgets the stored session: the node has ended it (e.g. its administrator's password). */
    void forgetStoredSession() {
      stored.ifPresent(s -> sessionFile().deleteIfToken(s.token()));
    }

    @Override
    public void close() {
      if (stored.isEmpty()) {
        try {
          api.logout();
        } catch (AdminApiClient.ApiError | AdminApiClient.Unreachable e) {
          // The session ends at its idle timeout anyway; the command's own outcome is what counts.
        }
      }
    }

    private CliException ended(AdminApiClient.ApiError e) {
      if (stored.isEmpty()) {
        return AdminErrors.of(e);
      }
      SessionFile.Session s = stored.get();
      sessionFile().deleteIfToken(s.token());
      return new CliException(
          "not logged in: the session of "
              + s.administrator()
              + " at "
              + s.url()
              + " has ended (unused for too long, logged out, its password changed, the"
              + " administrator disabled, or the node restarted); log in again with 'arca login'",
          AdminErrors.EXIT_NOT_LOGGED_IN);
    }
  }

  /**
   * Connects as the settings say, runs {@code action}, ends a one-call login, and turns every
   * failure into a one-line {@link CliException}.
   */
  <T> T call(AdminCall<T> action) throws CliException {
    try (Connection c = open()) {
      try {
        return action.call(c);
      } catch (AdminApiClient.ApiError e) {
        if (e.code().equals("authentication_required")) {
          throw c.ended(e);
        }
        throw AdminErrors.of(e);
      } catch (AdminApiClient.Unreachable e) {
        throw AdminErrors.of(e);
      }
    }
  }

  /**
   * Checks the settings that need no connection, so that a command fails on them before it asks for
   * anything on the console.
   */
  void checkSettings() throws CliException {
    if (password != null && user() == null) {
      throw new CliException(
          "--password is an administrator's own password, for one call with --user NAME (or "
              + ENV_USER
              + "); a new password comes from the console, --password-file or"
              + " --password-stdin");
    }
    givenUrl();
    if (timeoutSeconds < 1) {
      throw new CliException("--timeout must be at least 1 second");
    }
  }

  /** An authenticated connection: a login for this call, or the stored session. */
  Connection open() throws CliException {
    checkSettings();
    String name = user();
    char[] secret = password();
    try {
      if (name != null && secret != null) {
        return loginForOneCall(name, secret);
      }
    } finally {
      PasswordInput.clear(secret);
    }
    String wanted = givenUrl().orElse(null);
    SessionFile file = sessionFile();
    Optional<SessionFile.Session> stored = file.read();
    if (stored.isEmpty()) {
      throw notLoggedIn(wanted == null ? AdminUrl.DEFAULT : wanted, "");
    }
    SessionFile.Session s = stored.get();
    if (wanted != null && !wanted.equals(s.url())) {
      throw notLoggedIn(wanted, " (the stored session is for " + s.url() + ")");
    }
    if (user != null && !user.equals(s.administrator())) {
      throw new CliException(
          "the stored session is administrator "
              + s.administrator()
              + "'s, not "
              + user
              + "'s: log in as "
              + user
              + " with 'arca login --user "
              + user
              + "', or give its password too",
          AdminErrors.EXIT_NOT_LOGGED_IN);
    }
    if (s.expired(Instant.now())) {
      file.deleteIfToken(s.token());
      throw new CliException(
          "not logged in: the session of "
              + s.administrator()
              + " at "
              + s.url()
              + " expired at "
              + ApiViews.readableInstant(s.expiresAt().toString())
              + "; log in again with 'arca login'",
          AdminErrors.EXIT_NOT_LOGGED_IN);
    }
    AdminApiClient api = client(s.url(), givenCacert().or(s::cacert)).withToken(s.token());
    return new Connection(api, s.administrator(), stored);
  }

  private Connection loginForOneCall(String name, char[] secret) throws CliException {
    Optional<SessionFile.Session> stored = readQuietly();
    String base = givenUrl().orElse(stored.map(SessionFile.Session::url).orElse(AdminUrl.DEFAULT));
    Optional<Path> trust =
        givenCacert().or(() -> stored.filter(s -> s.url().equals(base)).flatMap(s -> s.cacert()));
    AdminApiClient api = client(base, trust);
    try {
      AdminApiClient.Login login = api.login(name, secret);
      return new Connection(api, login.administrator(), Optional.empty());
    } catch (AdminApiClient.ApiError e) {
      throw loginFailure(e, name, credentialSource());
    } catch (AdminApiClient.Unreachable e) {
      throw AdminErrors.of(e);
    }
  }

  /**
   * A refused login, naming where the name and password came from ({@code source}, e.g. "password
   * from standard input").
   */
  static CliException loginFailure(AdminApiClient.ApiError e, String name, String source) {
    if (e.code().equals("authentication_failed")) {
      return new CliException(
          "login refused for administrator "
              + name
              + " ("
              + source
              + "): wrong name or password, or the administrator is disabled or locked out",
          AdminErrors.EXIT_NOT_LOGGED_IN);
    }
    return AdminErrors.of(e);
  }

  private static CliException notLoggedIn(String base, String detail) {
    return new CliException(
        "not logged in to "
            + base
            + detail
            + ": run 'arca login', or give --user and --password ("
            + ENV_USER
            + " and "
            + ENV_PASSWORD
            + ")",
        AdminErrors.EXIT_NOT_LOGGED_IN);
  }

  // ---- settings, for 'arca login' and 'arca logout' too ----------------------------------------

  /** The administrator from {@code --user} or {@code ARCA_USER}; null when neither is set. */
  String user() {
    return user != null ? user : env(ENV_USER);
  }

  /** The password from {@code --password} or {@code ARCA_PASSWORD}; null when neither is set. */
  char[] password() {
    if (password != null) {
      return password.toCharArray();
    }
    String v = env(ENV_PASSWORD);
    return v == null ? null : v.toCharArray();
  }

  /** Where {@code user()} and {@code password()} came from, for messages. */
  String credentialSource() {
    return "name and password from "
        + (user != null ? "--user" : ENV_USER)
        + " and "
        + (password != null ? "--password" : ENV_PASSWORD);
  }

  /** The URL from {@code --url} or {@code ARCA_URL}, normalized. */
  Optional<String> givenUrl() throws CliException {
    String v = url != null ? url : env(ENV_URL);
    return v == null ? Optional.empty() : Optional.of(AdminUrl.normalize(v));
  }

  /** The CA file from {@code --cacert} or {@code ARCA_CACERT}, absolute. */
  Optional<Path> givenCacert() {
    String v = cacert != null ? cacert.toString() : env(ENV_CACERT);
    return v == null ? Optional.empty() : Optional.of(Path.of(v).toAbsolutePath().normalize());
  }

  SessionFile sessionFile() {
    return SessionFile.of(environment);
  }

  /** The stored session, or empty when there is none or it cannot be read. */
  Optional<SessionFile.Session> readQuietly() {
    try {
      return sessionFile().read();
    } catch (CliException e) {
      return Optional.empty();
    }
  }

  /** A client of {@code base} trusting the CAs of {@code cacertFile}, else the JDK's. */
  AdminApiClient client(String base, Optional<Path> cacertFile) throws CliException {
    if (timeoutSeconds < 1) {
      throw new CliException("--timeout must be at least 1 second");
    }
    List<X509Certificate> trusted =
        cacertFile.isPresent()
            ? PemCertificates.read(cacertFile.get())
            : PemCertificates.jdkDefaults();
    return AdminApiClient.of(base, trusted, Duration.ofSeconds(timeoutSeconds));
  }

  private static String env(String name) {
    String v = environment.apply(name);
    return v == null || v.isEmpty() ? null : v;
  }
}
