package dev.arca.server;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.message.Authentication;
import dev.arca.kmip.message.Credential;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.message.RequestBatchItem;
import dev.arca.kmip.message.RequestHeader;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.message.UsernamePassword;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import dev.arca.server.testing.KmipTestClient;
import dev.arca.server.testing.NodeFixture;
import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A whole node over real TLS: the first start's bundle lets the first user in, Create and Get work,
 * a wrong password is refused, and the audit log records both.
 */
class NodeIT {

  private static NodeFixture fx;

  @BeforeAll
  static void start() {
    fx = NodeFixture.start();
  }

  @AfterAll
  static void stop() {
    fx.close();
  }

  private static Ttlv request(Authentication auth, Operation op, Ttlv payload) {
    RequestHeader header =
        RequestHeader.of(ProtocolVersion.of(KmipVersion.V1_4), 1).withAuthentication(auth);
    return TtlvBinder.encode(new RequestMessage(header, List.of(RequestBatchItem.of(op, payload))));
  }

  private static ResponseBatchItem call(Ttlv request) throws Exception {
    try (KmipTestClient client = fx.connect()) {
      ResponseMessage response = TtlvBinder.decode(ResponseMessage.class, client.call(request));
      assertThat(response.header().protocolVersion())
          .isEqualTo(ProtocolVersion.of(KmipVersion.V1_4));
      return response.batchItems().get(0);
    }
  }

  @Test
  void theFirstStartWritesABundleThatWorks() throws Exception {
    assertThat(fx.bundle().resolve("pykmip.conf")).exists();
    assertThat(Files.readString(fx.bundle().resolve("password")).strip())
        .isEqualTo(NodeFixture.PASSWORD);

    Ttlv create =
        Ttlv.structure(
            Tag.REQUEST_PAYLOAD,
            Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.code()),
            Ttlv.structure(
                Tag.TEMPLATE_ATTRIBUTE,
                Ttlv.structure(
                    Tag.ATTRIBUTE,
                    Ttlv.text(Tag.ATTRIBUTE_NAME, "Cryptographic Algorithm"),
                    Ttlv.enumeration(Tag.ATTRIBUTE_VALUE, CryptographicAlgorithm.AES.code())),
                Ttlv.structure(
                    Tag.ATTRIBUTE,
                    Ttlv.text(Tag.ATTRIBUTE_NAME, "Cryptographic Length"),
                    Ttlv.integer(Tag.ATTRIBUTE_VALUE, 256))));
    ResponseBatchItem created = call(request(NodeFixture.credential(), Operation.CREATE, create));
    assertThat(created.resultStatus())
        .as(created.resultMessage().orElse(""))
        .isEqualTo(ResultStatus.SUCCESS);

    String id =
        ((TtlvStructure) created.responsePayload().orElseThrow())
            .child(Tag.UNIQUE_IDENTIFIER)
            .map(t -> ((TtlvTextString) t).value())
            .orElseThrow();
    ResponseBatchItem got =
        call(
            request(
                NodeFixture.credential(),
                Operation.GET,
                Ttlv.structure(Tag.REQUEST_PAYLOAD, Ttlv.text(Tag.UNIQUE_IDENTIFIER, id))));
    assertThat(got.resultStatus()).isEqualTo(ResultStatus.SUCCESS);
    assertThat(fx.audit())
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("Get");
              assertThat(e.actor()).isEqualTo(NodeFixture.USER);
              assertThat(e.objects()).containsExactly(id);
              assertThat(e.outcome()).isEqualTo("Success");
            });
  }

  @Test
  void aWrongPasswordIsRefusedAndAudited() throws Exception {
    Authentication wrong =
        Authentication.of(
            Credential.of(UsernamePassword.of(NodeFixture.USER, "not-the-password-at-all")));
    ResponseBatchItem item =
        call(request(wrong, Operation.LOCATE, Ttlv.structure(Tag.REQUEST_PAYLOAD)));
    assertThat(item.resultStatus()).isEqualTo(ResultStatus.OPERATION_FAILED);
    assertThat(item.resultReason()).contains(ResultReason.AUTHENTICATION_NOT_SUCCESSFUL);
    assertThat(fx.audit())
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("Locate");
              assertThat(e.actor()).isEqualTo("-");
              assertThat(e.outcome()).isEqualTo("Authentication Not Successful");
            });
  }
}
