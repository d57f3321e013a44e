package dev.arca.server.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.access.Caller;
import dev.arca.core.access.ClientUser;
import dev.arca.core.access.KeySharing;
import dev.arca.core.access.KeySharingGroup;
import dev.arca.core.access.Permission;
import dev.arca.core.access.UserDirectoryException;
import dev.arca.core.admin.AdminPermission;
import dev.arca.core.key.ManagedObjectView;
import dev.arca.kmip.KmipException;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;

/**
 * Key sharing groups, {@code /api/v1/groups} (the users area), and the permissions a group holds on
 * a key, {@code /api/v1/keys/{id}/groups} (the keys area).
 */
final class GroupResources {

  record Create(String name) {}

  record Grant(List<String> permissions) {}

  private final AdminServer server;

  GroupResources(AdminServer server) {
    this.server = server;
  }

  private KeySharing sharing() {
    return server.backend().sharing();
  }

  void register(RouteTable t) {
    t.get("/api/v1/groups", "group.list")
        .area(AdminPermission.USERS)
        .summary("Every key sharing group")
        .response("GroupList")
        .handle(this::list);
    t.post("/api/v1/groups", "group.create")
        .area(AdminPermission.USERS)
        .summary("Create a key sharing group")
        .status(201)
        .request("GroupCreate")
        .response("Group")
        .errors(ErrorCode.INVALID_NAME, ErrorCode.ALREADY_EXISTS)
        .handle(this::create);
    t.get("/api/v1/groups/{name}", "group.show")
        .area(AdminPermission.USERS)
        .summary("One key sharing group and its members")
        .response("Group")
        .handle(this::show);
    t.delete("/api/v1/groups/{name}", "group.delete")
        .area(AdminPermission.USERS)
        .summary("Delete a key sharing group and every grant made to it")
        .status(204)
        .errors(ErrorCode.CONFLICT)
        .handle(this::delete);
    t.put("/api/v1/groups/{name}/members/{user}", "group.member.add")
        .area(AdminPermission.USERS)
        .summary("Add a client user to a key sharing group")
        .response("Group")
        .errors(ErrorCode.INVALID_NAME, ErrorCode.CONFLICT)
        .handle(call -> member(call, true));
    t.delete("/api/v1/groups/{name}/members/{user}", "group.member.remove")
        .area(AdminPermission.USERS)
        .summary("Remove a client user from a key sharing group")
        .response("Group")
        .errors(ErrorCode.INVALID_NAME, ErrorCode.CONFLICT)
        .handle(call -> member(call, false));
    t.get("/api/v1/keys/{id}/groups", "key.groups.list")
        .area(AdminPermission.KEYS)
        .summary("The key sharing groups that hold permissions on a key")
        .response("KeyGrants")
        .handle(this::grants);
    t.put("/api/v1/keys/{id}/groups/{group}", "key.groups.grant")
        .area(AdminPermission.KEYS)
        .summary(
            "Set what a key sharing group may do with a key and every version of it; an empty"
                + " list takes the grant away")
        .request("KeyGrant")
        .response("KeyGrants")
        .errors(ErrorCode.INVALID_FIELD, ErrorCode.CONFLICT)
        .handle(this::grant);
    t.delete("/api/v1/keys/{id}/groups/{group}", "key.groups.revoke")
        .area(AdminPermission.KEYS)
        .summary("Take every permission on a key away from a key sharing group")
        .response("KeyGrants")
        .errors(ErrorCode.CONFLICT)
        .handle(this::ungrant);
  }

  // ---- groups ----------------------------------------------------------------------------------

  private void list(Call call) {
    ArrayNode items = Json.array();
    for (KeySharingGroup g : sharing().groups()) {
      items.add(view(g));
    }
    ObjectNode out = Json.object();
    out.set("items", items);
    call.ok(out);
  }

  private void create(Call call) throws ApiException, UserDirectoryException {
    Create body = call.json(Create.class, server.settings().maxJsonBytes());
    String name = AdministratorResources.required(body.name(), "name");
    call.touched(name);
    call.ok(view(sharing().createGroup(name)));
  }

