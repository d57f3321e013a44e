package dev.arca.server.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.access.ClientUser;
import dev.arca.core.access.KeySharingGroup;
import dev.arca.core.access.UserDirectory;
import dev.arca.core.access.UserDirectoryException;
import dev.arca.core.access.UserPermission;
import dev.arca.core.admin.AdminPermission;
import dev.arca.server.pki.PkiException;

/**
 * Client users — the applications that use keys over KMIP: {@code /api/v1/users}, and issuing a
 * client bundle for one. Needs the users area.
 */
final class UserResources {

  record Create(String name, char[] password, Boolean enabled) {}

  record Password(char[] password) {}

  record Enabled(Boolean enabled) {}

  record Permissions(java.util.List<String> permissions) {}

  private final AdminServer server;

  UserResources(AdminServer server) {
    this.server = server;
  }

  private UserDirectory users() {
    return server.backend().users();
  }

  void register(RouteTable t) {
    t.get("/api/v1/users", "user.list")
        .area(AdminPermission.USERS)
        .summary("Every client user")
        .response("UserList")
        .handle(this::list);
    t.post("/api/v1/users", "user.create")
        .area(AdminPermission.USERS)
        .summary("Create a client user")
        .status(201)
        .request("UserCreate")
        .response("User")
        .errors(ErrorCode.INVALID_NAME, ErrorCode.INVALID_PASSWORD, ErrorCode.ALREADY_EXISTS)
        .handle(this::create);
    t.get("/api/v1/users/{name}", "user.show")
        .area(AdminPermission.USERS)
        .summary("One client user")
        .response("User")
        .handle(this::show);
    t.delete("/api/v1/users/{name}", "user.delete")
        .area(AdminPermission.USERS)
        .summary(
            "Delete a client user and its group memberships (its keys stay, owned by the name)")
        .status(204)
        .errors(ErrorCode.CONFLICT)
        .handle(this::delete);
    t.put("/api/v1/users/{name}/password", "user.password.set")
        .area(AdminPermission.USERS)
        .summary("Set a client user's password")
        .status(204)
        .request("UserPassword")
        .errors(ErrorCode.INVALID_PASSWORD, ErrorCode.CONFLICT)
        .handle(this::password);
    t.put("/api/v1/users/{name}/enabled", "user.enabled.set")
        .area(AdminPermission.USERS)
        .summary("Enable or disable a client user")
        .request("Enabled")
        .response("User")
        .errors(ErrorCode.CONFLICT)
        .handle(this::enabled);
    t.post("/api/v1/users/{name}/unlock", "user.unlock")
        .area(AdminPermission.USERS)
        .summary("Clear a client user's failed-login count and lockout")
        .response("User")
        .errors(ErrorCode.CONFLICT)
        .handle(this::unlock);
    t.put("/api/v1/users/{name}/permissions", "user.permissions.set")
        .area(AdminPermission.USERS)
        .summary(
            "Set a client user's permissions beyond using keys (USER_ADMINISTRATION,"
                + " CHANGE_PASSWORD); both are off by default and best left off")
        .request("UserPermissions")
        .response("User")
        .errors(ErrorCode.INVALID_FIELD, ErrorCode.CONFLICT)
        .handle(this::permissions);
    t.post("/api/v1/users/{name}/bundle", "user.bundle.issue")
        .area(AdminPermission.USERS)
        .summary(
            "Issue a client certificate and key for a user, with the CA and a pykmip.conf; the"
                + " key is generated here and returned only in this response")
        .status(201)
        .request("BundleRequest")
        .response("Bundle")
        .errors(ErrorCode.UNAVAILABLE)
        .handle(this::bundle);
  }

  private void list(Call call) {
    ArrayNode items = Json.array();
    for (ClientUser u : users().list()) {
      items.add(view(u));
    }
    ObjectNode out = Json.object();
    out.set("items", items);
    call.ok(out);
  }

