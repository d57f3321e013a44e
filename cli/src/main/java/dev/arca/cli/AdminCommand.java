package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.admin.AdminPermission;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code arca admin}: administrator accounts through the admin API ({@code /api/v1/admins}). All
 * but one's own password change need the high access area.
 */
@Command(
    name = "admin",
    mixinStandardHelpOptions = true,
    description = {
      "Create, list, show, enable, disable, unlock and delete administrators, set their"
          + " passwords and permission areas.",
      "Managing other administrators needs the high access area; changing one's own password"
          + " needs the current one. The node always keeps an enabled high-access administrator."
    },
    subcommands = {
      AdminCommand.Create.class,
      AdminCommand.ListAdmins.class,
      AdminCommand.Show.class,
      AdminCommand.Delete.class,
      AdminCommand.Passwd.class,
      AdminCommand.Permissions.class,
      AdminCommand.Unlock.class,
      AdminCommand.Enable.class,
      AdminCommand.Disable.class
    },
    footer = {
      "",
      "Permission areas: security, network, cluster, backup, restore, logs, users, keys,"
          + " services, high-access.",
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
      "  arca admin create officer2 --permissions users,keys",
      "  arca admin list",
      "  arca admin permissions officer2 users,keys,logs",
      "  arca admin passwd admin",
      "  arca admin unlock officer2"
    })
final class AdminCommand implements Runnable {

  static final List<Output.Column> COLUMNS =
      ApiViews.columns(
          "NAME", "name",
          "PERMISSIONS", "permissions",
          "ENABLED", "enabled",
          "LOCKED", "locked",
          "FAILED LOGINS", "failedLogins",
          "PASSWORD CHANGED", "passwordChanged");

  static final Map<String, String> LABELS =
      ApiViews.labels(
          "name", "Name",
          "permissions", "Permissions",
          "enabled", "Enabled",
          "locked", "Locked",
          "lockedUntil", "Locked until",
          "failedLogins", "Failed logins",
          "created", "Created",
          "passwordChanged", "Password changed");

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static String path(String name) {
    return "/api/v1/admins/" + AdminUrl.segment(name);
  }

