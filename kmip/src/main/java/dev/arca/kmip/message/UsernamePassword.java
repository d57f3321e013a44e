package dev.arca.kmip.message;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import java.util.Optional;

/** KMIP 2.1 §9.11 Table 411: the Username and Password credential value. */
public record UsernamePassword(
    @KmipField(Tag.USERNAME) String username, @KmipField(Tag.PASSWORD) Optional<String> password) {

  public static UsernamePassword of(String username, String password) {
    return new UsernamePassword(username, Optional.of(password));
  }

  @Override
  public String toString() {
    return "UsernamePassword["
        + username
        + ", password "
        + (password.isPresent() ? "***" : "-")
        + "]";
  }
}
