package dev.arca.kmip.enums;

import dev.arca.kmip.KmipEnum;
import dev.arca.kmip.Tag;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;
import java.util.regex.Pattern;

/**
 * Which enumeration or mask a tag carries, and the name-to-code conversions the XML and JSON codecs
 * and the typed layer need.
 *
 * <p>The tag-to-enumeration table follows the encodings the specification gives each field: the
 * "Enumeration, see 9.1.3.2.x" references of the KMIP 1.x structure tables and of the Tag
 * Cross-Reference appendix, and the "Enumeration" encodings of the KMIP 2.x tables, where §11 names
 * each enumeration after the tag that carries it. Where a tag carries an enumeration of another
 * name, the entry cites the table that says so.
 */
public final class KmipEnums {

  /** The lookups of one enumeration or mask, by code and by encoding name. */
  private record Table(
      Class<? extends KmipEnum> type,
      IntFunction<Optional<? extends KmipEnum>> byCode,
      Function<String, Optional<? extends KmipEnum>> byName) {}

  private static final Map<Tag, Table> ENUMERATIONS = new EnumMap<>(Tag.class);
  private static final Map<Tag, Table> MASKS = new EnumMap<>(Tag.class);

  static {
    enumeration(
        Tag.ASYNCHRONOUS_INDICATOR,
        AsynchronousIndicator.class,
        AsynchronousIndicator::find,
        AsynchronousIndicator::fromEncodingName);
    enumeration(
        Tag.BATCH_ERROR_CONTINUATION_OPTION,
        BatchErrorContinuationOption.class,
        BatchErrorContinuationOption::find,
        BatchErrorContinuationOption::fromEncodingName);
    enumeration(
        Tag.BLOCK_CIPHER_MODE,
        BlockCipherMode.class,
        BlockCipherMode::find,
        BlockCipherMode::fromEncodingName);
    enumeration(
        Tag.CANCELLATION_RESULT,
        CancellationResult.class,
        CancellationResult::find,
        CancellationResult::fromEncodingName);
    enumeration(
        Tag.CERTIFICATE_REQUEST_TYPE,
        CertificateRequestType.class,
        CertificateRequestType::find,
        CertificateRequestType::fromEncodingName);
    enumeration(
        Tag.CERTIFICATE_TYPE,
        CertificateType.class,
        CertificateType::find,
        CertificateType::fromEncodingName);
    enumeration(
        Tag.CREDENTIAL_TYPE,
        CredentialType.class,
        CredentialType::find,
        CredentialType::fromEncodingName);
    enumeration(
        Tag.CRYPTOGRAPHIC_ALGORITHM,
        CryptographicAlgorithm.class,
        CryptographicAlgorithm::find,
        CryptographicAlgorithm::fromEncodingName);
    enumeration(
        Tag.DERIVATION_METHOD,
        DerivationMethod.class,
        DerivationMethod::find,
        DerivationMethod::fromEncodingName);
    enumeration(
        Tag.HASHING_ALGORITHM,
        HashingAlgorithm.class,
        HashingAlgorithm::find,
        HashingAlgorithm::fromEncodingName);
    enumeration(
        Tag.KEY_COMPRESSION_TYPE,
        KeyCompressionType.class,
        KeyCompressionType::find,
        KeyCompressionType::fromEncodingName);
    enumeration(
        Tag.KEY_FORMAT_TYPE,
        KeyFormatType.class,
        KeyFormatType::find,
        KeyFormatType::fromEncodingName);
    enumeration(Tag.LINK_TYPE, LinkType.class, LinkType::find, LinkType::fromEncodingName);
    // KMIP 2.1 Table 90 Linked Object Identifier encoding descriptions
    enumeration(
        Tag.LINKED_OBJECT_IDENTIFIER,
        UniqueIdentifier.class,
        UniqueIdentifier::find,
        UniqueIdentifier::fromEncodingName);
    enumeration(Tag.NAME_TYPE, NameType.class, NameType::find, NameType::fromEncodingName);
    enumeration(Tag.OBJECT_TYPE, ObjectType.class, ObjectType::find, ObjectType::fromEncodingName);
    enumeration(
        Tag.OPAQUE_DATA_TYPE,
        OpaqueDataType.class,
        OpaqueDataType::find,
        OpaqueDataType::fromEncodingName);
    enumeration(Tag.OPERATION, Operation.class, Operation::find, Operation::fromEncodingName);
    enumeration(
        Tag.PADDING_METHOD,
        PaddingMethod.class,
        PaddingMethod::find,
        PaddingMethod::fromEncodingName);
    enumeration(
        Tag.PUT_FUNCTION, PutFunction.class, PutFunction::find, PutFunction::fromEncodingName);
    enumeration(
        Tag.QUERY_FUNCTION,
        QueryFunction.class,
        QueryFunction::find,
        QueryFunction::fromEncodingName);
    enumeration(
        Tag.RECOMMENDED_CURVE,
        RecommendedCurve.class,
        RecommendedCurve::find,
        RecommendedCurve::fromEncodingName);
    enumeration(
        Tag.RESULT_REASON, ResultReason.class, ResultReason::find, ResultReason::fromEncodingName);
    enumeration(
        Tag.RESULT_STATUS, ResultStatus.class, ResultStatus::find, ResultStatus::fromEncodingName);
    enumeration(
        Tag.REVOCATION_REASON_CODE,
        RevocationReasonCode.class,
        RevocationReasonCode::find,
        RevocationReasonCode::fromEncodingName);
    enumeration(
        Tag.KEY_ROLE_TYPE, KeyRoleType.class, KeyRoleType::find, KeyRoleType::fromEncodingName);
    enumeration(
        Tag.SECRET_DATA_TYPE,
        SecretDataType.class,
        SecretDataType::find,
        SecretDataType::fromEncodingName);
    enumeration(
        Tag.SPLIT_KEY_METHOD,
        SplitKeyMethod.class,
        SplitKeyMethod::find,
        SplitKeyMethod::fromEncodingName);
    enumeration(Tag.STATE, State.class, State::find, State::fromEncodingName);
    enumeration(
        Tag.UNIQUE_IDENTIFIER,
        UniqueIdentifier.class,
        UniqueIdentifier::find,
        UniqueIdentifier::fromEncodingName);
    enumeration(
        Tag.USAGE_LIMITS_UNIT,
        UsageLimitsUnit.class,
        UsageLimitsUnit::find,
        UsageLimitsUnit::fromEncodingName);
    enumeration(
        Tag.VALIDITY_INDICATOR,
        ValidityIndicator.class,
        ValidityIndicator::find,
        ValidityIndicator::fromEncodingName);
    enumeration(
        Tag.WRAPPING_METHOD,
        WrappingMethod.class,
        WrappingMethod::find,
        WrappingMethod::fromEncodingName);
    enumeration(
        Tag.ENCODING_OPTION,
        EncodingOption.class,
        EncodingOption::find,
        EncodingOption::fromEncodingName);
    // KMIP 2.1 Table 365 Extension Information Structure
    enumeration(
        Tag.EXTENSION_TYPE,
        ItemTypeEnumeration.class,
        ItemTypeEnumeration::find,
        ItemTypeEnumeration::fromEncodingName);
    enumeration(
        Tag.OBJECT_GROUP_MEMBER,
        ObjectGroupMember.class,
        ObjectGroupMember::find,
        ObjectGroupMember::fromEncodingName);
    enumeration(
        Tag.DIGITAL_SIGNATURE_ALGORITHM,
        DigitalSignatureAlgorithm.class,
        DigitalSignatureAlgorithm::find,
        DigitalSignatureAlgorithm::fromEncodingName);
    enumeration(
        Tag.KEY_VALUE_LOCATION_TYPE,
        KeyValueLocationType.class,
        KeyValueLocationType::find,
        KeyValueLocationType::fromEncodingName);
    enumeration(
        Tag.ALTERNATIVE_NAME_TYPE,
        AlternativeNameType.class,
        AlternativeNameType::find,
        AlternativeNameType::fromEncodingName);
    enumeration(Tag.DATA, Data.class, Data::find, Data::fromEncodingName);
    enumeration(
        Tag.ATTESTATION_TYPE,
        AttestationType.class,
        AttestationType::find,
        AttestationType::fromEncodingName);
    enumeration(
        Tag.RNG_ALGORITHM, RngAlgorithm.class, RngAlgorithm::find, RngAlgorithm::fromEncodingName);
    enumeration(
        Tag.DRBG_ALGORITHM,
        DrbgAlgorithm.class,
        DrbgAlgorithm::find,
        DrbgAlgorithm::fromEncodingName);
    enumeration(
        Tag.FIPS186_VARIATION,
        Fips186Variation.class,
        Fips186Variation::find,
        Fips186Variation::fromEncodingName);
    enumeration(
        Tag.VALIDATION_AUTHORITY_TYPE,
        ValidationAuthorityType.class,
        ValidationAuthorityType::find,
        ValidationAuthorityType::fromEncodingName);
    enumeration(
        Tag.VALIDATION_TYPE,
        ValidationType.class,
        ValidationType::find,
        ValidationType::fromEncodingName);
    enumeration(
        Tag.PROFILE_NAME, ProfileName.class, ProfileName::find, ProfileName::fromEncodingName);
    enumeration(Tag.UNWRAP_MODE, UnwrapMode.class, UnwrapMode::find, UnwrapMode::fromEncodingName);
    enumeration(
        Tag.DESTROY_ACTION,
        DestroyAction.class,
        DestroyAction::find,
        DestroyAction::fromEncodingName);
    enumeration(
        Tag.SHREDDING_ALGORITHM,
        ShreddingAlgorithm.class,
        ShreddingAlgorithm::find,
        ShreddingAlgorithm::fromEncodingName);
    enumeration(Tag.RNG_MODE, RngMode.class, RngMode::find, RngMode::fromEncodingName);
    enumeration(
        Tag.CLIENT_REGISTRATION_METHOD,
        ClientRegistrationMethod.class,
        ClientRegistrationMethod::find,
        ClientRegistrationMethod::fromEncodingName);
    enumeration(
        Tag.KEY_WRAP_TYPE, KeyWrapType.class, KeyWrapType::find, KeyWrapType::fromEncodingName);
    enumeration(
        Tag.MASK_GENERATOR,
        MaskGenerator.class,
        MaskGenerator::find,
        MaskGenerator::fromEncodingName);
    // KMIP 1.4 Table 65 Cryptographic Parameters Attribute Structure
    enumeration(
        Tag.MASK_GENERATOR_HASHING_ALGORITHM,
        HashingAlgorithm.class,
        HashingAlgorithm::find,
        HashingAlgorithm::fromEncodingName);
    enumeration(
        Tag.NIST_KEY_TYPE, NistKeyType.class, NistKeyType::find, NistKeyType::fromEncodingName);
    // KMIP 2.1 Table 161 Attribute Reference Definition
    enumeration(Tag.ATTRIBUTE_REFERENCE, Tag.class, Tag::fromCode, Tag::fromEncodingName);
    enumeration(
        Tag.PROTECTION_LEVEL,
        ProtectionLevel.class,
        ProtectionLevel::find,
        ProtectionLevel::fromEncodingName);
    enumeration(Tag.TICKET_TYPE, TicketType.class, TicketType::find, TicketType::fromEncodingName);
    enumeration(
        Tag.ENDPOINT_ROLE, EndpointRole.class, EndpointRole::find, EndpointRole::fromEncodingName);
    enumeration(
        Tag.ADJUSTMENT_TYPE,
        AdjustmentType.class,
        AdjustmentType::find,
        AdjustmentType::fromEncodingName);
    enumeration(
        Tag.PKCS_11_FUNCTION,
        Pkcs11Function.class,
        Pkcs11Function::find,
        Pkcs11Function::fromEncodingName);
    enumeration(
        Tag.PKCS_11_RETURN_CODE,
        Pkcs11ReturnCode.class,
        Pkcs11ReturnCode::find,
        Pkcs11ReturnCode::fromEncodingName);
    enumeration(
        Tag.INTEROP_FUNCTION,
        InteropFunction.class,
        InteropFunction::find,
        InteropFunction::fromEncodingName);
    enumeration(
        Tag.ROTATE_NAME_TYPE,
        RotateNameType.class,
        RotateNameType::find,
        RotateNameType::fromEncodingName);
    enumeration(
        Tag.PROCESSING_STAGE,
        ProcessingStage.class,
        ProcessingStage::find,
        ProcessingStage::fromEncodingName);

    // KMIP 1.4 §9.1.3.3, KMIP 2.1 §12: Integer items that carry a bit mask.
    mask(
        Tag.CRYPTOGRAPHIC_USAGE_MASK,
        CryptographicUsageMask.class,
        CryptographicUsageMask::find,
        CryptographicUsageMask::fromEncodingName);
    mask(
        Tag.STORAGE_STATUS_MASK,
        StorageStatusMask.class,
        StorageStatusMask::find,
        StorageStatusMask::fromEncodingName);
    mask(
        Tag.PROTECTION_STORAGE_MASK,
        ProtectionStorageMask.class,
        ProtectionStorageMask::find,
        ProtectionStorageMask::fromEncodingName);
  }

