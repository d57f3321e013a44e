package dev.arca.kmip.payload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.testing.VectorMessages;
import dev.arca.kmip.testing.Vectors;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Every Request and Response Payload of the OASIS vectors (KMIP Profiles 1.4 and 2.1) whose
 * operation has a record in this set decodes into that record and encodes back to the same binary
 * TTLV, byte for byte: the records' field order is the specification's order and no field is lost.
 */
class ServicePayloadVectorsTest {

  private static final Map<Operation, Class<? extends Record>> REQUESTS =
      new EnumMap<>(Operation.class);
  private static final Map<Operation, Class<? extends Record>> RESPONSES =
      new EnumMap<>(Operation.class);

  static {
    bind(
        Operation.DISCOVER_VERSIONS, DiscoverVersionsRequest.class, DiscoverVersionsResponse.class);
    bind(Operation.QUERY, QueryRequest.class, QueryResponse.class);
    bind(Operation.ACTIVATE, ActivateRequest.class, ActivateResponse.class);
    bind(Operation.REVOKE, RevokeRequest.class, RevokeResponse.class);
    bind(Operation.DESTROY, DestroyRequest.class, DestroyResponse.class);
    bind(Operation.ARCHIVE, ArchiveRequest.class, ArchiveResponse.class);
    bind(Operation.RECOVER, RecoverRequest.class, RecoverResponse.class);
    bind(
        Operation.GET_USAGE_ALLOCATION,
        GetUsageAllocationRequest.class,
        GetUsageAllocationResponse.class);
    bind(Operation.OBTAIN_LEASE, ObtainLeaseRequest.class, ObtainLeaseResponse.class);
    bind(Operation.ENCRYPT, EncryptRequest.class, EncryptResponse.class);
    bind(Operation.DECRYPT, DecryptRequest.class, DecryptResponse.class);
    bind(Operation.SIGN, SignRequest.class, SignResponse.class);
    bind(Operation.SIGNATURE_VERIFY, SignatureVerifyRequest.class, SignatureVerifyResponse.class);
    bind(Operation.MAC, MacRequest.class, MacResponse.class);
    bind(Operation.MAC_VERIFY, MacVerifyRequest.class, MacVerifyResponse.class);
    bind(Operation.RNG_RETRIEVE, RngRetrieveRequest.class, RngRetrieveResponse.class);
    bind(Operation.RNG_SEED, RngSeedRequest.class, RngSeedResponse.class);
    bind(Operation.HASH, HashRequest.class, HashResponse.class);
    bind(Operation.POLL, PollRequest.class, PollResponse.class);
    bind(Operation.CANCEL, CancelRequest.class, CancelResponse.class);
  }

  private static void bind(
      Operation op, Class<? extends Record> request, Class<? extends Record> response) {
    REQUESTS.put(op, request);
    RESPONSES.put(op, response);
  }

  @Test
  void everyPayloadOfTheseOperationsRoundTripsToTheSameBytes() {
    TtlvEncoder encoder = new TtlvEncoder();
    Map<String, Integer> counts = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Vectors.VectorFile file : Vectors.xml().toList()) {
      // A response batch item names its Operation "if specified in Request Batch Item" (KMIP 1.4
      // §7.2 Table 285); one without it answers the request batch item at the same position.
      List<Optional<Operation>> lastRequest = List.of();
      for (VectorMessages.Message message : VectorMessages.read(file).messages()) {
        List<TtlvStructure> items = batchItems(message.tree());
        List<Optional<Operation>> operations = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          TtlvStructure item = items.get(i);
          Optional<Operation> op = operation(item);
          if (op.isEmpty() && !message.request() && i < lastRequest.size()) {
            op = lastRequest.get(i);
          }
          operations.add(op);
          Map<Operation, Class<? extends Record>> records =
              message.request() ? REQUESTS : RESPONSES;
          Tag payloadTag = message.request() ? Tag.REQUEST_PAYLOAD : Tag.RESPONSE_PAYLOAD;
          Optional<Ttlv> payload = item.child(payloadTag);
          if (op.isEmpty() || !records.containsKey(op.get()) || payload.isEmpty()) {
            continue;
          }
          Class<? extends Record> type = records.get(op.get());
          String where = file + " message " + message.index() + " " + type.getSimpleName();
          try {
            Record decoded = TtlvBinder.decode(type, payload.get());
            byte[] original = encoder.encode(payload.get());
            byte[] again = encoder.encode(TtlvBinder.encode(decoded));
            if (Arrays.equals(original, again)) {
              counts.merge(type.getSimpleName(), 1, Integer::sum);
            } else {
              failures.add(where + ": re-encoded bytes differ");
            }
          } catch (KmipException | RuntimeException e) {
            failures.add(where + ": " + e);
          }
        }
        if (message.request()) {
          lastRequest = operations;
        }
      }
    }
    counts.forEach((name, n) -> System.out.println(name + ": " + n));
    assertThat(failures).isEmpty();
    // How many payloads of each kind the vectors hold; a smaller count means some were skipped.
    assertThat(counts)
        .containsExactlyInAnyOrderEntriesOf(
            Map.ofEntries(
                Map.entry("ActivateRequest", 17),
                Map.entry("ActivateResponse", 17),
                Map.entry("DecryptRequest", 104),
                Map.entry("DecryptResponse", 87),
                Map.entry("DestroyRequest", 193),
                Map.entry("DestroyResponse", 189),
                Map.entry("EncryptRequest", 98),
                Map.entry("EncryptResponse", 88),
                Map.entry("HashRequest", 4),
                Map.entry("HashResponse", 4),
                Map.entry("MacRequest", 4),
                Map.entry("MacResponse", 4),
                Map.entry("MacVerifyRequest", 4),
                Map.entry("MacVerifyResponse", 4),
                Map.entry("QueryRequest", 19),
                Map.entry("QueryResponse", 13),
                Map.entry("RevokeRequest", 148),
                Map.entry("RevokeResponse", 148),
                Map.entry("RngRetrieveRequest", 2),
                Map.entry("RngRetrieveResponse", 2),
                Map.entry("RngSeedRequest", 8),
                Map.entry("RngSeedResponse", 6),
                Map.entry("SignRequest", 6),
                Map.entry("SignResponse", 4),
                Map.entry("SignatureVerifyRequest", 12),
                Map.entry("SignatureVerifyResponse", 10)));
  }

  private static List<TtlvStructure> batchItems(Ttlv message) {
    List<TtlvStructure> out = new ArrayList<>();
    for (Ttlv child : ((TtlvStructure) message).all(Tag.BATCH_ITEM)) {
      out.add((TtlvStructure) child);
    }
    return out;
  }

  private static Optional<Operation> operation(TtlvStructure batchItem) {
    return batchItem
        .child(Tag.OPERATION)
        .flatMap(o -> Operation.find(((TtlvEnumeration) o).value()));
  }
}
