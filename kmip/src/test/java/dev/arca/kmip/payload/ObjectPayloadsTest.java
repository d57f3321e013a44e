package dev.arca.kmip.payload;

import static dev.arca.kmip.attribute.BindingAssertions.assertRoundTripEquals;
import static dev.arca.kmip.attribute.BindingAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.attribute.ProtectionStorageMasks;
import dev.arca.kmip.attribute.TemplateAttribute;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CertificateRequestType;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.DerivationMethod;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.KeyCompressionType;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.KeyWrapType;
import dev.arca.kmip.enums.ObjectGroupMember;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.enums.StorageStatusMask;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.object.EncryptionKeyInformation;
import dev.arca.kmip.object.KeyBlock;
import dev.arca.kmip.object.KeyWrappingSpecification;
import dev.arca.kmip.object.ManagedObjects;
import dev.arca.kmip.object.SymmetricKey;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Hand-built round trips of the object and attribute operation payloads, in their KMIP 1.x and 2.x
 * forms, and the checks their constructors make.
 */
class ObjectPayloadsTest {

  private static final Ttlv AES_V1 =
      Ttlv.enumeration(Tag.ATTRIBUTE_VALUE, CryptographicAlgorithm.AES.code());

  private static final TemplateAttribute V1_ATTRIBUTES =
      TemplateAttribute.of(
          Attribute.of("Cryptographic Algorithm", AES_V1),
          Attribute.of("Cryptographic Length", Ttlv.integer(Tag.ATTRIBUTE_VALUE, 256)),
          Attribute.of("x-ID", Ttlv.text(Tag.ATTRIBUTE_VALUE, "7")));

