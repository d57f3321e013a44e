package dev.arca.server.operation;

import static dev.arca.server.operation.ObjectRequests.V21;
import static dev.arca.server.operation.ObjectRequests.reason;
import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.arca.kmip.enums.InteropFunction;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.payload.InteropRequest;
import dev.arca.kmip.payload.InteropResponse;
import dev.arca.kmip.payload.LogRequest;
import dev.arca.kmip.payload.LogResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.testing.DispatcherFixture;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/** Interop (KMIP 2.1 §6.1.26) on a test server and Log (§6.1.29). */
class InteropAndLogHandlersTest {

  private final DispatcherFixture server = DispatcherFixture.start();
  private final Logger audit = (Logger) LoggerFactory.getLogger("arca.audit");
  private final ListAppender<ILoggingEvent> lines = new ListAppender<>();
  private Level level;
  private boolean additive;

  @BeforeEach
  void captureTheAuditLog() {
    level = audit.getLevel();
    additive = audit.isAdditive();
    audit.setLevel(Level.INFO);
    audit.setAdditive(false);
    lines.start();
    audit.addAppender(lines);
  }

  @AfterEach
  void close() {
    audit.detachAppender(lines);
    audit.setAdditive(additive);
    audit.setLevel(level);
    server.close();
  }

  @Test
  void interopAnswersBeginEndAndResetWithAnEmptyPayload() {
    for (InteropFunction f : InteropFunction.values()) {
      assertThat(server.ok(V21, new InteropRequest(f, "BL-M-1-21"), InteropResponse.class))
          .isEqualTo(new InteropResponse());
    }
    assertThat(reason(server.call(V21, new InteropRequest(InteropFunction.BEGIN, " "))))
        .isEqualTo(ResultReason.INVALID_FIELD);
  }

  @Test
  void aProductionServerDoesNotServeInterop() {
    List<Operation> served =
        Handlers.all(CryptoHandlers.all(), true).stream().map(OperationHandler::operation).toList();
    assertThat(served).contains(Operation.LOG).doesNotContain(Operation.INTEROP);
  }

  @Test
  void logWritesTheMessageToTheAuditLogAsOneQuotedValue() {
    assertThat(server.ok(V21, new LogRequest("Registered a symmetric key."), LogResponse.class))
        .isEqualTo(new LogResponse());
    server.ok(
        V21, new LogRequest("forged\nchannel=kmip:x actor=root \"quoted\""), LogResponse.class);

    assertThat(lines.list)
        .extracting(ILoggingEvent::getFormattedMessage)
        .containsExactly(
            "channel=kmip:test source=127.0.0.1 actor=alice action=Log"
                + " message=\"Registered a symmetric key.\"",
            "channel=kmip:test source=127.0.0.1 actor=alice action=Log"
                + " message=\"forged\\u000achannel=kmip:x actor=root \\\"quoted\\\"\"");
  }

  @Test
  void aLongMessageIsCutOff() {
    server.ok(V21, new LogRequest("x".repeat(5000)), LogResponse.class);
    String line = lines.list.get(0).getFormattedMessage();
    assertThat(line)
        .contains("x".repeat(LogHandler.MAX_LOGGED) + "… (" + (5000 - LogHandler.MAX_LOGGED))
        .doesNotContain("x".repeat(LogHandler.MAX_LOGGED + 1));
  }
}
