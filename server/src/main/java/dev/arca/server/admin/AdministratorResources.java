package dev.arca.server.admin;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.admin.AdminDirectory;
import dev.arca.core.admin.AdminDirectoryException;
import dev.arca.core.admin.AdminPermission;
import dev.arca.core.admin.Administrator;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Administrators: {@code /api/v1/admins}. Managing administrators needs the high access area, and
 * the directory enforces it again (with the rule that the last high-access administrator stays);
 * changing one's own password needs only the current one. A change of password, areas or enabling,
 * and a deletion, end the administrator's sessions.
 */
final class AdministratorResources {

  record Create(String name, char[] password, List<String> permissions) {}

  record Password(char[] password, char[] currentPassword) {}

  record Permissions(List<String> permissions) {}

  record Enabled(Boolean enabled) {}

  private final AdminServer server;

  AdministratorResources(AdminServer server) {
    this.server = server;
  }

  private AdminDirectory admins() {
    return server.backend().admins();
  }

  void register(RouteTable t) {
    t.get("/api/v1/admins", "admin.list")
        .area(AdminPermission.HIGH_ACCESS)
        .summary("Every administrator")
        .response("AdministratorList")
        .handle(this::list);
    t.post("/api/v1/admins", "admin.create")
        .area(AdminPermission.HIGH_ACCESS)
        .summary("Create an administrator with permission areas")
        .status(201)
        .request("AdministratorCreate")
        .response("Administrator")
        .errors(ErrorCode.INVALID_NAME, ErrorCode.INVALID_PASSWORD, ErrorCode.ALREADY_EXISTS)
        .handle(this::create);
    t.get("/api/v1/admins/{name}", "admin.show")
        .area(AdminPermission.HIGH_ACCESS)
        .summary("One administrator")
        .response("Administrator")
        .handle(this::show);
    t.delete("/api/v1/admins/{name}", "admin.delete")
        .area(AdminPermission.HIGH_ACCESS)
        .summary("Delete an administrator; the last high-access one cannot be deleted")
        .status(204)
        .errors(ErrorCode.LAST_HIGH_ACCESS, ErrorCode.CONFLICT)
        .handle(this::delete);
    t.put("/api/v1/admins/{name}/password", "admin.password.set")
        .summary("Set a password: one's own with the current password, another's with high access")
        .status(204)
        .request("AdministratorPassword")
        .errors(ErrorCode.NOT_PERMITTED, ErrorCode.WRONG_PASSWORD, ErrorCode.INVALID_PASSWORD)
        .handle(this::password);
    t.put("/api/v1/admins/{name}/permissions", "admin.permissions.set")
        .area(AdminPermission.HIGH_ACCESS)
        .summary("Replace an administrator's permission areas")
        .request("Permissions")
        .response("Administrator")
        .errors(ErrorCode.LAST_HIGH_ACCESS, ErrorCode.CONFLICT)
        .handle(this::permissions);
    t.put("/api/v1/admins/{name}/enabled", "admin.enabled.set")
        .area(AdminPermission.HIGH_ACCESS)
        .summary("Enable or disable an administrator")
        .request("Enabled")
        .response("Administrator")
        .errors(ErrorCode.LAST_HIGH_ACCESS, ErrorCode.CONFLICT)
        .handle(this::enabled);
    t.post("/api/v1/admins/{name}/unlock", "admin.unlock")
        .area(AdminPermission.HIGH_ACCESS)
        .summary("Clear an administrator's failed logins and lockout")
        .response("Administrator")
        .handle(this::unlock);
  }

  private void list(Call call) {
    ArrayNode items = Json.array();
    Instant now = server.backend().clock().instant();
    for (Administrator a : admins().list()) {
      items.add(view(a, now));
    }
    ObjectNode out = Json.object();
    out.set("items", items);
    call.ok(out);
  }

  private void create(Call call) throws ApiException, AdminDirectoryException {
    Create body = call.json(Create.class, server.settings().maxJsonBytes());
    try {
      String name = required(body.name(), "name");
      char[] password = required(body.password(), "password");
      Set<AdminPermission> areas = permissions(body.permissions(), "permissions");
      call.touched(name);
      Administrator created = admins().create(call.actor(), name, password, areas);
      call.ok(view(created, server.backend().clock().instant()));
    } finally {
      wipe(body.password());
    }
  }

