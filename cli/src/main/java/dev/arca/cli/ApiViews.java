package dev.arca.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The admin API's JSON as {@link Output} prints it: an object becomes a map in the API's field
 * order, a list answer ({@code {"items": [...]}}) the list of its items. With {@code --json} the
 * commands print these unchanged, so their JSON is the API's.
 */
final class ApiViews {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final TypeReference<LinkedHashMap<String, Object>> MAP = new TypeReference<>() {};
  private static final Pattern INSTANT =
      Pattern.compile("(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2})(\\.\\d+)?Z");

  private ApiViews() {}

  /** A JSON object as a map; an empty map for anything else. */
  static Map<String, Object> map(JsonNode object) {
    if (object == null || !object.isObject()) {
      return new LinkedHashMap<>();
    }
    return JSON.convertValue(object, MAP);
  }

  /** The {@code items} of a list answer. */
  static List<Map<String, Object>> items(JsonNode answer) {
    return list(answer.path("items"));
  }

  /** The objects of a JSON array. */
  static List<Map<String, Object>> list(JsonNode array) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (JsonNode item : array) {
      out.add(map(item));
    }
    return out;
  }

  /** One object for {@code out}: unchanged for {@code --json}, {@linkplain #readable} otherwise. */
  static Map<String, Object> view(Output out, JsonNode object) {
    Map<String, Object> m = map(object);
    return out.isJson() ? m : readable(m);
  }

  /** The items of a list answer for {@code out}, as {@link #view}. */
  static List<Map<String, Object>> views(Output out, JsonNode answer) {
    List<Map<String, Object>> rows = items(answer);
    if (!out.isJson()) {
      rows.replaceAll(ApiViews::readable);
    }
    return rows;
  }

  /**
   * Values as people read them: instants to the second ({@code 2031-01-01T10:00:00Z} rather than
   * {@code 2031-01-01T10:00:00.123456789Z}), in nested maps and lists too.
   */
  static Map<String, Object> readable(Map<String, Object> fields) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : fields.entrySet()) {
      out.put(e.getKey(), readableValue(e.getValue()));
    }
    return out;
  }

  /** An ISO 8601 instant to the second; any other text unchanged. */
  static String readableInstant(String text) {
    Matcher m = INSTANT.matcher(text);
    return m.matches() ? m.group(1) + "Z" : text;
  }

  @SuppressWarnings("unchecked")
  private static Object readableValue(Object value) {
    if (value instanceof String) {
      return readableInstant((String) value);
    }
    if (value instanceof Map<?, ?>) {
      return readable((Map<String, Object>) value);
    }
    if (value instanceof List<?>) {
      List<Object> out = new ArrayList<>();
      for (Object v : (List<?>) value) {
        out.add(readableValue(v));
      }
      return out;
    }
    return value;
  }

  /** A new JSON object, for request bodies. */
  static ObjectNode object() {
    return JSON.createObjectNode();
  }

  /** Labels for {@link Output#record}, from pairs {@code field, label, field, label, …}. */
  static Map<String, String> labels(String... pairs) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      out.put(pairs[i], pairs[i + 1]);
    }
    return out;
  }

  /** Columns for {@link Output#table}, from pairs {@code header, field, header, field, …}. */
  static List<Output.Column> columns(String... pairs) {
    List<Output.Column> out = new ArrayList<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      out.add(new Output.Column(pairs[i], pairs[i + 1]));
    }
    return List.copyOf(out);
  }

  /**
   * A map of {@code field, value, …} pairs in order, for results the API answers without a body.
   */
  static Map<String, Object> fields(Object... pairs) {
    Map<String, Object> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < pairs.length; i += 2) {
      out.put((String) pairs[i], pairs[i + 1]);
    }
    return out;
  }
}