  private void show(Call call) throws ApiException {
    String name = call.pathParameter("name");
    call.touched(name);
    call.ok(view(sharing().group(name).orElseThrow(() -> noGroup(name))));
  }

  private void delete(Call call) throws UserDirectoryException {
    String name = call.pathParameter("name");
    call.touched(name);
    sharing().deleteGroup(name);
    call.noContent();
  }

  private void member(Call call, boolean add) throws ApiException, UserDirectoryException {
    String name = call.pathParameter("name");
    String user = call.pathParameter("user");
    call.touched(name);
    call.touched(user);
    if (!ClientUser.isValidName(user)) {
      throw new ApiException(ErrorCode.INVALID_NAME, ClientUser.nameRule());
    }
    if (add && server.backend().users().get(user).isEmpty()) {
      throw new ApiException(ErrorCode.NOT_FOUND, "no client user " + user);
    }
    KeySharingGroup changed =
        add ? sharing().addMember(name, user) : sharing().removeMember(name, user);
    call.ok(view(changed));
  }

  static ObjectNode view(KeySharingGroup g) {
    ObjectNode out = Json.object();
    out.put("name", g.name());
    out.put("created", g.created().toString());
    ArrayNode members = out.putArray("members");
    g.members().forEach(members::add);
    return out;
  }

  private static ApiException noGroup(String name) {
    return new ApiException(ErrorCode.NOT_FOUND, "no key sharing group " + name);
  }

  // ---- grants on keys --------------------------------------------------------------------------

  private ManagedObjectView key(Call call) throws KmipException {
    String id = call.pathParameter("id");
    call.touched(id);
    return server.backend().keys().get(Caller.administrator(call.actor()), id);
  }

  private void grants(Call call) throws KmipException {
    ManagedObjectView key = key(call);
    call.ok(grantsView(key, sharing().grants(key.object())));
  }

  private void grant(Call call) throws ApiException, KmipException, UserDirectoryException {
    ManagedObjectView key = key(call);
    String group = call.pathParameter("group");
    call.touched(group);
    Grant body = call.json(Grant.class, server.settings().maxJsonBytes());
    List<String> names = AdministratorResources.required(body.permissions(), "permissions");
    Set<Permission> wanted = EnumSet.noneOf(Permission.class);
    for (String n : names) {
      wanted.add(
          KeySharing.permissionNamed(n)
              .orElseThrow(
                  () ->
                      new ApiException(
                          ErrorCode.INVALID_FIELD,
                          "field 'permissions': '"
                              + Call.shorten(String.valueOf(n))
                              + "' is not one of "
                              + String.join(", ", KeySharing.permissionNames()))));
    }
    requireGroup(group);
    call.ok(grantsView(key, sharing().grant(key.object(), group, wanted)));
  }

  private void ungrant(Call call) throws ApiException, KmipException, UserDirectoryException {
    ManagedObjectView key = key(call);
    String group = call.pathParameter("group");
    call.touched(group);
    requireGroup(group);
    call.ok(grantsView(key, sharing().grant(key.object(), group, Set.of())));
  }

  private void requireGroup(String group) throws ApiException {
    if (!ClientUser.isValidName(group)) {
      throw new ApiException(ErrorCode.INVALID_NAME, ClientUser.nameRule());
    }
    if (sharing().group(group).isEmpty()) {
      throw noGroup(group);
    }
  }

  private static ObjectNode grantsView(
      ManagedObjectView key, SortedMap<String, Set<Permission>> grants) {
    ObjectNode out = Json.object();
    out.put("id", key.id());
    key.object().keyName().ifPresent(n -> out.put("keyName", n));
    if (key.object().owner().isPresent()) {
      out.put("owner", key.object().owner().get());
    } else {
      out.putNull("owner");
    }
    ObjectNode groups = out.putObject("groups");
    for (Map.Entry<String, Set<Permission>> e : grants.entrySet()) {
      ArrayNode list = groups.putArray(e.getKey());
      for (Permission p : e.getValue()) {
        list.add(KeySharing.nameOf(p));
      }
    }
    return out;
  }
}
