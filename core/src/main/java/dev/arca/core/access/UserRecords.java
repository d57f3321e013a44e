package dev.arca.core.access;

import dev.arca.core.state.RecordFields;
import dev.arca.core.state.RecordKey;
import dev.arca.core.store.StoreException;
import dev.arca.core.store.StoredRecord;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * How a {@link ClientUser} is stored: a record of kind {@value #KIND} named after the user, whose
 * body is {@link RecordFields}:
 *
 * <pre>
 * created=2030-01-01T00:00:00Z      ISO-8601 instant (Instant.toString)
 * enabled=true|false
 * format=1                          version of this layout
 * password=pbkdf2-sha256$…          PasswordHash.encoded()
 * permissions=A,B                   UserPermission names, in declaration order; empty for none
 * </pre>
 *
 * The revision is the record's. Decoding is strict: a missing, unknown or malformed field makes the
 * record unreadable rather than guessed at.
 */
final class UserRecords {

  static final String KIND = "user";

  private static final String FORMAT = "1";
  private static final Set<String> FIELDS =
      Set.of("created", "enabled", "format", "password", "permissions");

  private UserRecords() {}

  static RecordKey key(String name) {
    return new RecordKey(KIND, name);
  }

  static byte[] body(ClientUser user) {
    List<String> permissions = new ArrayList<>();
    for (UserPermission p : user.permissions()) {
      permissions.add(p.name());
    }
    return RecordFields.builder()
        .put("created", user.created().toString())
        .put("enabled", Boolean.toString(user.enabled()))
        .put("format", FORMAT)
        .put("password", user.passwordHash().encoded())
        .put("permissions", String.join(",", permissions))
        .build()
        .encode();
  }

  /**
   * The user in {@code record}.
   *
   * @throws StoreException if the record is not a well-formed user; the message names the field,
   *     never its value
   */
  static ClientUser read(StoredRecord record) {
    String name = record.key().name();
    try {
      RecordFields f = RecordFields.decode(record.body());
      String format = f.require("format");
      if (!format.equals(FORMAT)) {
        throw new IllegalArgumentException(
            "format " + format + " is not " + FORMAT + " (written by a newer Arca?)");
      }
      for (String key : f.asMap().keySet()) {
        if (!FIELDS.contains(key)) {
          throw new IllegalArgumentException("unknown field " + key);
        }
      }
      return new ClientUser(
          name,
          PasswordHash.parse(f.require("password")),
          bool(f.require("enabled")),
          Instant.parse(f.require("created")),
          permissions(f.require("permissions")),
          record.revision());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new StoreException("stored client user " + name + " is damaged: " + e.getMessage(), e);
    }
  }

  private static boolean bool(String v) {
    if (v.equals("true")) {
      return true;
    }
    if (v.equals("false")) {
      return false;
    }
    throw new IllegalArgumentException("field enabled is neither true nor false");
  }

  private static Set<UserPermission> permissions(String v) {
    EnumSet<UserPermission> out = EnumSet.noneOf(UserPermission.class);
    if (v.isEmpty()) {
      return out;
    }
    for (String name : v.split(",", -1)) {
      UserPermission p;
      try {
        p = UserPermission.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("field permissions holds an unknown permission");
      }
      if (!out.add(p)) {
        throw new IllegalArgumentException("field permissions repeats a permission");
      }
    }
    return out;
  }
}
