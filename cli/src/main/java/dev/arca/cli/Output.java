package dev.arca.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Prints a command's result: JSON with {@code --json}, a human table otherwise. Every command
 * describes its result once, as rows of named fields (a {@code Map} in field order), and this class
 * renders them either way, so the JSON field names and the table columns cannot drift apart.
 *
 * <p>JSON: an object for one record ({@link #record}), an array for a list ({@link #table}), with
 * the fields' names as given, in order; absent values are {@code null}. Human output: a table with
 * a header line, or {@code field value} lines for one record; absent values print as {@code -}.
 *
 * <p>Commands of every group use it through {@link OutputOptions}.
 */
final class Output {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  /** One column of a table: its header and the field it shows. */
  record Column(String header, String field) {}

  private final PrintStream out;
  private final boolean json;

  Output(PrintStream out, boolean json) {
    this.out = out;
    this.json = json;
  }

  boolean isJson() {
    return json;
  }

  /** A list of records: a JSON array, or a table of {@code columns}. */
  void table(List<Column> columns, List<? extends Map<String, ?>> rows) {
    if (json) {
      printJson(rows);
      return;
    }
    List<String[]> lines = new ArrayList<>();
    String[] header = new String[columns.size()];
    for (int i = 0; i < columns.size(); i++) {
      header[i] = columns.get(i).header();
    }
    lines.add(header);
    for (Map<String, ?> row : rows) {
      String[] line = new String[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        line[i] = text(row.get(columns.get(i).field()));
      }
      lines.add(line);
    }
    printAligned(lines);
    out.flush();
  }

  /**
   * One record: a JSON object, or one {@code label value} line per field. {@code labels} gives the
   * human label of each field shown; fields without a label are only in the JSON.
   */
  void record(Map<String, String> labels, Map<String, ?> fields) {
    if (json) {
      printJson(fields);
      return;
    }
    List<String[]> lines = new ArrayList<>();
    for (Map.Entry<String, String> label : labels.entrySet()) {
      lines.add(new String[] {label.getValue(), text(fields.get(label.getKey()))});
    }
    printAligned(lines);
    out.flush();
  }

  /** A sentence for people, or {@code fields} as a JSON object. */
  void message(String sentence, Map<String, ?> fields) {
    if (json) {
      printJson(fields);
    } else {
      out.println(sentence);
      out.flush();
    }
  }

  /**
   * A line of human output between records and tables (a blank line, a PEM block); nothing with
   * {@code --json}, where the command prints one JSON document instead.
   */
  void line(String text) {
    if (!json) {
      out.println(text);
      out.flush();
    }
  }

  /** The human form of a value: {@code -} when absent, lists joined by commas. */
  static String text(Object value) {
    if (value == null) {
      return "-";
    }
    if (value instanceof Collection<?>) {
      StringJoiner j = new StringJoiner(", ");
      for (Object v : (Collection<?>) value) {
        j.add(text(v));
      }
      return j.length() == 0 ? "-" : j.toString();
    }
    if (value instanceof Map<?, ?>) {
      StringJoiner j = new StringJoiner(", ", "{", "}");
      for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
        j.add(e.getKey() + "=" + text(e.getValue()));
      }
      return j.toString();
    }
    return value.toString();
  }

  private void printJson(Object value) {
    try {
      out.println(JSON.writeValueAsString(value));
      out.flush();
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
    }
  }

  private void printAligned(List<String[]> lines) {
    int columns = lines.isEmpty() ? 0 : lines.get(0).length;
    int[] width = new int[columns];
    for (String[] line : lines) {
      for (int i = 0; i < columns; i++) {
        width[i] = Math.max(width[i], line[i].length());
      }
    }
    for (String[] line : lines) {
      StringBuilder b = new StringBuilder();
      for (int i = 0; i < columns; i++) {
        b.append(line[i]);
        if (i < columns - 1) {
          b.append(" ".repeat(width[i] - line[i].length() + 2));
        }
      }
      out.println(b.toString().stripTrailing());
    }
  }
}
