package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arca user}: client users — the applications that use keys over KMIP — through the admin
 * API ({@code /api/v1/users}, the users permission area).
 */
@Command(
    name = "user",
    mixinStandardHelpOptions = true,
    description = {
      "Create, list, show, enable, disable and delete client users (the applications that use"
          + " keys over KMIP), set their passwords and issue their client bundles.",
      "Through the admin API as an administrator with the users area: log in first with"
          + " 'arca login', or give --user and --password for one call."
    },
    subcommands = {
      UserCommand.Create.class,
      UserCommand.ListUsers.class,
      UserCommand.Show.class,
      UserCommand.Delete.class,
      UserCommand.Passwd.class,
      UserCommand.Enable.class,
      UserCommand.Disable.class,
      UserCommand.Unlock.class,
      UserCommand.Permissions.class,
      UserBundleCommand.class
    },
    footer = {
      "",
      "Environment:",
      "  ARCA_URL       the node's admin API, https://HOST:PORT (as --url)",
      "  ARCA_USER      administrator for one call (as --user); for 'arca key', the client user",
      "  ARCA_PASSWORD  its password (as --password); for 'arca key', the client user's",
      "  ARCA_CACERT    CA certificate file of the node (as --cacert)",
      "",
      "Exit codes: 0 done, 1 refused or invalid, 2 usage error, 3 node unreachable,"
          + " 4 not logged in or login refused.",
      "",
      "Examples:",
      "  arca user create payments-app",
      "  arca user list",
      "  arca user bundle payments-app ./payments-app-bundle --password-file pw.txt",
      "  arca user passwd payments-app --password-stdin < new-password.txt",
      "  arca user disable payments-app"
    })
final class UserCommand implements Runnable {

  static final List<Output.Column> COLUMNS =
      ApiViews.columns(
          "NAME", "name", "ENABLED", "enabled", "CREATED", "created", "PERMISSIONS", "permissions");

  static final Map<String, String> LABELS =
      ApiViews.labels(
          "name", "Name",
          "enabled", "Enabled",
          "created", "Created",
          "permissions", "Permissions");

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static String path(String name) {
    return "/api/v1/users/" + AdminUrl.segment(name);
  }

  /** {@code arca user create}. */
  @Command(
      name = "create",
      description = {
        "Create a client user. Its password is asked twice on the console, or read from"
            + " --password-file or --password-stdin.",
        "Then issue its client bundle with 'arca user bundle'."
      },
      footer = {
        "",
        "Examples:",
        "  arca user create payments-app",
        "  arca user create backup-agent --password-file backup-agent.pw --json",
        "  pwgen -s 24 1 | tee app.pw | arca user create app --password-stdin"
      })
  static final class Create extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The new user's name.")
    String name;

    @Mixin NewPasswordOptions newPassword;

    @Option(names = "--disabled", description = "Create it disabled (enable it later).")
    boolean disabled;

    private char[] password;

