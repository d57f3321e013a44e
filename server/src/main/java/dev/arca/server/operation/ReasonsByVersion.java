package dev.arca.server.operation;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.enums.ResultReason;
import java.util.EnumMap;
import java.util.Map;

/**
 * The result reason a KMIP 1.x client gets for a reason its version does not define.
 *
 * <p>The key service reports failures with the reasons of KMIP 2.1 (§11.46), which added more
 * precise ones than 1.x had. A 1.x client must only see the reasons of its version (1.4
 * §9.1.3.2.28), so each newer reason maps to the one the 1.x error tables (1.4 §11) name for the
 * same condition: a read-only attribute is Permission Denied (Table 341, 342, 343), a second value
 * of a single-valued attribute is Illegal Operation (Table 341), a missing attribute instance is
 * Item Not Found (Table 342, 343), a name in use is Invalid Field (Table 328) or Illegal Operation
 * (Table 341), a key in the wrong state is Permission Denied (Table 346, 348). One table, so that
 * every handler answers a 1.x client the same way.
 */
public final class ReasonsByVersion {

  private static final Map<ResultReason, ResultReason> FOR_V1 = new EnumMap<>(ResultReason.class);

  static {
    v1(ResultReason.ATTRIBUTE_READ_ONLY, ResultReason.PERMISSION_DENIED);
    v1(ResultReason.READ_ONLY_ATTRIBUTE, ResultReason.PERMISSION_DENIED);
    v1(ResultReason.ATTRIBUTE_SINGLE_VALUED, ResultReason.ILLEGAL_OPERATION);
    v1(ResultReason.MULTI_VALUED_ATTRIBUTE, ResultReason.ILLEGAL_OPERATION);
    v1(ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND, ResultReason.ITEM_NOT_FOUND);
    v1(ResultReason.ATTRIBUTE_NOT_FOUND, ResultReason.ITEM_NOT_FOUND);
    v1(ResultReason.OBJECT_NOT_FOUND, ResultReason.ITEM_NOT_FOUND);
    v1(ResultReason.WRAPPING_OBJECT_NOT_FOUND, ResultReason.ITEM_NOT_FOUND);
    v1(ResultReason.WRAPPING_OBJECT_ARCHIVED, ResultReason.OBJECT_ARCHIVED);
    v1(ResultReason.WRAPPING_OBJECT_DESTROYED, ResultReason.PERMISSION_DENIED);
    v1(ResultReason.OBJECT_DESTROYED, ResultReason.PERMISSION_DENIED);
    v1(ResultReason.WRONG_KEY_LIFECYCLE_STATE, ResultReason.PERMISSION_DENIED);
    v1(ResultReason.INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK, ResultReason.PERMISSION_DENIED);
    v1(ResultReason.USAGE_LIMIT_EXCEEDED, ResultReason.PERMISSION_DENIED);
    v1(ResultReason.NOT_AUTHORISED, ResultReason.PERMISSION_DENIED);
    v1(ResultReason.NON_UNIQUE_NAME_ATTRIBUTE, ResultReason.INVALID_FIELD);
    v1(ResultReason.INVALID_ATTRIBUTE, ResultReason.INVALID_FIELD);
    v1(ResultReason.INVALID_ATTRIBUTE_VALUE, ResultReason.INVALID_FIELD);
    v1(ResultReason.UNSUPPORTED_ATTRIBUTE, ResultReason.INVALID_FIELD);
    v1(ResultReason.INVALID_DATA_TYPE, ResultReason.INVALID_FIELD);
    v1(ResultReason.NUMERIC_RANGE, ResultReason.INVALID_FIELD);
    v1(ResultReason.UNKNOWN_ENUMERATION, ResultReason.INVALID_FIELD);
    v1(ResultReason.UNKNOWN_TAG, ResultReason.INVALID_FIELD);
    v1(ResultReason.INVALID_OBJECT_TYPE, ResultReason.INVALID_FIELD);
    v1(ResultReason.ILLEGAL_OBJECT_TYPE, ResultReason.ILLEGAL_OPERATION);
    v1(ResultReason.BAD_CRYPTOGRAPHIC_PARAMETERS, ResultReason.INVALID_FIELD);
    v1(ResultReason.UNSUPPORTED_CRYPTOGRAPHIC_PARAMETERS, ResultReason.INVALID_FIELD);
    v1(ResultReason.MISSING_INITIALIZATION_VECTOR, ResultReason.INVALID_FIELD);
    v1(ResultReason.INVALID_CSR, ResultReason.INVALID_FIELD);
    v1(ResultReason.INVALID_CORRELATION_VALUE, ResultReason.ITEM_NOT_FOUND);
    v1(ResultReason.INVALID_ASYNCHRONOUS_CORRELATION_VALUE, ResultReason.ITEM_NOT_FOUND);
    v1(ResultReason.KEY_WRAP_TYPE_NOT_SUPPORTED, ResultReason.FEATURE_NOT_SUPPORTED);
    v1(ResultReason.UNKNOWN_MESSAGE_EXTENSION, ResultReason.FEATURE_NOT_SUPPORTED);
    v1(ResultReason.UNSUPPORTED_PROTOCOL_VERSION, ResultReason.INVALID_MESSAGE);
    v1(ResultReason.CODEC_ERROR, ResultReason.INVALID_MESSAGE);
    v1(ResultReason.SERVER_LIMIT_EXCEEDED, ResultReason.INDEX_OUT_OF_BOUNDS);
    v1(ResultReason.CONSTRAINT_VIOLATION, ResultReason.INVALID_FIELD);
    v1(ResultReason.UNKNOWN_OBJECT_GROUP, ResultReason.INVALID_FIELD);
    v1(ResultReason.BAD_PASSWORD, ResultReason.AUTHENTICATION_NOT_SUCCESSFUL);
    v1(ResultReason.INVALID_TICKET, ResultReason.PERMISSION_DENIED);
    v1(ResultReason.PROTECTION_STORAGE_UNAVAILABLE, ResultReason.FEATURE_NOT_SUPPORTED);
    v1(ResultReason.PRIVATE_PROTECTION_STORAGE_UNAVAILABLE, ResultReason.FEATURE_NOT_SUPPORTED);
    v1(ResultReason.PUBLIC_PROTECTION_STORAGE_UNAVAILABLE, ResultReason.FEATURE_NOT_SUPPORTED);
    v1(ResultReason.DUPLICATE_PROCESS_REQUEST, ResultReason.INVALID_MESSAGE);
    v1(ResultReason.INTERNAL_SERVER_ERROR, ResultReason.GENERAL_FAILURE);
    v1(ResultReason.PKCS_11_CODEC_ERROR, ResultReason.OPERATION_NOT_SUPPORTED);
    v1(ResultReason.PKCS_11_INVALID_FUNCTION, ResultReason.OPERATION_NOT_SUPPORTED);
    v1(ResultReason.PKCS_11_INVALID_INTERFACE, ResultReason.OPERATION_NOT_SUPPORTED);
    // Added in 1.4: clients of 1.0 to 1.3 get the reason those versions give a refused Get.
    v1(ResultReason.SENSITIVE, ResultReason.PERMISSION_DENIED);
    v1(ResultReason.NOT_EXTRACTABLE, ResultReason.PERMISSION_DENIED);
    v1(ResultReason.OBJECT_ALREADY_EXISTS, ResultReason.INVALID_FIELD);
    // Added in 1.1 and 1.2.
    v1(ResultReason.ENCODING_OPTION_ERROR, ResultReason.INVALID_FIELD);
    v1(ResultReason.KEY_VALUE_NOT_PRESENT, ResultReason.ITEM_NOT_FOUND);
    v1(ResultReason.ATTESTATION_REQUIRED, ResultReason.PERMISSION_DENIED);
    v1(ResultReason.ATTESTATION_FAILED, ResultReason.PERMISSION_DENIED);
    for (ResultReason r : ResultReason.values()) {
      if (!r.since().isV2() && r.since() != KmipVersion.V1_0 && !FOR_V1.containsKey(r)) {
        throw new ExceptionInInitializerError("no 1.0 reason for " + r.specName());
      }
      if (r.since().isV2() && !FOR_V1.containsKey(r)) {
        throw new ExceptionInInitializerError("no 1.x reason for " + r.specName());
      }
    }
  }

  private static final Map<ResultReason, ResultReason> FOR_V2 =
      Map.of(ResultReason.ITEM_NOT_FOUND, ResultReason.OBJECT_NOT_FOUND);

  private static void v1(ResultReason newer, ResultReason older) {
    if (older.since() != KmipVersion.V1_0 || FOR_V1.put(newer, older) != null) {
      throw new ExceptionInInitializerError("bad mapping for " + newer.specName());
    }
  }

  private ReasonsByVersion() {}

  /** The reason a client of {@code version} gets for {@code reason}. */
  public static ResultReason forVersion(ResultReason reason, KmipVersion version) {
    ResultReason r = version.isV2() ? FOR_V2.getOrDefault(reason, reason) : reason;
    while (!version.atLeast(r.since())) {
      r = FOR_V1.getOrDefault(r, ResultReason.GENERAL_FAILURE);
    }
    return r;
  }

  /** {@code e} with the reason of {@code version}; {@code e} itself when it already has one. */
  public static KmipException forVersion(KmipException e, KmipVersion version) {
    ResultReason r = forVersion(e.reason(), version);
    return r == e.reason() ? e : new KmipException(r, e.getMessage(), e);
  }
}
