package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Request bodies bind strictly, and every refusal names the field. */
class JsonTest {

  record Body(String name, Integer port, Boolean enabled, List<String> tags, char[] password) {}

  private static ApiException refused(String json) {
    return catchThrowableOfType(
        ApiException.class, () -> Json.read(json.getBytes(StandardCharsets.UTF_8), Body.class));
  }

  private static Body read(String json) throws ApiException {
    return Json.read(json.getBytes(StandardCharsets.UTF_8), Body.class);
  }

  @Test
  void aWellFormedBodyBinds() throws Exception {
    Body b =
        read(
            "{\"name\":\"a\",\"port\":5696,\"enabled\":true,\"tags\":[\"x\"],\"password\":\"pw\"}");
    assertThat(b.name()).isEqualTo("a");
    assertThat(b.port()).isEqualTo(5696);
    assertThat(b.enabled()).isTrue();
    assertThat(b.tags()).containsExactly("x");
    assertThat(new String(b.password())).isEqualTo("pw");
    Body empty = read("{}");
    assertThat(empty.name()).isNull();
    assertThat(empty.port()).isNull();
  }

  @Test
  void unknownFieldsAreNamed() {
    ApiException e = refused("{\"name\":\"a\",\"colour\":\"red\"}");
    assertThat(e.code()).isEqualTo(ErrorCode.UNKNOWN_FIELD);
    assertThat(e.getMessage()).contains("'colour'").contains("enabled, name, password, port, tags");
  }

  @Test
  void valuesOfTheWrongTypeAreNamedAndNeverCoerced() {
    for (String body :
        List.of(
            "{\"port\":\"5696\"}",
            "{\"port\":5696.5}",
            "{\"port\":true}",
            "{\"name\":5}",
            "{\"name\":true}",
            "{\"name\":{}}",
            "{\"enabled\":\"true\"}",
            "{\"enabled\":1}",
            "{\"tags\":\"x\"}",
            "{\"tags\":[1]}",
            "{\"port\":99999999999}")) {
      ApiException e = refused(body);
      assertThat(e).as(body).isNotNull();
      assertThat(e.code()).as(body).isEqualTo(ErrorCode.INVALID_FIELD);
      String field = body.substring(2, body.indexOf('"', 2));
      assertThat(e.getMessage()).as(body).contains("'" + field);
    }
  }

  @Test
  void malformedBodiesAreMalformed() {
    for (String body :
        List.of("", "{", "[]", "\"text\"", "null", "{\"name\":\"a\"} trailing", "{name: 1}")) {
      ApiException e = refused(body);
      assertThat(e).as(body).isNotNull();
      assertThat(e.code()).as(body).isEqualTo(ErrorCode.MALFORMED_JSON);
    }
    assertThat(refused("{\"name\":\"a\",\"name\":\"b\"}")).isNotNull();
    StringBuilder deep = new StringBuilder("{\"tags\":");
    deep.append("[".repeat(100)).append("]".repeat(100)).append("}");
    assertThat(refused(deep.toString())).isNotNull();
  }

  @Test
  void errorsHaveTheOneForm() {
    assertThat(Json.error(ErrorCode.NOT_FOUND, "no client user bob").toString())
        .isEqualTo("{\"error\":{\"code\":\"not_found\",\"message\":\"no client user bob\"}}");
  }
}
