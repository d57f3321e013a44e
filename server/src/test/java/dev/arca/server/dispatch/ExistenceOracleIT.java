package dev.arca.server.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.ResultStatus;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.message.Authentication;
import dev.arca.kmip.message.Credential;
import dev.arca.kmip.message.ProtocolVersion;
import dev.arca.kmip.message.RequestBatchItem;
import dev.arca.kmip.message.RequestHeader;
import dev.arca.kmip.message.RequestMessage;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.message.ResponseMessage;
import dev.arca.kmip.message.UsernamePassword;
import dev.arca.kmip.ttlv.DecodeException;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDecoder;
import dev.arca.kmip.ttlv.TtlvStructure;
import dev.arca.kmip.ttlv.TtlvTextString;
import dev.arca.server.testing.KmipTestClient;
import dev.arca.server.testing.NodeFixture;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The existence oracle: for an object another user owns and for an identifier nothing has, the
 * server's answers are the same bytes on the wire, apart from the identifier and the time stamp,
 * for every operation that names an object — so that no caller learns which identifiers exist. A
 * key shared with a group the caller is not in answers the same way.
 */
class ExistenceOracleIT {

  private static final String STRANGER = "oracle-stranger";
  private static final String PASSWORD = "oracle-stranger-password-01";

  private static NodeFixture node;
  private static String owned;
  private static String sharedElsewhere;

