package dev.arca.kmip.enums;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_1;
import static dev.arca.kmip.KmipVersion.V1_2;
import static dev.arca.kmip.KmipVersion.V1_4;
import static dev.arca.kmip.KmipVersion.V2_0;
import static dev.arca.kmip.KmipVersion.V2_1;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import java.util.Optional;

/** KMIP 1.0 §9.1.3.2.28, KMIP 2.1 §11.46 Result Reason Enumeration. */
public enum ResultReason implements KmipEnum {
  ITEM_NOT_FOUND(0x00000001, "Item Not Found", "ItemNotFound", V1_0),
  RESPONSE_TOO_LARGE(0x00000002, "Response Too Large", "ResponseTooLarge", V1_0),
  AUTHENTICATION_NOT_SUCCESSFUL(
      0x00000003, "Authentication Not Successful", "AuthenticationNotSuccessful", V1_0),
  INVALID_MESSAGE(0x00000004, "Invalid Message", "InvalidMessage", V1_0),
  OPERATION_NOT_SUPPORTED(0x00000005, "Operation Not Supported", "OperationNotSupported", V1_0),
  MISSING_DATA(0x00000006, "Missing Data", "MissingData", V1_0),
  INVALID_FIELD(0x00000007, "Invalid Field", "InvalidField", V1_0),
  FEATURE_NOT_SUPPORTED(0x00000008, "Feature Not Supported", "FeatureNotSupported", V1_0),
  OPERATION_CANCELED_BY_REQUESTER(
      0x00000009, "Operation Canceled By Requester", "OperationCanceledByRequester", V1_0),
  CRYPTOGRAPHIC_FAILURE(0x0000000A, "Cryptographic Failure", "CryptographicFailure", V1_0),
  // Removed in KMIP 2.0.
  ILLEGAL_OPERATION(0x0000000B, "Illegal Operation", "IllegalOperation", V1_0),

  PERMISSION_DENIED(0x0000000C, "Permission Denied", "PermissionDenied", V1_0),
  OBJECT_ARCHIVED(0x0000000D, "Object Archived", "ObjectArchived", V1_0),
  // Removed in KMIP 2.0.
  INDEX_OUT_OF_BOUNDS(0x0000000E, "Index Out of Bounds", "IndexOutOfBounds", V1_0),

