package dev.arca.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code arca grant}: time-limited credentials — lending one's approval right to another
 * administrator for a few minutes — through the admin API ({@code /api/v1/grants}).
 */
@Command(
    name = "grant",
    mixinStandardHelpOptions = true,
    description = {
      "Time-limited credentials: lend your approval right for some of your permission areas to"
          + " another administrator, for at most the configured minutes. While it lasts, its"
          + " approvals of those areas count as yours; it lapses by itself."
    },
    subcommands = {
      GrantCommand.Create.class,
      GrantCommand.ListGrants.class,
      GrantCommand.End.class
    },
    footer = {
      "",
      "Examples:",
      "  arca grant create deputy --area USERS --area KEYS --minutes 30",
      "  arca grant list",
      "  arca grant end 9d0a…"
    })
final class GrantCommand implements Runnable {

  static final List<Output.Column> COLUMNS =
      ApiViews.columns(
          "ID",
          "id",
          "LENDER",
          "lender",
          "BORROWER",
          "borrower",
          "AREAS",
          "areas",
          "EXPIRES",
          "expires");

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  @Command(name = "create", description = "Lend your approval right to another administrator.")
  static final class Create extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "ADMIN", description = "Who may use it.")
    String borrower;

    @Option(
        names = "--area",
        required = true,
        paramLabel = "AREA",
        description = "A permission area you hold (repeat for several), e.g. USERS, KEYS.")
    List<String> areas = new ArrayList<>();

    @Option(
        names = "--minutes",
        required = true,
        paramLabel = "MINUTES",
        description = "How long it lasts; at most the node's maximum.")
    int minutes;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      ObjectNode body = ApiViews.object().put("borrower", borrower).put("minutes", minutes);
      ArrayNode list = body.putArray("areas");
      areas.forEach(list::add);
      JsonNode g = c.api().post("/api/v1/grants", body);
      out.message(
          "Lent your approval right for "
              + String.join(", ", areas)
              + " to "
              + borrower
              + " until "
              + ApiViews.readableInstant(g.path("expires").asText())
              + " (grant "
              + g.path("id").asText()
              + ").",
          ApiViews.map(g));
      return 0;
    }
  }

  @Command(name = "list", description = "List the grants that have not lapsed.")
  static final class ListGrants extends AdminApiCommand {
    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      out.table(COLUMNS, ApiViews.views(out, c.api().get("/api/v1/grants")));
      return 0;
    }
  }

  @Command(
      name = "end",
      description = "End a grant before it lapses (its lender, its borrower or high access).")
  static final class End extends AdminApiCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "The grant.")
    String id;

    @Override
    int run(AdminConnectionOptions.Connection c, Output out)
        throws AdminApiClient.ApiError, AdminApiClient.Unreachable {
      c.api().delete("/api/v1/grants/" + AdminUrl.segment(id));
      out.message("Ended grant " + id + ".", ApiViews.fields("id", id, "ended", true));
      return 0;
    }
  }
}
