package dev.arca.kmip.payload;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Which payload record each operation's request and response use, and decoding by operation: the
 * one table between the Operation of a batch item and the shape of its payload.
 */
public final class Payloads {

  private record Pair(
      Class<? extends RequestPayload> request, Class<? extends ResponsePayload> response) {}

  private static final Map<Operation, Pair> TABLE = new EnumMap<>(Operation.class);

  static {
    put(Operation.DISCOVER_VERSIONS, DiscoverVersionsRequest.class, DiscoverVersionsResponse.class);
    put(Operation.QUERY, QueryRequest.class, QueryResponse.class);
    put(Operation.CREATE, CreateRequest.class, CreateResponse.class);
    put(Operation.CREATE_KEY_PAIR, CreateKeyPairRequest.class, CreateKeyPairResponse.class);
    put(Operation.REGISTER, RegisterRequest.class, RegisterResponse.class);
    put(Operation.RE_KEY, ReKeyRequest.class, ReKeyResponse.class);
    put(Operation.RE_KEY_KEY_PAIR, ReKeyKeyPairRequest.class, ReKeyKeyPairResponse.class);
    put(Operation.DERIVE_KEY, DeriveKeyRequest.class, DeriveKeyResponse.class);
    put(Operation.CERTIFY, CertifyRequest.class, CertifyResponse.class);
    put(Operation.LOCATE, LocateRequest.class, LocateResponse.class);
    put(Operation.CHECK, CheckRequest.class, CheckResponse.class);
    put(Operation.GET, GetRequest.class, GetResponse.class);
    put(Operation.GET_ATTRIBUTES, GetAttributesRequest.class, GetAttributesResponse.class);
    put(
        Operation.GET_ATTRIBUTE_LIST,
        GetAttributeListRequest.class,
        GetAttributeListResponse.class);
    put(Operation.ADD_ATTRIBUTE, AddAttributeRequest.class, AddAttributeResponse.class);
    put(Operation.MODIFY_ATTRIBUTE, ModifyAttributeRequest.class, ModifyAttributeResponse.class);
    put(Operation.DELETE_ATTRIBUTE, DeleteAttributeRequest.class, DeleteAttributeResponse.class);
    put(Operation.SET_ATTRIBUTE, SetAttributeRequest.class, SetAttributeResponse.class);
    put(Operation.ACTIVATE, ActivateRequest.class, ActivateResponse.class);
    put(Operation.REVOKE, RevokeRequest.class, RevokeResponse.class);
    put(Operation.DESTROY, DestroyRequest.class, DestroyResponse.class);
    put(Operation.ARCHIVE, ArchiveRequest.class, ArchiveResponse.class);
    put(Operation.RECOVER, RecoverRequest.class, RecoverResponse.class);
    put(
        Operation.GET_USAGE_ALLOCATION,
        GetUsageAllocationRequest.class,
        GetUsageAllocationResponse.class);
    put(Operation.OBTAIN_LEASE, ObtainLeaseRequest.class, ObtainLeaseResponse.class);
    put(Operation.ENCRYPT, EncryptRequest.class, EncryptResponse.class);
    put(Operation.DECRYPT, DecryptRequest.class, DecryptResponse.class);
    put(Operation.SIGN, SignRequest.class, SignResponse.class);
    put(Operation.SIGNATURE_VERIFY, SignatureVerifyRequest.class, SignatureVerifyResponse.class);
    put(Operation.MAC, MacRequest.class, MacResponse.class);
    put(Operation.MAC_VERIFY, MacVerifyRequest.class, MacVerifyResponse.class);
    put(Operation.RNG_RETRIEVE, RngRetrieveRequest.class, RngRetrieveResponse.class);
    put(Operation.RNG_SEED, RngSeedRequest.class, RngSeedResponse.class);
    put(Operation.HASH, HashRequest.class, HashResponse.class);
    put(Operation.POLL, PollRequest.class, PollResponse.class);
    put(Operation.CANCEL, CancelRequest.class, CancelResponse.class);
    put(Operation.LOG, LogRequest.class, LogResponse.class);
    put(Operation.INTEROP, InteropRequest.class, InteropResponse.class);
  }

  private static void put(
      Operation op,
      Class<? extends RequestPayload> request,
      Class<? extends ResponsePayload> response) {
    if (TABLE.put(op, new Pair(request, response)) != null) {
      throw new ExceptionInInitializerError("payloads bound twice for " + op);
    }
  }

  private Payloads() {}

  /** The operations with typed payloads. */
  public static Set<Operation> operations() {
    return Collections.unmodifiableSet(TABLE.keySet());
  }

  public static Optional<Class<? extends RequestPayload>> requestType(Operation op) {
    Pair p = TABLE.get(op);
    return p == null ? Optional.empty() : Optional.of(p.request());
  }

  public static Optional<Class<? extends ResponsePayload>> responseType(Operation op) {
    Pair p = TABLE.get(op);
    return p == null ? Optional.empty() : Optional.of(p.response());
  }

  /**
   * Decodes the request payload of {@code op}.
   *
   * @throws KmipException Operation Not Supported for an operation without a typed payload; Invalid
   *     Message or Invalid Field for a payload that does not fit the operation
   */
  public static RequestPayload request(Operation op, Ttlv payload) throws KmipException {
    Pair p = TABLE.get(op);
    if (p == null) {
      throw new KmipException(
          ResultReason.OPERATION_NOT_SUPPORTED, op.specName() + " is not supported");
    }
    return decode(p.request(), payload);
  }

  /** Decodes the response payload of {@code op}. */
  public static ResponsePayload response(Operation op, Ttlv payload) throws KmipException {
    Pair p = TABLE.get(op);
    if (p == null) {
      throw new KmipException(
          ResultReason.OPERATION_NOT_SUPPORTED, op.specName() + " is not supported");
    }
    return decode(p.response(), payload);
  }

  private static <T> T decode(Class<T> type, Ttlv payload) throws KmipException {
    return type.cast(TtlvBinder.decode(type.asSubclass(Record.class), payload));
  }

  /** The Request Payload structure of {@code payload}. */
  public static TtlvStructure encode(RequestPayload payload) {
    return TtlvBinder.encode(Tag.REQUEST_PAYLOAD, (Record) payload);
  }

  /** The Response Payload structure of {@code payload}. */
  public static TtlvStructure encode(ResponsePayload payload) {
    return TtlvBinder.encode(Tag.RESPONSE_PAYLOAD, (Record) payload);
  }
}
