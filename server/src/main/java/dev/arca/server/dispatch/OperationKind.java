package dev.arca.server.dispatch;

import dev.arca.kmip.enums.Operation;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which operations a listener that does not <em>allow key and policy configuration operations</em>
 * still serves: reading objects and their attributes, and using keys. Everything else — creating,
 * registering, re-keying, changing attributes or state, destroying — is a configuration operation.
 * One table, so that the rule is the same on every listener.
 */
public final class OperationKind {

  private static final Set<Operation> SERVICE =
      EnumSet.of(
          Operation.DISCOVER_VERSIONS,
          Operation.QUERY,
          Operation.LOCATE,
          Operation.CHECK,
          Operation.GET,
          Operation.GET_ATTRIBUTES,
          Operation.GET_ATTRIBUTE_LIST,
          Operation.ENCRYPT,
          Operation.DECRYPT,
          Operation.SIGN,
          Operation.SIGNATURE_VERIFY,
          Operation.MAC,
          Operation.MAC_VERIFY,
          Operation.HASH,
          Operation.RNG_RETRIEVE,
          Operation.POLL,
          Operation.CANCEL,
          // Log (KMIP 2.1 §6.1.29) writes the client's message to the audit trail; it changes no
          // key or policy.
          Operation.LOG);

  private OperationKind() {}

  /** True when {@code op} creates or changes keys, attributes or policy. */
  public static boolean isConfiguration(Operation op) {
    return !SERVICE.contains(op);
  }
}
