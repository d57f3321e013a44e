package dev.arca.client;

import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.message.RequestBatchItem;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which requests the client may send again after a connection failed mid-request.
 *
 * <p>A failure before the request left (no connection, refused or timed-out handshake) is always
 * retried on the next address: the server never saw it. A failure after it left is retried only
 * when doing the request twice has the same effect as doing it once: the operations below, which
 * read objects or compute with them but change no object's state. Everything else (Create,
 * Register, Re-key, Activate, Revoke, Destroy, attribute changes, …) may already have been carried
 * out, and is reported as {@link RequestOutcomeUnknownException} instead.
 *
 * <p>The cryptographic operations count here only in their single-part form: a multi-part stream
 * (Correlation Value, Init or Final Indicator) holds state on the server that one node has and the
 * next does not.
 */
final class RetryRule {

  /** Operations that change no state, so repeating one is harmless. */
  static final Set<Operation> IDEMPOTENT =
      Collections.unmodifiableSet(
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
              Operation.RNG_RETRIEVE));

  private static final Set<Integer> STREAM_TAGS =
      Set.of(Tag.CORRELATION_VALUE.code(), Tag.INIT_INDICATOR.code(), Tag.FINAL_INDICATOR.code());

  private RetryRule() {}

  /** Whether every batch item of {@code message} may be sent again. */
  static boolean isIdempotent(RequestMessage message) {
    for (RequestBatchItem item : message.batchItems()) {
      if (!IDEMPOTENT.contains(item.operation())) {
        return false;
      }
      if (item.requestPayload().isPresent() && isStream(item.requestPayload().get())) {
        return false;
      }
    }
    return true;
  }

  private static boolean isStream(Ttlv payload) {
    if (payload instanceof TtlvStructure) {
      for (Ttlv child : ((TtlvStructure) payload).children()) {
        if (STREAM_TAGS.contains(child.tag())) {
          return true;
        }
      }
    }
    return false;
  }
}
