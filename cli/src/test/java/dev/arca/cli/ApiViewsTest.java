package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The admin API's JSON as the commands print it. */
class ApiViewsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private Output output(boolean json) {
    return new Output(new PrintStream(bytes, true, StandardCharsets.UTF_8), json);
  }

  private static final String USERS =
      "{\"items\":[{\"name\":\"alice\",\"enabled\":true,"
          + "\"created\":\"2031-01-01T10:00:00.123456789Z\",\"permissions\":[]}]}";

  @Test
  void withJsonTheItemsAreTheApisUnchanged() throws Exception {
    Output out = output(true);
    out.table(UserCommand.COLUMNS, ApiViews.views(out, JSON.readTree(USERS)));
    assertThat(JSON.readTree(bytes.toByteArray())).isEqualTo(JSON.readTree(USERS).get("items"));
  }

  @Test
  void forPeopleInstantsAreToTheSecond() throws Exception {
    Output out = output(false);
    out.table(UserCommand.COLUMNS, ApiViews.views(out, JSON.readTree(USERS)));
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .isEqualTo(
            "NAME   ENABLED  CREATED               PERMISSIONS\n"
                + "alice  true     2031-01-01T10:00:00Z  -\n");
  }

  @Test
  void readableReachesIntoNestedValues() {
    Map<String, Object> r =
        ApiViews.readable(
            ApiViews.fields(
                "at",
                "2031-01-01T10:00:00.5Z",
                "list",
                List.of("2031-01-01T10:00:00.000Z", "text"),
                "inner",
                ApiViews.fields("at", "2031-01-01T10:00:00.1Z"),
                "n",
                5));
    assertThat(r.get("at")).isEqualTo("2031-01-01T10:00:00Z");
    assertThat(r.get("list")).isEqualTo(List.of("2031-01-01T10:00:00Z", "text"));
    assertThat(r.get("inner")).isEqualTo(Map.of("at", "2031-01-01T10:00:00Z"));
    assertThat(r.get("n")).isEqualTo(5);
  }

  @Test
  void administratorsAreasReadAsTyped() throws Exception {
    Output out = output(false);
    Map<String, Object> view =
        AdminCommand.view(
            out, JSON.readTree("{\"name\":\"a\",\"permissions\":[\"HIGH_ACCESS\",\"USERS\"]}"));
    assertThat(view.get("permissions")).isEqualTo(List.of("high-access", "users"));
    assertThat(
            AdminCommand.view(output(true), JSON.readTree("{\"permissions\":[\"USERS\"]}"))
                .get("permissions"))
        .isEqualTo(List.of("USERS"));
  }

  @Test
  void aLineIsForPeopleOnly() {
    output(true).line("hello");
    assertThat(bytes.size()).isZero();
    output(false).line("hello");
    assertThat(bytes.toString(StandardCharsets.UTF_8)).isEqualTo("hello\n");
  }
}