  @BeforeAll
  static void start() throws Exception {
    node = NodeFixture.start();
    node.node.users().create(STRANGER, PASSWORD.toCharArray());
    owned = create();
    sharedElsewhere = create();
    node.node.sharing().createGroup("oracle-group");
    node.node.sharing().addMember("oracle-group", "someone-else");
    node.node
        .sharing()
        .grant(
            node.node.store().get(sharedElsewhere).orElseThrow(),
            "oracle-group",
            java.util.EnumSet.of(dev.arca.core.access.Permission.EXPORT));
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  /** The operations that name one object, each with the payload it needs besides the id. */
  static Map<Operation, Function<String, Ttlv>> operations() {
    Map<Operation, Function<String, Ttlv>> ops = new LinkedHashMap<>();
    ops.put(Operation.GET, id -> payload(id));
    ops.put(Operation.GET_ATTRIBUTES, id -> payload(id));
    ops.put(Operation.GET_ATTRIBUTE_LIST, id -> payload(id));
    ops.put(Operation.ACTIVATE, id -> payload(id));
    ops.put(Operation.DESTROY, id -> payload(id));
    ops.put(Operation.RE_KEY, id -> payload(id));
    ops.put(Operation.OBTAIN_LEASE, id -> payload(id));
    ops.put(
        Operation.REVOKE,
        id ->
            payload(
                id,
                Ttlv.structure(
                    Tag.REVOCATION_REASON,
                    Ttlv.enumeration(
                        Tag.REVOCATION_REASON_CODE, RevocationReasonCode.KEY_COMPROMISE.code())),
                Ttlv.dateTime(Tag.COMPROMISE_OCCURRENCE_DATE, java.time.Instant.EPOCH)));
    ops.put(
        Operation.ENCRYPT,
        id -> payload(id, Ttlv.bytes(Tag.DATA, "secret".getBytes(StandardCharsets.UTF_8))));
    ops.put(
        Operation.ADD_ATTRIBUTE,
        id ->
            payload(
                id,
                Ttlv.structure(
                    Tag.ATTRIBUTE,
                    Ttlv.text(Tag.ATTRIBUTE_NAME, "x-note"),
                    Ttlv.text(Tag.ATTRIBUTE_VALUE, "n"))));
    return ops;
  }

  enum Version {
    V1_4(KmipVersion.V1_4),
    V2_1(KmipVersion.V2_1);

    final KmipVersion version;

    Version(KmipVersion version) {
      this.version = version;
    }
  }

  @ParameterizedTest
  @EnumSource(Version.class)
  void aDeniedObjectAnswersByteForByteAsAMissingOne(Version v) throws Exception {
    int compared = 0;
    for (Map.Entry<Operation, Function<String, Ttlv>> op : operations().entrySet()) {
      String missing = UUID.randomUUID().toString();
      assertThat(missing).hasSameSizeAs(owned);
      byte[] forMissing = call(v.version, op.getKey(), op.getValue().apply(missing));
      byte[] forDenied = call(v.version, op.getKey(), op.getValue().apply(owned));
      byte[] forShared = call(v.version, op.getKey(), op.getValue().apply(sharedElsewhere));

      ResponseBatchItem item = item(forMissing);
      assertThat(item.resultStatus())
          .as(op.getKey().specName())
          .isEqualTo(ResultStatus.OPERATION_FAILED);
      assertThat(item.resultReason())
          .as(op.getKey().specName())
          .hasValueSatisfying(
              r -> assertThat(r).isIn(ResultReason.ITEM_NOT_FOUND, ResultReason.OBJECT_NOT_FOUND));
      assertThat(hex(mask(forDenied)))
          .as(op.getKey().specName() + " on another user's object")
          .isEqualTo(hex(mask(forMissing)));
      assertThat(hex(mask(forShared)))
          .as(op.getKey().specName() + " on an object shared with a group of others")
          .isEqualTo(hex(mask(forMissing)));
      compared++;
    }
    assertThat(compared).isEqualTo(operations().size());
    // The owner's object is untouched by all of it.
    assertThat(
            node.node
                .keys()
                .get(dev.arca.core.access.Caller.of(NodeFixture.USER), owned)
                .object()
                .revision())
        .isEqualTo(1);
  }

  // ---- requests and raw responses ------------------------------------------------------------

  private static Ttlv payload(String id, Ttlv... more) {
    Ttlv[] items = new Ttlv[more.length + 1];
    items[0] = Ttlv.text(Tag.UNIQUE_IDENTIFIER, id);
    System.arraycopy(more, 0, items, 1, more.length);
    return Ttlv.structure(Tag.REQUEST_PAYLOAD, items);
  }

  private static byte[] call(KmipVersion version, Operation op, Ttlv payload) throws IOException {
    RequestHeader header =
        RequestHeader.of(ProtocolVersion.of(version), 1)
            .withAuthentication(
                Authentication.of(Credential.of(UsernamePassword.of(STRANGER, PASSWORD))));
    Ttlv request =
        TtlvBinder.encode(new RequestMessage(header, List.of(RequestBatchItem.of(op, payload))));
    try (KmipTestClient client = node.connect()) {
      client.send(request);
      return readRaw(client);
    }
  }

  /** One response message exactly as it came off the wire. */
  private static byte[] readRaw(KmipTestClient client) throws IOException {
    DataInputStream in = new DataInputStream(client.socket().getInputStream());
    byte[] header = new byte[8];
    in.readFully(header);
    int length =
        ((header[4] & 0xFF) << 24)
            | ((header[5] & 0xFF) << 16)
            | ((header[6] & 0xFF) << 8)
            | (header[7] & 0xFF);
    byte[] message = new byte[8 + length];
    System.arraycopy(header, 0, message, 0, 8);
    in.readFully(message, 8, length);
    return message;
  }

  private static ResponseBatchItem item(byte[] raw) throws KmipException {
    try {
      Ttlv t = new TtlvDecoder().decode(raw);
      return TtlvBinder.decode(ResponseMessage.class, t).batchItems().get(0);
    } catch (DecodeException e) {
      throw new AssertionError("undecodable response: " + e.getMessage(), e);
    }
  }

  /**
   * A copy with the values of Time Stamp and Unique Identifier items zeroed, walking the TTLV
   * encoding: 3 bytes tag, 1 byte type, 4 bytes length, the value padded to 8 bytes; structures
   * (type 1) hold items.
   */
  static byte[] mask(byte[] raw) {
    byte[] out = raw.clone();
    walk(out, 0, out.length);
    return out;
  }

  private static void walk(byte[] b, int from, int to) {
    int at = from;
    while (at + 8 <= to) {
      int tag = ((b[at] & 0xFF) << 16) | ((b[at + 1] & 0xFF) << 8) | (b[at + 2] & 0xFF);
      int type = b[at + 3] & 0xFF;
      int length =
          ((b[at + 4] & 0xFF) << 24)
              | ((b[at + 5] & 0xFF) << 16)
              | ((b[at + 6] & 0xFF) << 8)
              | (b[at + 7] & 0xFF);
      int value = at + 8;
      if (type == 0x01) {
        walk(b, value, value + length);
      } else if (tag == Tag.TIME_STAMP.code() || tag == Tag.UNIQUE_IDENTIFIER.code()) {
        Arrays.fill(b, value, value + length, (byte) 0);
      }
      at = value + ((length + 7) & ~7);
    }
  }

  private static String hex(byte[] b) {
    return HexFormat.of().formatHex(b);
  }

  private static String create() throws IOException, KmipException {
    Ttlv payload =
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
                    Ttlv.integer(Tag.ATTRIBUTE_VALUE, 256)),
                Ttlv.structure(
                    Tag.ATTRIBUTE,
                    Ttlv.text(Tag.ATTRIBUTE_NAME, "Cryptographic Usage Mask"),
                    Ttlv.integer(Tag.ATTRIBUTE_VALUE, 12))));
    RequestHeader header =
        RequestHeader.of(ProtocolVersion.of(KmipVersion.V1_4), 1)
            .withAuthentication(NodeFixture.credential());
    Ttlv request =
        TtlvBinder.encode(
            new RequestMessage(header, List.of(RequestBatchItem.of(Operation.CREATE, payload))));
    try (KmipTestClient client = node.connect()) {
      client.send(request);
      ResponseBatchItem item = item(readRaw(client));
      assertThat(item.resultStatus()).isEqualTo(ResultStatus.SUCCESS);
      Optional<Ttlv> id =
          item.responsePayload().flatMap(p -> ((TtlvStructure) p).child(Tag.UNIQUE_IDENTIFIER));
      return ((TtlvTextString) id.orElseThrow()).value();
    }
  }
}