  /** The CLI spelling of an area: {@code high-access}. */
  static String cliName(AdminPermission p) {
    return p.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** An administrator for {@code out}: for people, instants to the second and areas as typed. */
  static Map<String, Object> view(Output out, JsonNode admin) {
    Map<String, Object> m = ApiViews.view(out, admin);
    if (!out.isJson()) {
      List<String> areas = new ArrayList<>();
      for (JsonNode p : admin.path("permissions")) {
        areas.add(p.asText().toLowerCase(Locale.ROOT).replace('_', '-'));
      }
      m.put("permissions", areas);
    }
    return m;
  }

  static ArrayNode areas(ArrayNode into, Set<AdminPermission> areas) {
    for (AdminPermission p : areas) {
      into.add(p.name());
    }
    return into;
  }

  /** Parses an area: case, '-' and '_' do not matter. */
  static final class AreaConverter implements ITypeConverter<AdminPermission> {
    @Override
    public AdminPermission convert(String value) {
      String wanted = value.strip().toUpperCase(Locale.ROOT).replace('-', '_');
      for (AdminPermission p : AdminPermission.values()) {
        if (p.name().equals(wanted)) {
          return p;
        }
      }
      List<String> names = new ArrayList<>();
      for (AdminPermission p : AdminPermission.values()) {
        names.add(cliName(p));
      }
      throw new TypeConversionException(
          "'" + value + "' is not a permission area; the areas are " + String.join(", ", names));
    }
  }

  /** The areas' CLI names, for shell completion. */
  static final class AreaNames implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      List<String> names = new ArrayList<>();
      for (AdminPermission p : AdminPermission.values()) {
        names.add(cliName(p));
      }
      return names.iterator();
    }
  }

  /** {@code arca admin create}. */
  @Command(
      name = "create",
      description = {
        "Create an administrator with permission areas. Its password is asked twice on the"
            + " console, or read from --password-file or --password-stdin.",
        "Needs the high access area."
      },
      footer = {
        "",
        "Examples:",
        "  arca admin create officer2 --permissions users,keys",
        "  arca admin create auditor --permissions logs --password-file auditor.pw --json"
      })
  static final class Create extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The new administrator's name.")
    String name;

    @Option(
        names = "--permissions",
        paramLabel = "AREA",
        split = ",",
        converter = AreaConverter.class,
        completionCandidates = AreaNames.class,
        description = "Its permission areas, comma-separated (default: none).")
    List<AdminPermission> permissions = new ArrayList<>();

    @Mixin NewPasswordOptions newPassword;

    private char[] password;

    @Override
    void prepare() throws CliException {
      password = newPassword.read("administrator " + name);
    }

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      ObjectNode body = ApiViews.object().put("name", name);
      areas(body.putArray("permissions"), set(permissions));
      JsonNode created = c.api().send("POST", "/api/v1/admins", body, Map.of("password", password));
      out.message(
          "Created administrator "
              + name
              + " with "
              + (permissions.isEmpty() ? "no permission areas" : "the areas " + names(permissions))
              + ".",
          ApiViews.map(created));
      return 0;
    }

    @Override
    void finish() {
      PasswordInput.clear(password);
    }
  }

  /** {@code arca admin list}. */
  @Command(
      name = "list",
      description = "List the administrators with their areas and lockout state.",
      footer = {"", "Examples:", "  arca admin list", "  arca admin list --json"})
  static final class ListAdmins extends AdminApiCommand {
    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      List<Map<String, Object>> rows = new ArrayList<>();
      for (JsonNode a : c.api().get("/api/v1/admins").path("items")) {
        rows.add(view(out, a));
      }
      out.table(COLUMNS, rows);
      return 0;
    }
  }

  /** {@code arca admin show}. */
  @Command(
      name = "show",
      description = "Show one administrator.",
      footer = {"", "Examples:", "  arca admin show officer2"})
  static final class Show extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The administrator.")
    String name;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      out.record(LABELS, view(out, c.api().get(path(name))));
      return 0;
    }
  }

  /** {@code arca admin delete}. */
  @Command(
      name = "delete",
      description = {
        "Delete an administrator and end its sessions. The last enabled high-access"
            + " administrator cannot be deleted."
      },
      footer = {"", "Examples:", "  arca admin delete officer2"})
  static final class Delete extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The administrator.")
    String name;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      c.api().delete(path(name));
      if (name.equals(c.administrator())) {
        c.forgetStoredSession();
      }
      out.message(
          "Deleted administrator " + name + ".", ApiViews.fields("name", name, "deleted", true));
      return 0;
    }
  }

  /** {@code arca admin passwd}. */
  @Command(
      name = "passwd",
      description = {
        "Set an administrator's password: asked twice on the console, or read from"
            + " --password-file or --password-stdin. Every session of that administrator ends.",
        "Your own needs your current password (asked on the console, or"
            + " --current-password-file); another's needs the high access area."
      },
      footer = {
        "",
        "Examples:",
        "  arca admin passwd admin",
        "  arca admin passwd officer2 --password-file officer2.pw"
      })
  static final class Passwd extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The administrator.")
    String name;

    @Mixin NewPasswordOptions newPassword;

    @Option(
        names = "--current-password-file",
        paramLabel = "FILE",
        description = "Your current password, for your own, from the first line of FILE.")
    Path currentPasswordFile;

    private char[] password;
    private char[] current;

    @Override
    void prepare() throws CliException {
      password = newPassword.read("administrator " + name);
    }

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable, CliException {
      boolean own = name.equals(c.administrator());
      Map<String, char[]> secrets = new LinkedHashMap<>();
      secrets.put("password", password);
      if (own) {
        current = currentPassword(c);
        secrets.put("currentPassword", current);
      }
      c.api().send("PUT", path(name) + "/password", ApiViews.object(), secrets);
      if (own) {
        c.forgetStoredSession();
      }
      out.message(
          "Set the password of administrator "
              + name
              + (own
                  ? "; your sessions have ended: log in again with 'arca login'."
                  : "; its sessions have ended."),
          ApiViews.fields("name", name, "passwordChanged", true, "sessionsEnded", true));
      return 0;
    }

    /** From the file, else the password this call logged in with, else the console. */
    private char[] currentPassword(AdminConnectionOptions.Connection c) throws CliException {
      if (currentPasswordFile != null) {
        return PasswordInput.fromFile(currentPasswordFile);
      }
      if (c.storedSession().isEmpty()) {
        char[] given = connection.password();
        if (given != null) {
          return given;
        }
      }
      return PasswordInput.terminal
          .readPassword("Current password of " + name + ": ")
          .orElseThrow(
              () ->
                  new CliException(
                      "changing your own password needs the current one: give"
                          + " --current-password-file FILE"));
    }

    @Override
    void finish() {
      PasswordInput.clear(password);
      PasswordInput.clear(current);
    }
  }

  /** {@code arca admin permissions}. */
  @Command(
      name = "permissions",
      description = {
        "Replace an administrator's permission areas with those given (--none: no area)."
            + " Applies to its open sessions at once.",
        "Needs the high access area; the node keeps one enabled high-access administrator."
      },
      footer = {
        "",
        "Examples:",
        "  arca admin permissions officer2 users,keys,logs",
        "  arca admin permissions officer2 high-access security",
        "  arca admin permissions auditor --none"
      })
  static final class Permissions extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The administrator.")
    String name;

    // Names, converted in prepare(): a positional list that fails to convert would read as an
    // unmatched argument rather than name the allowed areas.
    @Parameters(
        index = "1..*",
        arity = "0..*",
        paramLabel = "AREA",
        split = ",",
        completionCandidates = AreaNames.class,
        description = "The areas it should hold.")
    List<String> areaNames = new ArrayList<>();

    @Option(names = "--none", description = "Take every area away.")
    boolean none;

    private final List<AdminPermission> permissions = new ArrayList<>();

    @Override
    void prepare() throws CliException {
      for (String n : areaNames) {
        try {
          permissions.add(new AreaConverter().convert(n));
        } catch (TypeConversionException e) {
          throw usage(e.getMessage());
        }
      }
      if (permissions.isEmpty() && !none) {
        throw usage("give the areas " + name + " should hold, or --none to take them all away");
      }
      if (!permissions.isEmpty() && none) {
        throw usage("give areas or --none, not both");
      }
    }

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      ObjectNode body = ApiViews.object();
      areas(body.putArray("permissions"), set(permissions));
      JsonNode changed = c.api().put(path(name) + "/permissions", body);
      out.message(
          "Administrator "
              + name
              + " now holds "
              + (permissions.isEmpty() ? "no permission area" : "the areas " + names(permissions))
              + ".",
          ApiViews.map(changed));
      return 0;
    }
  }

  /** {@code arca admin unlock}. */
  @Command(
      name = "unlock",
      description = "Clear an administrator's failed logins and lockout.",
      footer = {"", "Examples:", "  arca admin unlock officer2"})
  static final class Unlock extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The administrator.")
    String name;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode changed = c.api().post(path(name) + "/unlock", null);
      out.message("Unlocked administrator " + name + ".", ApiViews.map(changed));
      return 0;
    }
  }

  /** Enables or disables an administrator. */
  abstract static class SetEnabled extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The administrator.")
    String name;

    abstract boolean enabled();

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode changed =
          c.api().put(path(name) + "/enabled", ApiViews.object().put("enabled", enabled()));
      out.message(
          enabled()
              ? "Enabled administrator " + name + "."
              : "Disabled administrator " + name + "; its sessions have ended.",
          ApiViews.map(changed));
      return 0;
    }
  }

  /** {@code arca admin enable}. */
  @Command(
      name = "enable",
      description = "Enable an administrator again.",
      footer = {"", "Examples:", "  arca admin enable officer2"})
  static final class Enable extends SetEnabled {
    @Override
    boolean enabled() {
      return true;
    }
  }

  /** {@code arca admin disable}. */
  @Command(
      name = "disable",
      description = "Disable an administrator: it cannot log in, and its sessions end.",
      footer = {"", "Examples:", "  arca admin disable officer2"})
  static final class Disable extends SetEnabled {
    @Override
    boolean enabled() {
      return false;
    }
  }

  private static Set<AdminPermission> set(List<AdminPermission> list) {
    return list.isEmpty() ? EnumSet.noneOf(AdminPermission.class) : EnumSet.copyOf(list);
  }

  private static String names(List<AdminPermission> list) {
    List<String> out = new ArrayList<>();
    for (AdminPermission p : set(list)) {
      out.add(cliName(p));
    }
    return String.join(", ", out);
  }
}
