package dev.arca.core.access;

import java.util.Objects;

/**
 * Who is asking: the authenticated client user on whose behalf the key service acts.
 *
 * <p>The KMIP listener builds it from the TLS session and the request's credential, the admin API
 * from its own session. The key service trusts it as given; authentication happens before.
 *
 * @param username the client user name, never empty
 */
public record Caller(String username) {

  public Caller {
    Objects.requireNonNull(username, "username");
    if (username.isBlank()) {
      throw new IllegalArgumentException("a caller needs a user name");
    }
  }

  public static Caller of(String username) {
    return new Caller(username);
  }

  @Override
  public String toString() {
    return "Caller[" + username + "]";
  }
}
