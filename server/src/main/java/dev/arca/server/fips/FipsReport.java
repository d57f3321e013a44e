package dev.arca.server.fips;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.arca.core.crypto.CryptoModule;
import dev.arca.core.crypto.SelfTestResult;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The FIPS status report, the same data for every reader: the status server's {@code status.json}
 * and {@code status.html}, the admin API's {@code GET /api/v1/fips} and {@code arca fips status}.
 *
 * <p>It says which node and version, whether FIPS mode is on and whether a change waits for a
 * restart, which module (name and version) in which state (approved-only or not, operational or in
 * its error state and why), and every power-up and conditional self-test with its time and result.
 * It holds no secret: test names, standards, times and outcomes only.
 */
public final class FipsReport {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd", Locale.ROOT).withZone(ZoneOffset.UTC);
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm:ss.SSS 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private FipsReport() {}

  /**
   * The report as JSON.
   *
   * @param node the node's name
   * @param version Arca's version
   * @param mode the node's FIPS mode
   * @param now when the report is made
   */
  public static ObjectNode json(String node, String version, FipsMode mode, Instant now) {
    CryptoModule module = mode.module();
    ObjectNode out = MAPPER.createObjectNode();
    out.put("node", node);
    out.put("version", version);
    out.put("generatedAt", now.toString());
    out.put("fipsMode", mode.active());
    out.put("requestedAtNextStart", mode.requested());
    out.put("restartPending", mode.restartPending());
    ObjectNode m = out.putObject("module");
    m.put("name", module.moduleName());
    m.put("version", module.moduleVersion());
    m.put("approvedOnly", module.isApprovedOnly());
    m.put("operational", module.isOperational());
    module.errorState().ifPresentOrElse(e -> m.put("errorState", e), () -> m.putNull("errorState"));
    List<SelfTestResult> tests = module.selfTests();
    long failed = tests.stream().filter(t -> !t.passed()).count();
    out.put("selfTestsPassed", failed == 0);
    ArrayNode list = out.putArray("selfTests");
    for (SelfTestResult t : tests) {
      ObjectNode item = list.addObject();
      item.put("name", t.name());
      item.put("kind", t.kind() == SelfTestResult.Kind.POWER_UP ? "power-up" : "conditional");
      item.put("time", t.time() == null ? null : t.time().toString());
      item.put("result", t.passed() ? "pass" : "fail");
      item.put("detail", t.detail());
    }
    return out;
  }

  /** The JSON report as text. */
  public static String jsonText(ObjectNode report) {
    try {
      return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(report) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("the FIPS report could not be written as JSON", e);
    }
  }

  /** The report as a self-contained HTML page (no scripts, no external resources). */
  public static String html(ObjectNode report) {
    StringBuilder h = new StringBuilder(4096);
    boolean operational = report.path("module").path("operational").asBoolean();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<title>FIPS status: ")
        .append(escape(report.path("node").asText()))
        .append("</title>\n<style>\n")
        .append("body{font-family:sans-serif;margin:2em;color:#222}")
        .append("table{border-collapse:collapse}td,th{border:1px solid #bbb;padding:.3em .6em;")
        .append("text-align:left;vertical-align:top}th{background:#eee}")
        .append(".pass{color:#060;font-weight:bold}.fail{color:#b00;font-weight:bold}")
        .append("\n</style>\n</head>\n<body>\n<h1>FIPS 140-3 status</h1>\n");
    if (!operational) {
      h.append("<p class=\"fail\" id=\"error-state\">ERROR STATE: ")
          .append(escape(report.path("module").path("errorState").asText()))
          .append(". Cryptographic services are refused until the node restarts.</p>\n");
    }
    h.append("<table id=\"summary\">\n");
    row(h, "Node", report.path("node").asText());
    row(h, "Arca version", report.path("version").asText());
    row(h, "FIPS mode", report.path("fipsMode").asBoolean() ? "on" : "off");
    if (report.path("restartPending").asBoolean()) {
      row(
          h,
          "Restart pending",
          "FIPS mode will be "
              + (report.path("requestedAtNextStart").asBoolean() ? "on" : "off")
              + " after the next restart");
    }
    row(
        h,
        "Cryptographic module",
        report.path("module").path("name").asText()
            + " "
            + report.path("module").path("version").asText());
    row(
        h,
        "Approved-only mode",
        report.path("module").path("approvedOnly").asBoolean() ? "on" : "off");
    row(h, "Module state", operational ? "operational" : "error state");
    row(h, "Report made", report.path("generatedAt").asText());
    h.append("</table>\n<h2>Self-tests</h2>\n<table id=\"self-tests\">\n")
        .append("<tr><th>Test</th><th>Kind</th><th>Date</th><th>Time</th><th>Result</th>")
        .append("<th>Detail</th></tr>\n");
    for (var t : report.path("selfTests")) {
      String result = t.path("result").asText();
      String date = "";
      String time = "";
      if (!t.path("time").isNull() && !t.path("time").asText().isEmpty()) {
        Instant at = Instant.parse(t.path("time").asText());
        date = DATE.format(at);
        time = TIME.format(at);
      }
      h.append("<tr><td>")
          .append(escape(t.path("name").asText()))
          .append("</td><td>")
          .append(escape(t.path("kind").asText()))
          .append("</td><td>")
          .append(date)
          .append("</td><td>")
          .append(time)
          .append("</td><td class=\"")
          .append(result.equals("pass") ? "pass" : "fail")
          .append("\">")
          .append(result.equals("pass") ? "PASS" : "FAIL")
          .append("</td><td>")
          .append(escape(t.path("detail").asText()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<p>The same data as JSON: <a href=\"status.json\">status.json</a></p>\n")
        .append("</body>\n</html>\n");
    return h.toString();
  }

  private static void row(StringBuilder h, String name, String value) {
    h.append("<tr><th>").append(escape(name)).append("</th><td>").append(escape(value));
    h.append("</td></tr>\n");
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      switch (c) {
        case '<':
          out.append("&lt;");
          break;
        case '>':
          out.append("&gt;");
          break;
        case '&':
          out.append("&amp;");
          break;
        case '"':
          out.append("&quot;");
          break;
        case '\'':
          out.append("&#39;");
          break;
        default:
          out.append(c);
      }
    }
    return out.toString();
  }
}
