package dev.arca.kmip.payload;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
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
import org.junit.jupiter.api.Test;

/**
 * Every request and response payload in the OASIS vectors, decoded through the {@link Payloads}
 * table by its batch item's operation and encoded back, gives the same binary TTLV.
 */
class PayloadsVectorTest {

  private final TtlvEncoder encoder = new TtlvEncoder();

  @Test
  void everyVectorPayloadRoundTripsThroughTheTable() {
    Map<Operation, int[]> counts = new EnumMap<>(Operation.class);
    List<String> failures = new ArrayList<>();
    Vectors.xml()
        .forEach(
            file -> {
              for (VectorMessages.Message m : VectorMessages.read(file).messages()) {
                for (Ttlv item : ((TtlvStructure) m.tree()).all(Tag.BATCH_ITEM)) {
                  check(file, m, (TtlvStructure) item, counts, failures);
                }
              }
            });
    assertThat(failures).isEmpty();
    // Every operation the table knows and the vectors exercise was seen in both directions.
    assertThat(counts).containsKeys(Operation.CREATE, Operation.GET, Operation.ENCRYPT);
    int total = counts.values().stream().mapToInt(c -> c[0] + c[1]).sum();
    assertThat(total).isGreaterThan(2000);
    System.out.println("typed payload round trips: " + total + " over " + counts.size() + " ops");
  }

  private void check(
      Vectors.VectorFile file,
      VectorMessages.Message m,
      TtlvStructure item,
      Map<Operation, int[]> counts,
      List<String> failures) {
    Optional<Ttlv> op = item.child(Tag.OPERATION);
    Optional<Ttlv> payload = item.child(m.request() ? Tag.REQUEST_PAYLOAD : Tag.RESPONSE_PAYLOAD);
    if (op.isEmpty() || payload.isEmpty()) {
      return;
    }
    Optional<Operation> operation = Operation.find(((TtlvEnumeration) op.get()).value());
    if (operation.isEmpty() || !Payloads.operations().contains(operation.get())) {
      return;
    }
    try {
      Ttlv again =
          m.request()
              ? Payloads.encode(Payloads.request(operation.get(), payload.get()))
              : Payloads.encode(Payloads.response(operation.get(), payload.get()));
      if (!Arrays.equals(encoder.encode(again), encoder.encode(payload.get()))) {
        failures.add(file + " #" + m.index() + " " + operation.get() + ": bytes differ");
      }
      counts.computeIfAbsent(operation.get(), o -> new int[2])[m.request() ? 0 : 1]++;
    } catch (KmipException e) {
      failures.add(file + " #" + m.index() + " " + operation.get() + ": " + e.getMessage());
    }
  }
}
