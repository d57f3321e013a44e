package dev.arca.core.access;

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
 * A local client user: a client application (or a person behind one) that authenticates to the KMIP
 * service with a name and a password.
 *
 * <p>Names are 1 to {@value #MAX_NAME_LENGTH} ASCII letters, digits, {@code .}, {@code _}, {@code
 * -} and {@code @}, compared exactly (case matters). Only ASCII is allowed so that two names never
 * look alike on an officer's screen while being different users.
 *
 * <p>{@link #toString()} never shows the password hash.
 *
 * @param name the user name
 * @param passwordHash the hash of the user's password
 * @param enabled whether the user may authenticate
 * @param created when the user was created
 * @param permissions what the user may do beyond using keys; none by default
 * @param passwordChanged when the password was last set
 * @param failedLogins wrong passwords in a row since the last success or lockout
 * @param lockedUntil after too many wrong passwords, no authentication succeeds before this
 * @param passwordHistory the hashes of earlier passwords, newest first, as many as the password
 *     policy's history asks for
 * @param revision the stored record's revision: 1 when created, one more with every change
 */
public record ClientUser(
    String name,
    PasswordHash passwordHash,
    boolean enabled,
    Instant created,
    Set<UserPermission> permissions,
    Instant passwordChanged,
    int failedLogins,
    Optional<Instant> lockedUntil,
    List<PasswordHash> passwordHistory,
    long revision) {

  /** The longest user name. */
  public static final int MAX_NAME_LENGTH = 64;

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._@-]{1," + MAX_NAME_LENGTH + "}");

  public ClientUser {
    if (!isValidName(name)) {
      throw new IllegalArgumentException(nameRule());
    }
    Objects.requireNonNull(passwordHash, "passwordHash");
    Objects.requireNonNull(created, "created");
    Objects.requireNonNull(permissions, "permissions");
    permissions =
        Collections.unmodifiableSet(
            permissions.isEmpty()
                ? EnumSet.noneOf(UserPermission.class)
                : EnumSet.copyOf(permissions));
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
    return "a user name has 1 to "
        + MAX_NAME_LENGTH
        + " characters: letters A-Z and a-z, digits, '.', '_', '-' and '@'";
  }

  /** Whether the user holds {@code permission}. */
  public boolean has(UserPermission permission) {
    return permissions.contains(permission);
  }

  /** A new user: enabled, without permissions, its password set {@code now}. */
  static ClientUser created(String name, PasswordHash hash, Instant now) {
    return new ClientUser(
        name,
        hash,
        true,
        now,
        EnumSet.noneOf(UserPermission.class),
        now,
        0,
        Optional.empty(),
        List.of(),
        1);
  }

  /** Whether authentication is refused at {@code now} because of earlier failures. */
  public boolean lockedAt(Instant now) {
    return lockedUntil.filter(now::isBefore).isPresent();
  }

  /**
   * A new password set at {@code now}, remembering the old one among the {@code keep} newest; the
   * failed-login count and any lockout are cleared.
   */
  ClientUser withPasswordHash(PasswordHash hash, Instant now, int keep) {
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
    return new ClientUser(
        name, hash, enabled, created, permissions, now, 0, Optional.empty(), history, revision + 1);
  }

  ClientUser withEnabled(boolean enable) {
    return new ClientUser(
        name,
        passwordHash,
        enable,
        created,
        permissions,
        passwordChanged,
        failedLogins,
        lockedUntil,
        passwordHistory,
        revision + 1);
  }

  ClientUser withPermissions(Set<UserPermission> granted) {
    return new ClientUser(
        name,
        passwordHash,
        enabled,
        created,
        granted,
        passwordChanged,
        failedLogins,
        lockedUntil,
        passwordHistory,
        revision + 1);
  }

  ClientUser withLoginFailures(int failures, Optional<Instant> until) {
    return new ClientUser(
        name,
        passwordHash,
        enabled,
        created,
        permissions,
        passwordChanged,
        failures,
        until,
        passwordHistory,
        revision + 1);
  }

  @Override
  public String toString() {
    return "ClientUser["
        + name
        + ", "
        + (enabled ? "enabled" : "disabled")
        + ", permissions "
        + permissions
        + ", created "
        + created
        + (lockedUntil.isPresent() ? ", locked until " + lockedUntil.get() : "")
        + ", rev "
        + revision
        + "]";
  }
}
