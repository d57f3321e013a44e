package dev.arca.server.admin;

import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.server.kmip.ConnectionInfo;
import dev.arca.server.kmip.KmipService;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Counts and times what the dispatcher answers, for every transport: the one place KMIP metrics are
 * recorded. It reads the operations and results from the response message tree, which holds no
 * secret in these fields, and passes everything through unchanged.
 */
final class MeteredKmipService implements KmipService {

  private final KmipService delegate;
  private final NodeMetrics metrics;

  MeteredKmipService(KmipService delegate, NodeMetrics metrics) {
    this.delegate = delegate;
    this.metrics = metrics;
  }

  @Override
  public Ttlv handle(Ttlv request, ConnectionInfo connection) {
    long start = System.nanoTime();
    Ttlv response = delegate.handle(request, connection);
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    record(response, connection, took);
    return response;
  }

  @Override
  public Ttlv undecodable(DecodeException problem, ConnectionInfo connection) {
    Ttlv response = delegate.undecodable(problem, connection);
    metrics.kmipItem("None", ResultReason.INVALID_MESSAGE.encodingName(), transport(connection));
    return response;
  }

  private void record(Ttlv response, ConnectionInfo connection, Duration took) {
    String transport = transport(connection);
    List<Ttlv> items =
        response instanceof TtlvStructure
            ? ((TtlvStructure) response).all(Tag.BATCH_ITEM)
            : List.of();
    String first = "None";
    for (Ttlv item : items) {
      if (!(item instanceof TtlvStructure)) {
        continue;
      }
      TtlvStructure s = (TtlvStructure) item;
      String operation =
          enumeration(s, Tag.OPERATION)
              .flatMap(Operation::find)
              .map(Operation::encodingName)
              .orElse("None");
      String result =
          enumeration(s, Tag.RESULT_STATUS).flatMap(ResultStatus::find).orElse(null)
                  == ResultStatus.SUCCESS
              ? "Success"
              : enumeration(s, Tag.RESULT_REASON)
                  .flatMap(ResultReason::find)
                  .map(ResultReason::encodingName)
                  .orElse("Failure");
      metrics.kmipItem(operation, result, transport);
      if (first.equals("None")) {
        first = operation;
      }
    }
    metrics.kmipRequest(items.size() > 1 ? "Batch" : first, transport, took);
  }

  private static Optional<Integer> enumeration(TtlvStructure s, Tag tag) {
    return s.child(tag)
        .filter(TtlvEnumeration.class::isInstance)
        .map(v -> ((TtlvEnumeration) v).value());
  }

  private static String transport(ConnectionInfo connection) {
    return connection.listener().name();
  }
}