  private void show(Call call) throws ApiException {
    String name = call.pathParameter("name");
    call.touched(name);
    Administrator a =
        admins()
            .get(name)
            .orElseThrow(() -> new ApiException(ErrorCode.NOT_FOUND, "no administrator " + name));
    call.ok(view(a, server.backend().clock().instant()));
  }

  private void delete(Call call) throws AdminDirectoryException {
    String name = call.pathParameter("name");
    call.touched(name);
    admins().delete(call.actor(), name);
    server.sessions().closeAll(name);
    call.noContent();
  }

  private void password(Call call) throws ApiException, AdminDirectoryException {
    String name = call.pathParameter("name");
    call.touched(name);
    Password body = call.json(Password.class, server.settings().maxJsonBytes());
    try {
      char[] password = required(body.password(), "password");
      admins()
          .setPassword(call.actor(), name, password, Optional.ofNullable(body.currentPassword()));
      // Every session of the administrator ends; whoever changed it logs in again.
      server.sessions().closeAll(name);
      call.noContent();
    } finally {
      wipe(body.password());
      wipe(body.currentPassword());
    }
  }

  private void permissions(Call call) throws ApiException, AdminDirectoryException {
    String name = call.pathParameter("name");
    call.touched(name);
    Permissions body = call.json(Permissions.class, server.settings().maxJsonBytes());
    Set<AdminPermission> areas =
        permissions(required(body.permissions(), "permissions"), "permissions");
    Administrator changed = admins().setPermissions(call.actor(), name, areas);
    call.ok(view(changed, server.backend().clock().instant()));
  }

  private void enabled(Call call) throws ApiException, AdminDirectoryException {
    String name = call.pathParameter("name");
    call.touched(name);
    Enabled body = call.json(Enabled.class, server.settings().maxJsonBytes());
    boolean on = required(body.enabled(), "enabled");
    Administrator changed = admins().setEnabled(call.actor(), name, on);
    if (!on) {
      server.sessions().closeAll(name);
    }
    call.ok(view(changed, server.backend().clock().instant()));
  }

  private void unlock(Call call) throws AdminDirectoryException {
    String name = call.pathParameter("name");
    call.touched(name);
    Administrator changed = admins().unlock(call.actor(), name);
    call.ok(view(changed, server.backend().clock().instant()));
  }

  // ---- views and parsing ---------------------------------------------------------------------

  /** An administrator as the API shows it: never its password hash. */
  static ObjectNode view(Administrator a, Instant now) {
    ObjectNode out = Json.object();
    out.put("name", a.name());
    ArrayNode areas = out.putArray("permissions");
    for (AdminPermission p : a.permissions()) {
      areas.add(p.name());
    }
    out.put("enabled", a.enabled());
    out.put("created", a.created().toString());
    out.put("passwordChanged", a.passwordChanged().toString());
    out.put("failedLogins", a.failedLogins());
    out.put("locked", a.lockedAt(now));
    if (a.lockedUntil().isPresent()) {
      out.put("lockedUntil", a.lockedUntil().get().toString());
    }
    return out;
  }

  /** Permission area names, case and '-' or '_' alike. */
  static Set<AdminPermission> permissions(List<String> names, String field) throws ApiException {
    Set<AdminPermission> out = EnumSet.noneOf(AdminPermission.class);
    if (names == null) {
      return out;
    }
    for (String name : names) {
      if (name == null) {
        throw new ApiException(ErrorCode.INVALID_FIELD, "field '" + field + "' holds a null");
      }
      try {
        out.add(AdminPermission.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_')));
      } catch (IllegalArgumentException e) {
        throw new ApiException(
            ErrorCode.INVALID_FIELD,
            "field '"
                + field
                + "': '"
                + Call.shorten(name)
                + "' is not a permission area; the areas are "
                + Arrays.toString(AdminPermission.values()));
      }
    }
    return out;
  }

  static <T> T required(T value, String field) throws ApiException {
    if (value == null) {
      throw new ApiException(ErrorCode.MISSING_FIELD, "field '" + field + "' is required");
    }
    return value;
  }

  static void wipe(char[] password) {
    if (password != null) {
      Arrays.fill(password, '\0');
    }
  }
}
