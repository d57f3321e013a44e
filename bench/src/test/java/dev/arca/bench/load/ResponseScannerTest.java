package dev.arca.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.message.ResponseHeader;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.payload.CreateResponse;
import dev.arca.kmip.payload.Payloads;
import dev.arca.kmip.ttlv.TtlvEncoder;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ResponseScannerTest {

  private static byte[] encode(ResponseBatchItem item) {
    ResponseMessage m =
        new ResponseMessage(
            ResponseHeader.of(ProtocolVersion.of(KmipVersion.V1_2), Instant.EPOCH, 1),
            List.of(item));
    return new TtlvEncoder().encode(TtlvBinder.encode(m));
  }

  @Test
  void readsTheStatusAndTheIdentifierOfASuccess() {
    byte[] bytes =
        encode(
            ResponseBatchItem.success(
                Optional.of(Operation.CREATE),
                Optional.empty(),
                Optional.of(
                    Payloads.encode(CreateResponse.of(ObjectType.SYMMETRIC_KEY, "key-42")))));

    ResponseScanner.Outcome o = ResponseScanner.scan(bytes, bytes.length, true);

    assertThat(o.success()).isTrue();
    assertThat(o.reason()).isZero();
    assertThat(o.uniqueIdentifier()).isEqualTo("key-42");
    assertThat(ResponseScanner.scan(bytes, bytes.length, false).uniqueIdentifier()).isNull();
  }

  @Test
  void namesTheReasonOfAFailure() {
    byte[] bytes =
        encode(
            ResponseBatchItem.failure(
                Optional.of(Operation.GET),
                Optional.empty(),
                ResultStatus.OPERATION_FAILED,
                ResultReason.ITEM_NOT_FOUND,
                "no such object"));

    ResponseScanner.Outcome o = ResponseScanner.scan(bytes, bytes.length, false);

    assertThat(o.success()).isFalse();
    assertThat(o.status()).isEqualTo(ResultStatus.OPERATION_FAILED.code());
    assertThat(o.errorName()).isEqualTo("Item Not Found");
  }

  @Test
  void reportsBrokenInputAsMalformedWithoutThrowing() {
    byte[] good =
        encode(
            ResponseBatchItem.success(
                Optional.of(Operation.GET), Optional.empty(), Optional.empty()));
    assertThat(ResponseScanner.scan(new byte[0], 0, false).status())
        .isEqualTo(ResponseScanner.MALFORMED);
    assertThat(ResponseScanner.scan(good, 12, false).errorName()).isEqualTo("malformed response");
    byte[] wrongTag = good.clone();
    wrongTag[2] = 0x78; // a Request Message
    assertThat(ResponseScanner.scan(wrongTag, wrongTag.length, false).status())
        .isEqualTo(ResponseScanner.MALFORMED);
    byte[] lying = Arrays.copyOf(good, good.length);
    lying[7] = (byte) 0xF8; // a length beyond the buffer
    lying[6] = 0x7F;
    assertThat(ResponseScanner.scan(lying, lying.length, true).success()).isFalse();
  }
}
