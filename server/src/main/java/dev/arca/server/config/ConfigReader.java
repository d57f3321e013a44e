package dev.arca.server.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One mapping of the YAML tree, read with its path known, so that every message names the setting
 * it is about. A mapping is checked for unknown keys as soon as it is opened: a misspelt key is the
 * likeliest mistake, and reporting it beats reporting the default that silently applied.
 */
final class ConfigReader {

  private static final Pattern DURATION = Pattern.compile("(\\d{1,9})([smh])");

  private final String path;
  private final ObjectNode node;

  private ConfigReader(String path, ObjectNode node) {
    this.path = path;
    this.node = node;
  }

  /** The document's top-level mapping; an empty document is an empty mapping. */
  static ConfigReader root(JsonNode document, List<String> allowed) throws ConfigException {
    if (document == null || document.isMissingNode() || document.isNull()) {
      return new ConfigReader("", JsonNodeFactory.instance.objectNode());
    }
    return open("", document, allowed);
  }

  private static ConfigReader open(String path, JsonNode value, List<String> allowed)
      throws ConfigException {
    if (!value.isObject()) {
      throw new ConfigException(path, "expected a mapping of settings, found " + describe(value));
    }
    ObjectNode object = (ObjectNode) value;
    Iterator<String> names = object.fieldNames();
    while (names.hasNext()) {
      String name = names.next();
      if (!allowed.contains(name)) {
        throw new ConfigException(
            join(path, name),
            "unknown setting; the settings here are " + String.join(", ", allowed));
      }
    }
    return new ConfigReader(path, object);
  }

  /** The path of this mapping, e.g. {@code kmip.listeners[1]}. */
  String path() {
    return path;
  }

  /** The path of a key of this mapping. */
  String pathOf(String key) {
    return join(path, key);
  }

  /** Whether the key is present. */
  boolean has(String key) {
    return node.has(key);
  }

