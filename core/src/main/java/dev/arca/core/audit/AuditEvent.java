package dev.arca.core.audit;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One audited action: who did what, from where, to which objects, and how it ended. Every KMIP
 * batch item and every administrative request produces one.
 *
 * <p>An event never holds key material, passwords or message contents: only names, identifiers and
 * outcomes.
 *
 * @param time when the action finished
 * @param channel how the request came: {@code kmip:<listener>}, {@code https}, {@code cli}, …
 * @param source the client's address
 * @param actor the authenticated user or administrator; {@code "-"} when authentication failed
 * @param action the operation, e.g. {@code Create} or {@code user.create}
 * @param objects the identifiers the action read or changed
 * @param outcome {@code Success}, or the failure reason (a KMIP Result Reason name or an HTTP error
 *     code)
 * @param detail a short explanation for failures; empty on success
 * @param correlationId ties the event to log lines of the same request
 */
public record AuditEvent(
    Instant time,
    String channel,
    String source,
    String actor,
    String action,
    List<String> objects,
    String outcome,
    Optional<String> detail,
    String correlationId) {

  public AuditEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(channel, "channel");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(actor, "actor");
    Objects.requireNonNull(action, "action");
    objects = List.copyOf(objects);
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(correlationId, "correlationId");
  }

  public boolean succeeded() {
    return outcome.equals("Success");
  }
}
