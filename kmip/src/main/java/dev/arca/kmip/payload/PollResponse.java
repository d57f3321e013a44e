package dev.arca.kmip.payload;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipAny;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.util.List;

/**
 * KMIP 1.4 §4.28, KMIP 2.1 §6.1.38 Poll response.
 *
 * <p>The specification gives Poll no payload of its own: once the polled operation has completed,
 * the response carries that operation's response payload, exactly as a synchronous answer would
 * have; while it is still pending there is no payload at all. So this record holds the items as
 * they are, and {@link #as(Class)} reads them as the completed operation's record.
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record PollResponse(@KmipAny List<Ttlv> items) implements ResponsePayload {

  public PollResponse {
    items = List.copyOf(items);
  }

  /** The answer to a Poll for an operation that completed with {@code completed}. */
  public static <R extends Record & ResponsePayload> PollResponse of(R completed) {
    return new PollResponse(TtlvBinder.encode(Tag.RESPONSE_PAYLOAD, completed).children());
  }

  /** The payload as the response record of the polled operation, e.g. {@code EncryptResponse}. */
  public <R extends Record & ResponsePayload> R as(Class<R> type) throws KmipException {
    return TtlvBinder.decode(type, new TtlvStructure(Tag.RESPONSE_PAYLOAD.code(), items));
  }
}