  /** Every enumeration and mask class. */
  private static final List<Class<? extends KmipEnum>> TYPES =
      List.of(
          AdjustmentType.class,
          AlternativeNameType.class,
          AsynchronousIndicator.class,
          AttestationType.class,
          BatchErrorContinuationOption.class,
          BlockCipherMode.class,
          CancellationResult.class,
          CertificateRequestType.class,
          CertificateType.class,
          ClientRegistrationMethod.class,
          CredentialType.class,
          CryptographicAlgorithm.class,
          CryptographicUsageMask.class,
          Data.class,
          DerivationMethod.class,
          DestroyAction.class,
          DigitalSignatureAlgorithm.class,
          DrbgAlgorithm.class,
          EncodingOption.class,
          EndpointRole.class,
          Fips186Variation.class,
          HashingAlgorithm.class,
          InteropFunction.class,
          ItemTypeEnumeration.class,
          KeyCompressionType.class,
          KeyFormatType.class,
          KeyRoleType.class,
          KeyValueLocationType.class,
          KeyWrapType.class,
          LinkType.class,
          MaskGenerator.class,
          NameType.class,
          NistKeyType.class,
          ObjectGroupMember.class,
          ObjectType.class,
          OpaqueDataType.class,
          Operation.class,
          PaddingMethod.class,
          Pkcs11Function.class,
          Pkcs11ReturnCode.class,
          ProcessingStage.class,
          ProfileName.class,
          ProtectionLevel.class,
          ProtectionStorageMask.class,
          PutFunction.class,
          QueryFunction.class,
          RecommendedCurve.class,
          ResultReason.class,
          ResultStatus.class,
          RevocationReasonCode.class,
          RngAlgorithm.class,
          RngMode.class,
          RotateNameType.class,
          SecretDataType.class,
          ShreddingAlgorithm.class,
          SplitKeyMethod.class,
          State.class,
          StorageStatusMask.class,
          TicketType.class,
          UniqueIdentifier.class,
          UnwrapMode.class,
          UsageLimitsUnit.class,
          ValidationAuthorityType.class,
          ValidationType.class,
          ValidityIndicator.class,
          WrappingMethod.class);

