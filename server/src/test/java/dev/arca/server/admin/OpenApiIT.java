package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.arca.server.testing.NodeFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The OpenAPI document describes exactly the routes the server serves: every served route is in it,
 * every documented operation is served, and every schema it refers to is defined.
 */
class OpenApiIT {

  @Test
  void theDocumentAndTheServedRoutesAreTheSame() {
    try (NodeFixture node = NodeFixture.start()) {
      AdminClient.Response response = AdminClient.of(node).asAdmin().get("/api/v1/openapi.json");
      assertThat(response.status()).isEqualTo(200);
      JsonNode doc = response.json();
      assertThat(doc.get("openapi").asText()).isEqualTo("3.1.0");

      TreeSet<String> documented = new TreeSet<>();
      for (Map.Entry<String, JsonNode> path : doc.get("paths").properties()) {
        for (Map.Entry<String, JsonNode> method : path.getValue().properties()) {
          documented.add(method.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
      TreeSet<String> served = new TreeSet<>(node.node.adminServer().orElseThrow().servedRoutes());
      assertThat(served).isNotEmpty();
      assertThat(documented).isEqualTo(served);

      List<String> missing = new ArrayList<>();
      references(doc, doc, missing);
      assertThat(missing).as("references to undefined schemas").isEmpty();

      // Every operation says how it fails, in the one error form.
      for (JsonNode path : doc.get("paths")) {
        for (JsonNode operation : path) {
          assertThat(operation.get("operationId").asText()).isNotEmpty();
          assertThat(operation.get("responses").has("500")).isTrue();
        }
      }
    }
  }

  private static void references(JsonNode root, JsonNode node, List<String> missing) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        String pointer = ref.asText().substring(1);
        if (root.at(pointer).isMissingNode()) {
          missing.add(ref.asText());
        }
      }
      for (JsonNode child : node) {
        references(root, child, missing);
      }
    } else if (node.isArray()) {
      for (JsonNode child : node) {
        references(root, child, missing);
      }
    }
  }
}
