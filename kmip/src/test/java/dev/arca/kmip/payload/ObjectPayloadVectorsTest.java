package dev.arca.kmip.payload;

import static dev.arca.kmip.attribute.BindingAssertions.bytes;
import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.AttributeConversion;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.object.KeyBlock;
import dev.arca.kmip.object.ManagedObject;
import dev.arca.kmip.object.ManagedObjects;
import dev.arca.kmip.object.PrivateKey;
import dev.arca.kmip.object.PublicKey;
import dev.arca.kmip.object.SecretData;
import dev.arca.kmip.object.SymmetricKey;
import dev.arca.kmip.testing.VectorMessages;
import dev.arca.kmip.testing.Vectors;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvEnumeration;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The OASIS vectors (KMIP Profiles 1.4 and 2.1) against the object, attribute and attribute
 * operation payloads: every payload of these operations decodes into its record and encodes back to
 * the same binary TTLV, byte for byte; every registered or returned object decodes as its managed
 * object; every structured attribute value decodes as its record; and every set of attributes
 * converts between the 1.x and 2.x forms and back unchanged.
 */
class ObjectPayloadVectorsTest {

  private static final Map<Operation, Class<? extends Record>> REQUESTS =
      new EnumMap<>(Operation.class);
  private static final Map<Operation, Class<? extends Record>> RESPONSES =
      new EnumMap<>(Operation.class);

  static {
    bind(Operation.CREATE, CreateRequest.class, CreateResponse.class);
    bind(Operation.CREATE_KEY_PAIR, CreateKeyPairRequest.class, CreateKeyPairResponse.class);
    bind(Operation.REGISTER, RegisterRequest.class, RegisterResponse.class);
    bind(Operation.RE_KEY, ReKeyRequest.class, ReKeyResponse.class);
    bind(Operation.RE_KEY_KEY_PAIR, ReKeyKeyPairRequest.class, ReKeyKeyPairResponse.class);
    bind(Operation.DERIVE_KEY, DeriveKeyRequest.class, DeriveKeyResponse.class);
    bind(Operation.CERTIFY, CertifyRequest.class, CertifyResponse.class);
    bind(Operation.LOCATE, LocateRequest.class, LocateResponse.class);
    bind(Operation.CHECK, CheckRequest.class, CheckResponse.class);
    bind(Operation.GET, GetRequest.class, GetResponse.class);
    bind(Operation.GET_ATTRIBUTES, GetAttributesRequest.class, GetAttributesResponse.class);
    bind(
        Operation.GET_ATTRIBUTE_LIST,
        GetAttributeListRequest.class,
        GetAttributeListResponse.class);
    bind(Operation.ADD_ATTRIBUTE, AddAttributeRequest.class, AddAttributeResponse.class);
    bind(Operation.MODIFY_ATTRIBUTE, ModifyAttributeRequest.class, ModifyAttributeResponse.class);
    bind(Operation.DELETE_ATTRIBUTE, DeleteAttributeRequest.class, DeleteAttributeResponse.class);
    bind(Operation.SET_ATTRIBUTE, SetAttributeRequest.class, SetAttributeResponse.class);
  }

  private static void bind(
      Operation op, Class<? extends Record> request, Class<? extends Record> response) {
    REQUESTS.put(op, request);
    RESPONSES.put(op, response);
  }

  /** One payload of one of these operations in a vector file. */
  private record Payload(String where, Operation operation, boolean request, Ttlv tree) {}

  private static List<Payload> payloads;

