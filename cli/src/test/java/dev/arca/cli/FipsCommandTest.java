package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code arca fips status} as people read it. */
class FipsCommandTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode report(boolean operational, String contradictions) throws Exception {
    return JSON.readTree(
        "{\"node\":\"n1\",\"version\":\"1.0\",\"fipsMode\":false,\"requestedAtNextStart\":true,"
            + "\"restartPending\":true,\"module\":{\"name\":\"BCFIPS\",\"version\":\"2.1.2\","
            + "\"approvedOnly\":false,\"operational\":"
            + operational
            + ",\"errorState\":"
            + (operational ? "null" : "\"self-test AES-GCM failed\"")
            + "},\"selfTestsPassed\":"
            + operational
            + ",\"selfTests\":[],\"contradictions\":"
            + contradictions
            + "}");
  }

  @Test
  void theSummaryFlattensTheReport() throws Exception {
    Map<String, Object> s = FipsCommand.summary(report(true, "[]"));
    assertThat(s)
        .containsEntry("node", "n1")
        .containsEntry("fipsMode", "off")
        .containsEntry("restartPending", "yes")
        .containsEntry("requestedAtNextStart", "on")
        .containsEntry("cryptoModule", "BCFIPS 2.1.2")
        .containsEntry("approvedOnly", "off")
        .containsEntry("moduleState", "operational")
        .containsEntry("selfTestsPassed", "yes")
        .containsEntry("contradictions", "none");
    assertThat(s.keySet()).containsExactlyElementsOf(FipsCommand.LABELS.keySet());
  }

  @Test
  void theErrorStateAndContradictionsAreSpelledOut() throws Exception {
    Map<String, Object> s =
        FipsCommand.summary(report(false, "[\"KMIP listener 'old' allows TLSv1.1\"]"));
    assertThat(s)
        .containsEntry("moduleState", "ERROR STATE: self-test AES-GCM failed")
        .containsEntry("selfTestsPassed", "NO")
        .containsEntry("contradictions", List.of("KMIP listener 'old' allows TLSv1.1"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new Output(new PrintStream(bytes, true, StandardCharsets.UTF_8), false)
        .record(FipsCommand.LABELS, s);
    assertThat(bytes.toString(StandardCharsets.UTF_8))
        .contains("Module state             ERROR STATE: self-test AES-GCM failed")
        .contains("Contradicts FIPS mode    KMIP listener 'old' allows TLSv1.1");
  }
}
