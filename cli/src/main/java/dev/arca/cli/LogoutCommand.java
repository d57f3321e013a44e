package dev.arca.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code arca logout}: ends the stored session on the node and removes it here. */
@Command(
    name = "logout",
    description = {
      "End the session 'arca login' stored: on the node, and by removing the session file.",
      "The file goes even when the node does not answer; the session then ends there at its"
          + " expiry or idle timeout."
    },
    footer = {
      "",
      "Exit codes: 0 logged out (or not logged in), 1 the session file cannot be removed.",
      "",
      "Examples:",
      "  arca logout",
      "  arca logout --json"
    })
final class LogoutCommand implements Callable<Integer> {

  @Mixin HelpOption help;
  @Mixin AdminConnectionOptions connection;
  @Mixin OutputOptions output;

  @Override
  public Integer call() throws CliException {
    SessionFile file = connection.sessionFile();
    Optional<SessionFile.Session> stored;
    try {
      stored = file.read();
    } catch (CliException unreadable) {
      file.delete();
      output
          .out()
          .message(
              "Removed the unreadable session file " + file.path() + ".",
              ApiViews.fields("loggedOut", true, "endedOnNode", false));
      return 0;
    }
    if (stored.isEmpty()) {
      output.out().message("Not logged in.", ApiViews.fields("loggedOut", false));
      return 0;
    }
    SessionFile.Session s = stored.get();
    String problem = null;
    try {
      connection
          .client(s.url(), connection.givenCacert().or(s::cacert))
          .withToken(s.token())
          .logout();
    } catch (AdminApiClient.ApiError e) {
      if (!e.code().equals("authentication_required")) {
        problem = AdminErrors.describe(e.code(), e.getMessage());
      }
    } catch (AdminApiClient.Unreachable | CliException e) {
      problem = e.getMessage();
    }
    file.delete();
    String sentence =
        problem == null
            ? "Logged out of " + s.url() + " (" + s.administrator() + ")."
            : "Logged out here; the node did not end the session ("
                + problem
                + "), so it ends there at its expiry or when unused for long enough.";
    output
        .out()
        .message(
            sentence,
            ApiViews.fields(
                "url",
                s.url(),
                "administrator",
                s.administrator(),
                "loggedOut",
                true,
                "endedOnNode",
                problem == null));
    return 0;
  }
}
