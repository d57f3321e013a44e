package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The API's answers and error codes as the commands report them. */
class AdminErrorsTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @CsvSource({
    "authentication_required, 4, not logged in",
    "authentication_failed, 4, login refused",
    "not_permitted, 1, not permitted",
    "not_found, 1, not found",
    "already_exists, 1, already exists",
    "invalid_password, 1, password refused by the policy",
    "wrong_password, 1, wrong current password",
    "last_high_access, 1, refused",
    "listener_not_applied, 1, not applied",
    "unavailable, 3, the node is not available",
    "internal_error, 1, the node failed",
    "some_future_code, 1, refused (some_future_code)"
  })
  void everyCodeNamesItsCauseAndExitCode(String code, int exitCode, String words) {
    assertThat(AdminErrors.exitCode(code)).isEqualTo(exitCode);
    assertThat(AdminErrors.describe(code, "the node's message"))
        .isEqualTo(words + ": the node's message");
    assertThat(AdminErrors.describe(code, "")).isEqualTo(words);
  }

  @Test
  void anErrorAnswerBecomesItsCodeAndOneLine() {
    assertThatThrownBy(
            () ->
                AdminApiClient.answer(
                    404,
                    utf8(
                        "{\"error\":{\"code\":\"not_found\",\"message\":\"no client user\\n bob\"}}")))
        .isInstanceOfSatisfying(
            AdminApiClient.ApiError.class,
            e -> {
              assertThat(e.status()).isEqualTo(404);
              assertThat(e.code()).isEqualTo("not_found");
              assertThat(e.getMessage()).isEqualTo("no client user bob");
              CliException cli = AdminErrors.of(e);
              assertThat(cli.getMessage()).isEqualTo("not found: no client user bob");
              assertThat(cli.exitCode()).isEqualTo(1);
            });
  }

  @Test
  void anAnswerThatIsNotTheApisIsNamedByItsStatus() {
    assertThatThrownBy(() -> AdminApiClient.answer(502, utf8("<html>Bad gateway</html>")))
        .isInstanceOfSatisfying(
            AdminApiClient.ApiError.class,
            e -> {
              assertThat(e.code()).isEqualTo("http_502");
              assertThat(e.getMessage()).isEqualTo("the node answered HTTP status 502");
            });
    assertThatThrownBy(() -> AdminApiClient.answer(200, utf8("not json")))
        .hasMessage("the node's answer is not JSON");
  }

  @Test
  void successIsTheJsonOrNothing() throws Exception {
    assertThat(AdminApiClient.answer(200, utf8("{\"name\":\"bob\"}")).get("name").asText())
        .isEqualTo("bob");
    assertThat(AdminApiClient.answer(204, new byte[0]).isMissingNode()).isTrue();
  }

  @Test
  void unreachableIsThreeAndATlsFailureOne() {
    assertThat(AdminErrors.of(new AdminApiClient.Unreachable("refused")).exitCode()).isEqualTo(3);
    assertThat(AdminErrors.of(new AdminApiClient.Unreachable("TLS", true)).exitCode()).isEqualTo(1);
  }

  @Test
  void aBodyWithAPasswordIsJsonOfItsCharacters() throws Exception {
    Map<String, char[]> secrets = new LinkedHashMap<>();
    secrets.put("password", "p\"ss\\word-é".toCharArray());
    byte[] body =
        AdminApiClient.body(ApiViews.object().put("name", "bob").put("enabled", false), secrets)
            .orElseThrow();
    var json = new ObjectMapper().readTree(body);
    assertThat(json.get("name").asText()).isEqualTo("bob");
    assertThat(json.get("enabled").asBoolean()).isFalse();
    assertThat(json.get("password").asText()).isEqualTo("p\"ss\\word-é");
  }
}