  /** Every payload of these operations, read once. */
  private static synchronized List<Payload> payloads() {
    if (payloads != null) {
      return payloads;
    }
    List<Payload> out = new ArrayList<>();
    for (Vectors.VectorFile file : Vectors.xml().toList()) {
      // A response batch item may leave out the Operation (KMIP 1.4 §7.3); it answers the request
      // batch item at the same position.
      List<Optional<Operation>> lastRequest = List.of();
      for (VectorMessages.Message message : VectorMessages.read(file).messages()) {
        List<Ttlv> items = ((TtlvStructure) message.tree()).all(Tag.BATCH_ITEM);
        List<Optional<Operation>> operations = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
          TtlvStructure item = (TtlvStructure) items.get(i);
          Optional<Operation> op =
              item.child(Tag.OPERATION).flatMap(o -> Operation.find(((TtlvEnumeration) o).value()));
          if (op.isEmpty() && !message.request() && i < lastRequest.size()) {
            op = lastRequest.get(i);
          }
          operations.add(op);
          Tag payloadTag = message.request() ? Tag.REQUEST_PAYLOAD : Tag.RESPONSE_PAYLOAD;
          Optional<Ttlv> payload = item.child(payloadTag);
          if (op.isPresent() && REQUESTS.containsKey(op.get()) && payload.isPresent()) {
            String where =
                file + " message " + message.index() + " item " + i + " " + op.get().specName();
            out.add(new Payload(where, op.get(), message.request(), payload.get()));
          }
        }
        if (message.request()) {
          lastRequest = operations;
        }
      }
    }
    payloads = List.copyOf(out);
    return payloads;
  }

  @Test
  void everyPayloadOfTheseOperationsRoundTripsToTheSameBytes() {
    Map<String, Integer> counts = new TreeMap<>();
    List<String> failures = new ArrayList<>();
    for (Payload p : payloads()) {
      Class<? extends Record> type = (p.request() ? REQUESTS : RESPONSES).get(p.operation());
      try {
        Record decoded = TtlvBinder.decode(type, p.tree());
        assertThat(decoded)
            .isInstanceOf(p.request() ? RequestPayload.class : ResponsePayload.class);
        if (Arrays.equals(bytes(p.tree()), bytes(TtlvBinder.encode(decoded)))) {
          counts.merge(type.getSimpleName(), 1, Integer::sum);
        } else {
          failures.add(p.where() + " " + type.getSimpleName() + ": re-encoded bytes differ");
        }
      } catch (Exception | AssertionError e) {
        failures.add(p.where() + " " + type.getSimpleName() + ": " + e);
      }
    }
    counts.forEach((name, n) -> System.out.println("round trip " + name + ": " + n));
    assertThat(failures).isEmpty();
    // Every operation with vectors must have been read; the 1.4 and 2.1 profiles have no Re-key,
    // Re-key Key Pair, Derive Key, Certify or Set Attribute exchange.
    assertThat(counts)
        .containsKeys(
            "CreateRequest",
            "CreateResponse",
            "CreateKeyPairRequest",
            "CreateKeyPairResponse",
            "RegisterRequest",
            "RegisterResponse",
            "LocateRequest",
            "LocateResponse",
            "CheckRequest",
            "CheckResponse",
            "GetRequest",
            "GetResponse",
            "GetAttributesRequest",
            "GetAttributesResponse",
            "GetAttributeListRequest",
            "GetAttributeListResponse",
            "AddAttributeRequest",
            "AddAttributeResponse",
            "ModifyAttributeRequest",
            "ModifyAttributeResponse",
            "DeleteAttributeRequest",
            "DeleteAttributeResponse");
  }

  @Test
  void registeredAndReturnedObjectsDecodeAsManagedObjects() throws KmipException {
    Map<ObjectType, Integer> counts = new EnumMap<>(ObjectType.class);
    for (Payload p : payloads()) {
      Ttlv object;
      ObjectType type;
      if (p.request() && p.operation() == Operation.REGISTER) {
        RegisterRequest r = TtlvBinder.decode(RegisterRequest.class, p.tree());
        object = r.objectItem();
        type = r.objectType();
        assertThat(r.managedObject().objectType()).as(p.where()).isEqualTo(type);
      } else if (!p.request() && p.operation() == Operation.GET) {
        GetResponse r = TtlvBinder.decode(GetResponse.class, p.tree());
        object = r.objectItem();
        type = r.objectType();
        assertThat(r.managedObject().objectType()).as(p.where()).isEqualTo(type);
      } else {
        continue;
      }
      ManagedObject decoded = ManagedObjects.decode(type, object);
      assertThat(decoded).as(p.where()).isInstanceOf(ManagedObjects.recordType(type));
      assertThat(bytes(ManagedObjects.encode(decoded))).as(p.where()).isEqualTo(bytes(object));
      keyBlock(decoded).ifPresent(block -> readKeyValue(p.where(), block));
      counts.merge(type, 1, Integer::sum);
    }
    counts.forEach((type, n) -> System.out.println("managed object " + type.specName() + ": " + n));
    assertThat(counts)
        .containsKeys(
            ObjectType.SYMMETRIC_KEY,
            ObjectType.PUBLIC_KEY,
            ObjectType.PRIVATE_KEY,
            ObjectType.SECRET_DATA,
            ObjectType.OPAQUE_OBJECT,
            ObjectType.CERTIFICATE);
  }

  private static Optional<KeyBlock> keyBlock(ManagedObject object) {
    if (object instanceof SymmetricKey k) {
      return Optional.of(k.keyBlock());
    } else if (object instanceof PrivateKey k) {
      return Optional.of(k.keyBlock());
    } else if (object instanceof PublicKey k) {
      return Optional.of(k.keyBlock());
    } else if (object instanceof SecretData k) {
      return Optional.of(k.keyBlock());
    }
    return Optional.empty();
  }

  /** The Key Value reads in the form its Key Format Type and wrapping say. */
  private static void readKeyValue(String where, KeyBlock block) {
    try {
      if (block.isWrapped()) {
        assertThat(block.wrappedKeyValue()).as(where).isPresent();
        return;
      }
      assertThat(block.plaintextKeyValue()).as(where).isPresent();
      boolean encoded = block.keyMaterialBytes().isPresent();
      boolean transparent = block.transparentKeyMaterial().isPresent();
      assertThat(encoded ^ transparent).as(where + ": bytes or transparent structure").isTrue();
      if (transparent) {
        Record material = (Record) block.transparentKeyMaterial().orElseThrow();
        assertThat(bytes(TtlvBinder.encode(Tag.KEY_MATERIAL, material)))
            .as(where)
            .isEqualTo(bytes(block.plaintextKeyValue().orElseThrow().keyMaterial()));
      }
    } catch (KmipException e) {
      throw new AssertionError(where + ": " + e.getMessage(), e);
    }
  }

  @Test
  void structuredAttributeValuesDecodeAsTheirRecords() throws KmipException {
    Map<String, Integer> counts = new TreeMap<>();
    for (Payload p : payloads()) {
      for (Ttlv item : attributeItems(p.tree())) {
        Optional<Record> value = Attributes.decodeStructure(item);
        if (value.isPresent()) {
          assertThat(bytes(TtlvBinder.encode(item.tag(), value.get())))
              .as(p.where() + " " + item.tagName())
              .isEqualTo(bytes(item));
          counts.merge(item.tagName(), 1, Integer::sum);
        }
      }
    }
    counts.forEach((name, n) -> System.out.println("attribute value " + name + ": " + n));
    assertThat(counts)
        .containsKeys(
            "Name",
            "Link",
            "Digest",
            "CryptographicParameters",
            "ApplicationSpecificInformation",
            "AlternativeName",
            "RandomNumberGenerator",
            "UsageLimits");
  }

  /**
   * Every attribute of a payload in the 2.x form: the items of each Attributes-like structure, and
   * each 1.x Attribute converted.
   */
  private static List<Ttlv> attributeItems(Ttlv tree) throws KmipException {
    List<Ttlv> out = new ArrayList<>();
    collect(tree, out);
    return out;
  }

  private static void collect(Ttlv node, List<Ttlv> out) throws KmipException {
    if (!(node instanceof TtlvStructure s)) {
      return;
    }
    for (Ttlv child : s.children()) {
      int tag = child.tag();
      if (isAttributesLike(tag)) {
        out.addAll(((TtlvStructure) child).children());
      } else if (tag == Tag.ATTRIBUTE.code() && node.tag() != Tag.ATTRIBUTES.code()) {
        Attribute a = TtlvBinder.decode(Attribute.class, child);
        if (!a.attributeName().startsWith("x-") && !a.attributeName().startsWith("y-")) {
          out.add(AttributeConversion.toV2(a));
        }
      } else {
        collect(child, out);
      }
    }
  }

  private static boolean isAttributesLike(int tag) {
    return tag == Tag.ATTRIBUTES.code()
        || tag == Tag.COMMON_ATTRIBUTES.code()
        || tag == Tag.PRIVATE_KEY_ATTRIBUTES.code()
        || tag == Tag.PUBLIC_KEY_ATTRIBUTES.code()
        || tag == Tag.NEW_ATTRIBUTE.code()
        || tag == Tag.CURRENT_ATTRIBUTE.code();
  }

  @Test
  void attributesConvertBetweenVersionsAndBack() throws KmipException {
    int v1 = 0;
    int v2 = 0;
    int noV1Name = 0;
    for (Payload p : payloads()) {
      for (Ttlv node : structures(p.tree())) {
        if (node.tag() == Tag.TEMPLATE_ATTRIBUTE.code()
            || node.tag() == Tag.COMMON_TEMPLATE_ATTRIBUTE.code()
            || node.tag() == Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE.code()
            || node.tag() == Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE.code()) {
          TemplateAttribute original = TtlvBinder.decode(TemplateAttribute.class, node);
          Attributes converted = AttributeConversion.toV2(original);
          TemplateAttribute back = AttributeConversion.toTemplateAttribute(converted);
          assertThat(bytes(TtlvBinder.encode(node.tag(), back)))
              .as(p.where() + " " + node.tagName())
              .isEqualTo(bytes(node));
          v1++;
        } else if (isAttributesLike(node.tag())) {
          Attributes original = TtlvBinder.decode(Attributes.class, node);
          List<Attribute> converted;
          try {
            converted = AttributeConversion.toV1(original);
          } catch (KmipException e) {
            // Only a vendor attribute of a vendor other than "x" and "y" has no 1.x name.
            assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD);
            assertThat(e.getMessage()).as(p.where()).contains("has no KMIP 1.x name");
            noV1Name++;
            continue;
          }
          Attributes back = AttributeConversion.toV2(converted);
          assertThat(bytes(TtlvBinder.encode(node.tag(), back)))
              .as(p.where() + " " + node.tagName())
              .isEqualTo(bytes(node));
          v2++;
        }
      }
    }
    System.out.println(
        "converted: " + v1 + " 1.x sets, " + v2 + " 2.x sets, " + noV1Name + " without 1.x name");
    assertThat(v1).isPositive();
    assertThat(v2).isPositive();
  }

  private static List<Ttlv> structures(Ttlv tree) {
    List<Ttlv> out = new ArrayList<>();
    if (tree instanceof TtlvStructure s) {
      for (Ttlv child : s.children()) {
        if (child instanceof TtlvStructure) {
          out.add(child);
          out.addAll(structures(child));
        }
      }
    }
    return out;
  }
}
