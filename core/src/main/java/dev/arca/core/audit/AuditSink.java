package dev.arca.core.audit;

/**
 * Where audit events go. Implementations must not lose an event silently: a sink that cannot write
 * fails loudly (and the node's operators see it in the system log).
 */
@FunctionalInterface
public interface AuditSink {

  void record(AuditEvent event);
}
