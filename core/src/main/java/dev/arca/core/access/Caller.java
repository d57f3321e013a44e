package dev.arca.core.access;

import java.util.Objects;
import java.util.Optional;

/**
 * Who is asking: the authenticated client user on whose behalf the key service acts, or an
 * administrator acting through the admin API.
 *
 * <p>The KMIP listener builds a client user's caller from the TLS session and the request's
 * credential; the admin API builds an administrator's from its own session. The key service trusts
 * it as given; authentication happens before. Administrators and client users are separate
 * accounts: an administrator named like a client user is not that user, and the {@link
 * AccessPolicy} tells them apart by {@link #administrator()}.
 *
 * @param username the client user's or the administrator's name, never empty
 * @param administrator whether this is an administrator of the admin API (who may manage every key
 *     but never receive key material; see {@link OwnerOnlyAccessPolicy})
 * @param ownerOfNewObjects for an administrator, the client user who owns the objects it creates;
 *     always empty for a client user, whose objects are its own
 */
public record Caller(String username, boolean administrator, Optional<String> ownerOfNewObjects) {

  public Caller {
    Objects.requireNonNull(username, "username");
    Objects.requireNonNull(ownerOfNewObjects, "ownerOfNewObjects");
    if (username.isBlank()) {
      throw new IllegalArgumentException("a caller needs a user name");
    }
    if (!administrator && ownerOfNewObjects.isPresent()) {
      throw new IllegalArgumentException("only an administrator creates objects for another owner");
    }
    if (ownerOfNewObjects.isPresent() && ownerOfNewObjects.get().isBlank()) {
      throw new IllegalArgumentException("an owner needs a user name");
    }
  }

  /** A client user. */
  public Caller(String username) {
    this(username, false, Optional.empty());
  }

  /** A client user. */
  public static Caller of(String username) {
    return new Caller(username);
  }

  /** An administrator acting through the admin API; it creates no objects until given an owner. */
  public static Caller administrator(String name) {
    return new Caller(name, true, Optional.empty());
  }

  /**
   * This administrator creating objects owned by the client user {@code owner}.
   *
   * @throws IllegalArgumentException if this caller is not an administrator
   */
  public Caller onBehalfOf(String owner) {
    return new Caller(username, administrator, Optional.of(owner));
  }

  @Override
  public String toString() {
    return administrator
        ? "Caller[administrator "
            + username
            + ownerOfNewObjects.map(o -> " for " + o).orElse("")
            + "]"
        : "Caller[" + username + "]";
  }
}