  APPLICATION_NAMESPACE_NOT_SUPPORTED(
      0x0000000F, "Application Namespace Not Supported", "ApplicationNamespaceNotSupported", V1_0),
  KEY_FORMAT_TYPE_NOT_SUPPORTED(
      0x00000010, "Key Format Type Not Supported", "KeyFormatTypeNotSupported", V1_0),
  KEY_COMPRESSION_TYPE_NOT_SUPPORTED(
      0x00000011, "Key Compression Type Not Supported", "KeyCompressionTypeNotSupported", V1_0),
  ENCODING_OPTION_ERROR(0x00000012, "Encoding Option Error", "EncodingOptionError", V1_1),
  KEY_VALUE_NOT_PRESENT(0x00000013, "Key Value Not Present", "KeyValueNotPresent", V1_2),
  ATTESTATION_REQUIRED(0x00000014, "Attestation Required", "AttestationRequired", V1_2),
  ATTESTATION_FAILED(0x00000015, "Attestation Failed", "AttestationFailed", V1_2),
  SENSITIVE(0x00000016, "Sensitive", "Sensitive", V1_4),
  NOT_EXTRACTABLE(0x00000017, "Not Extractable", "NotExtractable", V1_4),
  OBJECT_ALREADY_EXISTS(0x00000018, "Object Already Exists", "ObjectAlreadyExists", V1_4),
  INVALID_TICKET(0x00000019, "Invalid Ticket", "InvalidTicket", V2_0),
  USAGE_LIMIT_EXCEEDED(0x0000001A, "Usage Limit Exceeded", "UsageLimitExceeded", V2_0),
  NUMERIC_RANGE(0x0000001B, "Numeric Range", "NumericRange", V2_0),
  INVALID_DATA_TYPE(0x0000001C, "Invalid Data Type", "InvalidDataType", V2_0),
  READ_ONLY_ATTRIBUTE(0x0000001D, "Read Only Attribute", "ReadOnlyAttribute", V2_0),
  MULTI_VALUED_ATTRIBUTE(0x0000001E, "Multi Valued Attribute", "MultiValuedAttribute", V2_0),
  UNSUPPORTED_ATTRIBUTE(0x0000001F, "Unsupported Attribute", "UnsupportedAttribute", V2_0),
  ATTRIBUTE_INSTANCE_NOT_FOUND(
      0x00000020, "Attribute Instance Not Found", "AttributeInstanceNotFound", V2_0),
  ATTRIBUTE_NOT_FOUND(0x00000021, "Attribute Not Found", "AttributeNotFound", V2_0),
  ATTRIBUTE_READ_ONLY(0x00000022, "Attribute Read Only", "AttributeReadOnly", V2_0),
  ATTRIBUTE_SINGLE_VALUED(0x00000023, "Attribute Single Valued", "AttributeSingleValued", V2_0),
  BAD_CRYPTOGRAPHIC_PARAMETERS(
      0x00000024, "Bad Cryptographic Parameters", "BadCryptographicParameters", V2_0),
  BAD_PASSWORD(0x00000025, "Bad Password", "BadPassword", V2_0),
  CODEC_ERROR(0x00000026, "Codec Error", "CodecError", V2_0),
  ILLEGAL_OBJECT_TYPE(0x00000028, "Illegal Object Type", "IllegalObjectType", V2_0),
  INCOMPATIBLE_CRYPTOGRAPHIC_USAGE_MASK(
      0x00000029,
      "Incompatible Cryptographic Usage Mask",
      "IncompatibleCryptographicUsageMask",
      V2_0),
  INTERNAL_SERVER_ERROR(0x0000002A, "Internal Server Error", "InternalServerError", V2_0),
  INVALID_ASYNCHRONOUS_CORRELATION_VALUE(
      0x0000002B,
      "Invalid Asynchronous Correlation Value",
      "InvalidAsynchronousCorrelationValue",
      V2_0),
  INVALID_ATTRIBUTE(0x0000002C, "Invalid Attribute", "InvalidAttribute", V2_0),
  INVALID_ATTRIBUTE_VALUE(0x0000002D, "Invalid Attribute Value", "InvalidAttributeValue", V2_0),
  INVALID_CORRELATION_VALUE(
      0x0000002E, "Invalid Correlation Value", "InvalidCorrelationValue", V2_0),
  INVALID_CSR(0x0000002F, "Invalid CSR", "InvalidCSR", V2_0),
  INVALID_OBJECT_TYPE(0x00000030, "Invalid Object Type", "InvalidObjectType", V2_0),
  KEY_WRAP_TYPE_NOT_SUPPORTED(
      0x00000032, "Key Wrap Type Not Supported", "KeyWrapTypeNotSupported", V2_0),
  MISSING_INITIALIZATION_VECTOR(
      0x00000034, "Missing Initialization Vector", "MissingInitializationVector", V2_0),
  NON_UNIQUE_NAME_ATTRIBUTE(
      0x00000035, "Non Unique Name Attribute", "NonUniqueNameAttribute", V2_0),
  OBJECT_DESTROYED(0x00000036, "Object Destroyed", "ObjectDestroyed", V2_0),
  OBJECT_NOT_FOUND(0x00000037, "Object Not Found", "ObjectNotFound", V2_0),
  NOT_AUTHORISED(0x00000039, "Not Authorised", "NotAuthorised", V2_0),
  SERVER_LIMIT_EXCEEDED(0x0000003A, "Server Limit Exceeded", "ServerLimitExceeded", V2_0),
  UNKNOWN_ENUMERATION(0x0000003B, "Unknown Enumeration", "UnknownEnumeration", V2_0),
  UNKNOWN_MESSAGE_EXTENSION(
      0x0000003C, "Unknown Message Extension", "UnknownMessageExtension", V2_0),
  UNKNOWN_TAG(0x0000003D, "Unknown Tag", "UnknownTag", V2_0),
  UNSUPPORTED_CRYPTOGRAPHIC_PARAMETERS(
      0x0000003E,
      "Unsupported Cryptographic Parameters",
      "UnsupportedCryptographicParameters",
      V2_0),
  UNSUPPORTED_PROTOCOL_VERSION(
      0x0000003F, "Unsupported Protocol Version", "UnsupportedProtocolVersion", V2_0),
  WRAPPING_OBJECT_ARCHIVED(0x00000040, "Wrapping Object Archived", "WrappingObjectArchived", V2_0),
  WRAPPING_OBJECT_DESTROYED(
      0x00000041, "Wrapping Object Destroyed", "WrappingObjectDestroyed", V2_0),
  WRAPPING_OBJECT_NOT_FOUND(
      0x00000042, "Wrapping Object Not Found", "WrappingObjectNotFound", V2_0),
  WRONG_KEY_LIFECYCLE_STATE(
      0x00000043, "Wrong Key Lifecycle State", "WrongKeyLifecycleState", V2_0),
  PROTECTION_STORAGE_UNAVAILABLE(
      0x00000044, "Protection Storage Unavailable", "ProtectionStorageUnavailable", V2_0),
  PKCS_11_CODEC_ERROR(0x00000045, "PKCS#11 Codec Error", "PKCS_11CodecError", V2_0),
  PKCS_11_INVALID_FUNCTION(0x00000046, "PKCS#11 Invalid Function", "PKCS_11InvalidFunction", V2_0),
  PKCS_11_INVALID_INTERFACE(
      0x00000047, "PKCS#11 Invalid Interface", "PKCS_11InvalidInterface", V2_0),
  PRIVATE_PROTECTION_STORAGE_UNAVAILABLE(
      0x00000048,
      "Private Protection Storage Unavailable",
      "PrivateProtectionStorageUnavailable",
      V2_0),
  PUBLIC_PROTECTION_STORAGE_UNAVAILABLE(
      0x00000049,
      "Public Protection Storage Unavailable",
      "PublicProtectionStorageUnavailable",
      V2_0),
  UNKNOWN_OBJECT_GROUP(0x0000004A, "Unknown Object Group", "UnknownObjectGroup", V2_1),
  CONSTRAINT_VIOLATION(0x0000004B, "Constraint Violation", "ConstraintViolation", V2_1),
  DUPLICATE_PROCESS_REQUEST(
      0x0000004C, "Duplicate Process Request", "DuplicateProcessRequest", V2_1),
  GENERAL_FAILURE(0x00000100, "General Failure", "GeneralFailure", V1_0);

  private static final EnumLookup<ResultReason> LOOKUP = EnumLookup.of("Result Reason", values());

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;

  ResultReason(int code, String specName, String encodingName, KmipVersion since) {
    this.code = code;
    this.specName = specName;
    this.encodingName = encodingName;
    this.since = since;
  }

  @Override
  public int code() {
    return code;
  }

  @Override
  public String specName() {
    return specName;
  }

  @Override
  public String encodingName() {
    return encodingName;
  }

  @Override
  public KmipVersion since() {
    return since;
  }

  public static ResultReason fromCode(int code) throws KmipException {
    return LOOKUP.fromCode(code);
  }

  public static Optional<ResultReason> find(int code) {
    return LOOKUP.find(code);
  }

  public static Optional<ResultReason> fromEncodingName(String name) {
    return LOOKUP.fromEncodingName(name);
  }
}
