package dev.arca.core.admin;

import dev.arca.core.access.PasswordHash;
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
 * How an {@link Administrator} is stored: a record of kind {@value #KIND} named after the
 * administrator, whose body is {@link RecordFields}:
 *
 * <pre>
 * created=2030-01-01T00:00:00Z           ISO-8601 instant (Instant.toString)
 * enabled=true|false
 * failed-logins=0                        failed logins since the last success or lockout
 * format=1                               version of this layout
 * locked-until=2030-01-01T00:15:00Z      empty when not locked
 * password=pbkdf2-sha256$…               PasswordHash.encoded()
 * password-changed=2030-01-01T00:00:00Z
 * permissions=KEYS,USERS                 AdminPermission names, in declaration order; empty for none
 * history=pbkdf2-sha256$… …              earlier passwords, newest first; absent before the policy
 * </pre>
 *
 * The revision is the record's. Decoding is strict: a missing, unknown or malformed field makes the
 * record unreadable rather than guessed at.
 */
final class AdminRecords {

  static final String KIND = "admin";

  private static final String FORMAT = "1";
  private static final Set<String> FIELDS =
      Set.of(
          "created",
          "enabled",
          "failed-logins",
          "format",
          "locked-until",
          "password",
          "password-changed",
          "permissions",
          "history");

  private AdminRecords() {}

  static RecordKey key(String name) {
    return new RecordKey(KIND, name);
  }

  static byte[] body(Administrator a) {
    List<String> permissions = new ArrayList<>();
    for (AdminPermission p : a.permissions()) {
      permissions.add(p.name());
    }
    return RecordFields.builder()
        .put("created", a.created().toString())
        .put("enabled", Boolean.toString(a.enabled()))
        .put("failed-logins", Integer.toString(a.failedLogins()))
        .put("format", FORMAT)
        .put("locked-until", a.lockedUntil().map(Instant::toString).orElse(""))
        .put("password", a.passwordHash().encoded())
        .put("password-changed", a.passwordChanged().toString())
        .put("permissions", String.join(",", permissions))
        .put("history", history(a.passwordHistory()))
        .build()
        .encode();
  }

  /**
   * The administrator in {@code record}.
   *
   * @throws StoreException if the record is not a well-formed administrator; the message names the
   *     field, never its value
   */
  static Administrator read(StoredRecord record) {
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
      String locked = f.require("locked-until");
      return new Administrator(
          name,
          PasswordHash.parse(f.require("password")),
          permissions(f.require("permissions")),
          bool(f.require("enabled")),
          Instant.parse(f.require("created")),
          Instant.parse(f.require("password-changed")),
          count(f.require("failed-logins")),
          locked.isEmpty() ? Optional.empty() : Optional.of(Instant.parse(locked)),
          history(f.get("history").orElse("")),
          record.revision());
    } catch (IllegalArgumentException | DateTimeParseException e) {
      throw new StoreException(
          "stored administrator " + name + " is damaged: " + e.getMessage(), e);
    }
  }

  private static String history(List<PasswordHash> hashes) {
    List<String> out = new ArrayList<>();
    for (PasswordHash h : hashes) {
      out.add(h.encoded());
    }
    return String.join(" ", out);
  }

  /** Earlier passwords, space-separated; absent in records written before the password policy. */
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

  private static int count(String v) {
    if (!v.matches("0|[1-9][0-9]{0,8}")) {
      throw new IllegalArgumentException("field failed-logins is not a count");
    }
    return Integer.parseInt(v);
  }

  private static Set<AdminPermission> permissions(String v) {
    EnumSet<AdminPermission> out = EnumSet.noneOf(AdminPermission.class);
    if (v.isEmpty()) {
      return out;
    }
    for (String name : v.split(",", -1)) {
      AdminPermission p;
      try {
        p = AdminPermission.valueOf(name);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("field permissions holds an unknown permission area");
      }
      if (!out.add(p)) {
        throw new IllegalArgumentException("field permissions repeats a permission area");
      }
    }
    return out;
  }
}