  private void create(Call call) throws ApiException, UserDirectoryException {
    Create body = call.json(Create.class, server.settings().maxJsonBytes());
    try {
      String name = AdministratorResources.required(body.name(), "name");
      char[] password = AdministratorResources.required(body.password(), "password");
      call.touched(name);
      ClientUser created = users().create(name, password);
      if (Boolean.FALSE.equals(body.enabled())) {
        created = users().setEnabled(name, false);
      }
      call.ok(view(created));
    } finally {
      AdministratorResources.wipe(body.password());
    }
  }

  private ClientUser existing(Call call, String name) throws ApiException {
    call.touched(name);
    return users()
        .get(name)
        .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "no client user " + name));
  }

  private void show(Call call) throws ApiException {
    call.ok(view(existing(call, call.pathParameter("name"))));
  }

  private void delete(Call call) throws UserDirectoryException {
    String name = call.pathParameter("name");
    call.touched(name);
    users().delete(name);
    // Membership is by name: a user created later under the same name must not inherit it.
    for (KeySharingGroup g : server.backend().sharing().groupsOf(name)) {
      server.backend().sharing().removeMember(g.name(), name);
      call.touched(g.name());
    }
    call.noContent();
  }

  private void password(Call call) throws ApiException, UserDirectoryException {
    String name = call.pathParameter("name");
    call.touched(name);
    Password body = call.json(Password.class, server.settings().maxJsonBytes());
    try {
      users().setPassword(name, AdministratorResources.required(body.password(), "password"));
      call.noContent();
    } finally {
      AdministratorResources.wipe(body.password());
    }
  }

  private void enabled(Call call) throws ApiException, UserDirectoryException {
    String name = call.pathParameter("name");
    call.touched(name);
    Enabled body = call.json(Enabled.class, server.settings().maxJsonBytes());
    ClientUser changed =
        users().setEnabled(name, AdministratorResources.required(body.enabled(), "enabled"));
    call.ok(view(changed));
  }

  private void unlock(Call call) throws UserDirectoryException {
    String name = call.pathParameter("name");
    call.touched(name);
    call.ok(view(users().unlock(name)));
  }

  private void permissions(Call call) throws ApiException, UserDirectoryException {
    String name = call.pathParameter("name");
    call.touched(name);
    Permissions body = call.json(Permissions.class, server.settings().maxJsonBytes());
    java.util.Set<UserPermission> wanted = java.util.EnumSet.noneOf(UserPermission.class);
    for (String p : AdministratorResources.required(body.permissions(), "permissions")) {
      try {
        wanted.add(UserPermission.valueOf(String.valueOf(p)));
      } catch (IllegalArgumentException e) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD,
            "field 'permissions': '"
                + Call.shorten(String.valueOf(p))
                + "' is not USER_ADMINISTRATION or CHANGE_PASSWORD");
      }
    }
    call.ok(view(users().setPermissions(name, wanted)));
  }

  private void bundle(Call call) throws ApiException, PkiException {
    ClientUser user = existing(call, call.pathParameter("name"));
    BundleIssuer.Request request =
        call.optionalJson(BundleIssuer.Request.class, server.settings().maxJsonBytes())
            .orElse(new BundleIssuer.Request(null, null, null, null, null));
    ObjectNode out = new BundleIssuer(server).issue(call, user.name(), request);
    call.ok(out);
  }

  static ObjectNode view(ClientUser u) {
    ObjectNode out = Json.object();
    out.put("name", u.name());
    out.put("enabled", u.enabled());
    out.put("created", u.created().toString());
    out.put("passwordChanged", u.passwordChanged().toString());
    if (u.lockedUntil().isPresent()) {
      out.put("lockedUntil", u.lockedUntil().get().toString());
    } else {
      out.putNull("lockedUntil");
    }
    ArrayNode permissions = out.putArray("permissions");
    for (UserPermission p : u.permissions()) {
      permissions.add(p.name());
    }
    return out;
  }
}
