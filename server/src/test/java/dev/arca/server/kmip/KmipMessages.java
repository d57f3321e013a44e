package dev.arca.server.kmip;

import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEncoder;
import dev.arca.kmip.ttlv.TtlvInteger;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Request and response messages for transport tests; their content does not matter here. */
final class KmipMessages {

  private static final TtlvEncoder ENCODER = new TtlvEncoder();

  private KmipMessages() {}

  private static Ttlv version() {
    return Ttlv.structure(
        Tag.PROTOCOL_VERSION,
        Ttlv.integer(Tag.PROTOCOL_VERSION_MAJOR, 1),
        Ttlv.integer(Tag.PROTOCOL_VERSION_MINOR, 4));
  }

  /** A Request Message with {@code batchCount} Discover Versions batch items. */
  static TtlvStructure request(int batchCount) {
    List<Ttlv> items = new ArrayList<>();
    items.add(
        Ttlv.structure(Tag.REQUEST_HEADER, version(), Ttlv.integer(Tag.BATCH_COUNT, batchCount)));
    for (int i = 0; i < batchCount; i++) {
      items.add(
          Ttlv.structure(
              Tag.BATCH_ITEM,
              Ttlv.enumeration(Tag.OPERATION, Operation.DISCOVER_VERSIONS.code()),
              Ttlv.structure(Tag.REQUEST_PAYLOAD)));
    }
    return Ttlv.structure(Tag.REQUEST_MESSAGE, items);
  }

  static byte[] requestBytes(int batchCount) {
    return ENCODER.encode(request(batchCount));
  }

  /** A Response Message whose header carries {@code batchCount}. */
  static TtlvStructure response(int batchCount) {
    return Ttlv.structure(
        Tag.RESPONSE_MESSAGE,
        Ttlv.structure(
            Tag.RESPONSE_HEADER,
            version(),
            Ttlv.dateTime(Tag.TIME_STAMP, Instant.now()),
            Ttlv.integer(Tag.BATCH_COUNT, batchCount)));
  }

  /** The Invalid Message answer the stub gives to undecodable input. */
  static TtlvStructure invalidMessage(String message) {
    return response(1)
        .with(
            Ttlv.structure(
                Tag.BATCH_ITEM,
                Ttlv.enumeration(Tag.RESULT_STATUS, ResultStatus.OPERATION_FAILED.code()),
                Ttlv.enumeration(Tag.RESULT_REASON, ResultReason.INVALID_MESSAGE.code()),
                Ttlv.text(Tag.RESULT_MESSAGE, message)));
  }

  /** The batch count in a request's or response's header. */
  static int batchCount(Ttlv message) {
    TtlvStructure header =
        (TtlvStructure)
            ((TtlvStructure) message)
                .child(Tag.REQUEST_HEADER)
                .or(() -> ((TtlvStructure) message).child(Tag.RESPONSE_HEADER))
                .orElseThrow();
    return ((TtlvInteger) header.child(Tag.BATCH_COUNT).orElseThrow()).value();
  }

  /** Whether {@code response} is the Invalid Message answer. */
  static boolean isInvalidMessage(Ttlv response) {
    return ((TtlvStructure) response)
        .child(Tag.BATCH_ITEM)
        .flatMap(item -> ((TtlvStructure) item).child(Tag.RESULT_REASON))
        .isPresent();
  }
}
