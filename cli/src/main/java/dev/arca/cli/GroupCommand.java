package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arca group}: key sharing groups and the permissions they hold on keys, through the admin
 * API ({@code /api/v1/groups}, users area; {@code /api/v1/keys/{id}/groups}, keys area).
 */
@Command(
    name = "group",
    mixinStandardHelpOptions = true,
    description = {
      "Key sharing groups: client users who share keys. A key's owner has every right on it;"
          + " a group member has what the group was granted on that key.",
      "Groups and members need the users area; grants on keys need the keys area."
    },
    subcommands = {
      GroupCommand.Create.class,
      GroupCommand.ListGroups.class,
      GroupCommand.Show.class,
      GroupCommand.Delete.class,
      GroupCommand.Add.class,
      GroupCommand.Remove.class,
      GroupCommand.Grant.class,
      GroupCommand.Revoke.class,
      GroupCommand.Grants.class
    },
    footer = {
      "",
      "Permissions a group may hold on a key: get (export the key), encrypt (encrypt, decrypt,"
          + " wrap, derive), sign (sign, verify), mac, modify (attributes), rekey, revoke"
          + " (revoke, destroy and the rest of the lifecycle). Any of them lets the members see"
          + " the key.",
      "",
      "Examples:",
      "  arca group create payments",
      "  arca group add payments billing-app",
      "  arca group grant 7f3c…-id payments encrypt sign",
      "  arca group grants 7f3c…-id",
      "  arca group revoke 7f3c…-id payments"
    })
final class GroupCommand implements Runnable {

  static final List<Output.Column> COLUMNS =
      ApiViews.columns("NAME", "name", "MEMBERS", "members", "CREATED", "created");

  static final Map<String, String> LABELS =
      ApiViews.labels("name", "Name", "members", "Members", "created", "Created");

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  static String path(String name) {
    return "/api/v1/groups/" + AdminUrl.segment(name);
  }

  static String keyPath(String id, String group) {
    return "/api/v1/keys/" + AdminUrl.segment(id) + "/groups/" + AdminUrl.segment(group);
  }

  @Command(name = "create", description = "Create a key sharing group.")
  static final class Create extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The group's name.")
    String name;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode g = c.api().post("/api/v1/groups", ApiViews.object().put("name", name));
      out.message("Created key sharing group " + name + ".", ApiViews.map(g));
      return 0;
    }
  }

  @Command(name = "list", description = "List the key sharing groups and their members.")
  static final class ListGroups extends AdminApiCommand {
    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      out.table(COLUMNS, ApiViews.views(out, c.api().get("/api/v1/groups")));
      return 0;
    }
  }

  @Command(name = "show", description = "Show one key sharing group.")
  static final class Show extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The group.")
    String name;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      out.record(LABELS, ApiViews.view(out, c.api().get(path(name))));
      return 0;
    }
  }

  @Command(
      name = "delete",
      description = "Delete a key sharing group and every permission granted to it on keys.")
  static final class Delete extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "NAME", description = "The group.")
    String name;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      c.api().delete(path(name));
      out.message(
          "Deleted key sharing group " + name + " and its grants.",
          ApiViews.fields("name", name, "deleted", true));
      return 0;
    }
  }

  @Command(name = "add", description = "Add a client user to a key sharing group.")
  static final class Add extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "GROUP", description = "The group.")
    String group;

    @Parameters(index = "1", paramLabel = "USER", description = "The client user.")
    String user;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode g =
          c.api().put(path(group) + "/members/" + AdminUrl.segment(user), ApiViews.object());
      out.message("Client user " + user + " is in group " + group + ".", ApiViews.map(g));
      return 0;
    }
  }

  @Command(name = "remove", description = "Remove a client user from a key sharing group.")
  static final class Remove extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "GROUP", description = "The group.")
    String group;

    @Parameters(index = "1", paramLabel = "USER", description = "The client user.")
    String user;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode g = c.api().delete(path(group) + "/members/" + AdminUrl.segment(user));
      out.message("Client user " + user + " left group " + group + ".", ApiViews.map(g));
      return 0;
    }
  }

  @Command(
      name = "grant",
      description = {
        "Set what a group may do with a key and every version of it: the permissions given"
            + " replace those it held."
      })
  static final class Grant extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "KEY-ID", description = "The key's identifier.")
    String id;

    @Parameters(index = "1", paramLabel = "GROUP", description = "The group.")
    String group;

    @Parameters(
        index = "2..*",
        arity = "1..*",
        paramLabel = "PERMISSION",
        description = "get, encrypt, sign, mac, modify, rekey, revoke.")
    List<String> permissions = new ArrayList<>();

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      ObjectNode body = ApiViews.object();
      ArrayNode list = body.putArray("permissions");
      permissions.forEach(list::add);
      JsonNode answer = c.api().put(keyPath(id, group), body);
      out.message(
          "Group " + group + " may now " + String.join(", ", permissions) + " key " + id + ".",
          ApiViews.map(answer));
      return 0;
    }
  }

  @Command(name = "revoke", description = "Take every permission on a key away from a group.")
  static final class Revoke extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "KEY-ID", description = "The key's identifier.")
    String id;

    @Parameters(index = "1", paramLabel = "GROUP", description = "The group.")
    String group;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode answer = c.api().delete(keyPath(id, group));
      out.message("Group " + group + " holds nothing on key " + id + " now.", ApiViews.map(answer));
      return 0;
    }
  }

  @Command(name = "grants", description = "Show the groups that hold permissions on a key.")
  static final class Grants extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "KEY-ID", description = "The key's identifier.")
    String id;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      JsonNode answer = c.api().get("/api/v1/keys/" + AdminUrl.segment(id) + "/groups");
      List<Map<String, Object>> rows = new ArrayList<>();
      answer
          .path("groups")
          .fields()
          .forEachRemaining(
              e -> {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("group", e.getKey());
                List<String> perms = new ArrayList<>();
                e.getValue().forEach(p -> perms.add(p.asText()));
                row.put("permissions", perms);
                rows.add(row);
              });
      out.table(ApiViews.columns("GROUP", "group", "PERMISSIONS", "permissions"), rows);
      return 0;
    }
  }
}
