package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code arca password-policy}: the password policy of administrators and client users, through the
 * admin API ({@code /api/v1/password-policy}).
 */
@Command(
    name = "password-policy",
    mixinStandardHelpOptions = true,
    description = {
      "Show the password policy of administrators and client users, or change it with the"
          + " options (high access). Absent options keep their values; the change is audited."
    },
    footer = {
      "",
      "Examples:",
      "  arca password-policy",
      "  arca password-policy --min-length 16 --min-classes 3 --history 5",
      "  arca password-policy --max-age-days 90 --lockout-threshold 5 --lockout-minutes 30"
    })
final class PasswordPolicyCommand extends AdminApiCommand {

  @Option(names = "--min-length", paramLabel = "N", description = "Fewest characters, 12 to 1024.")
  Integer minLength;

  @Option(
      names = "--min-classes",
      paramLabel = "N",
      description = "Character classes to mix (lower, upper, digits, others), 0 to 4.")
  Integer minClasses;

  @Option(
      names = "--history",
      paramLabel = "N",
      description = "Earlier passwords that may not be used again, 0 to 24.")
  Integer history;

  @Option(
      names = "--max-age-days",
      paramLabel = "DAYS",
      description = "Days a password serves before it must be changed; 0 for ever.")
  Integer maxAgeDays;

  @Option(
      names = "--lockout-threshold",
      paramLabel = "N",
      description = "Failed logins in a row that lock the account; 0 turns lockout off.")
  Integer lockoutThreshold;

  @Option(
      names = "--lockout-minutes",
      paramLabel = "MINUTES",
      description = "How long a lockout lasts.")
  Integer lockoutMinutes;

  @Override
  int run(AdminConnectionOptions.Connection c, Output out)
      throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
    ObjectNode body = ApiViews.object();
    put(body, "minLength", minLength);
    put(body, "minClasses", minClasses);
    put(body, "history", history);
    put(body, "maxAgeDays", maxAgeDays);
    put(body, "lockoutThreshold", lockoutThreshold);
    put(body, "lockoutMinutes", lockoutMinutes);
    JsonNode answer =
        body.size() == 0
            ? c.api().get("/api/v1/password-policy")
            : c.api().put("/api/v1/password-policy", body);
    out.record(
        ApiViews.labels(
            "minLength", "Minimum length",
            "minClasses", "Character classes",
            "history", "History",
            "maxAgeDays", "Maximum age (days)",
            "lockoutThreshold", "Lockout after failures",
            "lockoutMinutes", "Lockout (minutes)"),
        ApiViews.map(answer));
    return 0;
  }

  private static void put(ObjectNode body, String field, Integer value) {
    if (value != null) {
      body.put(field, value);
    }
  }
}