  /**
   * The attribute names of KMIP 1.0 to 2.1: the attributes of 1.x §3 and 2.x §4, each of which has
   * a tag of the same name, and the certificate attributes 2.x §4.6 lists.
   */
  private static final Set<Tag> ATTRIBUTES =
      Collections.unmodifiableSet(
          EnumSet.of(
              Tag.ACTIVATION_DATE,
              Tag.APPLICATION_SPECIFIC_INFORMATION,
              Tag.ARCHIVE_DATE,
              Tag.CERTIFICATE_IDENTIFIER,
              Tag.CERTIFICATE_ISSUER,
              Tag.CERTIFICATE_SUBJECT,
              Tag.CERTIFICATE_TYPE,
              Tag.COMPROMISE_DATE,
              Tag.COMPROMISE_OCCURRENCE_DATE,
              Tag.CONTACT_INFORMATION,
              Tag.CRYPTOGRAPHIC_ALGORITHM,
              Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS,
              Tag.CRYPTOGRAPHIC_LENGTH,
              Tag.CRYPTOGRAPHIC_PARAMETERS,
              Tag.CRYPTOGRAPHIC_USAGE_MASK,
              Tag.CUSTOM_ATTRIBUTE,
              Tag.DEACTIVATION_DATE,
              Tag.DESTROY_DATE,
              Tag.DIGEST,
              Tag.INITIAL_DATE,
              Tag.KEY_FORMAT_TYPE,
              Tag.LAST_CHANGE_DATE,
              Tag.LEASE_TIME,
              Tag.LINK,
              Tag.NAME,
              Tag.OBJECT_GROUP,
              Tag.OBJECT_TYPE,
              Tag.OPAQUE_DATA_TYPE,
              Tag.OPERATION_POLICY_NAME,
              Tag.PROCESS_START_DATE,
              Tag.PROTECT_STOP_DATE,
              Tag.REVOCATION_REASON,
              Tag.STATE,
              Tag.UNIQUE_IDENTIFIER,
              Tag.USAGE_LIMITS,
              Tag.FRESH,
              Tag.CERTIFICATE_LENGTH,
              Tag.DIGITAL_SIGNATURE_ALGORITHM,
              Tag.X_509_CERTIFICATE_IDENTIFIER,
              Tag.X_509_CERTIFICATE_ISSUER,
              Tag.X_509_CERTIFICATE_SUBJECT,
              Tag.KEY_VALUE_LOCATION,
              Tag.KEY_VALUE_PRESENT,
              Tag.ORIGINAL_CREATION_DATE,
              Tag.ALTERNATIVE_NAME,
              Tag.RANDOM_NUMBER_GENERATOR,
              Tag.PKCS_12_FRIENDLY_NAME,
              Tag.DESCRIPTION,
              Tag.COMMENT,
              Tag.CERTIFICATE_SUBJECT_CN,
              Tag.CERTIFICATE_SUBJECT_O,
              Tag.CERTIFICATE_SUBJECT_OU,
              Tag.CERTIFICATE_SUBJECT_EMAIL,
              Tag.CERTIFICATE_SUBJECT_C,
              Tag.CERTIFICATE_SUBJECT_ST,
              Tag.CERTIFICATE_SUBJECT_L,
              Tag.CERTIFICATE_SUBJECT_UID,
              Tag.CERTIFICATE_SUBJECT_SERIAL_NUMBER,
              Tag.CERTIFICATE_SUBJECT_TITLE,
              Tag.CERTIFICATE_SUBJECT_DC,
              Tag.CERTIFICATE_SUBJECT_DN_QUALIFIER,
              Tag.CERTIFICATE_ISSUER_CN,
              Tag.CERTIFICATE_ISSUER_O,
              Tag.CERTIFICATE_ISSUER_OU,
              Tag.CERTIFICATE_ISSUER_EMAIL,
              Tag.CERTIFICATE_ISSUER_C,
              Tag.CERTIFICATE_ISSUER_ST,
              Tag.CERTIFICATE_ISSUER_L,
              Tag.CERTIFICATE_ISSUER_UID,
              Tag.CERTIFICATE_ISSUER_SERIAL_NUMBER,
              Tag.CERTIFICATE_ISSUER_TITLE,
              Tag.CERTIFICATE_ISSUER_DC,
              Tag.CERTIFICATE_ISSUER_DN_QUALIFIER,
              Tag.SENSITIVE,
              Tag.ALWAYS_SENSITIVE,
              Tag.EXTRACTABLE,
              Tag.NEVER_EXTRACTABLE,
              Tag.SHORT_UNIQUE_IDENTIFIER,
              Tag.NIST_KEY_TYPE,
              Tag.PROTECTION_LEVEL,
              Tag.PROTECTION_PERIOD,
              Tag.QUANTUM_SAFE,
              Tag.PROTECTION_STORAGE_MASK,
              Tag.ROTATE_INTERVAL,
              Tag.ROTATE_AUTOMATIC,
              Tag.ROTATE_OFFSET,
              Tag.ROTATE_DATE,
              Tag.ROTATE_GENERATION,
              Tag.ROTATE_NAME,
              Tag.ROTATE_LATEST));

