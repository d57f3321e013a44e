package dev.arca.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code arca login}: logs an administrator in to a node's admin API and keeps the session for the
 * admin commands that follow ({@link SessionFile}). A previous session for the same node is ended
 * on the node first.
 */
@Command(
    name = "login",
    description = {
      "Log in to a node's admin API as an administrator and keep the session for the"
          + " commands that follow (user, admin, listener, ca, cert, status).",
      "The password is asked on the console without echo, unless --password-file,"
          + " --password-stdin or ARCA_PASSWORD gives it. The session is stored in"
          + " $XDG_CONFIG_HOME/arca/session.json (else ~/.config/arca/session.json), readable by"
          + " you only, and lasts until 'arca logout', its expiry, or too long unused."
    },
    footer = {
      "",
      "Environment: ARCA_URL, ARCA_USER (the administrator), ARCA_PASSWORD (its password),"
          + " ARCA_CACERT. 'arca key' reads ARCA_USER and ARCA_PASSWORD as the KMIP client"
          + " user's credential instead.",
      "",
      "Exit codes: 0 logged in, 1 invalid setting, 2 usage error, 3 node unreachable,"
          + " 4 login refused.",
      "",
      "Examples:",
      "  arca login --url https://kms1.example.com:9443 --user admin \\",
      "      --cacert /var/lib/arca/pki/ca/local.pem",
      "  arca login                       # again, to the node and as the administrator of last time",
      "  arca login --user admin --password-stdin < admin-password.txt"
    })
final class LoginCommand implements Callable<Integer> {

  @Mixin HelpOption help;
  @Mixin AdminConnectionOptions connection;
  @Mixin OutputOptions output;

  @Option(
      names = "--password-file",
      paramLabel = "FILE",
      description = "Read the administrator's password from the first line of FILE.")
  Path passwordFile;

  @Option(
      names = "--password-stdin",
      description = "Read the administrator's password from the first line of standard input.")
  boolean passwordStdin;

  @Override
  public Integer call() throws CliException {
    Optional<SessionFile.Session> previous = connection.readQuietly();
    String base =
        connection
            .givenUrl()
            .orElse(previous.map(SessionFile.Session::url).orElse(AdminUrl.DEFAULT));
    Optional<SessionFile.Session> sameNode = previous.filter(s -> s.url().equals(base));
    Optional<Path> trust = connection.givenCacert().or(() -> sameNode.flatMap(s -> s.cacert()));
    String name = administrator(sameNode);
    String[] source = new String[1];
    char[] password = password(name, base, source);
    AdminApiClient api;
    AdminApiClient.Login login;
    try {
      api = connection.client(base, trust);
      login = api.login(name, password);
    } catch (AdminApiClient.ApiError e) {
      throw AdminConnectionOptions.loginFailure(e, name, source[0]);
    } catch (AdminApiClient.Unreachable e) {
      throw AdminErrors.of(e);
    } finally {
      PasswordInput.clear(password);
    }
    sameNode
        .filter(s -> !s.token().equals(login.token()))
        .ifPresent(s -> endQuietly(api, s.token()));
    api.withToken(login.token());
    SessionFile file = connection.sessionFile();
    SessionFile.Session session =
        new SessionFile.Session(
            base,
            login.administrator(),
            login.token(),
            login.expiresAt(),
            login.idleTimeoutSeconds(),
            trust,
            Instant.now());
    try {
      file.write(session);
    } catch (CliException e) {
      endQuietly(api, login.token());
      throw e;
    }
    output
        .out()
        .message(
            "Logged in to "
                + base
                + " as "
                + login.administrator()
                + " until "
                + ApiViews.readableInstant(login.expiresAt().toString())
                + (login.idleTimeoutSeconds() > 0
                    ? " (the session ends sooner if unused for "
                        + Durations.human(login.idleTimeoutSeconds())
                        + ")"
                    : "")
                + "; session kept in "
                + file.path(),
            ApiViews.fields(
                "url",
                base,
                "administrator",
                login.administrator(),
                "expiresAt",
                login.expiresAt().toString(),
                "idleTimeoutSeconds",
                login.idleTimeoutSeconds(),
                "sessionFile",
                file.path().toString()));
    return 0;
  }

  /** From --user or ARCA_USER, else the last session's, else asked on the console. */
  private String administrator(Optional<SessionFile.Session> sameNode) throws CliException {
    String name = connection.user();
    if (name == null && sameNode.isPresent()) {
      name = sameNode.get().administrator();
    }
    if (name == null) {
      name =
          PasswordInput.terminal
              .readLine("Administrator: ")
              .map(String::strip)
              .orElseThrow(
                  () ->
                      new CliException(
                          "no administrator given and no console to ask on: give --user NAME or "
                              + AdminConnectionOptions.ENV_USER));
    }
    if (name.isEmpty()) {
      throw new CliException("the administrator's name is empty");
    }
    return name;
  }

  /** The password and, in {@code source[0]}, where it came from (for a refusal's message). */
  private char[] password(String name, String base, String[] source) throws CliException {
    if (passwordFile != null && passwordStdin) {
      throw new CliException("--password-file and --password-stdin exclude each other");
    }
    if (passwordFile != null) {
      source[0] = "password from --password-file";
      return PasswordInput.fromFile(passwordFile);
    }
    if (passwordStdin) {
      source[0] = "password from standard input";
      return PasswordInput.fromStdin();
    }
    char[] given = connection.password();
    if (given != null) {
      source[0] =
          "password from "
              + (connection.password == null ? AdminConnectionOptions.ENV_PASSWORD : "--password");
      return given;
    }
    source[0] = "password from the console";
    return PasswordInput.terminal
        .readPassword("Password of " + name + " at " + base + ": ")
        .orElseThrow(
            () ->
                new CliException(
                    "no console to ask the password on: give --password-file FILE,"
                        + " --password-stdin or "
                        + AdminConnectionOptions.ENV_PASSWORD));
  }

  /** Ends a session on the node if it answers; the outcome changes nothing here. */
  private static void endQuietly(AdminApiClient api, String token) {
    try {
      api.withToken(token).logout();
    } catch (AdminApiClient.ApiError | AdminApiClient.Unreachable e) {
      // Ended already, or it ends at its idle timeout.
    }
  }
}
