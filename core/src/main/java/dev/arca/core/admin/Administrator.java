package dev.arca.core.admin;

import dev.arca.core.access.PasswordHash;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * An administrator: a person who administers the node through the admin API, the CLI or the SSH
 * shell. Administrators are accounts of their own, separate from the client users that use keys
 * over KMIP; a name may be both an administrator's and a client user's without the two being
 * related.
 *
 * <p>Names are 1 to {@value #MAX_NAME_LENGTH} ASCII letters, digits, {@code .}, {@code _}, {@code
 * -} and {@code @}, compared exactly, like client user names. {@link #toString()} never shows the
 * password hash.
 *
 * @param name the administrator's name
 * @param passwordHash the hash of its password
 * @param permissions its permission areas
 * @param enabled whether it may log in
 * @param created when it was created
 * @param passwordChanged when its password was last set
 * @param failedLogins failed logins since the last success or lockout
 * @param lockedUntil after too many failed logins, no login succeeds before this instant
 * @param passwordHistory the hashes of earlier passwords, newest first, as many as the password
 *     policy's history asks for
 * @param revision the stored record's revision: 1 when created, one more with every change
 */
public record Administrator(
    String name,
    PasswordHash passwordHash,
    Set<AdminPermission> permissions,
    boolean enabled,
    Instant created,
    Instant passwordChanged,
    int failedLogins,
    Optional<Instant> lockedUntil,
    List<PasswordHash> passwordHistory,
    long revision) {

  /** The longest administrator name. */
  public static final int MAX_NAME_LENGTH = 64;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1," + MAX_NAME_LENGTH + "}");

  public Administrator {
    if (!isValidName(name)) {
      throw new IllegalArgumentException(nameRule());
    }
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(permissions, "permissions");
    permissions =
        Collections.unmodifiableSet(
            permissions.isEmpty()
                ? EnumSet.noneOf(AdminPermission.class)
                : EnumSet.copyOf(permissions));
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(passwordChanged, "passwordChanged");
    if (failedLogins < 0) {
      throw new IllegalArgumentException("failed logins must not be negative: " + failedLogins);
    }
    Objects.requireNonNull(lockedUntil, "lockedUntil");
    passwordHistory = List.copyOf(passwordHistory);
    if (revision < 1) {
      throw new IllegalArgumentException("revision must be at least 1: " + revision);
    }
  }

  /** Whether {@code name} follows the naming rules; false for null. */
  public static boolean isValidName(String name) {
    return name != null && NAME.matcher(name).matches();
  }

  /** The naming rules, for messages. */
  public static String nameRule() {
    return "an administrator name has 1 to "
        + MAX_NAME_LENGTH
        + " characters: letters A-Z and a-z, digits, '.', '_', '-' and '@'";
  }

  /** Whether the administrator holds {@code permission}. */
  public boolean has(AdminPermission permission) {
    return permissions.contains(permission);
  }

  /** Whether logins are refused at {@code now} because of earlier failures. */
  public boolean lockedAt(Instant now) {
    return lockedUntil.filter(now::isBefore).isPresent();
  }

  /**
   * A new password set at {@code now}, remembering the old one among the {@code keep} newest; the
   * failed-login count and any lockout are cleared.
   */
  Administrator withPasswordHash(PasswordHash hash, Instant now, int keep) {
    List<PasswordHash> history = new ArrayList<>();
    if (keep > 0) {
      history.add(passwordHash);
      for (PasswordHash h : passwordHistory) {
        if (history.size() >= keep) {
          break;
        }
        history.add(h);
      }
    }
    return new Administrator(
        name, hash, permissions, enabled, created, now, 0, Optional.empty(), history, revision + 1);
  }

  Administrator withPermissions(Set<AdminPermission> granted) {
    return new Administrator(
        name,
        passwordHash,
        granted,
        enabled,
        created,
        passwordChanged,
        failedLogins,
        lockedUntil,
        passwordHistory,
        revision + 1);
  }

  Administrator withEnabled(boolean enable) {
    return new Administrator(
        name,
        passwordHash,
        permissions,
        enable,
        created,
        passwordChanged,
        failedLogins,
        lockedUntil,
        passwordHistory,
        revision + 1);
  }

  Administrator withLoginFailures(int failures, Optional<Instant> locked) {
    return new Administrator(
        name,
        passwordHash,
        permissions,
        enabled,
        created,
        passwordChanged,
        failures,
        locked,
        passwordHistory,
        revision + 1);
  }

  /** The same administrator at the next revision: a write that asserts it did not change. */
  Administrator touched() {
    return new Administrator(
        name,
        passwordHash,
        permissions,
        enabled,
        created,
        passwordChanged,
        failedLogins,
        lockedUntil,
        passwordHistory,
        revision + 1);
  }

  @Override
  public String toString() {
    return "Administrator["
        + name
        + ", "
        + (enabled ? "enabled" : "disabled")
        + ", areas "
        + permissions
        + lockedUntil.map(t -> ", locked until " + t).orElse("")
        + ", rev "
        + revision
        + "]";
  }
}