  private static final Map<String, Tag> ATTRIBUTE_BY_NAME = new HashMap<>();

  static {
    for (Tag t : ATTRIBUTES) {
      ATTRIBUTE_BY_NAME.put(t.specName(), t);
    }
  }

  private static final Pattern MASK_SEPARATOR = Pattern.compile("[\\s|]+");
  private static final Pattern BRACKETS = Pattern.compile("[()]");
  private static final Pattern WORD_START = Pattern.compile("(?U)\\W([A-Za-z][a-z])");
  private static final Pattern NON_WORD = Pattern.compile("(?U)\\W");
  private static final Pattern WHITESPACE = Pattern.compile("(?U)\\s+");
  private static final Pattern LEADING_DIGITS = Pattern.compile("(?U)^(\\d+)(.*)$");

  private KmipEnums() {}

  private static void enumeration(
      Tag tag,
      Class<? extends KmipEnum> type,
      IntFunction<Optional<? extends KmipEnum>> byCode,
      Function<String, Optional<? extends KmipEnum>> byName) {
    ENUMERATIONS.put(tag, new Table(type, byCode, byName));
  }

  private static void mask(
      Tag tag,
      Class<? extends KmipEnum> type,
      IntFunction<Optional<? extends KmipEnum>> byCode,
      Function<String, Optional<? extends KmipEnum>> byName) {
    MASKS.put(tag, new Table(type, byCode, byName));
  }

