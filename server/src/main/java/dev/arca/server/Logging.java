package dev.arca.server;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.TimeBasedRollingPolicy;
import java.nio.file.Path;
import org.slf4j.LoggerFactory;

/**
 * The log files of a running node, set up once its log directory is known: the system log ({@code
 * system.log}, everything at INFO and above) and the audit log ({@code audit.log}, one line per
 * audited action, from the {@code arca.audit} logger only). Both roll daily and keep 90 days.
 */
public final class Logging {

  /** Days of closed logs kept. */
  static final int MAX_HISTORY_DAYS = 90;

  private Logging() {}

  /** Adds the node's log files and raises the console to INFO for Arca's own messages. */
  public static void configureServer(Path logDirectory) {
    LoggerContext ctx = (LoggerContext) LoggerFactory.getILoggerFactory();
    Logger root = ctx.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(file(ctx, logDirectory, "system"));

    Logger audit = ctx.getLogger("arca.audit");
    audit.setAdditive(false);
    audit.setLevel(Level.INFO);
    audit.addAppender(file(ctx, logDirectory, "audit"));

    // Libraries stay at WARN: their INFO lines are per connection and say nothing an operator
    // needs.
    ctx.getLogger("io.netty").setLevel(Level.WARN);
    ctx.getLogger("org.eclipse.jetty").setLevel(Level.WARN);
    ctx.getLogger("org.apache.ratis").setLevel(Level.WARN);
  }

  private static RollingFileAppender<ILoggingEvent> file(LoggerContext ctx, Path dir, String name) {
    PatternLayoutEncoder encoder = new PatternLayoutEncoder();
    encoder.setContext(ctx);
    encoder.setPattern("%d{yyyy-MM-dd'T'HH:mm:ss.SSSXXX,UTC} %-5level %logger{24} - %msg%n");
    encoder.start();

    RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
    appender.setContext(ctx);
    appender.setName(name);
    appender.setFile(dir.resolve(name + ".log").toString());
    appender.setEncoder(encoder);

    TimeBasedRollingPolicy<ILoggingEvent> policy = new TimeBasedRollingPolicy<>();
    policy.setContext(ctx);
    policy.setParent(appender);
    policy.setFileNamePattern(dir.resolve(name + ".%d{yyyy-MM-dd,UTC}.log").toString());
    policy.setMaxHistory(MAX_HISTORY_DAYS);
    policy.start();

    appender.setRollingPolicy(policy);
    appender.start();
    return appender;
  }
}
