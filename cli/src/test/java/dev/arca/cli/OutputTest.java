package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OutputTest {

  private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();

  private Output output(boolean json) {
    return new Output(new PrintStream(bytes, true, StandardCharsets.UTF_8), json);
  }

  private String text() {
    return bytes.toString(StandardCharsets.UTF_8);
  }

  private static Map<String, Object> row(Object... kv) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < kv.length; i += 2) {
      m.put((String) kv[i], kv[i + 1]);
    }
    return m;
  }

  private static final List<Output.Column> COLUMNS =
      List.of(new Output.Column("ID", "id"), new Output.Column("NAME", "name"));

  @Test
  void aTableAlignsColumnsAndShowsAbsentValuesAsADash() {
    output(false)
        .table(COLUMNS, List.of(row("id", "1", "name", "payments"), row("id", "22", "name", null)));

    assertThat(text()).isEqualTo("ID  NAME\n1   payments\n22  -\n");
  }

  @Test
  void anEmptyTableIsItsHeader() {
    output(false).table(COLUMNS, List.of());
    assertThat(text()).isEqualTo("ID  NAME\n");
  }

  @Test
  void jsonKeepsFieldNamesOrderAndNulls() throws Exception {
    output(true).table(COLUMNS, List.of(row("id", "1", "name", null, "usage", List.of("Encrypt"))));

    JsonNode array = new ObjectMapper().readTree(text());
    assertThat(array.isArray()).isTrue();
    JsonNode first = array.get(0);
    assertThat(first.fieldNames()).toIterable().containsExactly("id", "name", "usage");
    assertThat(first.get("name").isNull()).isTrue();
    assertThat(first.get("usage").get(0).asText()).isEqualTo("Encrypt");
  }

  @Test
  void aRecordPrintsLabelledLinesOrAnObject() throws Exception {
    Map<String, String> labels = new LinkedHashMap<>();
    labels.put("id", "ID");
    labels.put("usage", "Usage");
    Map<String, Object> fields = row("id", "7", "usage", List.of("Encrypt", "Decrypt"), "extra", 1);

    output(false).record(labels, fields);
    assertThat(text()).isEqualTo("ID     7\nUsage  Encrypt, Decrypt\n");

    bytes.reset();
    output(true).record(labels, fields);
    assertThat(new ObjectMapper().readTree(text()).get("extra").asInt()).isEqualTo(1);
  }

  @Test
  void aMessageIsASentenceOrItsFields() throws Exception {
    output(false).message("Activated key 7", row("id", "7"));
    assertThat(text()).isEqualTo("Activated key 7\n");
    bytes.reset();
    output(true).message("Activated key 7", row("id", "7"));
    assertThat(new ObjectMapper().readTree(text()).get("id").asText()).isEqualTo("7");
  }

  @Test
  void valuesRenderForPeople() {
    assertThat(Output.text(null)).isEqualTo("-");
    assertThat(Output.text(List.of())).isEqualTo("-");
    assertThat(Output.text(Arrays.asList("a", null))).isEqualTo("a, -");
    assertThat(Output.text(row("Name Value", "k", "Name Type", "Uninterpreted Text String")))
        .isEqualTo("{Name Value=k, Name Type=Uninterpreted Text String}");
    assertThat(Output.text(256)).isEqualTo("256");
  }
}
