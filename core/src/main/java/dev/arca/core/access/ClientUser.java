package dev.arca.core.access;

import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
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
 * @param revision the stored record's revision: 1 when created, one more with every change
 */
public record ClientUser(
    String name,
    PasswordHash passwordHash,
    boolean enabled,
    Instant created,
    Set<UserPermission> permissions,
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

  ClientUser withPasswordHash(PasswordHash hash) {
    return new ClientUser(name, hash, enabled, created, permissions, revision + 1);
  }

  ClientUser withEnabled(boolean enable) {
    return new ClientUser(name, passwordHash, enable, created, permissions, revision + 1);
  }

  ClientUser withPermissions(Set<UserPermission> granted) {
    return new ClientUser(name, passwordHash, enabled, created, granted, revision + 1);
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
        + ", rev "
        + revision
        + "]";
  }
}
