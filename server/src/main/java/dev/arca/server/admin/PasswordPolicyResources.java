package dev.arca.server.admin;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.access.PasswordPolicies;
import dev.arca.core.access.PasswordPolicy;
import dev.arca.core.access.UserDirectoryException;
import dev.arca.core.admin.AdminPermission;
import java.time.Duration;

/**
 * The password policy of administrators and client users, {@code /api/v1/password-policy}: read
 * with any area, changed with high access. The change is audited like every request.
 */
final class PasswordPolicyResources {

  /** Every field optional: an absent one keeps its current value. */
  record Change(
      Integer minLength,
      Integer minClasses,
      Integer history,
      Integer maxAgeDays,
      Integer lockoutThreshold,
      Integer lockoutMinutes) {}

  private final AdminServer server;

  PasswordPolicyResources(AdminServer server) {
    this.server = server;
  }

  private PasswordPolicies policies() {
    return server.backend().users().policies();
  }

  void register(RouteTable t) {
    t.get("/api/v1/password-policy", "password-policy.show")
        .summary("The password policy of administrators and client users")
        .response("PasswordPolicy")
        .handle(this::show);
    t.put("/api/v1/password-policy", "password-policy.set")
        .area(AdminPermission.HIGH_ACCESS)
        .summary(
            "Change the password policy; absent fields keep their values. Applies to passwords set"
                + " from now on, to logins and to the age of every password")
        .request("PasswordPolicyChange")
        .response("PasswordPolicy")
        .errors(ErrorCode.INVALID_FIELD, ErrorCode.CONFLICT)
        .handle(this::set);
  }

  private void show(Call call) {
    call.ok(view(policies().current()));
  }

  private void set(Call call) throws ApiException, UserDirectoryException {
    Change c = call.json(Change.class, server.settings().maxJsonBytes());
    PasswordPolicy now = policies().current();
    PasswordPolicy next;
    try {
      next =
          new PasswordPolicy(
              c.minLength() == null ? now.minLength() : c.minLength(),
              c.minClasses() == null ? now.minClasses() : c.minClasses(),
              c.history() == null ? now.history() : c.history(),
              c.maxAgeDays() == null ? now.maxAge() : Duration.ofDays(c.maxAgeDays()),
              c.lockoutThreshold() == null ? now.lockoutThreshold() : c.lockoutThreshold(),
              c.lockoutMinutes() == null
                  ? now.lockoutDuration()
                  : Duration.ofMinutes(c.lockoutMinutes()));
    } catch (IllegalArgumentException e) {
      // The record's messages name the setting and its range, never a secret.
      throw new ApiException(ErrorCode.INVALID_FIELD, e.getMessage());
    }
    call.touched("password-policy");
    call.ok(view(policies().set(next)));
  }

  static ObjectNode view(PasswordPolicy p) {
    ObjectNode out = Json.object();
    out.put("minLength", p.minLength());
    out.put("minClasses", p.minClasses());
    out.put("history", p.history());
    out.put("maxAgeDays", p.maxAge().toDays());
    out.put("lockoutThreshold", p.lockoutThreshold());
    out.put("lockoutMinutes", p.lockoutDuration().toMinutes());
    return out;
  }
}
