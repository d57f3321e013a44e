package dev.arca.client;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.message.RequestBatchItem;
import dev.arca.kmip.message.RequestHeader;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.payload.CreateRequest;
import dev.arca.kmip.payload.EncryptRequest;
import dev.arca.kmip.payload.GetRequest;
import dev.arca.kmip.payload.Payloads;
import dev.arca.kmip.payload.RequestPayload;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RetryRuleTest {

  private static RequestMessage message(List<Operation> ops, List<RequestPayload> payloads) {
    List<RequestBatchItem> items = new java.util.ArrayList<>();
    for (int i = 0; i < ops.size(); i++) {
      items.add(RequestBatchItem.of(ops.get(i), Payloads.encode(payloads.get(i))));
    }
    return new RequestMessage(
        RequestHeader.of(ProtocolVersion.of(KmipVersion.V2_1), items.size()), items);
  }

  @Test
  void readsAndSinglePartCryptoAreIdempotent() {
    assertThat(
            RetryRule.isIdempotent(
                message(
                    List.of(Operation.GET, Operation.ENCRYPT),
                    List.of(
                        GetRequest.of("1"),
                        EncryptRequest.of("1", CryptographicParameters.empty(), new byte[16])))))
        .isTrue();
  }

  @Test
  void aBatchWithOneChangeIsNot() {
    assertThat(
            RetryRule.isIdempotent(
                message(
                    List.of(Operation.GET, Operation.CREATE),
                    List.of(
                        GetRequest.of("1"),
                        CreateRequest.of(ObjectType.SYMMETRIC_KEY, Attributes.empty())))))
        .isFalse();
    for (Operation op :
        List.of(
            Operation.CREATE,
            Operation.REGISTER,
            Operation.RE_KEY,
            Operation.ACTIVATE,
            Operation.REVOKE,
            Operation.DESTROY,
            Operation.SET_ATTRIBUTE)) {
      assertThat(RetryRule.IDEMPOTENT).doesNotContain(op);
    }
  }

  @Test
  void aMultiPartStreamIsNot() {
    EncryptRequest first =
        new EncryptRequest(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(true),
            Optional.empty(),
            Optional.empty());
    assertThat(RetryRule.isIdempotent(message(List.of(Operation.ENCRYPT), List.of(first))))
        .isFalse();
    assertThat(Tag.INIT_INDICATOR).isNotNull();
  }
}