  /**
   * The enumeration an Enumeration item with this tag carries; empty for other and extension tags.
   */
  public static Optional<Class<? extends KmipEnum>> enumerationOf(int tag) {
    return Tag.fromCode(tag).map(ENUMERATIONS::get).map(Table::type);
  }

  /** The mask an Integer item with this tag carries; empty when its Integer is a plain number. */
  public static Optional<Class<? extends KmipEnum>> maskOf(int tag) {
    return Tag.fromCode(tag).map(MASKS::get).map(Table::type);
  }

  /**
   * The tag of a KMIP 1.x attribute name ({@code "Cryptographic Algorithm"}), to resolve the
   * Attribute Value of an Attribute structure; empty for custom ({@code "x-..."}, {@code "y-..."})
   * and unknown names.
   */
  public static Optional<Tag> attributeTag(String attributeName) {
    return Optional.ofNullable(ATTRIBUTE_BY_NAME.get(attributeName));
  }

  /** True when the tag names an attribute in some version from 1.0 to 2.1. */
  public static boolean isAttribute(Tag tag) {
    return ATTRIBUTES.contains(tag);
  }

  /**
   * The KMIP 1.x Attribute Name of an attribute tag.
   *
   * @throws IllegalArgumentException when the tag is not an attribute, see {@link #isAttribute}
   */
  public static String attributeName(Tag tag) {
    if (!ATTRIBUTES.contains(tag)) {
      throw new IllegalArgumentException(tag.specName() + " is not an attribute");
    }
    return tag.specName();
  }

