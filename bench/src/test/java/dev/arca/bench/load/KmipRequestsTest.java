package dev.arca.bench.load;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.payload.CreateRequest;
import dev.arca.kmip.payload.EncryptRequest;
import dev.arca.kmip.payload.GetAttributesRequest;
import dev.arca.kmip.payload.LocateRequest;
import dev.arca.kmip.payload.Payloads;
import dev.arca.kmip.payload.SignRequest;
import dev.arca.kmip.ttlv.TtlvDecoder;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The request shapes: KMIP 1.x and 2.x forms, and what PyKMIP's server needs. */
class KmipRequestsTest {

  private static RequestMessage decode(byte[] bytes) throws Exception {
    return TtlvBinder.decode(RequestMessage.class, new TtlvDecoder().decode(bytes));
  }

  @Test
  void everyMessageCarriesTheVersionAndTheCredential() throws Exception {
    KmipRequests r = new KmipRequests(KmipVersion.V1_2, Optional.of("alice"), Optional.of("pw"));
    RequestMessage m = decode(r.message(Operation.GET, r.get("id-1")));

    assertThat(m.header().protocolVersion().known()).contains(KmipVersion.V1_2);
    assertThat(m.header().batchCount()).isEqualTo(1);
    assertThat(m.header().authentication().orElseThrow().credentials().get(0).usernamePassword())
        .hasValueSatisfying(
            up -> {
              assertThat(up.username()).isEqualTo("alice");
              assertThat(up.password()).contains("pw");
            });
    assertThat(m.batchItems().get(0).operation()).isEqualTo(Operation.GET);
  }

  @Test
  void withoutAUsernameNoCredentialIsSent() throws Exception {
    KmipRequests r = new KmipRequests(KmipVersion.V2_1, Optional.empty(), Optional.empty());
    assertThat(decode(r.message(Operation.GET, r.get("x"))).header().authentication()).isEmpty();
  }

  @Test
  void kmip1UsesTemplateAttributesAndAttributeNames() throws Exception {
    KmipRequests r = new KmipRequests(KmipVersion.V1_2, Optional.empty(), Optional.empty());

    CreateRequest create =
        (CreateRequest) roundTrip(r, Operation.CREATE, r.createAes(Optional.of("k")));
    assertThat(create.templateAttribute()).isPresent();
    assertThat(create.attributes()).isEmpty();

    GetAttributesRequest ga =
        (GetAttributesRequest) roundTrip(r, Operation.GET_ATTRIBUTES, r.getAttributes("id"));
    assertThat(ga.attributeNames())
        .containsExactly(
            "Cryptographic Algorithm", "Cryptographic Length", "Cryptographic Usage Mask", "State");

    LocateRequest locate = (LocateRequest) roundTrip(r, Operation.LOCATE, r.locateByName("k"));
    assertThat(locate.v1Attributes()).hasSize(1);
    assertThat(locate.attributes()).isEmpty();
  }

  @Test
  void kmip2UsesAttributesAndReferences() throws Exception {
    KmipRequests r = new KmipRequests(KmipVersion.V2_1, Optional.empty(), Optional.empty());

    CreateRequest create =
        (CreateRequest) roundTrip(r, Operation.CREATE, r.createAes(Optional.empty()));
    assertThat(create.attributes()).isPresent();
    assertThat(create.templateAttribute()).isEmpty();

    GetAttributesRequest ga =
        (GetAttributesRequest) roundTrip(r, Operation.GET_ATTRIBUTES, r.getAttributes("id"));
    assertThat(ga.attributeReferences()).hasSize(4);

    LocateRequest locate = (LocateRequest) roundTrip(r, Operation.LOCATE, r.locateByName("k"));
    assertThat(locate.attributes().orElseThrow().first(Tag.NAME)).isPresent();
  }

  @Test
  void encryptAsksForARandomIvAndGcmNamesItsTagLength() throws Exception {
    KmipRequests r = new KmipRequests(KmipVersion.V1_2, Optional.empty(), Optional.empty());

    EncryptRequest gcm =
        (EncryptRequest)
            roundTrip(r, Operation.ENCRYPT, r.encrypt("id", AesMode.GCM, new byte[16]));
    var p = gcm.cryptographicParameters().orElseThrow();
    assertThat(p.randomIv()).contains(true);
    assertThat(p.tagLength()).contains(16);
    assertThat(gcm.ivCounterNonce()).isEmpty();

    EncryptRequest cbc =
        (EncryptRequest)
            roundTrip(r, Operation.ENCRYPT, r.encrypt("id", AesMode.CBC, new byte[16]));
    assertThat(cbc.cryptographicParameters().orElseThrow().paddingMethod()).isPresent();
  }

  @Test
  void signNamesAlgorithmAndHash() throws Exception {
    KmipRequests r = new KmipRequests(KmipVersion.V1_4, Optional.empty(), Optional.empty());
    SignRequest rsa =
        (SignRequest) roundTrip(r, Operation.SIGN, r.sign("id", SignatureKind.RSA, new byte[8]));
    assertThat(rsa.cryptographicParameters().orElseThrow().paddingMethod()).isPresent();
    assertThat(rsa.cryptographicParameters().orElseThrow().hashingAlgorithm()).isPresent();
  }

  private static Object roundTrip(
      KmipRequests r, Operation op, dev.arca.kmip.payload.RequestPayload payload) throws Exception {
    RequestMessage m = decode(r.message(op, payload));
    return Payloads.request(op, m.batchItems().get(0).requestPayload().orElseThrow());
  }
}
