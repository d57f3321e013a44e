package dev.arca.core.access;

/**
 * What a client user may do beyond using keys. Both are off for a new user: a client application
 * needs neither, and each widens what a stolen client credential can do.
 */
public enum UserPermission {
  /** Create, change and delete other client users (the user administration role of a client). */
  USER_ADMINISTRATION,
  /** Change one's own password. */
  CHANGE_PASSWORD
}