  /** The code of the value named {@code encodingName} in the enumeration this tag carries. */
  public static OptionalInt enumCode(int tag, String encodingName) {
    Table table = Tag.fromCode(tag).map(ENUMERATIONS::get).orElse(null);
    if (table == null) {
      return OptionalInt.empty();
    }
    return table
        .byName()
        .apply(encodingName)
        .map(e -> OptionalInt.of(e.code()))
        .orElse(OptionalInt.empty());
  }

  /** The encoding name of {@code code} in the enumeration this tag carries. */
  public static Optional<String> enumName(int tag, int code) {
    return Tag.fromCode(tag)
        .map(ENUMERATIONS::get)
        .flatMap(table -> table.byCode().apply(code))
        .map(KmipEnum::encodingName);
  }

  /**
   * The bits of a mask written as names ({@code "Encrypt Decrypt"}, {@code "Encrypt|Decrypt"}), in
   * any order. A component may also be a hex number ({@code "0x0000000C"}), as KMIP XML/JSON
   * encodings v1.0 §4.1.6.4 and §6.1.6.4 allow. Empty when this tag carries no mask or a name is
   * unknown.
   */
  public static OptionalInt maskBits(int tag, String names) {
    Table table = Tag.fromCode(tag).map(MASKS::get).orElse(null);
    if (table == null) {
      return OptionalInt.empty();
    }
    int bits = 0;
    int components = 0;
    for (String part : MASK_SEPARATOR.split(names.strip())) {
      if (part.isEmpty()) {
        continue;
      }
      components++;
      if (part.startsWith("0x") || part.startsWith("0X")) {
        try {
          bits |= Integer.parseUnsignedInt(part.substring(2), 16);
        } catch (NumberFormatException e) {
          return OptionalInt.empty();
        }
        continue;
      }
      Optional<? extends KmipEnum> bit = table.byName().apply(part);
      if (bit.isEmpty()) {
        return OptionalInt.empty();
      }
      bits |= bit.get().code();
    }
    return components == 0 ? OptionalInt.empty() : OptionalInt.of(bits);
  }

