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
import java.util.Optional;
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
 * password-changed=…                ISO-8601 instant; the creation time when absent
 * failed-logins=0                   wrong passwords in a row; 0 when absent
 * locked-until=…                    ISO-8601 instant, or empty; empty when absent
 * history=pbkdf2-sha256$… …         earlier PasswordHash.encoded(), newest first, space-separated
 * </pre>
 *
 * The last four came with the password policy; a record written before has none of them and reads
 * as a user without failures, lockout or history whose password is as old as the user. The revision
 * is the record's. Decoding is strict: a missing, unknown or malformed field makes the record
 * unreadable rather than guessed at.
 */
final class UserRecords {

  static final String KIND = "user";

  private static final String FORMAT = "1";
  private static final Set<String> FIELDS =
      Set.of(
          "created",
          "enabled",
          "format",
          "password",
          "permissions",
          "password-changed",
          "failed-logins",
          "locked-until",
          "history");

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
        .put("password-changed", user.passwordChanged().toString())
        .put("failed-logins", Integer.toString(user.failedLogins()))
        .put("locked-until", user.lockedUntil().map(Instant::toString).orElse(""))
        .put("history", history(user.passwordHistory()))
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
      Instant created = Instant.parse(f.require("created"));
      String locked = f.get("locked-until").orElse("");
      int failed = Integer.parseInt(f.get("failed-logins").orElse("0"));
      return new ClientUser(
          name,
          PasswordHash.parse(f.require("password")),
          bool(f.require("enabled")),
          created,
          permissions(f.require("permissions")),
          f.get("password-changed").map(Instant::parse).orElse(created),
          failed,
          locked.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(locked)),
          history(f.get("history").orElse("")),
          record.revision());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new StoreException("stored client user " + name + " is damaged: " + e.getMessage(), e);
    }
  }

  private static String history(List<PasswordHash> hashes) {
    List<String> out = new ArrayList<>();
    for (PasswordHash h : hashes) {
      out.add(h.encoded());
    }
    return String.join(" ", out);
  }

  private static List<PasswordHash> history(String v) {
    List<PasswordHash> out = new ArrayList<>();
    if (!v.isEmpty()) {
      for (String h : v.split(" ", -1)) {
        out.add(PasswordHash.parse(h));
      }
    }
    return out;
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
