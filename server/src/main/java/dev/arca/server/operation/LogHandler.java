package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.payload.LogRequest;
import dev.arca.kmip.payload.LogResponse;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Log (KMIP 2.1 §6.1.29): writes the client's Log Message to the audit log (the {@code arca.audit}
 * logger), next to the audit line the dispatcher writes for the request itself, and answers an
 * empty payload.
 *
 * <p>The message is the client's text, so it is written as one quoted value: control characters are
 * escaped, so that a message cannot forge a line of its own, and anything past {@value #MAX_LOGGED}
 * characters is cut off, so that a client cannot fill the log with one request.
 */
public final class LogHandler implements OperationHandler<LogRequest, LogResponse> {

  private static final Logger AUDIT = LoggerFactory.getLogger("arca.audit");

  /** The longest message written; the rest is replaced by a count of what was cut. */
  static final int MAX_LOGGED = 1024;

  @Override
  public Operation operation() {
    return Operation.LOG;
  }

  @Override
  public Class<LogRequest> requestType() {
    return LogRequest.class;
  }

  @Override
  public LogResponse handle(LogRequest request, RequestContext context) throws KmipException {
    String message = request.logMessage();
    String shown = message;
    if (message.length() > MAX_LOGGED) {
      int cut =
          Character.isHighSurrogate(message.charAt(MAX_LOGGED - 1)) ? MAX_LOGGED - 1 : MAX_LOGGED;
      shown = message.substring(0, cut) + "… (" + (message.length() - cut) + " more characters)";
    }
    AUDIT.info(
        "channel=kmip:{} source={} actor={} action=Log message={}",
        context.connection().listener().name(),
        context.connection().remote().getAddress().getHostAddress(),
        quote(context.caller().username()),
        quote(shown));
    return new LogResponse();
  }

  /**
   * {@code s} as one value of an audit line, as the audit log writes its values: as it is when it
   * is plain printable ASCII without spaces, quotes, {@code =} or backslashes, else in double
   * quotes with quotes, backslashes and control characters escaped, so that a line stays one
   * parseable line whatever a client sends.
   */
  static String quote(String s) {
    boolean plain = !s.isEmpty();
    for (int i = 0; i < s.length() && plain; i++) {
      char c = s.charAt(i);
      plain = c > ' ' && c != '"' && c != '=' && c != '\\' && c < 0x7F;
    }
    if (plain) {
      return s;
    }
    StringBuilder sb = new StringBuilder(s.length() + 2).append('"');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\') {
        sb.append('\\').append(c);
      } else if (c < ' ' || c == 0x7F || c == '\u2028' || c == '\u2029') {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