  private static final Attributes V2_ATTRIBUTES =
      Attributes.of(
          Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()),
          Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
          TtlvBinder.encode(Attribute.vendor("x", "ID", Ttlv.text(Tag.ATTRIBUTE_VALUE, "7"))));

  private static final int ENCRYPT_DECRYPT =
      CryptographicUsageMask.ENCRYPT.code() | CryptographicUsageMask.DECRYPT.code();

  private static SymmetricKey aesKey() {
    return new SymmetricKey(
        KeyBlock.of(KeyFormatType.RAW, new byte[32], CryptographicAlgorithm.AES, 256));
  }

  private static void assertInvalidField(Class<? extends Record> type, TtlvStructure payload) {
    assertThatThrownBy(() -> TtlvBinder.decode(type, payload))
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD));
  }

  @Test
  void create() throws KmipException {
    CreateRequest v1 = CreateRequest.of(ObjectType.SYMMETRIC_KEY, V1_ATTRIBUTES);
    CreateRequest v2 = CreateRequest.of(ObjectType.SYMMETRIC_KEY, V2_ATTRIBUTES);
    assertRoundTripEquals(v1);
    assertRoundTripEquals(v2);
    assertRoundTripEquals(
        new CreateRequest(
            ObjectType.SECRET_DATA,
            Optional.empty(),
            Optional.of(V2_ATTRIBUTES),
            Optional.of(ProtectionStorageMasks.of(1, 2))));
    assertThat(v1.normalizedAttributes()).isEqualTo(V2_ATTRIBUTES);
    assertThat(v2.normalizedAttributes()).isEqualTo(V2_ATTRIBUTES);
    assertThat(TtlvBinder.encode(v1).children())
        .extracting(Ttlv::tag)
        .containsExactly(Tag.OBJECT_TYPE.code(), Tag.TEMPLATE_ATTRIBUTE.code());

    assertRoundTripEquals(CreateResponse.of(ObjectType.SYMMETRIC_KEY, "uid-1"));
    assertRoundTripEquals(
        new CreateResponse(
            ObjectType.SYMMETRIC_KEY,
            "uid-1",
            Optional.of(
                TemplateAttribute.of(
                    Attribute.of("State", Ttlv.enumeration(Tag.ATTRIBUTE_VALUE, 1))))));
  }

  @Test
  void createNeedsOneFormOfAttributes() {
    TtlvStructure both =
        Ttlv.structure(
            Tag.REQUEST_PAYLOAD,
            Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.code()),
            TtlvBinder.encode(V1_ATTRIBUTES),
            TtlvBinder.encode(V2_ATTRIBUTES));
    assertInvalidField(CreateRequest.class, both);
    TtlvStructure neither =
        Ttlv.structure(
            Tag.REQUEST_PAYLOAD,
            Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.code()));
    assertInvalidField(CreateRequest.class, neither);
  }

  @Test
  void createKeyPair() throws KmipException {
    Attributes privateKey =
        Attributes.of(
            Attributes.item(Tag.NAME, Name.of("priv")),
            Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.SIGN.code()));
    Attributes publicKey =
        Attributes.of(
            Attributes.item(Tag.NAME, Name.of("pub")),
            Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, CryptographicUsageMask.VERIFY.code()));
    CreateKeyPairRequest v2 = CreateKeyPairRequest.of(V2_ATTRIBUTES, privateKey, publicKey);
    assertRoundTripEquals(v2);
    assertThat(TtlvBinder.encode(v2).children())
        .extracting(Ttlv::tag)
        .containsExactly(
            Tag.COMMON_ATTRIBUTES.code(),
            Tag.PRIVATE_KEY_ATTRIBUTES.code(),
            Tag.PUBLIC_KEY_ATTRIBUTES.code());
    assertThat(v2.normalizedPrivateKeyAttributes()).isEqualTo(privateKey);

    CreateKeyPairRequest v1 =
        CreateKeyPairRequest.of(
            V1_ATTRIBUTES,
            TemplateAttribute.of(
                Attribute.of("Name", Attributes.item(Tag.NAME, Name.of("priv"))),
                Attribute.of(
                    "Cryptographic Usage Mask",
                    Ttlv.integer(Tag.ATTRIBUTE_VALUE, CryptographicUsageMask.SIGN.code()))),
            TemplateAttribute.empty());
    assertRoundTripEquals(v1);
    assertThat(TtlvBinder.encode(v1).children())
        .extracting(Ttlv::tag)
        .containsExactly(
            Tag.COMMON_TEMPLATE_ATTRIBUTE.code(),
            Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE.code(),
            Tag.PUBLIC_KEY_TEMPLATE_ATTRIBUTE.code());
    assertThat(v1.normalizedCommonAttributes()).isEqualTo(V2_ATTRIBUTES);
    assertThat(v1.normalizedPrivateKeyAttributes()).isEqualTo(privateKey);
    assertThat(v1.normalizedPublicKeyAttributes().isEmpty()).isTrue();

    assertRoundTripEquals(
        new CreateKeyPairRequest(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(V2_ATTRIBUTES),
            Optional.empty(),
            Optional.empty(),
            Optional.of(ProtectionStorageMasks.of(1)),
            Optional.of(ProtectionStorageMasks.of(2)),
            Optional.of(ProtectionStorageMasks.of(3))));
    assertRoundTripEquals(CreateKeyPairResponse.of("priv-1", "pub-1"));
    assertRoundTripEquals(
        new CreateKeyPairResponse(
            "priv-1",
            "pub-1",
            Optional.of(TemplateAttribute.empty()),
            Optional.of(TemplateAttribute.empty())));
  }

  @Test
  void register() throws KmipException {
    RegisterRequest v2 = roundTrip(RegisterRequest.of(V2_ATTRIBUTES, aesKey()));
    assertThat(v2.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
    assertThat(v2.managedObject()).isInstanceOf(SymmetricKey.class);
    assertThat(TtlvBinder.encode(v2).children())
        .extracting(Ttlv::tag)
        .containsExactly(Tag.OBJECT_TYPE.code(), Tag.ATTRIBUTES.code(), Tag.SYMMETRIC_KEY.code());
    RegisterRequest v1 = roundTrip(RegisterRequest.of(V1_ATTRIBUTES, aesKey()));
    assertThat(v1.normalizedAttributes()).isEqualTo(V2_ATTRIBUTES);
    RegisterRequest masks =
        roundTrip(
            new RegisterRequest(
                ObjectType.SYMMETRIC_KEY,
                Optional.empty(),
                Optional.of(V2_ATTRIBUTES),
                List.of(ManagedObjects.encode(aesKey())),
                Optional.of(ProtectionStorageMasks.of(1))));
    assertThat(TtlvBinder.encode(masks).children().get(3).tag())
        .isEqualTo(Tag.PROTECTION_STORAGE_MASKS.code());

    assertRoundTripEquals(RegisterResponse.of("uid-1"));
    assertRoundTripEquals(
        new RegisterResponse("uid-1", Optional.of(TemplateAttribute.of(List.of()))));
  }

  @Test
  void registerNeedsTheObjectItsTypeNames() {
    TtlvStructure wrongObject =
        Ttlv.structure(
            Tag.REQUEST_PAYLOAD,
            Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.PRIVATE_KEY.code()),
            TtlvBinder.encode(V2_ATTRIBUTES),
            ManagedObjects.encode(aesKey()));
    assertInvalidField(RegisterRequest.class, wrongObject);
    TtlvStructure noObject =
        Ttlv.structure(
            Tag.REQUEST_PAYLOAD,
            Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.code()),
            TtlvBinder.encode(V2_ATTRIBUTES));
    assertInvalidField(RegisterRequest.class, noObject);
    TtlvStructure extra =
        Ttlv.structure(
            Tag.REQUEST_PAYLOAD,
            Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.code()),
            TtlvBinder.encode(V2_ATTRIBUTES),
            ManagedObjects.encode(aesKey()),
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "stray"));
    assertInvalidField(RegisterRequest.class, extra);
  }

  @Test
  void reKey() throws KmipException {
    assertRoundTripEquals(ReKeyRequest.of("old"));
    ReKeyRequest full =
        new ReKeyRequest(
            Optional.of(UniqueIdentifierValue.of(UniqueIdentifier.ID_PLACEHOLDER)),
            Optional.of(Duration.ofDays(1)),
            Optional.empty(),
            Optional.of(V2_ATTRIBUTES),
            Optional.of(ProtectionStorageMasks.of(1)));
    assertRoundTripEquals(full);
    assertThat(full.normalizedAttributes()).isEqualTo(V2_ATTRIBUTES);
    assertRoundTripEquals(
        new ReKeyRequest(
            Optional.empty(),
            Optional.of(Duration.ZERO),
            Optional.of(V1_ATTRIBUTES),
            Optional.empty(),
            Optional.empty()));
    assertRoundTripEquals(ReKeyResponse.of("new"));
    assertRoundTripEquals(new ReKeyResponse("new", Optional.of(V1_ATTRIBUTES)));
  }

  @Test
  void reKeyKeyPair() throws KmipException {
    assertRoundTripEquals(ReKeyKeyPairRequest.of("priv-old"));
    ReKeyKeyPairRequest v1 =
        new ReKeyKeyPairRequest(
            Optional.of(UniqueIdentifierValue.of("priv-old")),
            Optional.of(Duration.ofHours(1)),
            Optional.of(V1_ATTRIBUTES),
            Optional.of(TemplateAttribute.empty()),
            Optional.of(TemplateAttribute.empty()),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty());
    assertRoundTripEquals(v1);
    assertThat(v1.normalizedCommonAttributes()).isEqualTo(V2_ATTRIBUTES);
    ReKeyKeyPairRequest v2 =
        new ReKeyKeyPairRequest(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(V2_ATTRIBUTES),
            Optional.of(Attributes.empty()),
            Optional.of(Attributes.empty()),
            Optional.of(ProtectionStorageMasks.of(1)),
            Optional.empty(),
            Optional.of(ProtectionStorageMasks.of(2)));
    assertRoundTripEquals(v2);
    assertThat(v2.normalizedPublicKeyAttributes().isEmpty()).isTrue();
    assertRoundTripEquals(ReKeyKeyPairResponse.of("priv-new", "pub-new"));
    assertRoundTripEquals(
        new ReKeyKeyPairResponse(
            "priv-new", "pub-new", Optional.of(V1_ATTRIBUTES), Optional.empty()));
  }

  @Test
  void deriveKey() throws KmipException {
    DeriveKeyRequest.DerivationParameters pbkdf2 =
        new DeriveKeyRequest.DerivationParameters(
            Optional.of(
                CryptographicParameters.builder()
                    .hashingAlgorithm(HashingAlgorithm.SHA_256)
                    .build()),
            Optional.empty(),
            List.of("password".getBytes(java.nio.charset.StandardCharsets.UTF_8)),
            Optional.of(new byte[16]),
            Optional.of(100_000));
    DeriveKeyRequest v1 =
        roundTrip(
            new DeriveKeyRequest(
                ObjectType.SYMMETRIC_KEY,
                List.of(UniqueIdentifierValue.of("base")),
                DerivationMethod.PBKDF2,
                pbkdf2,
                Optional.of(V1_ATTRIBUTES),
                Optional.empty()));
    assertThat(v1.derivationParameters().iterationCount()).contains(100_000);
    assertThat(v1.normalizedAttributes()).isEqualTo(V2_ATTRIBUTES);
    assertThat(TtlvBinder.encode(v1).children())
        .extracting(Ttlv::tag)
        .containsExactly(
            Tag.OBJECT_TYPE.code(),
            Tag.UNIQUE_IDENTIFIER.code(),
            Tag.DERIVATION_METHOD.code(),
            Tag.DERIVATION_PARAMETERS.code(),
            Tag.TEMPLATE_ATTRIBUTE.code());
    assertThat(pbkdf2.toString()).contains("1 derivation data").doesNotContain("password");

    DeriveKeyRequest.DerivationParameters hkdf =
        new DeriveKeyRequest.DerivationParameters(
            Optional.empty(),
            Optional.of(new byte[12]),
            List.of(new byte[] {1}, new byte[] {2}),
            Optional.empty(),
            Optional.empty());
    DeriveKeyRequest v2 =
        roundTrip(
            new DeriveKeyRequest(
                ObjectType.SECRET_DATA,
                List.of(UniqueIdentifierValue.of("a"), UniqueIdentifierValue.of("b")),
                DerivationMethod.HKDF,
                hkdf,
                Optional.empty(),
                Optional.of(V2_ATTRIBUTES)));
    assertThat(v2.derivationParameters().derivationData()).hasSize(2);
    assertThat(v2.uniqueIdentifiers()).hasSize(2);

    assertThatThrownBy(
            () ->
                new DeriveKeyRequest(
                    ObjectType.SECRET_DATA,
                    List.of(),
                    DerivationMethod.HKDF,
                    hkdf,
                    Optional.empty(),
                    Optional.of(V2_ATTRIBUTES)))
        .isInstanceOf(IllegalArgumentException.class);

    assertRoundTripEquals(DeriveKeyResponse.of("derived"));
    assertRoundTripEquals(new DeriveKeyResponse("derived", Optional.of(V1_ATTRIBUTES)));
  }

  @Test
  void certify() throws KmipException {
    CertifyRequest v1 =
        roundTrip(
            new CertifyRequest(
                Optional.of(UniqueIdentifierValue.of("pub")),
                Optional.of(CertificateRequestType.PKCS_10),
                Optional.of(new byte[] {0x30, 0x00}),
                Optional.empty(),
                Optional.of(V1_ATTRIBUTES),
                Optional.empty(),
                Optional.empty()));
    assertThat(v1.requestBytes()).hasValueSatisfying(r -> assertThat(r).containsExactly(0x30, 0));
    assertThat(TtlvBinder.encode(v1).children().get(2).tag())
        .isEqualTo(Tag.CERTIFICATE_REQUEST.code());
    assertThat(v1.toString()).contains("2 bytes").doesNotContain("[B@");
    CertifyRequest v2 =
        roundTrip(
            new CertifyRequest(
                Optional.empty(),
                Optional.of(CertificateRequestType.PEM),
                Optional.empty(),
                Optional.of(new byte[] {0x2d}),
                Optional.empty(),
                Optional.of(V2_ATTRIBUTES),
                Optional.of(ProtectionStorageMasks.of(1))));
    assertThat(TtlvBinder.encode(v2).children().get(1).tag())
        .isEqualTo(Tag.CERTIFICATE_REQUEST_VALUE.code());
    assertThat(v2.normalizedAttributes()).isEqualTo(V2_ATTRIBUTES);
    assertThatThrownBy(
            () ->
                new CertifyRequest(
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.of(new byte[1]),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertRoundTripEquals(CertifyResponse.of("cert"));
    assertRoundTripEquals(new CertifyResponse("cert", Optional.of(V1_ATTRIBUTES)));
  }

  @Test
  void locate() throws KmipException {
    LocateRequest v1 =
        new LocateRequest(
            Optional.of(10),
            Optional.of(5),
            Optional.of(
                StorageStatusMask.ON_LINE_STORAGE.code()
                    | StorageStatusMask.ARCHIVAL_STORAGE.code()),
            Optional.of(ObjectGroupMember.GROUP_MEMBER_FRESH),
            V1_ATTRIBUTES.attributes(),
            Optional.empty());
    assertRoundTripEquals(v1);
    assertThat(TtlvBinder.encode(v1).children())
        .extracting(Ttlv::tag)
        .startsWith(
            Tag.MAXIMUM_ITEMS.code(),
            Tag.OFFSET_ITEMS.code(),
            Tag.STORAGE_STATUS_MASK.code(),
            Tag.OBJECT_GROUP_MEMBER.code(),
            Tag.ATTRIBUTE.code());
    assertThat(v1.normalizedAttributes()).isEqualTo(V2_ATTRIBUTES);
    LocateRequest v2 = LocateRequest.of(V2_ATTRIBUTES);
    assertRoundTripEquals(v2);
    assertRoundTripEquals(LocateRequest.of(Attributes.empty()));
    assertRoundTripEquals(LocateRequest.of(List.of()));
    assertThatThrownBy(
            () ->
                new LocateRequest(
                    Optional.of(-1),
                    Optional.empty(),
                    Optional.empty(),
                    Optional.empty(),
                    List.of(),
                    Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);

    assertRoundTripEquals(LocateResponse.of(List.of("a", "b")));
    assertRoundTripEquals(new LocateResponse(Optional.of(42), List.of()));
  }

  @Test
  void check() throws KmipException {
    assertRoundTripEquals(CheckRequest.of("uid", ENCRYPT_DECRYPT));
    assertRoundTripEquals(
        new CheckRequest(
            Optional.empty(),
            Optional.of(500L),
            Optional.empty(),
            Optional.of(Duration.ofHours(1))));
    assertRoundTripEquals(CheckResponse.of("uid"));
    assertRoundTripEquals(
        new CheckResponse(
            Optional.of("uid"), Optional.of(10L), Optional.of(ENCRYPT_DECRYPT), Optional.empty()));
  }

  @Test
  void get() throws KmipException {
    assertRoundTripEquals(GetRequest.of("uid"));
    assertRoundTripEquals(GetRequest.ofIdPlaceholder());
    GetRequest full =
        new GetRequest(
            Optional.of(UniqueIdentifierValue.of("uid")),
            Optional.of(KeyFormatType.TRANSPARENT_SYMMETRIC_KEY),
            Optional.of(KeyWrapType.AS_REGISTERED),
            Optional.of(KeyCompressionType.EC_PUBLIC_KEY_TYPE_UNCOMPRESSED),
            Optional.of(
                KeyWrappingSpecification.encryptWith(
                    new EncryptionKeyInformation(
                        "kek",
                        Optional.of(
                            CryptographicParameters.builder()
                                .blockCipherMode(BlockCipherMode.NIST_KEY_WRAP)
                                .build())))));
    assertRoundTripEquals(full);

    GetResponse response = roundTrip(GetResponse.of("uid", aesKey()));
    assertThat(response.objectType()).isEqualTo(ObjectType.SYMMETRIC_KEY);
    assertThat(((SymmetricKey) response.managedObject()).keyBlock().cryptographicLength())
        .contains(256);
    assertThat(response.toString()).doesNotContain("[B@");
    assertInvalidField(
        GetResponse.class,
        Ttlv.structure(
            Tag.RESPONSE_PAYLOAD,
            Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.CERTIFICATE.code()),
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "uid"),
            ManagedObjects.encode(aesKey())));
  }

  @Test
  void getAttributes() throws KmipException {
    GetAttributesRequest v1 =
        GetAttributesRequest.ofNames("uid", "State", "x-ID", "Cryptographic Length");
    assertRoundTripEquals(v1);
    assertThat(v1.normalizedReferences())
        .containsExactly(
            AttributeReference.of(Tag.STATE),
            AttributeReference.vendor("x", "ID"),
            AttributeReference.of(Tag.CRYPTOGRAPHIC_LENGTH));
    GetAttributesRequest v2 =
        GetAttributesRequest.of(
            "uid", AttributeReference.of(Tag.STATE), AttributeReference.vendor("x", "ID"));
    assertRoundTripEquals(v2);
    assertThat(v2.normalizedReferences()).isEqualTo(v2.attributeReferences());
    assertRoundTripEquals(GetAttributesRequest.of("uid"));
    assertThatThrownBy(() -> GetAttributesRequest.ofNames("uid", "Colour").normalizedReferences())
        .isInstanceOf(KmipException.class);

    GetAttributesResponse r1 = GetAttributesResponse.of("uid", V1_ATTRIBUTES.attributes());
    assertRoundTripEquals(r1);
    assertThat(r1.normalizedAttributes()).isEqualTo(V2_ATTRIBUTES);
    GetAttributesResponse r2 = GetAttributesResponse.of("uid", V2_ATTRIBUTES);
    assertRoundTripEquals(r2);
    assertRoundTripEquals(GetAttributesResponse.of("uid", Attributes.empty()));
  }

  @Test
  void getAttributeList() throws KmipException {
    assertRoundTripEquals(GetAttributeListRequest.of("uid"));
    assertRoundTripEquals(new GetAttributeListRequest(Optional.empty()));
    assertRoundTripEquals(GetAttributeListResponse.ofNames("uid", List.of("State", "Name")));
    assertRoundTripEquals(
        GetAttributeListResponse.of(
            "uid",
            List.of(AttributeReference.of(Tag.STATE), AttributeReference.vendor("y", "seen"))));
  }

  @Test
  void addAttribute() throws KmipException {
    Attribute v1Attribute = Attribute.of("x-ID", Ttlv.text(Tag.ATTRIBUTE_VALUE, "7"));
    AddAttributeRequest v1 = AddAttributeRequest.of("uid", v1Attribute);
    assertRoundTripEquals(v1);
    assertThat(v1.normalizedAttribute())
        .isEqualTo(
            TtlvBinder.encode(Attribute.vendor("x", "ID", Ttlv.text(Tag.ATTRIBUTE_VALUE, "7"))));
    AddAttributeRequest v2 = AddAttributeRequest.of("uid", Ttlv.text(Tag.DESCRIPTION, "d"));
    assertRoundTripEquals(v2);
    assertThat(TtlvBinder.encode(v2).children().get(1).tag()).isEqualTo(Tag.NEW_ATTRIBUTE.code());
    assertThat(v2.normalizedAttribute()).isEqualTo(Ttlv.text(Tag.DESCRIPTION, "d"));
    assertInvalidField(
        AddAttributeRequest.class,
        Ttlv.structure(
            Tag.REQUEST_PAYLOAD,
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "uid"),
            Ttlv.structure(
                Tag.NEW_ATTRIBUTE, Ttlv.text(Tag.DESCRIPTION, "d"), Ttlv.text(Tag.COMMENT, "c"))));
    assertRoundTripEquals(AddAttributeResponse.of("uid"));
    assertRoundTripEquals(AddAttributeResponse.of("uid", v1Attribute));
  }

  @Test
  void modifyAttribute() throws KmipException {
    Attribute v1Attribute =
        Attribute.of(
            "Activation Date", 0, Ttlv.dateTime(Tag.ATTRIBUTE_VALUE, java.time.Instant.EPOCH));
    ModifyAttributeRequest v1 = ModifyAttributeRequest.of("uid", v1Attribute);
    assertRoundTripEquals(v1);
    assertThat(v1.normalizedNewAttribute())
        .isEqualTo(Ttlv.dateTime(Tag.ACTIVATION_DATE, java.time.Instant.EPOCH));
    ModifyAttributeRequest v2 =
        new ModifyAttributeRequest(
            Optional.empty(),
            Optional.empty(),
            Optional.of(Attributes.of(Ttlv.text(Tag.OBJECT_GROUP, "old"))),
            Optional.of(Attributes.of(Ttlv.text(Tag.OBJECT_GROUP, "new"))));
    assertRoundTripEquals(v2);
    assertThat(TtlvBinder.encode(v2).children())
        .extracting(Ttlv::tag)
        .containsExactly(Tag.CURRENT_ATTRIBUTE.code(), Tag.NEW_ATTRIBUTE.code());
    assertRoundTripEquals(
        ModifyAttributeRequest.of("uid", Ttlv.enumeration(Tag.STATE, State.ACTIVE.code())));
    assertThatThrownBy(
            () ->
                new ModifyAttributeRequest(
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertRoundTripEquals(ModifyAttributeResponse.of("uid"));
    assertRoundTripEquals(ModifyAttributeResponse.of("uid", v1Attribute));
  }

  @Test
  void deleteAttribute() throws KmipException {
    DeleteAttributeRequest v1 = DeleteAttributeRequest.of("uid", "Name", 1);
    assertRoundTripEquals(v1);
    assertThat(TtlvBinder.encode(v1).children())
        .extracting(Ttlv::tag)
        .containsExactly(
            Tag.UNIQUE_IDENTIFIER.code(), Tag.ATTRIBUTE_NAME.code(), Tag.ATTRIBUTE_INDEX.code());
    assertThat(DeleteAttributeRequest.of("uid", "Name", 0).attributeIndex()).isEmpty();
    assertRoundTripEquals(
        DeleteAttributeRequest.of("uid", AttributeReference.vendor("x", "attribute1")));
    assertRoundTripEquals(
        new DeleteAttributeRequest(
            Optional.empty(),
            Optional.empty(),
            Optional.empty(),
            Optional.of(Attributes.of(Attributes.item(Tag.NAME, Name.of("n")))),
            Optional.empty()));
    assertInvalidField(
        DeleteAttributeRequest.class,
        Ttlv.structure(Tag.REQUEST_PAYLOAD, Ttlv.text(Tag.UNIQUE_IDENTIFIER, "uid")));
    assertInvalidField(
        DeleteAttributeRequest.class,
        Ttlv.structure(
            Tag.REQUEST_PAYLOAD,
            Ttlv.text(Tag.ATTRIBUTE_NAME, "Name"),
            Ttlv.enumeration(Tag.ATTRIBUTE_REFERENCE, Tag.NAME.code())));
    assertRoundTripEquals(DeleteAttributeResponse.of("uid"));
    assertRoundTripEquals(
        DeleteAttributeResponse.of(
            "uid", Attribute.of("x-ID", Ttlv.text(Tag.ATTRIBUTE_VALUE, "7"))));
  }

  @Test
  void setAttribute() throws KmipException {
    SetAttributeRequest set =
        SetAttributeRequest.of("uid", Ttlv.text(Tag.CONTACT_INFORMATION, "ops@example.com"));
    assertRoundTripEquals(set);
    assertThat(set.attribute()).isEqualTo(Ttlv.text(Tag.CONTACT_INFORMATION, "ops@example.com"));
    assertThatThrownBy(() -> new SetAttributeRequest(Optional.empty(), Attributes.empty()))
        .isInstanceOf(IllegalArgumentException.class);
    assertRoundTripEquals(new SetAttributeResponse("uid"));
  }

  @Test
  void keyMaterialNeverReachesToString() {
    byte[] key = new byte[32];
    java.util.Arrays.fill(key, (byte) 0x5A);
    SymmetricKey symmetricKey =
        new SymmetricKey(KeyBlock.of(KeyFormatType.RAW, key, CryptographicAlgorithm.AES, 256));
    DeriveKeyRequest derive =
        new DeriveKeyRequest(
            ObjectType.SYMMETRIC_KEY,
            List.of(UniqueIdentifierValue.of("base")),
            DerivationMethod.HMAC,
            new DeriveKeyRequest.DerivationParameters(
                Optional.empty(),
                Optional.of(key),
                List.of(key),
                Optional.of(key),
                Optional.empty()),
            Optional.empty(),
            Optional.of(V2_ATTRIBUTES));
    List<Object> payloads =
        List.of(
            RegisterRequest.of(V2_ATTRIBUTES, symmetricKey),
            RegisterRequest.of(V1_ATTRIBUTES, symmetricKey),
            GetResponse.of("uid", symmetricKey),
            derive);
    for (Object payload : payloads) {
      assertThat(payload.toString())
          .as(payload.getClass().getSimpleName())
          .doesNotContainIgnoringCase("5a5a5a5a")
          .doesNotContain("90, 90, 90")
          .doesNotContain("[B@");
    }
  }

  @Test
  void everyPayloadIsTaggedAsAPayload() {
    List<Class<? extends Record>> requests =
        List.of(
            CreateRequest.class,
            CreateKeyPairRequest.class,
            RegisterRequest.class,
            ReKeyRequest.class,
            ReKeyKeyPairRequest.class,
            DeriveKeyRequest.class,
            CertifyRequest.class,
            LocateRequest.class,
            CheckRequest.class,
            GetRequest.class,
            GetAttributesRequest.class,
            GetAttributeListRequest.class,
            AddAttributeRequest.class,
            ModifyAttributeRequest.class,
            DeleteAttributeRequest.class,
            SetAttributeRequest.class);
    List<Class<? extends Record>> responses =
        List.of(
            CreateResponse.class,
            CreateKeyPairResponse.class,
            RegisterResponse.class,
            ReKeyResponse.class,
            ReKeyKeyPairResponse.class,
            DeriveKeyResponse.class,
            CertifyResponse.class,
            LocateResponse.class,
            CheckResponse.class,
            GetResponse.class,
            GetAttributesResponse.class,
            GetAttributeListResponse.class,
            AddAttributeResponse.class,
            ModifyAttributeResponse.class,
            DeleteAttributeResponse.class,
            SetAttributeResponse.class);
    for (Class<? extends Record> r : requests) {
      assertThat(TtlvBinder.structureTag(r)).as(r.getSimpleName()).contains(Tag.REQUEST_PAYLOAD);
      assertThat(RequestPayload.class.isAssignableFrom(r)).as(r.getSimpleName()).isTrue();
    }
    for (Class<? extends Record> r : responses) {
      assertThat(TtlvBinder.structureTag(r)).as(r.getSimpleName()).contains(Tag.RESPONSE_PAYLOAD);
      assertThat(ResponsePayload.class.isAssignableFrom(r)).as(r.getSimpleName()).isTrue();
    }
  }
}
