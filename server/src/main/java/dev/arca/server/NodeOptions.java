package dev.arca.server;

import dev.arca.core.access.UserDirectory;
import dev.arca.core.admin.AdminDirectory;
import dev.arca.core.audit.AuditSink;
import dev.arca.server.admin.AdminApiSettings;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a node starts, beyond its configuration file: the first client user and administrator, extra
 * names for the server certificates, the admin API's settings, and settings tests lower to run
 * fast.
 *
 * @param firstUser the client user the first start creates, with a client bundle
 * @param firstUserPassword that user's password; random when empty
 * @param extraServerNames DNS names or addresses to add to the server certificates
 * @param clock the clock every date comes from
 * @param userSettings the user directory's settings (PBKDF2 iterations, verification cache)
 * @param masterKeyIterations PBKDF2 iterations sealing the master key, when not the default
 * @param audit where audit events go; the audit log when empty
 * @param adminPassword the password of the first administrator, {@code admin}; generated (and shown
 *     once by {@code arca server}) when empty
 * @param adminSettings the administrator directory's settings (PBKDF2 iterations, lockout after
 *     failed logins)
 * @param adminApi the admin HTTPS API's settings (sessions, client certificates, metrics)
 */
public record NodeOptions(
    String firstUser,
    Optional<char[]> firstUserPassword,
    List<String> extraServerNames,
    Clock clock,
    UserDirectory.Settings userSettings,
    OptionalInt masterKeyIterations,
    Optional<AuditSink> audit,
    Optional<char[]> adminPassword,
    AdminDirectory.Settings adminSettings,
    AdminApiSettings adminApi) {

  /** The client user the first start creates, unless {@code ARCA_FIRST_USER} names another. */
  public static final String DEFAULT_FIRST_USER = "client";

  public NodeOptions {
    Objects.requireNonNull(firstUser, "firstUser");
    Objects.requireNonNull(firstUserPassword, "firstUserPassword");
    extraServerNames = List.copyOf(extraServerNames);
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(userSettings, "userSettings");
    Objects.requireNonNull(masterKeyIterations, "masterKeyIterations");
    Objects.requireNonNull(audit, "audit");
    Objects.requireNonNull(adminPassword, "adminPassword");
    Objects.requireNonNull(adminSettings, "adminSettings");
    Objects.requireNonNull(adminApi, "adminApi");
  }

  /**
   * The production defaults, reading {@code ARCA_FIRST_USER}, {@code ARCA_FIRST_USER_PASSWORD} and
   * {@code ARCA_ADMIN_PASSWORD} from the environment.
   */
  public static NodeOptions fromEnvironment() {
    String user = System.getenv("ARCA_FIRST_USER");
    String password = System.getenv("ARCA_FIRST_USER_PASSWORD");
    String adminPassword = System.getenv("ARCA_ADMIN_PASSWORD");
    return new NodeOptions(
        user == null || user.isBlank() ? DEFAULT_FIRST_USER : user.strip(),
        password == null || password.isEmpty()
            ? Optional.empty()
            : Optional.of(password.toCharArray()),
        List.of(),
        Clock.systemUTC(),
        UserDirectory.Settings.defaults(),
        OptionalInt.empty(),
        Optional.empty(),
        adminPassword == null || adminPassword.isEmpty()
            ? Optional.empty()
            : Optional.of(adminPassword.toCharArray()),
        AdminDirectory.Settings.defaults(),
        AdminApiSettings.defaults());
  }

  public NodeOptions withFirstUser(String user, char[] password) {
    return new NodeOptions(
        user,
        Optional.of(password),
        extraServerNames,
        clock,
        userSettings,
        masterKeyIterations,
        audit,
        adminPassword,
        adminSettings,
        adminApi);
  }

  public NodeOptions withUserSettings(UserDirectory.Settings settings) {
    return new NodeOptions(
        firstUser,
        firstUserPassword,
        extraServerNames,
        clock,
        settings,
        masterKeyIterations,
        audit,
        adminPassword,
        adminSettings,
        adminApi);
  }

  public NodeOptions withMasterKeyIterations(int iterations) {
    return new NodeOptions(
        firstUser,
        firstUserPassword,
        extraServerNames,
        clock,
        userSettings,
        OptionalInt.of(iterations),
        audit,
        adminPassword,
        adminSettings,
        adminApi);
  }

  public NodeOptions withAudit(AuditSink sink) {
    return new NodeOptions(
        firstUser,
        firstUserPassword,
        extraServerNames,
        clock,
        userSettings,
        masterKeyIterations,
        Optional.of(sink),
        adminPassword,
        adminSettings,
        adminApi);
  }

  /** The first administrator's password, instead of a generated one. */
  public NodeOptions withAdminPassword(char[] password) {
    return new NodeOptions(
        firstUser,
        firstUserPassword,
        extraServerNames,
        clock,
        userSettings,
        masterKeyIterations,
        audit,
        Optional.of(password),
        adminSettings,
        adminApi);
  }

  public NodeOptions withAdminSettings(AdminDirectory.Settings settings) {
    return new NodeOptions(
        firstUser,
        firstUserPassword,
        extraServerNames,
        clock,
        userSettings,
        masterKeyIterations,
        audit,
        adminPassword,
        settings,
        adminApi);
  }

  public NodeOptions withAdminApi(AdminApiSettings settings) {
    return new NodeOptions(
        firstUser,
        firstUserPassword,
        extraServerNames,
        clock,
        userSettings,
        masterKeyIterations,
        audit,
        adminPassword,
        adminSettings,
        settings);
  }
}
