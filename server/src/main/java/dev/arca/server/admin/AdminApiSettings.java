package dev.arca.server.admin;

import java.time.Duration;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Settings of the admin HTTPS API beyond its address and certificate (which are the configuration
 * file's {@code admin} section).
 *
 * @param enabled whether the node serves the admin port at all
 * @param sessionIdleTimeout a session token unused for this long stops working (default 15 minutes;
 *     1 second to 24 hours)
 * @param sessionLifetime a session token stops working this long after login, used or not (default
 *     8 hours; 1 second to 7 days)
 * @param clientCertificateAuthentication <em>web admin client certificate authentication</em>: an
 *     administrator must also present a client certificate from {@code clientCertificateProfile}
 *     whose subject CN is its name, at login and on every request of the session (default off)
 * @param clientCertificateProfile the trusted-CA profile administrator certificates must chain to
 *     (default {@code Default})
 * @param metricsOpen whether {@code /metrics} is served without authentication, for a scraper that
 *     cannot log in; by default it needs an administrator with the services area
 * @param maxJsonBytes the largest JSON request body (default 64 KiB; 1 KiB to 1 MiB)
 * @param maxSessions the most sessions open at once (default 10,000); beyond it the oldest ends
 */
public record AdminApiSettings(
    boolean enabled,
    Duration sessionIdleTimeout,
    Duration sessionLifetime,
    boolean clientCertificateAuthentication,
    String clientCertificateProfile,
    boolean metricsOpen,
    int maxJsonBytes,
    int maxSessions) {

  private static final Pattern PROFILE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

  public AdminApiSettings {
    between("sessionIdleTimeout", sessionIdleTimeout, Duration.ofSeconds(1), Duration.ofHours(24));
    between("sessionLifetime", sessionLifetime, Duration.ofSeconds(1), Duration.ofDays(7));
    Objects.requireNonNull(clientCertificateProfile, "clientCertificateProfile");
    if (!PROFILE.matcher(clientCertificateProfile).matches()) {
      throw new IllegalArgumentException(
          "clientCertificateProfile '"
              + clientCertificateProfile
              + "': 1-64 of letters, digits, '.', '-' and '_'");
    }
    if (maxJsonBytes < 1024 || maxJsonBytes > 1 << 20) {
      throw new IllegalArgumentException(
          "maxJsonBytes must be between 1024 and 1048576: " + maxJsonBytes);
    }
    if (maxSessions < 1 || maxSessions > 1_000_000) {
      throw new IllegalArgumentException(
          "maxSessions must be between 1 and 1000000: " + maxSessions);
    }
  }

  /** The defaults listed above. */
  public static AdminApiSettings defaults() {
    return new AdminApiSettings(
        true,
        Duration.ofMinutes(15),
        Duration.ofHours(8),
        false,
        "Default",
        false,
        64 * 1024,
        10_000);
  }

  public AdminApiSettings withEnabled(boolean on) {
    return new AdminApiSettings(
        on,
        sessionIdleTimeout,
        sessionLifetime,
        clientCertificateAuthentication,
        clientCertificateProfile,
        metricsOpen,
        maxJsonBytes,
        maxSessions);
  }

  public AdminApiSettings withSessions(Duration idleTimeout, Duration lifetime) {
    return new AdminApiSettings(
        enabled,
        idleTimeout,
        lifetime,
        clientCertificateAuthentication,
        clientCertificateProfile,
        metricsOpen,
        maxJsonBytes,
        maxSessions);
  }

  public AdminApiSettings withClientCertificateAuthentication(boolean on, String profile) {
    return new AdminApiSettings(
        enabled,
        sessionIdleTimeout,
        sessionLifetime,
        on,
        profile,
        metricsOpen,
        maxJsonBytes,
        maxSessions);
  }

  public AdminApiSettings withMetricsOpen(boolean open) {
    return new AdminApiSettings(
        enabled,
        sessionIdleTimeout,
        sessionLifetime,
        clientCertificateAuthentication,
        clientCertificateProfile,
        open,
        maxJsonBytes,
        maxSessions);
  }

  private static void between(String setting, Duration value, Duration min, Duration max) {
    Objects.requireNonNull(value, setting);
    if (value.compareTo(min) < 0 || value.compareTo(max) > 0) {
      throw new IllegalArgumentException(
          setting + " must be between " + min + " and " + max + ": " + value);
    }
  }
}
