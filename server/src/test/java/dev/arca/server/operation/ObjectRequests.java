package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.message.ResponseBatchItem;
import dev.arca.kmip.payload.CreateRequest;
import dev.arca.kmip.payload.CreateResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.testing.DispatcherFixture;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Requests for the object-operation tests, in the shape of either protocol version. */
final class ObjectRequests {

  static final KmipVersion V14 = KmipVersion.V1_4;
  static final KmipVersion V21 = KmipVersion.V2_1;

  private ObjectRequests() {}

  /** The versions every handler is tested in. */
  static Stream<KmipVersion> versions() {
    return Stream.of(V14, V21);
  }

  /**
   * AES-256, named (unless {@code name} is null), with {@code extra} attributes; for encryption and
   * decryption unless {@code extra} gives another Cryptographic Usage Mask.
   */
  static Attributes aes(String name, Ttlv... extra) {
    List<Ttlv> items = new ArrayList<>();
    items.add(Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()));
    items.add(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256));
    if (Stream.of(extra).noneMatch(t -> t.tag() == Tag.CRYPTOGRAPHIC_USAGE_MASK.code())) {
      items.add(
          Ttlv.integer(
              Tag.CRYPTOGRAPHIC_USAGE_MASK,
              CryptographicUsageMask.ENCRYPT.code() | CryptographicUsageMask.DECRYPT.code()));
    }
    if (name != null) {
      items.add(Attributes.item(Tag.NAME, Name.of(name)));
    }
    items.addAll(List.of(extra));
    return Attributes.of(items);
  }

  /** A Create request in the shape of {@code version}: Template-Attribute in 1.x. */
  static CreateRequest create(KmipVersion version, ObjectType type, Attributes attributes) {
    try {
      return version.isV2()
          ? CreateRequest.of(type, attributes)
          : CreateRequest.of(type, AttributeConversion.toTemplateAttribute(attributes));
    } catch (KmipException e) {
      throw new IllegalArgumentException(e);
    }
  }

  /** Creates an AES key and returns its identifier. */
  static String createKey(
      DispatcherFixture server, KmipVersion version, String name, Ttlv... extra) {
    return server
        .ok(
            version,
            create(version, ObjectType.SYMMETRIC_KEY, aes(name, extra)),
            CreateResponse.class)
        .uniqueIdentifier();
  }

  /** The result reason of a failed item; fails the test when the item succeeded. */
  static ResultReason reason(ResponseBatchItem item) {
    return item.resultReason()
        .orElseThrow(() -> new AssertionError("the operation succeeded: " + item.operation()));
  }
}
