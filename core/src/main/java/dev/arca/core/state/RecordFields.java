package dev.arca.core.state;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * The body of a record as named text fields: the one encoding record owners use, so that a body is
 * deterministic, readable in a database dump and never Java serialization.
 *
 * <p>The encoding is UTF-8 text, one {@code key=value} line per field, each line ending in a line
 * feed, keys in ascending order, each key once. Keys are lower-case ASCII ({@code
 * [a-z][a-z0-9._-]{0,63}}); in values a backslash is written {@code \\}, a line feed {@code \n} and
 * a carriage return {@code \r}, every other character as itself. The same fields always give the
 * same bytes, and decoding accepts exactly what encoding produces.
 *
 * <p>Values may be secret (a password hash), so no message and no {@link #toString()} here shows
 * one; they name keys and line numbers only.
 */
public final class RecordFields {

  private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9._-]{0,63}");

  private final SortedMap<String, String> fields;

  private RecordFields(SortedMap<String, String> fields) {
    this.fields = Collections.unmodifiableSortedMap(new TreeMap<>(fields));
  }

  /** A builder with no fields yet. */
  public static Builder builder() {
    return new Builder();
  }

  /** The value of {@code key}, if present. */
  public Optional<String> get(String key) {
    return Optional.ofNullable(fields.get(key));
  }

  /**
   * The value of {@code key}.
   *
   * @throws IllegalArgumentException if it is missing
   */
  public String require(String key) {
    String v = fields.get(key);
    if (v == null) {
      throw new IllegalArgumentException("field " + key + " is missing");
    }
    return v;
  }

  /** The fields in key order. */
  public SortedMap<String, String> asMap() {
    return fields;
  }

  /** The encoded form described above. */
  public byte[] encode() {
    StringBuilder out = new StringBuilder();
    for (Map.Entry<String, String> e : fields.entrySet()) {
      out.append(e.getKey()).append('=');
      String v = e.getValue();
      for (int i = 0; i < v.length(); i++) {
        char c = v.charAt(i);
        if (c == '\\') {
          out.append("\\\\");
        } else if (c == '\n') {
          out.append("\\n");
        } else if (c == '\r') {
          out.append("\\r");
        } else {
          out.append(c);
        }
      }
      out.append('\n');
    }
    return out.toString().getBytes(StandardCharsets.UTF_8);
  }

  /**
   * Decodes a body, strictly.
   *
   * @throws IllegalArgumentException if the bytes are not exactly what {@link #encode()} writes:
   *     invalid UTF-8, a missing final line feed, a malformed or unordered or repeated key, an
   *     unknown escape
   */
  public static RecordFields decode(byte[] body) {
    Objects.requireNonNull(body, "body");
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(body))
              .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("record body is not valid UTF-8");
    }
    if (!text.isEmpty() && text.charAt(text.length() - 1) != '\n') {
      throw new IllegalArgumentException("record body does not end with a line feed");
    }
    TreeMap<String, String> fields = new TreeMap<>();
    String previous = null;
    int start = 0;
    int line = 0;
    while (start < text.length()) {
      line++;
      int end = text.indexOf('\n', start);
      int eq = text.indexOf('=', start);
      if (eq < 0 || eq > end) {
        throw new IllegalArgumentException("line " + line + " of the record body has no '='");
      }
      String key = text.substring(start, eq);
      if (!KEY.matcher(key).matches()) {
        throw new IllegalArgumentException("line " + line + " of the record body has a bad key");
      }
      if (previous != null && key.compareTo(previous) <= 0) {
        throw new IllegalArgumentException(
            "field " + key + " is out of order or repeated (line " + line + ")");
      }
      fields.put(key, unescape(text, eq + 1, end, key));
      previous = key;
      start = end + 1;
    }
    return new RecordFields(fields);
  }

  private static String unescape(String text, int from, int to, String key) {
    StringBuilder v = new StringBuilder(to - from);
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '\r') {
        throw new IllegalArgumentException("field " + key + " holds an unescaped carriage return");
      }
      if (c != '\\') {
        v.append(c);
        continue;
      }
      char next = i + 1 < to ? text.charAt(i + 1) : 0;
      if (next == '\\') {
        v.append('\\');
      } else if (next == 'n') {
        v.append('\n');
      } else if (next == 'r') {
        v.append('\r');
      } else {
        throw new IllegalArgumentException("field " + key + " holds an unknown escape");
      }
      i++;
    }
    return v.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof RecordFields r && r.fields.equals(fields);
  }

  @Override
  public int hashCode() {
    return fields.hashCode();
  }

  /** The keys only. */
  @Override
  public String toString() {
    return "RecordFields" + fields.keySet();
  }

  /** Collects fields; a key set twice keeps the last value. */
  public static final class Builder {
    private final TreeMap<String, String> fields = new TreeMap<>();

    private Builder() {}

    /**
     * Sets a field.
     *
     * @throws IllegalArgumentException if the key is malformed or the value is not valid Unicode
     *     (an unpaired surrogate has no UTF-8 form)
     */
    public Builder put(String key, String value) {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
      if (!KEY.matcher(key).matches()) {
        throw new IllegalArgumentException(
            "a field key is a lower-case letter and up to 63 letters, digits, '.', '_' or '-'");
      }
      for (int i = 0; i < value.length(); i++) {
        char c = value.charAt(i);
        boolean paired =
            Character.isHighSurrogate(c)
                ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                : !Character.isLowSurrogate(c);
        if (!paired) {
          throw new IllegalArgumentException("field " + key + " is not valid Unicode");
        }
        if (Character.isHighSurrogate(c)) {
          i++;
        }
      }
      fields.put(key, value);
      return this;
    }

    public RecordFields build() {
      return new RecordFields(fields);
    }
  }
}
