package dev.arca.server;

import dev.arca.core.access.UserDirectory;
import dev.arca.core.audit.AuditSink;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How a node starts, beyond its configuration file: the first client user, extra names for the
 * server certificates, and settings tests lower to run fast.
 *
 * @param firstUser the client user the first start creates, with a client bundle
 * @param firstUserPassword that user's password; random when empty
 * @param extraServerNames DNS names or addresses to add to the server certificates
 * @param clock the clock every date comes from
 * @param userSettings the user directory's settings (PBKDF2 iterations, verification cache)
 * @param masterKeyIterations PBKDF2 iterations sealing the master key, when not the default
 * @param audit where audit events go; the audit log when empty
 */
public record NodeOptions(
    String firstUser,
    Optional<char[]> firstUserPassword,
    List<String> extraServerNames,
    Clock clock,
    UserDirectory.Settings userSettings,
    OptionalInt masterKeyIterations,
    Optional<AuditSink> audit) {

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
  }

  /**
   * The production defaults, reading {@code ARCA_FIRST_USER} and {@code ARCA_FIRST_USER_PASSWORD}
   * from the environment.
   */
  public static NodeOptions fromEnvironment() {
    String user = System.getenv("ARCA_FIRST_USER");
    String password = System.getenv("ARCA_FIRST_USER_PASSWORD");
    return new NodeOptions(
        user == null || user.isBlank() ? DEFAULT_FIRST_USER : user.strip(),
        password == null || password.isEmpty()
            ? Optional.empty()
            : Optional.of(password.toCharArray()),
        List.of(),
        Clock.systemUTC(),
        UserDirectory.Settings.defaults(),
        OptionalInt.empty(),
        Optional.empty());
  }

  public NodeOptions withFirstUser(String user, char[] password) {
    return new NodeOptions(
        user,
        Optional.of(password),
        extraServerNames,
        clock,
        userSettings,
        masterKeyIterations,
        audit);
  }

  public NodeOptions withUserSettings(UserDirectory.Settings settings) {
    return new NodeOptions(
        firstUser,
        firstUserPassword,
        extraServerNames,
        clock,
        settings,
        masterKeyIterations,
        audit);
  }

  public NodeOptions withMasterKeyIterations(int iterations) {
    return new NodeOptions(
        firstUser,
        firstUserPassword,
        extraServerNames,
        clock,
        userSettings,
        OptionalInt.of(iterations),
        audit);
  }

  public NodeOptions withAudit(AuditSink sink) {
    return new NodeOptions(
        firstUser,
        firstUserPassword,
        extraServerNames,
        clock,
        userSettings,
        masterKeyIterations,
        Optional.of(sink));
  }
}