  /**
   * A mask written as space-separated names, lowest bit first. Empty when a set bit has no name,
   * when no bit is set, or when this tag carries no mask; the caller then writes the number in hex.
   */
  public static Optional<String> maskNames(int tag, int bits) {
    Table table = Tag.fromCode(tag).map(MASKS::get).orElse(null);
    if (table == null || bits == 0) {
      return Optional.empty();
    }
    StringBuilder names = new StringBuilder();
    for (int i = 0; i < Integer.SIZE; i++) {
      int bit = 1 << i;
      if ((bits & bit) == 0) {
        continue;
      }
      Optional<? extends KmipEnum> named = table.byCode().apply(bit);
      if (named.isEmpty()) {
        return Optional.empty();
      }
      if (names.length() > 0) {
        names.append(' ');
      }
      names.append(named.get().encodingName());
    }
    return Optional.of(names.toString());
  }

  /**
   * The XML/JSON form of a name the specification prints ({@code "SHA-256"} to {@code "SHA_256"}).
   *
   * <p>KMIP Additional Message Encodings v1.0 §4.1.3 and §6.1.3: "KMIP text values of Tags, Types
   * and Enumerations SHALL be normalized to create a 'CamelCase' format", by these rules in order:
   * replace round brackets with spaces; replace a non-word character followed by a letter and then
   * a lower-case letter with a space; replace remaining non-word characters (except whitespace)
   * with underscores; move the digits at the start of the first word to its end; capitalize the
   * first letter of each word; concatenate the words. Word characters are Unicode letters, digits
   * and the underscore, as in the specification's reference Python code.
   */
  public static String normalize(String specName) {
    String text = BRACKETS.matcher(specName).replaceAll(" ");
    text = WORD_START.matcher(text).replaceAll(" $1");
    StringBuilder out = new StringBuilder();
    for (String word : WHITESPACE.split(text.strip())) {
      if (word.isEmpty()) {
        continue;
      }
      word = NON_WORD.matcher(word).replaceAll("_");
      if (out.length() == 0) {
        word = LEADING_DIGITS.matcher(word).replaceFirst("$2$1");
      }
      out.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
    }
    return out.toString();
  }

  /** Every enumeration and mask class, for tests that walk all of them. */
  static List<Class<? extends KmipEnum>> types() {
    return TYPES;
  }
}
