package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.ProtectionStorageMasks;
import dev.arca.kmip.attribute.RngParameters;
import dev.arca.kmip.enums.ClientRegistrationMethod;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.DestroyAction;
import dev.arca.kmip.enums.DrbgAlgorithm;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.Operation;
import dev.arca.kmip.enums.ProfileName;
import dev.arca.kmip.enums.ProtectionStorageMask;
import dev.arca.kmip.enums.QueryFunction;
import dev.arca.kmip.enums.RngAlgorithm;
import dev.arca.kmip.enums.RngMode;
import dev.arca.kmip.payload.CapabilityInformation;
import dev.arca.kmip.payload.DefaultsInformation;
import dev.arca.kmip.payload.ObjectDefaults;
import dev.arca.kmip.payload.ProfileInformation;
import dev.arca.kmip.payload.QueryRequest;
import dev.arca.kmip.payload.QueryResponse;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.server.dispatch.OperationHandler;
import dev.arca.server.dispatch.RequestContext;
import dev.arca.server.dispatch.ServerInfo;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Query (KMIP 1.4 §4.25, KMIP 2.1 §6.1.40): what this server is and supports, for each Query
 * Function asked, in the request's version: only operations, object types, profiles and fields that
 * version defines.
 *
 * <p>Everything answered is true of Arca: the operations are those the dispatcher serves (given to
 * the constructor); the object types those the key service stores; no Application Namespace,
 * extension tag, attestation type or formal validation is claimed (a server "MAY elect to return no
 * validation information", 2.1 Table 281); the RNG is the crypto module's SP 800-90A HMAC_DRBG with
 * SHA-512, one instance shared by all clients; nothing is answered asynchronously or streamed; a
 * destroyed object keeps its metadata and loses its key material; key material is kept in software
 * protection storage. A profile is listed when every operation it needs is served.
 */
public final class QueryHandler implements OperationHandler<QueryRequest, QueryResponse> {

  /** The object types the key service registers, creates and serves (KMIP 2.1 §2). */
  private static final List<ObjectType> OBJECT_TYPES =
      List.of(
          ObjectType.CERTIFICATE,
          ObjectType.SYMMETRIC_KEY,
          ObjectType.PUBLIC_KEY,
          ObjectType.PRIVATE_KEY,
          ObjectType.SECRET_DATA,
          ObjectType.OPAQUE_OBJECT,
          ObjectType.CERTIFICATE_REQUEST);

  /** A server profile: its names in KMIP 1.3, 1.4 and 2.x and the operations it needs. */
  private record Profile(
      Optional<ProfileName> v13,
      Optional<ProfileName> v14,
      ProfileName v2,
      Set<Operation> operations) {}

  private static final List<Profile> PROFILES =
      List.of(
          new Profile(
              Optional.of(ProfileName.BASELINE_SERVER_TLS_V1_2_KMIP_V1_3),
              Optional.of(ProfileName.BASELINE_SERVER_TLS_V1_2_KMIP_V1_4),
              ProfileName.BASELINE_SERVER,
              EnumSet.of(
                  Operation.DISCOVER_VERSIONS,
                  Operation.QUERY,
                  Operation.CREATE,
                  Operation.REGISTER,
                  Operation.LOCATE,
                  Operation.GET,
                  Operation.GET_ATTRIBUTES,
                  Operation.GET_ATTRIBUTE_LIST,
                  Operation.ADD_ATTRIBUTE,
                  Operation.MODIFY_ATTRIBUTE,
                  Operation.DELETE_ATTRIBUTE,
                  Operation.ACTIVATE,
                  Operation.REVOKE,
                  Operation.DESTROY)),
          new Profile(
              Optional.of(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3),
              Optional.of(ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4),
              ProfileName.SYMMETRIC_KEY_LIFECYCLE_SERVER,
              EnumSet.of(
                  Operation.CREATE,
                  Operation.GET_ATTRIBUTES,
                  Operation.MODIFY_ATTRIBUTE,
                  Operation.ACTIVATE,
                  Operation.REVOKE,
                  Operation.DESTROY)),
          new Profile(
              Optional.of(ProfileName.SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_3),
              Optional.of(ProfileName.SYMMETRIC_KEY_FOUNDRY_SERVER_KMIP_V1_4),
              ProfileName.SYMMETRIC_KEY_FOUNDRY_SERVER,
              EnumSet.of(
                  Operation.CREATE,
                  Operation.LOCATE,
                  Operation.GET,
                  Operation.GET_ATTRIBUTES,
                  Operation.GET_ATTRIBUTE_LIST,
                  Operation.ADD_ATTRIBUTE,
                  Operation.MODIFY_ATTRIBUTE,
                  Operation.DELETE_ATTRIBUTE,
                  Operation.ACTIVATE,
                  Operation.REVOKE,
                  Operation.DESTROY)),
          new Profile(
              Optional.of(ProfileName.ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_3),
              Optional.of(ProfileName.ASYMMETRIC_KEY_LIFECYCLE_SERVER_KMIP_V1_4),
              ProfileName.ASYMMETRIC_KEY_LIFECYCLE_SERVER,
              EnumSet.of(
                  Operation.CREATE_KEY_PAIR,
                  Operation.GET_ATTRIBUTES,
                  Operation.MODIFY_ATTRIBUTE,
                  Operation.ACTIVATE,
                  Operation.REVOKE,
                  Operation.DESTROY)),
          new Profile(
              Optional.of(ProfileName.OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_3),
              Optional.of(ProfileName.OPAQUE_MANAGED_OBJECT_STORE_SERVER_KMIP_V1_4),
              ProfileName.OPAQUE_MANAGED_OBJECT_STORE_SERVER,
              EnumSet.of(Operation.REGISTER, Operation.GET, Operation.DESTROY)),
          new Profile(
              Optional.of(ProfileName.BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_3),
              Optional.of(ProfileName.BASIC_CRYPTOGRAPHIC_SERVER_KMIP_V1_4),
              ProfileName.BASIC_CRYPTOGRAPHIC_SERVER,
              EnumSet.of(Operation.ENCRYPT, Operation.DECRYPT)),
          new Profile(
              Optional.of(ProfileName.RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_3),
              Optional.of(ProfileName.RNG_CRYPTOGRAPHIC_SERVER_KMIP_V1_4),
              ProfileName.RNG_CRYPTOGRAPHIC_SERVER,
              EnumSet.of(Operation.RNG_RETRIEVE, Operation.RNG_SEED)));

  /** The crypto module's DRBG, which generates every key and random number (SP 800-90A). */
  private static final RngParameters RNG =
      new RngParameters(
          RngAlgorithm.DRBG,
          Optional.empty(),
          Optional.empty(),
          Optional.of(HashingAlgorithm.SHA_512),
          Optional.of(DrbgAlgorithm.HMAC),
          Optional.empty(),
          Optional.empty(),
          Optional.empty());

  private final List<Operation> operations;
  private final boolean batchUndo;

  /**
   * @param operations the operations the dispatcher serves
   * @param batchUndo whether the dispatcher can undo a batch (Batch Error Continuation Option Undo)
   */
  public QueryHandler(List<Operation> operations, boolean batchUndo) {
    List<Operation> sorted = new ArrayList<>(operations);
    sorted.sort(null);
    this.operations = List.copyOf(sorted);
    this.batchUndo = batchUndo;
  }

  @Override
  public Operation operation() {
    return Operation.QUERY;
  }

  @Override
  public Class<QueryRequest> requestType() {
    return QueryRequest.class;
  }

  @Override
  public QueryResponse handle(QueryRequest request, RequestContext context) throws KmipException {
    KmipVersion version = context.version();
    QueryResponse.Builder out = QueryResponse.builder();
    if (request.asks(QueryFunction.QUERY_OPERATIONS)) {
      out.operations(operations.stream().filter(op -> version.atLeast(op.since())).toList());
    }
    if (request.asks(QueryFunction.QUERY_OBJECTS)) {
      out.objectTypes(OBJECT_TYPES.stream().filter(t -> version.atLeast(t.since())).toList());
    }
    if (request.asks(QueryFunction.QUERY_SERVER_INFORMATION)) {
      ServerInfo server = context.server();
      out.vendorIdentification(server.vendor());
      out.serverInformation(version.isV2() ? serverInformation(server) : List.of());
    }
    if (request.asks(QueryFunction.QUERY_RNGS)) {
      out.rngParameters(List.of(RNG));
    }
    if (request.asks(QueryFunction.QUERY_PROFILES)) {
      out.profileInformation(profiles(version));
    }
    if (request.asks(QueryFunction.QUERY_CAPABILITIES)) {
      out.capabilityInformation(List.of(capabilities(version)));
    }
    if (request.asks(QueryFunction.QUERY_CLIENT_REGISTRATION_METHODS)) {
      // An administrator issues a client its key and certificate, or signs the client's own CSR.
      out.clientRegistrationMethods(
          List.of(
              ClientRegistrationMethod.SERVER_PRE_GENERATED,
              ClientRegistrationMethod.CLIENT_GENERATED));
    }
    if (version.isV2() && request.asks(QueryFunction.QUERY_DEFAULTS_INFORMATION)) {
      out.defaultsInformation(defaults());
    }
    if (version.isV2() && request.asks(QueryFunction.QUERY_STORAGE_PROTECTION_MASKS)) {
      out.protectionStorageMasks(ProtectionStorageMasks.of(ProtectionStorageMask.SOFTWARE.code()));
    }
    // Application Namespaces, Extension List and Map, Attestation Types and Validations: none.
    return out.build();
  }

  /** KMIP 2.1 §7.37 Server Information: the standard fields Arca can fill. */
  private static List<Ttlv> serverInformation(ServerInfo server) {
    return List.of(
        Ttlv.text(Tag.SERVER_NAME, server.node()),
        Ttlv.text(Tag.SERVER_VERSION, server.version()),
        Ttlv.text(Tag.PRODUCT_NAME, "Arca"));
  }

  private List<ProfileInformation> profiles(KmipVersion version) {
    List<ProfileInformation> out = new ArrayList<>();
    for (Profile p : PROFILES) {
      if (!operations.containsAll(p.operations())) {
        continue;
      }
      Optional<ProfileName> name =
          version.isV2()
              ? Optional.of(p.v2())
              : version == KmipVersion.V1_4
                  ? p.v14()
                  : version == KmipVersion.V1_3 ? p.v13() : Optional.empty();
      name.ifPresent(n -> out.add(ProfileInformation.of(n)));
    }
    return out;
  }

  private CapabilityInformation capabilities(KmipVersion version) {
    boolean batchOptions = version.atLeast(KmipVersion.V1_4);
    return new CapabilityInformation(
        Optional.of(false),
        Optional.of(false),
        Optional.of(false),
        batchOptions ? Optional.of(batchUndo) : Optional.empty(),
        batchOptions ? Optional.of(true) : Optional.empty(),
        Optional.empty(),
        Optional.of(DestroyAction.KEY_MATERIAL_DELETED),
        Optional.empty(),
        Optional.of(RngMode.SHARED_INSTANTIATION),
        version.isV2() ? Optional.of(false) : Optional.empty());
  }

  /** KMIP 2.1 §7.11: what Create uses when the client leaves algorithm and length out. */
  private static DefaultsInformation defaults() {
    return new DefaultsInformation(
        List.of(
            ObjectDefaults.of(
                ObjectType.SYMMETRIC_KEY,
                Attributes.of(
                    Ttlv.enumeration(
                        Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()),
                    Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256))),
            ObjectDefaults.of(
                ObjectType.SECRET_DATA,
                Attributes.of(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256)))));
  }
}