    @Override
    void prepare() throws CliException {
      password = newPassword.read("client user " + name);
    }

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      ObjectNode body = ApiViews.object().put("name", name);
      if (disabled) {
        body.put("enabled", false);
      }
      JsonNode created = c.api().send("POST", "/api/v1/users", body, Map.of("password", password));
      out.message(
          "Created client user "
              + created.path("name").asText(name)
              + (disabled ? " (disabled)" : "")
              + ".",
          ApiViews.map(created));
      return 0;
    }

    @Override
    void finish() {
      PasswordInput.clear(password);
    }
  }

  /** {@code arca user list}. */
  @Command(
      name = "list",
      description = "List the client users.",
      footer = {"", "Examples:", "  arca user list", "  arca user list --json | jq -r '.[].name'"})
  static final class ListUsers extends AdminApiCommand {
    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      out.table(COLUMNS, ApiViews.views(out, c.api().get("/api/v1/users")));
      return 0;
    }
  }

  /** {@code arca user show}. */
  @Command(
      name = "show",
      description = "Show one client user.",
      footer = {"", "Examples:", "  arca user show payments-app", "  arca user show app --json"})
  static final class Show extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
    String name;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      out.record(LABELS, ApiViews.view(out, c.api().get(path(name))));
      return 0;
    }
  }

  /** {@code arca user delete}. */
  @Command(
      name = "delete",
      description = {
        "Delete a client user. Its keys stay, owned by the name; its client certificates stop"
            + " naming anyone who may log in."
      },
      footer = {"", "Examples:", "  arca user delete payments-app"})
  static final class Delete extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
    String name;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      c.api().delete(path(name));
      out.message(
          "Deleted client user " + name + "; its keys stay, owned by the name.",
          ApiViews.fields("name", name, "deleted", true));
      return 0;
    }
  }

  /** {@code arca user passwd}. */
  @Command(
      name = "passwd",
      description = {
        "Set a client user's KMIP password: asked twice on the console, or read from"
            + " --password-file or --password-stdin.",
        "Update the password file of its client bundles too."
      },
      footer = {
        "",
        "Examples:",
        "  arca user passwd payments-app",
        "  arca user passwd payments-app --password-stdin < new.pw"
      })
  static final class Passwd extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
    String name;

    @Mixin NewPasswordOptions newPassword;

    private char[] password;

    @Override
    void prepare() throws CliException {
      password = newPassword.read("client user " + name);
    }

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      c.api()
          .send("PUT", path(name) + "/password", ApiViews.object(), Map.of("password", password));
      out.message(
          "Set the password of client user " + name + ".",
          ApiViews.fields("name", name, "passwordChanged", true));
      return 0;
    }

    @Override
    void finish() {
      PasswordInput.clear(password);
    }
  }

  /** Enables or disables a user. */
  abstract static class SetEnabled extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
    String name;

    abstract boolean enabled();

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode changed =
          c.api().put(path(name) + "/enabled", ApiViews.object().put("enabled", enabled()));
      out.message(
          enabled()
              ? "Enabled client user " + name + "."
              : "Disabled client user " + name + ": it can no longer use the key service.",
          ApiViews.map(changed));
      return 0;
    }
  }

  /** {@code arca user enable}. */
  @Command(
      name = "enable",
      description = "Enable a client user again.",
      footer = {"", "Examples:", "  arca user enable payments-app"})
  static final class Enable extends SetEnabled {
    @Override
    boolean enabled() {
      return true;
    }
  }

  /** {@code arca user disable}. */
  @Command(
      name = "disable",
      description = "Disable a client user: its KMIP requests are refused until it is enabled.",
      footer = {"", "Examples:", "  arca user disable payments-app"})
  static final class Disable extends SetEnabled {
    @Override
    boolean enabled() {
      return false;
    }
  }

  /** {@code arca user unlock}. */
  @Command(
      name = "unlock",
      description = "Clear a client user's failed-login count and lockout.",
      footer = {"", "Examples:", "  arca user unlock payments-app"})
  static final class Unlock extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
    String name;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode changed = c.api().post(path(name) + "/unlock", null);
      out.message("Unlocked client user " + name + ".", ApiViews.map(changed));
      return 0;
    }
  }

  /** {@code arca user permissions}. */
  @Command(
      name = "permissions",
      description = {
        "Set what a client user may do beyond using keys. Both permissions are off by default and"
            + " best left off: each widens what a stolen client credential can do. Give none to"
            + " take both away."
      },
      footer = {
        "",
        "Examples:",
        "  arca user permissions provisioning-app --user-administration",
        "  arca user permissions payments-app"
      })
  static final class Permissions extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The user.")
    String name;

    @Option(names = "--user-administration", description = "May manage other client users.")
    boolean userAdministration;

    @Option(names = "--change-password", description = "May change its own password.")
    boolean changePassword;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      ObjectNode body = ApiViews.object();
      com.fasterxml.jackson.databind.node.ArrayNode list = body.putArray("permissions");
      if (userAdministration) {
        list.add("USER_ADMINISTRATION");
      }
      if (changePassword) {
        list.add("CHANGE_PASSWORD");
      }
      JsonNode changed = c.api().put(path(name) + "/permissions", body);
      out.message(
          "Client user "
              + name
              + (list.isEmpty() ? " has no permissions beyond using keys." : " has " + list + "."),
          ApiViews.map(changed));
      return 0;
    }
  }
}