  /**
   * A nested mapping; absent means empty, and so does a key with nothing under it (every line of
   * the section commented out).
   */
  ConfigReader section(String key, List<String> allowed) throws ConfigException {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return new ConfigReader(pathOf(key), JsonNodeFactory.instance.objectNode());
    }
    return open(pathOf(key), value, allowed);
  }

  /** A sequence of mappings, each opened with its index in the path. */
  Optional<List<ConfigReader>> sectionList(String key, List<String> allowed)
      throws ConfigException {
    JsonNode value = present(key, "a list");
    if (value == null) {
      return Optional.empty();
    }
    if (!value.isArray()) {
      throw new ConfigException(pathOf(key), "expected a list, found " + describe(value));
    }
    List<ConfigReader> out = new ArrayList<>();
    ArrayNode array = (ArrayNode) value;
    for (int i = 0; i < array.size(); i++) {
      out.add(open(pathOf(key) + "[" + i + "]", array.get(i), allowed));
    }
    return Optional.of(out);
  }

  /** A text value matching {@code pattern}; {@code rule} says what is allowed. */
  String text(String key, String defaultValue, Pattern pattern, String rule)
      throws ConfigException {
    JsonNode value = present(key, "text");
    if (value == null) {
      return defaultValue;
    }
    String text = textOf(key, value, rule);
    if (!pattern.matcher(text).matches()) {
      throw new ConfigException(pathOf(key), quote(text) + " is not valid: " + rule);
    }
    return text;
  }

  /** An optional text value; an explicit {@code null} or an absent key mean none. */
  Optional<String> optionalText(String key, String rule) throws ConfigException {
    JsonNode value = node.get(key);
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    String text = textOf(key, value, rule);
    if (text.isBlank()) {
      throw new ConfigException(pathOf(key), "is empty: " + rule);
    }
    return Optional.of(text);
  }

  /** A whole number in {@code [min, max]}. */
  int integer(String key, int defaultValue, int min, int max) throws ConfigException {
    JsonNode value = present(key, "a whole number between " + min + " and " + max);
    if (value == null) {
      return defaultValue;
    }
    if (!value.isIntegralNumber()) {
      throw new ConfigException(
          pathOf(key),
          "expected a whole number between " + min + " and " + max + ", found " + describe(value));
    }
    BigInteger number = value.bigIntegerValue();
    if (number.compareTo(BigInteger.valueOf(min)) < 0
        || number.compareTo(BigInteger.valueOf(max)) > 0) {
      throw new ConfigException(pathOf(key), number + " is not between " + min + " and " + max);
    }
    return number.intValue();
  }

  /** {@code true} or {@code false}. */
  boolean bool(String key, boolean defaultValue) throws ConfigException {
    JsonNode value = present(key, "true or false");
    if (value == null) {
      return defaultValue;
    }
    if (!value.isBoolean()) {
      throw new ConfigException(pathOf(key), "expected true or false, found " + describe(value));
    }
    return value.booleanValue();
  }

  /** A duration written {@code <n>s}, {@code <n>m} or {@code <n>h}, in {@code [min, max]}. */
  Duration duration(String key, Duration defaultValue, Duration min, Duration max)
      throws ConfigException {
    String rule = "write <n>s, <n>m or <n>h, e.g. 3600s";
    JsonNode value = present(key, rule);
    if (value == null) {
      return defaultValue;
    }
    if (!value.isTextual()) {
      throw new ConfigException(
          pathOf(key), "expected a duration (" + rule + "), found " + describe(value));
    }
    Matcher matcher = DURATION.matcher(value.textValue().trim());
    if (!matcher.matches()) {
      throw new ConfigException(
          pathOf(key), quote(value.textValue()) + " is not a duration; " + rule);
    }
    long amount = Long.parseLong(matcher.group(1));
    Duration duration;
    switch (matcher.group(2)) {
      case "s":
        duration = Duration.ofSeconds(amount);
        break;
      case "m":
        duration = Duration.ofMinutes(amount);
        break;
      default:
        duration = Duration.ofHours(amount);
        break;
    }
    if (duration.compareTo(min) < 0 || duration.compareTo(max) > 0) {
      throw new ConfigException(
          pathOf(key),
          value.textValue().trim()
              + " is not between "
              + formatDuration(min)
              + " and "
              + formatDuration(max));
    }
    return duration;
  }

  /** One of a fixed set of words (case-insensitive, '_' and '-' alike). */
  <E extends Enum<E>> E choice(String key, E defaultValue, Map<String, E> choices)
      throws ConfigException {
    String allowed = String.join(", ", choices.keySet());
    JsonNode value = present(key, "one of " + allowed);
    if (value == null) {
      return defaultValue;
    }
    String text = textOf(key, value, "one of " + allowed);
    E found = lookup(choices, text);
    if (found == null) {
      throw new ConfigException(pathOf(key), quote(text) + " is not one of " + allowed);
    }
    return found;
  }

  /** A list of words, each one of {@code allowed}, without duplicates, not empty. */
  List<String> words(String key, List<String> defaultValue, List<String> allowed)
      throws ConfigException {
    String rule = "a list of " + String.join(", ", allowed);
    JsonNode value = present(key, rule);
    if (value == null) {
      return defaultValue;
    }
    if (!value.isArray()) {
      throw new ConfigException(pathOf(key), "expected " + rule + ", found " + describe(value));
    }
    if (value.isEmpty()) {
      throw new ConfigException(pathOf(key), "is empty; expected " + rule);
    }
    List<String> out = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      String itemPath = pathOf(key) + "[" + i + "]";
      JsonNode item = value.get(i);
      if (!item.isTextual()) {
        throw new ConfigException(
            itemPath,
            "expected one of " + String.join(", ", allowed) + ", found " + describe(item));
      }
      String word = item.textValue();
      if (!allowed.contains(word)) {
        throw new ConfigException(
            itemPath, quote(word) + " is not one of " + String.join(", ", allowed));
      }
      if (out.contains(word)) {
        throw new ConfigException(itemPath, quote(word) + " is listed twice");
      }
      out.add(word);
    }
    return List.copyOf(out);
  }

  /** Lower-case, dash-separated spellings of an enum's constants, for {@link #choice}. */
  static <E extends Enum<E>> Map<String, E> spellings(Class<E> type, boolean upperCase) {
    Map<String, E> out = new LinkedHashMap<>();
    for (E constant : type.getEnumConstants()) {
      String name = constant.name().replace('_', '-');
      out.put(upperCase ? name : name.toLowerCase(Locale.ROOT), constant);
    }
    return out;
  }

  static String formatDuration(Duration duration) {
    long seconds = duration.getSeconds();
    if (seconds % 3600 == 0) {
      return seconds / 3600 + "h";
    }
    if (seconds % 60 == 0) {
      return seconds / 60 + "m";
    }
    return seconds + "s";
  }

  // ---- internals ---------------------------------------------------------------------------

  /** The value of a key, or null when absent; an explicit empty value is an error. */
  private JsonNode present(String key, String expected) throws ConfigException {
    JsonNode value = node.get(key);
    if (value == null) {
      return null;
    }
    if (value.isNull()) {
      throw new ConfigException(
          pathOf(key),
          "has no value; write " + expected + ", or remove the line to use the default");
    }
    return value;
  }

  private String textOf(String key, JsonNode value, String rule) throws ConfigException {
    if (!value.isTextual()) {
      throw new ConfigException(
          pathOf(key),
          "expected text ("
              + rule
              + "), found "
              + describe(value)
              + (value.isValueNode() ? "; put it in quotes if it is meant as text" : ""));
    }
    return value.textValue();
  }

  private static <E> E lookup(Map<String, E> choices, String text) {
    String wanted = text.trim().replace('_', '-');
    for (Map.Entry<String, E> entry : choices.entrySet()) {
      if (entry.getKey().equalsIgnoreCase(wanted)) {
        return entry.getValue();
      }
    }
    return null;
  }

  private static String join(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }

  static String describe(JsonNode value) {
    if (value.isTextual()) {
      return "text " + quote(value.textValue());
    }
    if (value.isBoolean()) {
      return "the boolean " + value.booleanValue();
    }
    if (value.isNumber()) {
      return "the number " + value.asText();
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isNull()) {
      return "no value";
    }
    return "a value of type " + value.getNodeType().name().toLowerCase(Locale.ROOT);
  }

  private static String quote(String text) {
    String shown = text.length() > 80 ? text.substring(0, 80) + "…" : text;
    return "'" + shown + "'";
  }
}
