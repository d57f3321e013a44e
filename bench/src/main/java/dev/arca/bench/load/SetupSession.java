package dev.arca.bench.load;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.payload.Payloads;
import dev.arca.kmip.payload.RequestPayload;
import dev.arca.kmip.payload.ResponsePayload;
import dev.arca.kmip.ttlv.DecodeLimits;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import java.io.IOException;

/**
 * Requests made outside the timed load (preparing and removing the key pool), one at a time and
 * decoded in full, so that a refusal is reported with the server's own reason and message.
 */
final class SetupSession {

  private final KmipChannel channel;
  private final KmipRequests requests;
  private final TtlvDecoder decoder =
      new TtlvDecoder(new DecodeLimits(KmipChannel.MAX_RESPONSE_BYTES, 64));

  SetupSession(KmipChannel channel, KmipRequests requests) {
    this.channel = channel;
    this.requests = requests;
  }

  /**
   * Sends one request and returns its decoded response payload.
   *
   * @throws IOException when no answer came or the server refused; the message says which
   */
  <T extends ResponsePayload> T call(Operation op, RequestPayload payload, Class<T> type)
      throws IOException {
    byte[] response = channel.exchange(requests.message(op, payload));
    ResponseMessage message;
    try {
      message = TtlvBinder.decode(ResponseMessage.class, decoder.decode(response));
    } catch (KmipException e) {
      throw new IOException(op.specName() + ": undecodable response: " + e.getMessage(), e);
    }
    if (message.batchItems().isEmpty()) {
      throw new IOException(op.specName() + ": a response without batch items");
    }
    ResponseBatchItem item = message.batchItems().get(0);
    if (item.resultStatus() != ResultStatus.SUCCESS) {
      throw new IOException(
          op.specName()
              + " refused: "
              + item.resultReason().map(r -> r.specName()).orElse(item.resultStatus().specName())
              + item.resultMessage().map(m -> " (" + m + ")").orElse(""));
    }
    Ttlv body = item.responsePayload().orElse(Ttlv.structure(Tag.RESPONSE_PAYLOAD));
    try {
      ResponsePayload p = Payloads.response(op, body);
      if (!type.isInstance(p)) {
        throw new IOException(op.specName() + ": unexpected response " + p.getClass());
      }
      return type.cast(p);
    } catch (KmipException e) {
      throw new IOException(op.specName() + ": malformed response payload: " + e.getMessage(), e);
    }
  }
}
