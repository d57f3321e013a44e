package dev.arca.kmip;

import static dev.arca.kmip.KmipVersion.V1_0;
import static dev.arca.kmip.KmipVersion.V1_1;
import static dev.arca.kmip.KmipVersion.V1_2;
import static dev.arca.kmip.KmipVersion.V1_3;
import static dev.arca.kmip.KmipVersion.V1_4;
import static dev.arca.kmip.KmipVersion.V2_0;
import static dev.arca.kmip.KmipVersion.V2_1;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * KMIP 2.1 §11.56 Tag Enumeration, KMIP 1.4 §9.1.3.1 Tags: every tag 0x42xxxx that KMIP 1.0 to 2.1
 * define, including the 1.x tags that 2.0 reserves ({@link #removedIn()}).
 *
 * <p>Extension tags (0x540000 to 0x54FFFF) are not constants; the codecs carry them as raw ints.
 */
public enum Tag implements KmipEnum {
  ACTIVATION_DATE(0x420001, "Activation Date", "ActivationDate", V1_0),
  APPLICATION_DATA(0x420002, "Application Data", "ApplicationData", V1_0),
  APPLICATION_NAMESPACE(0x420003, "Application Namespace", "ApplicationNamespace", V1_0),
  APPLICATION_SPECIFIC_INFORMATION(
      0x420004, "Application Specific Information", "ApplicationSpecificInformation", V1_0),
  ARCHIVE_DATE(0x420005, "Archive Date", "ArchiveDate", V1_0),
  ASYNCHRONOUS_CORRELATION_VALUE(
      0x420006, "Asynchronous Correlation Value", "AsynchronousCorrelationValue", V1_0),
  ASYNCHRONOUS_INDICATOR(0x420007, "Asynchronous Indicator", "AsynchronousIndicator", V1_0),
  ATTRIBUTE(0x420008, "Attribute", "Attribute", V1_0),
  ATTRIBUTE_INDEX(0x420009, "Attribute Index", "AttributeIndex", V1_0, V2_0),
  ATTRIBUTE_NAME(0x42000A, "Attribute Name", "AttributeName", V1_0),
  ATTRIBUTE_VALUE(0x42000B, "Attribute Value", "AttributeValue", V1_0),
  AUTHENTICATION(0x42000C, "Authentication", "Authentication", V1_0),
  BATCH_COUNT(0x42000D, "Batch Count", "BatchCount", V1_0),
  BATCH_ERROR_CONTINUATION_OPTION(
      0x42000E, "Batch Error Continuation Option", "BatchErrorContinuationOption", V1_0),
  BATCH_ITEM(0x42000F, "Batch Item", "BatchItem", V1_0),
  BATCH_ORDER_OPTION(0x420010, "Batch Order Option", "BatchOrderOption", V1_0),
  BLOCK_CIPHER_MODE(0x420011, "Block Cipher Mode", "BlockCipherMode", V1_0),
  CANCELLATION_RESULT(0x420012, "Cancellation Result", "CancellationResult", V1_0),
  CERTIFICATE(0x420013, "Certificate", "Certificate", V1_0),
  CERTIFICATE_IDENTIFIER(0x420014, "Certificate Identifier", "CertificateIdentifier", V1_0, V2_0),
  CERTIFICATE_ISSUER(0x420015, "Certificate Issuer", "CertificateIssuer", V1_0, V2_0),
  CERTIFICATE_ISSUER_ALTERNATIVE_NAME(
      0x420016,
      "Certificate Issuer Alternative Name",
      "CertificateIssuerAlternativeName",
      V1_0,
      V2_0),
  CERTIFICATE_ISSUER_DISTINGUISHED_NAME(
      0x420017,
      "Certificate Issuer Distinguished Name",
      "CertificateIssuerDistinguishedName",
      V1_0,
      V2_0),
  CERTIFICATE_REQUEST(0x420018, "Certificate Request", "CertificateRequest", V1_0),
  CERTIFICATE_REQUEST_TYPE(0x420019, "Certificate Request Type", "CertificateRequestType", V1_0),
  CERTIFICATE_SUBJECT(0x42001A, "Certificate Subject", "CertificateSubject", V1_0, V2_0),
  CERTIFICATE_SUBJECT_ALTERNATIVE_NAME(
      0x42001B,
      "Certificate Subject Alternative Name",
      "CertificateSubjectAlternativeName",
      V1_0,
      V2_0),
  CERTIFICATE_SUBJECT_DISTINGUISHED_NAME(
      0x42001C,
      "Certificate Subject Distinguished Name",
      "CertificateSubjectDistinguishedName",
      V1_0,
      V2_0),
  CERTIFICATE_TYPE(0x42001D, "Certificate Type", "CertificateType", V1_0),
  CERTIFICATE_VALUE(0x42001E, "Certificate Value", "CertificateValue", V1_0),
  COMMON_TEMPLATE_ATTRIBUTE(
      0x42001F, "Common Template-Attribute", "CommonTemplateAttribute", V1_0, V2_0),
  COMPROMISE_DATE(0x420020, "Compromise Date", "CompromiseDate", V1_0),
  COMPROMISE_OCCURRENCE_DATE(
      0x420021, "Compromise Occurrence Date", "CompromiseOccurrenceDate", V1_0),
  CONTACT_INFORMATION(0x420022, "Contact Information", "ContactInformation", V1_0),
  CREDENTIAL(0x420023, "Credential", "Credential", V1_0),
  CREDENTIAL_TYPE(0x420024, "Credential Type", "CredentialType", V1_0),
  CREDENTIAL_VALUE(0x420025, "Credential Value", "CredentialValue", V1_0),
  CRITICALITY_INDICATOR(0x420026, "Criticality Indicator", "CriticalityIndicator", V1_0),
  CRT_COEFFICIENT(0x420027, "CRT Coefficient", "CRTCoefficient", V1_0),
  CRYPTOGRAPHIC_ALGORITHM(0x420028, "Cryptographic Algorithm", "CryptographicAlgorithm", V1_0),
  CRYPTOGRAPHIC_DOMAIN_PARAMETERS(
      0x420029, "Cryptographic Domain Parameters", "CryptographicDomainParameters", V1_0),
  CRYPTOGRAPHIC_LENGTH(0x42002A, "Cryptographic Length", "CryptographicLength", V1_0),
  CRYPTOGRAPHIC_PARAMETERS(0x42002B, "Cryptographic Parameters", "CryptographicParameters", V1_0),
  CRYPTOGRAPHIC_USAGE_MASK(0x42002C, "Cryptographic Usage Mask", "CryptographicUsageMask", V1_0),
  CUSTOM_ATTRIBUTE(0x42002D, "Custom Attribute", "CustomAttribute", V1_0, V2_0),
  D(0x42002E, "D", "D", V1_0),
  DEACTIVATION_DATE(0x42002F, "Deactivation Date", "DeactivationDate", V1_0),
  DERIVATION_DATA(0x420030, "Derivation Data", "DerivationData", V1_0),
  DERIVATION_METHOD(0x420031, "Derivation Method", "DerivationMethod", V1_0),
  DERIVATION_PARAMETERS(0x420032, "Derivation Parameters", "DerivationParameters", V1_0),
  DESTROY_DATE(0x420033, "Destroy Date", "DestroyDate", V1_0),
  DIGEST(0x420034, "Digest", "Digest", V1_0),
  DIGEST_VALUE(0x420035, "Digest Value", "DigestValue", V1_0),
  ENCRYPTION_KEY_INFORMATION(
      0x420036, "Encryption Key Information", "EncryptionKeyInformation", V1_0),
  G(0x420037, "G", "G", V1_0),
  HASHING_ALGORITHM(0x420038, "Hashing Algorithm", "HashingAlgorithm", V1_0),
  INITIAL_DATE(0x420039, "Initial Date", "InitialDate", V1_0),
  INITIALIZATION_VECTOR(0x42003A, "Initialization Vector", "InitializationVector", V1_0),
  ISSUER(0x42003B, "Issuer", "Issuer", V1_0, V2_0),
  ITERATION_COUNT(0x42003C, "Iteration Count", "IterationCount", V1_0),
  IV_COUNTER_NONCE(0x42003D, "IV/Counter/Nonce", "IVCounterNonce", V1_0),
  J(0x42003E, "J", "J", V1_0),
  KEY(0x42003F, "Key", "Key", V1_0),
  KEY_BLOCK(0x420040, "Key Block", "KeyBlock", V1_0),
  KEY_COMPRESSION_TYPE(0x420041, "Key Compression Type", "KeyCompressionType", V1_0),
  KEY_FORMAT_TYPE(0x420042, "Key Format Type", "KeyFormatType", V1_0),
  KEY_MATERIAL(0x420043, "Key Material", "KeyMaterial", V1_0),
  KEY_PART_IDENTIFIER(0x420044, "Key Part Identifier", "KeyPartIdentifier", V1_0),
  KEY_VALUE(0x420045, "Key Value", "KeyValue", V1_0),
  KEY_WRAPPING_DATA(0x420046, "Key Wrapping Data", "KeyWrappingData", V1_0),
  KEY_WRAPPING_SPECIFICATION(
      0x420047, "Key Wrapping Specification", "KeyWrappingSpecification", V1_0),
  LAST_CHANGE_DATE(0x420048, "Last Change Date", "LastChangeDate", V1_0),
  LEASE_TIME(0x420049, "Lease Time", "LeaseTime", V1_0),
  LINK(0x42004A, "Link", "Link", V1_0),
  LINK_TYPE(0x42004B, "Link Type", "LinkType", V1_0),
  LINKED_OBJECT_IDENTIFIER(0x42004C, "Linked Object Identifier", "LinkedObjectIdentifier", V1_0),
  MAC_SIGNATURE(0x42004D, "MAC/Signature", "MACSignature", V1_0),
  MAC_SIGNATURE_KEY_INFORMATION(
      0x42004E, "MAC/Signature Key Information", "MACSignatureKeyInformation", V1_0),
  MAXIMUM_ITEMS(0x42004F, "Maximum Items", "MaximumItems", V1_0),
  MAXIMUM_RESPONSE_SIZE(0x420050, "Maximum Response Size", "MaximumResponseSize", V1_0),
  MESSAGE_EXTENSION(0x420051, "Message Extension", "MessageExtension", V1_0),
  MODULUS(0x420052, "Modulus", "Modulus", V1_0),
  NAME(0x420053, "Name", "Name", V1_0),
  NAME_TYPE(0x420054, "Name Type", "NameType", V1_0),
  NAME_VALUE(0x420055, "Name Value", "NameValue", V1_0),
  OBJECT_GROUP(0x420056, "Object Group", "ObjectGroup", V1_0),
  OBJECT_TYPE(0x420057, "Object Type", "ObjectType", V1_0),
  OFFSET(0x420058, "Offset", "Offset", V1_0),
  OPAQUE_DATA_TYPE(0x420059, "Opaque Data Type", "OpaqueDataType", V1_0),
  OPAQUE_DATA_VALUE(0x42005A, "Opaque Data Value", "OpaqueDataValue", V1_0),
  OPAQUE_OBJECT(0x42005B, "Opaque Object", "OpaqueObject", V1_0),
  OPERATION(0x42005C, "Operation", "Operation", V1_0),
  OPERATION_POLICY_NAME(0x42005D, "Operation Policy Name", "OperationPolicyName", V1_0, V2_0),
  P(0x42005E, "P", "P", V1_0),
  PADDING_METHOD(0x42005F, "Padding Method", "PaddingMethod", V1_0),
  PRIME_EXPONENT_P(0x420060, "Prime Exponent P", "PrimeExponentP", V1_0),
  PRIME_EXPONENT_Q(0x420061, "Prime Exponent Q", "PrimeExponentQ", V1_0),
  PRIME_FIELD_SIZE(0x420062, "Prime Field Size", "PrimeFieldSize", V1_0),
  PRIVATE_EXPONENT(0x420063, "Private Exponent", "PrivateExponent", V1_0),
  PRIVATE_KEY(0x420064, "Private Key", "PrivateKey", V1_0),
  PRIVATE_KEY_TEMPLATE_ATTRIBUTE(
      0x420065, "Private Key Template-Attribute", "PrivateKeyTemplateAttribute", V1_0, V2_0),
  PRIVATE_KEY_UNIQUE_IDENTIFIER(
      0x420066, "Private Key Unique Identifier", "PrivateKeyUniqueIdentifier", V1_0),
  PROCESS_START_DATE(0x420067, "Process Start Date", "ProcessStartDate", V1_0),
  PROTECT_STOP_DATE(0x420068, "Protect Stop Date", "ProtectStopDate", V1_0),
  PROTOCOL_VERSION(0x420069, "Protocol Version", "ProtocolVersion", V1_0),
  PROTOCOL_VERSION_MAJOR(0x42006A, "Protocol Version Major", "ProtocolVersionMajor", V1_0),
  PROTOCOL_VERSION_MINOR(0x42006B, "Protocol Version Minor", "ProtocolVersionMinor", V1_0),
  PUBLIC_EXPONENT(0x42006C, "Public Exponent", "PublicExponent", V1_0),
  PUBLIC_KEY(0x42006D, "Public Key", "PublicKey", V1_0),
  PUBLIC_KEY_TEMPLATE_ATTRIBUTE(
      0x42006E, "Public Key Template-Attribute", "PublicKeyTemplateAttribute", V1_0, V2_0),
  PUBLIC_KEY_UNIQUE_IDENTIFIER(
      0x42006F, "Public Key Unique Identifier", "PublicKeyUniqueIdentifier", V1_0),
  PUT_FUNCTION(0x420070, "Put Function", "PutFunction", V1_0),
  Q(0x420071, "Q", "Q", V1_0),
  Q_STRING(0x420072, "Q String", "QString", V1_0),
  QLENGTH(0x420073, "Qlength", "Qlength", V1_0),
  QUERY_FUNCTION(0x420074, "Query Function", "QueryFunction", V1_0),
  RECOMMENDED_CURVE(0x420075, "Recommended Curve", "RecommendedCurve", V1_0),
  REPLACED_UNIQUE_IDENTIFIER(
      0x420076, "Replaced Unique Identifier", "ReplacedUniqueIdentifier", V1_0),
  REQUEST_HEADER(0x420077, "Request Header", "RequestHeader", V1_0),
  REQUEST_MESSAGE(0x420078, "Request Message", "RequestMessage", V1_0),
  REQUEST_PAYLOAD(0x420079, "Request Payload", "RequestPayload", V1_0),
  RESPONSE_HEADER(0x42007A, "Response Header", "ResponseHeader", V1_0),
  RESPONSE_MESSAGE(0x42007B, "Response Message", "ResponseMessage", V1_0),
  RESPONSE_PAYLOAD(0x42007C, "Response Payload", "ResponsePayload", V1_0),
  RESULT_MESSAGE(0x42007D, "Result Message", "ResultMessage", V1_0),
  RESULT_REASON(0x42007E, "Result Reason", "ResultReason", V1_0),
  RESULT_STATUS(0x42007F, "Result Status", "ResultStatus", V1_0),
  REVOCATION_MESSAGE(0x420080, "Revocation Message", "RevocationMessage", V1_0),
  REVOCATION_REASON(0x420081, "Revocation Reason", "RevocationReason", V1_0),
  REVOCATION_REASON_CODE(0x420082, "Revocation Reason Code", "RevocationReasonCode", V1_0),
  KEY_ROLE_TYPE(0x420083, "Key Role Type", "KeyRoleType", V1_0),
  SALT(0x420084, "Salt", "Salt", V1_0),
  SECRET_DATA(0x420085, "Secret Data", "SecretData", V1_0),
  SECRET_DATA_TYPE(0x420086, "Secret Data Type", "SecretDataType", V1_0),
  SERIAL_NUMBER(0x420087, "Serial Number", "SerialNumber", V1_0, V2_0),
  SERVER_INFORMATION(0x420088, "Server Information", "ServerInformation", V1_0),
  SPLIT_KEY(0x420089, "Split Key", "SplitKey", V1_0),
  SPLIT_KEY_METHOD(0x42008A, "Split Key Method", "SplitKeyMethod", V1_0),
  SPLIT_KEY_PARTS(0x42008B, "Split Key Parts", "SplitKeyParts", V1_0),
  SPLIT_KEY_THRESHOLD(0x42008C, "Split Key Threshold", "SplitKeyThreshold", V1_0),
  STATE(0x42008D, "State", "State", V1_0),
  STORAGE_STATUS_MASK(0x42008E, "Storage Status Mask", "StorageStatusMask", V1_0),
  SYMMETRIC_KEY(0x42008F, "Symmetric Key", "SymmetricKey", V1_0),
  TEMPLATE(0x420090, "Template", "Template", V1_0, V2_0),
  TEMPLATE_ATTRIBUTE(0x420091, "Template-Attribute", "TemplateAttribute", V1_0, V2_0),
  TIME_STAMP(0x420092, "Time Stamp", "TimeStamp", V1_0),
  UNIQUE_BATCH_ITEM_ID(0x420093, "Unique Batch Item ID", "UniqueBatchItemID", V1_0),
  UNIQUE_IDENTIFIER(0x420094, "Unique Identifier", "UniqueIdentifier", V1_0),
  USAGE_LIMITS(0x420095, "Usage Limits", "UsageLimits", V1_0),
  USAGE_LIMITS_COUNT(0x420096, "Usage Limits Count", "UsageLimitsCount", V1_0),
  USAGE_LIMITS_TOTAL(0x420097, "Usage Limits Total", "UsageLimitsTotal", V1_0),
  USAGE_LIMITS_UNIT(0x420098, "Usage Limits Unit", "UsageLimitsUnit", V1_0),
  USERNAME(0x420099, "Username", "Username", V1_0),
  VALIDITY_DATE(0x42009A, "Validity Date", "ValidityDate", V1_0),
  VALIDITY_INDICATOR(0x42009B, "Validity Indicator", "ValidityIndicator", V1_0),
  VENDOR_EXTENSION(0x42009C, "Vendor Extension", "VendorExtension", V1_0),
  VENDOR_IDENTIFICATION(0x42009D, "Vendor Identification", "VendorIdentification", V1_0),
  WRAPPING_METHOD(0x42009E, "Wrapping Method", "WrappingMethod", V1_0),
  X(0x42009F, "X", "X", V1_0),
  Y(0x4200A0, "Y", "Y", V1_0),
  PASSWORD(0x4200A1, "Password", "Password", V1_0),
  DEVICE_IDENTIFIER(0x4200A2, "Device Identifier", "DeviceIdentifier", V1_1),
  ENCODING_OPTION(0x4200A3, "Encoding Option", "EncodingOption", V1_1),
  EXTENSION_INFORMATION(0x4200A4, "Extension Information", "ExtensionInformation", V1_1),
  EXTENSION_NAME(0x4200A5, "Extension Name", "ExtensionName", V1_1),
  EXTENSION_TAG(0x4200A6, "Extension Tag", "ExtensionTag", V1_1),
  EXTENSION_TYPE(0x4200A7, "Extension Type", "ExtensionType", V1_1),
  FRESH(0x4200A8, "Fresh", "Fresh", V1_1),
  MACHINE_IDENTIFIER(0x4200A9, "Machine Identifier", "MachineIdentifier", V1_1),
  MEDIA_IDENTIFIER(0x4200AA, "Media Identifier", "MediaIdentifier", V1_1),
  NETWORK_IDENTIFIER(0x4200AB, "Network Identifier", "NetworkIdentifier", V1_1),
  OBJECT_GROUP_MEMBER(0x4200AC, "Object Group Member", "ObjectGroupMember", V1_1),
  CERTIFICATE_LENGTH(0x4200AD, "Certificate Length", "CertificateLength", V1_1),
  DIGITAL_SIGNATURE_ALGORITHM(
      0x4200AE, "Digital Signature Algorithm", "DigitalSignatureAlgorithm", V1_1),
  CERTIFICATE_SERIAL_NUMBER(0x4200AF, "Certificate Serial Number", "CertificateSerialNumber", V1_1),
  DEVICE_SERIAL_NUMBER(0x4200B0, "Device Serial Number", "DeviceSerialNumber", V1_1),
  ISSUER_ALTERNATIVE_NAME(0x4200B1, "Issuer Alternative Name", "IssuerAlternativeName", V1_1),
  ISSUER_DISTINGUISHED_NAME(0x4200B2, "Issuer Distinguished Name", "IssuerDistinguishedName", V1_1),
  SUBJECT_ALTERNATIVE_NAME(0x4200B3, "Subject Alternative Name", "SubjectAlternativeName", V1_1),
  SUBJECT_DISTINGUISHED_NAME(
      0x4200B4, "Subject Distinguished Name", "SubjectDistinguishedName", V1_1),
  X_509_CERTIFICATE_IDENTIFIER(
      0x4200B5, "X.509 Certificate Identifier", "X_509CertificateIdentifier", V1_1),
  X_509_CERTIFICATE_ISSUER(0x4200B6, "X.509 Certificate Issuer", "X_509CertificateIssuer", V1_1),
  X_509_CERTIFICATE_SUBJECT(0x4200B7, "X.509 Certificate Subject", "X_509CertificateSubject", V1_1),
  KEY_VALUE_LOCATION(0x4200B8, "Key Value Location", "KeyValueLocation", V1_2),
  KEY_VALUE_LOCATION_VALUE(0x4200B9, "Key Value Location Value", "KeyValueLocationValue", V1_2),
  KEY_VALUE_LOCATION_TYPE(0x4200BA, "Key Value Location Type", "KeyValueLocationType", V1_2),
  KEY_VALUE_PRESENT(0x4200BB, "Key Value Present", "KeyValuePresent", V1_2),
  ORIGINAL_CREATION_DATE(0x4200BC, "Original Creation Date", "OriginalCreationDate", V1_2),
  PGP_KEY(0x4200BD, "PGP Key", "PGPKey", V1_2),
  PGP_KEY_VERSION(0x4200BE, "PGP Key Version", "PGPKeyVersion", V1_2),
  ALTERNATIVE_NAME(0x4200BF, "Alternative Name", "AlternativeName", V1_2),
  ALTERNATIVE_NAME_VALUE(0x4200C0, "Alternative Name Value", "AlternativeNameValue", V1_2),
  ALTERNATIVE_NAME_TYPE(0x4200C1, "Alternative Name Type", "AlternativeNameType", V1_2),
  DATA(0x4200C2, "Data", "Data", V1_2),
  SIGNATURE_DATA(0x4200C3, "Signature Data", "SignatureData", V1_2),
  DATA_LENGTH(0x4200C4, "Data Length", "DataLength", V1_2),
  RANDOM_IV(0x4200C5, "Random IV", "RandomIV", V1_2),
  MAC_DATA(0x4200C6, "MAC Data", "MACData", V1_2),
  ATTESTATION_TYPE(0x4200C7, "Attestation Type", "AttestationType", V1_2),
  NONCE(0x4200C8, "Nonce", "Nonce", V1_2),
  NONCE_ID(0x4200C9, "Nonce ID", "NonceID", V1_2),
  NONCE_VALUE(0x4200CA, "Nonce Value", "NonceValue", V1_2),
  ATTESTATION_MEASUREMENT(0x4200CB, "Attestation Measurement", "AttestationMeasurement", V1_2),
  ATTESTATION_ASSERTION(0x4200CC, "Attestation Assertion", "AttestationAssertion", V1_2),
  IV_LENGTH(0x4200CD, "IV Length", "IVLength", V1_2),
  TAG_LENGTH(0x4200CE, "Tag Length", "TagLength", V1_2),
  FIXED_FIELD_LENGTH(0x4200CF, "Fixed Field Length", "FixedFieldLength", V1_2),
  COUNTER_LENGTH(0x4200D0, "Counter Length", "CounterLength", V1_2),
  INITIAL_COUNTER_VALUE(0x4200D1, "Initial Counter Value", "InitialCounterValue", V1_2),
  INVOCATION_FIELD_LENGTH(0x4200D2, "Invocation Field Length", "InvocationFieldLength", V1_2),
  ATTESTATION_CAPABLE_INDICATOR(
      0x4200D3, "Attestation Capable Indicator", "AttestationCapableIndicator", V1_2),
  OFFSET_ITEMS(0x4200D4, "Offset Items", "OffsetItems", V1_3),
  LOCATED_ITEMS(0x4200D5, "Located Items", "LocatedItems", V1_3),
  CORRELATION_VALUE(0x4200D6, "Correlation Value", "CorrelationValue", V1_3),
  INIT_INDICATOR(0x4200D7, "Init Indicator", "InitIndicator", V1_3),
  FINAL_INDICATOR(0x4200D8, "Final Indicator", "FinalIndicator", V1_3),
  RNG_PARAMETERS(0x4200D9, "RNG Parameters", "RNGParameters", V1_3),
  RNG_ALGORITHM(0x4200DA, "RNG Algorithm", "RNGAlgorithm", V1_3),
  DRBG_ALGORITHM(0x4200DB, "DRBG Algorithm", "DRBGAlgorithm", V1_3),
  FIPS186_VARIATION(0x4200DC, "FIPS186 Variation", "FIPS186Variation", V1_3),
  PREDICTION_RESISTANCE(0x4200DD, "Prediction Resistance", "PredictionResistance", V1_3),
  RANDOM_NUMBER_GENERATOR(0x4200DE, "Random Number Generator", "RandomNumberGenerator", V1_3),
  VALIDATION_INFORMATION(0x4200DF, "Validation Information", "ValidationInformation", V1_3),
  VALIDATION_AUTHORITY_TYPE(0x4200E0, "Validation Authority Type", "ValidationAuthorityType", V1_3),
  VALIDATION_AUTHORITY_COUNTRY(
      0x4200E1, "Validation Authority Country", "ValidationAuthorityCountry", V1_3),
  VALIDATION_AUTHORITY_URI(0x4200E2, "Validation Authority URI", "ValidationAuthorityURI", V1_3),
  VALIDATION_VERSION_MAJOR(0x4200E3, "Validation Version Major", "ValidationVersionMajor", V1_3),
  VALIDATION_VERSION_MINOR(0x4200E4, "Validation Version Minor", "ValidationVersionMinor", V1_3),
  VALIDATION_TYPE(0x4200E5, "Validation Type", "ValidationType", V1_3),
  VALIDATION_LEVEL(0x4200E6, "Validation Level", "ValidationLevel", V1_3),
  VALIDATION_CERTIFICATE_IDENTIFIER(
      0x4200E7, "Validation Certificate Identifier", "ValidationCertificateIdentifier", V1_3),
  VALIDATION_CERTIFICATE_URI(
      0x4200E8, "Validation Certificate URI", "ValidationCertificateURI", V1_3),
  VALIDATION_VENDOR_URI(0x4200E9, "Validation Vendor URI", "ValidationVendorURI", V1_3),
  VALIDATION_PROFILE(0x4200EA, "Validation Profile", "ValidationProfile", V1_3),
  PROFILE_INFORMATION(0x4200EB, "Profile Information", "ProfileInformation", V1_3),
  PROFILE_NAME(0x4200EC, "Profile Name", "ProfileName", V1_3),
  SERVER_URI(0x4200ED, "Server URI", "ServerURI", V1_3),
  SERVER_PORT(0x4200EE, "Server Port", "ServerPort", V1_3),
  STREAMING_CAPABILITY(0x4200EF, "Streaming Capability", "StreamingCapability", V1_3),
  ASYNCHRONOUS_CAPABILITY(0x4200F0, "Asynchronous Capability", "AsynchronousCapability", V1_3),
  ATTESTATION_CAPABILITY(0x4200F1, "Attestation Capability", "AttestationCapability", V1_3),
  UNWRAP_MODE(0x4200F2, "Unwrap Mode", "UnwrapMode", V1_3),
  DESTROY_ACTION(0x4200F3, "Destroy Action", "DestroyAction", V1_3),
  SHREDDING_ALGORITHM(0x4200F4, "Shredding Algorithm", "ShreddingAlgorithm", V1_3),
  RNG_MODE(0x4200F5, "RNG Mode", "RNGMode", V1_3),
  CLIENT_REGISTRATION_METHOD(
      0x4200F6, "Client Registration Method", "ClientRegistrationMethod", V1_3),
  CAPABILITY_INFORMATION(0x4200F7, "Capability Information", "CapabilityInformation", V1_3),
  KEY_WRAP_TYPE(0x4200F8, "Key Wrap Type", "KeyWrapType", V1_4),
  BATCH_UNDO_CAPABILITY(0x4200F9, "Batch Undo Capability", "BatchUndoCapability", V1_4),
  BATCH_CONTINUE_CAPABILITY(0x4200FA, "Batch Continue Capability", "BatchContinueCapability", V1_4),
  PKCS_12_FRIENDLY_NAME(0x4200FB, "PKCS#12 Friendly Name", "PKCS_12FriendlyName", V1_4),
  DESCRIPTION(0x4200FC, "Description", "Description", V1_4),
  COMMENT(0x4200FD, "Comment", "Comment", V1_4),
  AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA(
      0x4200FE,
      "Authenticated Encryption Additional Data",
      "AuthenticatedEncryptionAdditionalData",
      V1_4),
  AUTHENTICATED_ENCRYPTION_TAG(
      0x4200FF, "Authenticated Encryption Tag", "AuthenticatedEncryptionTag", V1_4),
  SALT_LENGTH(0x420100, "Salt Length", "SaltLength", V1_4),
  MASK_GENERATOR(0x420101, "Mask Generator", "MaskGenerator", V1_4),
  MASK_GENERATOR_HASHING_ALGORITHM(
      0x420102, "Mask Generator Hashing Algorithm", "MaskGeneratorHashingAlgorithm", V1_4),
  P_SOURCE(0x420103, "P Source", "PSource", V1_4),
  TRAILER_FIELD(0x420104, "Trailer Field", "TrailerField", V1_4),
  CLIENT_CORRELATION_VALUE(0x420105, "Client Correlation Value", "ClientCorrelationValue", V1_4),
  SERVER_CORRELATION_VALUE(0x420106, "Server Correlation Value", "ServerCorrelationValue", V1_4),
  DIGESTED_DATA(0x420107, "Digested Data", "DigestedData", V1_4),
  CERTIFICATE_SUBJECT_CN(0x420108, "Certificate Subject CN", "CertificateSubjectCN", V1_4),
  CERTIFICATE_SUBJECT_O(0x420109, "Certificate Subject O", "CertificateSubjectO", V1_4),
  CERTIFICATE_SUBJECT_OU(0x42010A, "Certificate Subject OU", "CertificateSubjectOU", V1_4),
  CERTIFICATE_SUBJECT_EMAIL(0x42010B, "Certificate Subject Email", "CertificateSubjectEmail", V1_4),
  CERTIFICATE_SUBJECT_C(0x42010C, "Certificate Subject C", "CertificateSubjectC", V1_4),
  CERTIFICATE_SUBJECT_ST(0x42010D, "Certificate Subject ST", "CertificateSubjectST", V1_4),
  CERTIFICATE_SUBJECT_L(0x42010E, "Certificate Subject L", "CertificateSubjectL", V1_4),
  CERTIFICATE_SUBJECT_UID(0x42010F, "Certificate Subject UID", "CertificateSubjectUID", V1_4),
  CERTIFICATE_SUBJECT_SERIAL_NUMBER(
      0x420110, "Certificate Subject Serial Number", "CertificateSubjectSerialNumber", V1_4),
  CERTIFICATE_SUBJECT_TITLE(0x420111, "Certificate Subject Title", "CertificateSubjectTitle", V1_4),
  CERTIFICATE_SUBJECT_DC(0x420112, "Certificate Subject DC", "CertificateSubjectDC", V1_4),
  CERTIFICATE_SUBJECT_DN_QUALIFIER(
      0x420113, "Certificate Subject DN Qualifier", "CertificateSubjectDNQualifier", V1_4),
  CERTIFICATE_ISSUER_CN(0x420114, "Certificate Issuer CN", "CertificateIssuerCN", V1_4),
  CERTIFICATE_ISSUER_O(0x420115, "Certificate Issuer O", "CertificateIssuerO", V1_4),
  CERTIFICATE_ISSUER_OU(0x420116, "Certificate Issuer OU", "CertificateIssuerOU", V1_4),
  CERTIFICATE_ISSUER_EMAIL(0x420117, "Certificate Issuer Email", "CertificateIssuerEmail", V1_4),
  CERTIFICATE_ISSUER_C(0x420118, "Certificate Issuer C", "CertificateIssuerC", V1_4),
  CERTIFICATE_ISSUER_ST(0x420119, "Certificate Issuer ST", "CertificateIssuerST", V1_4),
  CERTIFICATE_ISSUER_L(0x42011A, "Certificate Issuer L", "CertificateIssuerL", V1_4),
  CERTIFICATE_ISSUER_UID(0x42011B, "Certificate Issuer UID", "CertificateIssuerUID", V1_4),
  CERTIFICATE_ISSUER_SERIAL_NUMBER(
      0x42011C, "Certificate Issuer Serial Number", "CertificateIssuerSerialNumber", V1_4),
  CERTIFICATE_ISSUER_TITLE(0x42011D, "Certificate Issuer Title", "CertificateIssuerTitle", V1_4),
  CERTIFICATE_ISSUER_DC(0x42011E, "Certificate Issuer DC", "CertificateIssuerDC", V1_4),
  CERTIFICATE_ISSUER_DN_QUALIFIER(
      0x42011F, "Certificate Issuer DN Qualifier", "CertificateIssuerDNQualifier", V1_4),
  SENSITIVE(0x420120, "Sensitive", "Sensitive", V1_4),
  ALWAYS_SENSITIVE(0x420121, "Always Sensitive", "AlwaysSensitive", V1_4),
  EXTRACTABLE(0x420122, "Extractable", "Extractable", V1_4),
  NEVER_EXTRACTABLE(0x420123, "Never Extractable", "NeverExtractable", V1_4),
  REPLACE_EXISTING(0x420124, "Replace Existing", "ReplaceExisting", V1_4),
  ATTRIBUTES(0x420125, "Attributes", "Attributes", V2_0),
  COMMON_ATTRIBUTES(0x420126, "Common Attributes", "CommonAttributes", V2_0),
  PRIVATE_KEY_ATTRIBUTES(0x420127, "Private Key Attributes", "PrivateKeyAttributes", V2_0),
  PUBLIC_KEY_ATTRIBUTES(0x420128, "Public Key Attributes", "PublicKeyAttributes", V2_0),
  EXTENSION_ENUMERATION(0x420129, "Extension Enumeration", "ExtensionEnumeration", V2_0),
  EXTENSION_ATTRIBUTE(0x42012A, "Extension Attribute", "ExtensionAttribute", V2_0),
  EXTENSION_PARENT_STRUCTURE_TAG(
      0x42012B, "Extension Parent Structure Tag", "ExtensionParentStructureTag", V2_0),
  EXTENSION_DESCRIPTION(0x42012C, "Extension Description", "ExtensionDescription", V2_0),
  SERVER_NAME(0x42012D, "Server Name", "ServerName", V2_0),
  SERVER_SERIAL_NUMBER(0x42012E, "Server Serial Number", "ServerSerialNumber", V2_0),
  SERVER_VERSION(0x42012F, "Server Version", "ServerVersion", V2_0),
  SERVER_LOAD(0x420130, "Server Load", "ServerLoad", V2_0),
  PRODUCT_NAME(0x420131, "Product Name", "ProductName", V2_0),
  BUILD_LEVEL(0x420132, "Build Level", "BuildLevel", V2_0),
  BUILD_DATE(0x420133, "Build Date", "BuildDate", V2_0),
  CLUSTER_INFO(0x420134, "Cluster Info", "ClusterInfo", V2_0),
  ALTERNATE_FAILOVER_ENDPOINTS(
      0x420135, "Alternate Failover Endpoints", "AlternateFailoverEndpoints", V2_0),
  SHORT_UNIQUE_IDENTIFIER(0x420136, "Short Unique Identifier", "ShortUniqueIdentifier", V2_0),
  TAG(0x420138, "Tag", "Tag", V2_0),
  CERTIFICATE_REQUEST_UNIQUE_IDENTIFIER(
      0x420139,
      "Certificate Request Unique Identifier",
      "CertificateRequestUniqueIdentifier",
      V2_0),
  NIST_KEY_TYPE(0x42013A, "NIST Key Type", "NISTKeyType", V2_0),
  ATTRIBUTE_REFERENCE(0x42013B, "Attribute Reference", "AttributeReference", V2_0),
  CURRENT_ATTRIBUTE(0x42013C, "Current Attribute", "CurrentAttribute", V2_0),
  NEW_ATTRIBUTE(0x42013D, "New Attribute", "NewAttribute", V2_0),
  CERTIFICATE_REQUEST_VALUE(0x420140, "Certificate Request Value", "CertificateRequestValue", V2_0),
  LOG_MESSAGE(0x420141, "Log Message", "LogMessage", V2_0),
  PROFILE_VERSION(0x420142, "Profile Version", "ProfileVersion", V2_0),
  PROFILE_VERSION_MAJOR(0x420143, "Profile Version Major", "ProfileVersionMajor", V2_0),
  PROFILE_VERSION_MINOR(0x420144, "Profile Version Minor", "ProfileVersionMinor", V2_0),
  PROTECTION_LEVEL(0x420145, "Protection Level", "ProtectionLevel", V2_0),
  PROTECTION_PERIOD(0x420146, "Protection Period", "ProtectionPeriod", V2_0),
  QUANTUM_SAFE(0x420147, "Quantum Safe", "QuantumSafe", V2_0),
  QUANTUM_SAFE_CAPABILITY(0x420148, "Quantum Safe Capability", "QuantumSafeCapability", V2_0),
  TICKET(0x420149, "Ticket", "Ticket", V2_0),
  TICKET_TYPE(0x42014A, "Ticket Type", "TicketType", V2_0),
  TICKET_VALUE(0x42014B, "Ticket Value", "TicketValue", V2_0),
  REQUEST_COUNT(0x42014C, "Request Count", "RequestCount", V2_0),
  RIGHTS(0x42014D, "Rights", "Rights", V2_0),
  OBJECTS(0x42014E, "Objects", "Objects", V2_0),
  OPERATIONS(0x42014F, "Operations", "Operations", V2_0),
  RIGHT(0x420150, "Right", "Right", V2_0),
  ENDPOINT_ROLE(0x420151, "Endpoint Role", "EndpointRole", V2_0),
  DEFAULTS_INFORMATION(0x420152, "Defaults Information", "DefaultsInformation", V2_0),
  OBJECT_DEFAULTS(0x420153, "Object Defaults", "ObjectDefaults", V2_0),
  EPHEMERAL(0x420154, "Ephemeral", "Ephemeral", V2_0),
  SERVER_HASHED_PASSWORD(0x420155, "Server Hashed Password", "ServerHashedPassword", V2_0),
  ONE_TIME_PASSWORD(0x420156, "One Time Password", "OneTimePassword", V2_0),
  HASHED_PASSWORD(0x420157, "Hashed Password", "HashedPassword", V2_0),
  ADJUSTMENT_TYPE(0x420158, "Adjustment Type", "AdjustmentType", V2_0),
  PKCS_11_INTERFACE(0x420159, "PKCS#11 Interface", "PKCS_11Interface", V2_0),
  PKCS_11_FUNCTION(0x42015A, "PKCS#11 Function", "PKCS_11Function", V2_0),
  PKCS_11_INPUT_PARAMETERS(0x42015B, "PKCS#11 Input Parameters", "PKCS_11InputParameters", V2_0),
  PKCS_11_OUTPUT_PARAMETERS(0x42015C, "PKCS#11 Output Parameters", "PKCS_11OutputParameters", V2_0),
  PKCS_11_RETURN_CODE(0x42015D, "PKCS#11 Return Code", "PKCS_11ReturnCode", V2_0),
  PROTECTION_STORAGE_MASK(0x42015E, "Protection Storage Mask", "ProtectionStorageMask", V2_0),
  PROTECTION_STORAGE_MASKS(0x42015F, "Protection Storage Masks", "ProtectionStorageMasks", V2_0),
  INTEROP_FUNCTION(0x420160, "Interop Function", "InteropFunction", V2_0),
  INTEROP_IDENTIFIER(0x420161, "Interop Identifier", "InteropIdentifier", V2_0),
  ADJUSTMENT_VALUE(0x420162, "Adjustment Value", "AdjustmentValue", V2_0),
  COMMON_PROTECTION_STORAGE_MASKS(
      0x420163, "Common Protection Storage Masks", "CommonProtectionStorageMasks", V2_0),
  PRIVATE_PROTECTION_STORAGE_MASKS(
      0x420164, "Private Protection Storage Masks", "PrivateProtectionStorageMasks", V2_0),
  PUBLIC_PROTECTION_STORAGE_MASKS(
      0x420165, "Public Protection Storage Masks", "PublicProtectionStorageMasks", V2_0),
  OBJECT_GROUPS(0x420166, "Object Groups", "ObjectGroups", V2_1),
  OBJECT_TYPES(0x420167, "Object Types", "ObjectTypes", V2_1),
  CONSTRAINTS(0x420168, "Constraints", "Constraints", V2_1),
  CONSTRAINT(0x420169, "Constraint", "Constraint", V2_1),
  ROTATE_INTERVAL(0x42016A, "Rotate Interval", "RotateInterval", V2_1),
  ROTATE_AUTOMATIC(0x42016B, "Rotate Automatic", "RotateAutomatic", V2_1),
  ROTATE_OFFSET(0x42016C, "Rotate Offset", "RotateOffset", V2_1),
  ROTATE_DATE(0x42016D, "Rotate Date", "RotateDate", V2_1),
  ROTATE_GENERATION(0x42016E, "Rotate Generation", "RotateGeneration", V2_1),
  ROTATE_NAME(0x42016F, "Rotate Name", "RotateName", V2_1),
  ROTATE_NAME_VALUE(0x420170, "Rotate Name Value", "RotateNameValue", V2_1),
  ROTATE_NAME_TYPE(0x420171, "Rotate Name Type", "RotateNameType", V2_1),
  ROTATE_LATEST(0x420172, "Rotate Latest", "RotateLatest", V2_1),
  ASYNCHRONOUS_REQUEST(0x420173, "Asynchronous Request", "AsynchronousRequest", V2_1),
  SUBMISSION_DATE(0x420174, "Submission Date", "SubmissionDate", V2_1),
  PROCESSING_STAGE(0x420175, "Processing Stage", "ProcessingStage", V2_1),
  ASYNCHRONOUS_CORRELATION_VALUES(
      0x420176, "Asynchronous Correlation Values", "AsynchronousCorrelationValues", V2_1);

  /** The first tag of the specification; every defined tag is 0x42xxxx. */
  private static final int FIRST = 0x420000;

  private static final Tag[] BY_CODE = new Tag[0x177];
  private static final Map<String, Tag> BY_ENCODING_NAME = new HashMap<>();

  static {
    for (Tag t : values()) {
      int index = t.code - FIRST;
      if (BY_CODE[index] != null) {
        throw new ExceptionInInitializerError("duplicate tag code " + Integer.toHexString(t.code));
      }
      BY_CODE[index] = t;
      if (BY_ENCODING_NAME.put(t.encodingName, t) != null) {
        throw new ExceptionInInitializerError("duplicate tag name " + t.encodingName);
      }
    }
  }

  private final int code;
  private final String specName;
  private final String encodingName;
  private final KmipVersion since;
  private final KmipVersion removedIn;

  Tag(int code, String specName, String encodingName, KmipVersion since) {
    this(code, specName, encodingName, since, null);
  }

  Tag(int code, String specName, String encodingName, KmipVersion since, KmipVersion removedIn) {
    this.code = code;
    this.specName = specName;
    this.encodingName = encodingName;
    this.since = since;
    this.removedIn = removedIn;
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

  /** The version whose tag table marks this tag reserved (KMIP 2.0 §11.54), if one does. */
  public Optional<KmipVersion> removedIn() {
    return Optional.ofNullable(removedIn);
  }

  /** True when this tag is defined in {@code version}. */
  public boolean definedIn(KmipVersion version) {
    return version.atLeast(since) && (removedIn == null || !version.atLeast(removedIn));
  }

  /** The tag with this code; empty for extension, reserved and unknown codes. */
  public static Optional<Tag> fromCode(int code) {
    int index = code - FIRST;
    return index >= 0 && index < BY_CODE.length
        ? Optional.ofNullable(BY_CODE[index])
        : Optional.empty();
  }

  /** The tag whose XML/JSON name this is ({@code "UniqueIdentifier"}). */
  public static Optional<Tag> fromEncodingName(String name) {
    return Optional.ofNullable(BY_ENCODING_NAME.get(name));
  }
}
