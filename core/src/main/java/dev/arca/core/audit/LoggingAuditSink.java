package dev.arca.core.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes each event as one structured line to the {@code arca.audit} logger, which the logging
 * configuration routes to the audit log file.
 */
public final class LoggingAuditSink implements AuditSink {

  private static final Logger AUDIT = LoggerFactory.getLogger("arca.audit");

  @Override
  public void record(AuditEvent e) {
    AUDIT.info(
        "channel={} source={} actor={} action={} objects={} outcome={}{} cid={}",
        e.channel(),
        e.source(),
        quote(e.actor()),
        e.action(),
        e.objects().stream().map(LoggingAuditSink::quote).toList(),
        e.outcome(),
        e.detail().map(d -> " detail=" + quote(d)).orElse(""),
        e.correlationId());
  }

  /**
   * Quotes a value that could contain spaces, quotes or control characters, so that a line stays
   * one parseable line whatever a client sends as its user name.
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
      } else if (c < ' ' || c == 0x7F) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.append('"').toString();
  }
}
