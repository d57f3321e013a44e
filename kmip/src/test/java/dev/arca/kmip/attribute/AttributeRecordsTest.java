package dev.arca.kmip.attribute;

import static dev.arca.kmip.attribute.BindingAssertions.assertRoundTripEquals;
import static dev.arca.kmip.attribute.BindingAssertions.bytes;
import static dev.arca.kmip.attribute.BindingAssertions.roundTrip;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.AlternativeNameType;
import dev.arca.kmip.enums.BlockCipherMode;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.DigitalSignatureAlgorithm;
import dev.arca.kmip.enums.DrbgAlgorithm;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.KeyRoleType;
import dev.arca.kmip.enums.KeyValueLocationType;
import dev.arca.kmip.enums.LinkType;
import dev.arca.kmip.enums.MaskGenerator;
import dev.arca.kmip.enums.NameType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.PaddingMethod;
import dev.arca.kmip.enums.ProtectionStorageMask;
import dev.arca.kmip.enums.RecommendedCurve;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.RngAlgorithm;
import dev.arca.kmip.enums.RotateNameType;
import dev.arca.kmip.enums.UniqueIdentifier;
import dev.arca.kmip.enums.UsageLimitsUnit;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvStructure;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The attribute value structures, Attribute, Template-Attribute and Attributes. */
class AttributeRecordsTest {

  private static final byte[] DN = {0x30, 0x0d, 0x31, 0x0b};

  @Test
  void cryptographicParametersCarryEveryFieldOfEveryVersion() throws KmipException {
    CryptographicParameters all =
        CryptographicParameters.builder()
            .blockCipherMode(BlockCipherMode.GCM)
            .paddingMethod(PaddingMethod.OAEP)
            .hashingAlgorithm(HashingAlgorithm.SHA_256)
            .keyRoleType(KeyRoleType.KEK)
            .digitalSignatureAlgorithm(DigitalSignatureAlgorithm.SHA_256_WITH_RSA_ENCRYPTION)
            .cryptographicAlgorithm(CryptographicAlgorithm.AES)
            .randomIv(true)
            .ivLength(96)
            .tagLength(16)
            .fixedFieldLength(32)
            .invocationFieldLength(64)
            .counterLength(32)
            .initialCounterValue(1)
            .saltLength(32)
            .maskGenerator(MaskGenerator.MGF1)
            .maskGeneratorHashingAlgorithm(HashingAlgorithm.SHA_256)
            .pSource(new byte[] {1, 2, 3})
            .trailerField(1)
            .build();
    CryptographicParameters back = roundTrip(all);
    assertThat(back.pSource()).hasValueSatisfying(p -> assertThat(p).containsExactly(1, 2, 3));
    assertThat(back.tagLength()).contains(16);
    List<Ttlv> fields = TtlvBinder.encode(all).children();
    assertThat(fields).hasSize(18);
    assertThat(fields.get(0).tag()).isEqualTo(Tag.BLOCK_CIPHER_MODE.code());
    assertThat(fields.get(17).tag()).isEqualTo(Tag.TRAILER_FIELD.code());
    assertThat(all.toBuilder().build().toString()).isEqualTo(all.toString());
    assertThat(all.toString()).contains("GCM").contains("pSource=<3 bytes>");
  }

  @Test
  void emptyCryptographicParametersHaveNoField() throws KmipException {
    assertThat(CryptographicParameters.empty().isEmpty()).isTrue();
    assertThat(TtlvBinder.encode(CryptographicParameters.empty()).children()).isEmpty();
    assertRoundTripEquals(CryptographicParameters.empty());
    assertThat(
            CryptographicParameters.builder()
                .blockCipherMode(BlockCipherMode.CBC)
                .build()
                .isEmpty())
        .isFalse();
  }

  @Test
  void valueStructuresRoundTrip() throws KmipException {
    assertRoundTripEquals(Name.of("key-1"));
    assertRoundTripEquals(new Name("https://k", NameType.URI));
    assertRoundTripEquals(Link.of(LinkType.PUBLIC_KEY_LINK, "uid-2"));
    assertRoundTripEquals(new UsageLimits(1000, Optional.of(10L), UsageLimitsUnit.BYTE));
    assertRoundTripEquals(new UsageLimits(1000, Optional.empty(), UsageLimitsUnit.OBJECT));
    assertRoundTripEquals(
        new RevocationReason(RevocationReasonCode.KEY_COMPROMISE, Optional.of("lost")));
    assertRoundTripEquals(RevocationReason.of(RevocationReasonCode.SUPERSEDED));
    assertRoundTripEquals(ApplicationSpecificInformation.of("ssl", "www.example.com"));
    assertRoundTripEquals(new ApplicationSpecificInformation("ssl", Optional.empty()));
    assertRoundTripEquals(
        new AlternativeName("alt", AlternativeNameType.UNINTERPRETED_TEXT_STRING));
    assertRoundTripEquals(new KeyValueLocation("hsm-1", KeyValueLocationType.URI));
    assertRoundTripEquals(new CertificateIdentifier("CN=CA", Optional.of("01")));
    assertRoundTripEquals(new CertificateSubject("CN=a", List.of("a@example.com")));
    assertRoundTripEquals(new CertificateIssuer("CN=CA", List.of()));
    assertRoundTripEquals(
        new CryptographicDomainParameters(Optional.of(256), Optional.of(RecommendedCurve.P_256)));
    assertRoundTripEquals(RngParameters.of(RngAlgorithm.ANSI_X9_31));
    assertRoundTripEquals(
        new RngParameters(
            RngAlgorithm.DRBG,
            Optional.of(CryptographicAlgorithm.AES),
            Optional.of(256),
            Optional.empty(),
            Optional.of(DrbgAlgorithm.CTR),
            Optional.empty(),
            Optional.empty(),
            Optional.of(true)));
    assertRoundTripEquals(Tag.RANDOM_NUMBER_GENERATOR, RngParameters.of(RngAlgorithm.DRBG));
    assertRoundTripEquals(new RotateName("daily", RotateNameType.UNINTERPRETED_TEXT_STRING));
    assertRoundTripEquals(
        ProtectionStorageMasks.of(
            ProtectionStorageMask.SOFTWARE.code(),
            ProtectionStorageMask.HARDWARE.code() | ProtectionStorageMask.ON_PREMISES.code()));
  }

  @Test
  void valueStructuresWithByteStringsRoundTrip() throws KmipException {
    Digest digest =
        roundTrip(
            new Digest(
                HashingAlgorithm.SHA_256,
                Optional.of(new byte[32]),
                Optional.of(KeyFormatType.RAW)));
    assertThat(digest.digestValue()).hasValueSatisfying(d -> assertThat(d).hasSize(32));
    assertThat(
            roundTrip(new X509CertificateIdentifier(DN, new byte[] {1})).issuerDistinguishedName())
        .isEqualTo(DN);
    assertThat(
            roundTrip(new X509CertificateSubject(new byte[0], List.of(DN, DN)))
                .subjectAlternativeNames())
        .hasSize(2);
    assertThat(roundTrip(new X509CertificateIssuer(DN, List.of())).issuerAlternativeNames())
        .isEmpty();
    assertThat(digest.toString()).contains("32 bytes").doesNotContain("[B@");
  }

  @Test
  void linkAcceptsTheKmip2IdentifierForms() throws KmipException {
    Link placeholder =
        new Link(LinkType.PRIVATE_KEY_LINK, UniqueIdentifierValue.of(UniqueIdentifier.CREATE));
    assertRoundTripEquals(placeholder);
    assertRoundTripEquals(new Link(LinkType.PARENT_LINK, UniqueIdentifierValue.ofIndex(-1)));
    assertThat(TtlvBinder.encode(placeholder).children().get(1))
        .isEqualTo(Ttlv.enumeration(Tag.LINKED_OBJECT_IDENTIFIER, UniqueIdentifier.CREATE.code()));
  }

  @Test
  void uniqueIdentifierValueHasThreeForms() throws KmipException {
    UniqueIdentifierValue text = UniqueIdentifierValue.of("abc");
    assertThat(text.text()).contains("abc");
    assertThat(text.requireText()).isEqualTo("abc");
    assertThat(UniqueIdentifierValue.fromTtlv(text.toTtlv(Tag.UNIQUE_IDENTIFIER.code())))
        .isEqualTo(text);

    UniqueIdentifierValue ref = UniqueIdentifierValue.of(UniqueIdentifier.ID_PLACEHOLDER);
    assertThat(ref.reference()).contains(UniqueIdentifier.ID_PLACEHOLDER);
    assertThat(ref.text()).isEmpty();
    assertThat(UniqueIdentifierValue.fromTtlv(ref.toTtlv(Tag.UNIQUE_IDENTIFIER.code())))
        .isEqualTo(ref);
    assertThatThrownBy(ref::requireText)
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD));

    UniqueIdentifierValue index = UniqueIdentifierValue.ofIndex(2);
    assertThat(index.index()).hasValue(2);
    assertThat(UniqueIdentifierValue.fromTtlv(index.toTtlv(Tag.UNIQUE_IDENTIFIER.code())))
        .isEqualTo(index);

    assertThatThrownBy(() -> UniqueIdentifierValue.fromTtlv(Ttlv.bool(Tag.UNIQUE_IDENTIFIER, true)))
        .isInstanceOfSatisfying(
            KmipException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_MESSAGE));
    assertThatThrownBy(
            () -> UniqueIdentifierValue.fromTtlv(Ttlv.enumeration(Tag.UNIQUE_IDENTIFIER, 0x7F)))
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD));
  }

  @Test
  void attributeHasBothVersionsForms() throws KmipException {
    Attribute v1 =
        Attribute.of("Cryptographic Length", Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128));
    assertRoundTripEquals(v1);
    assertThat(v1.value()).isEqualTo(Ttlv.integer(Tag.ATTRIBUTE_VALUE, 128));
    assertThat(v1.index()).isZero();
    assertThat(v1.isVendorAttribute()).isFalse();

    Attribute indexed = Attribute.of("Name", 1, Attributes.item(Tag.NAME, Name.of("n")));
    assertRoundTripEquals(indexed);
    assertThat(TtlvBinder.encode(indexed).children())
        .extracting(Ttlv::tag)
        .containsExactly(
            Tag.ATTRIBUTE_NAME.code(), Tag.ATTRIBUTE_INDEX.code(), Tag.ATTRIBUTE_VALUE.code());

    Attribute vendor = Attribute.vendor("x", "ID", Ttlv.text(Tag.ATTRIBUTE_VALUE, "42"));
    assertRoundTripEquals(vendor);
    assertThat(vendor.isVendorAttribute()).isTrue();
    assertThat(TtlvBinder.encode(vendor).children())
        .extracting(Ttlv::tag)
        .containsExactly(
            Tag.VENDOR_IDENTIFICATION.code(),
            Tag.ATTRIBUTE_NAME.code(),
            Tag.ATTRIBUTE_VALUE.code());
  }

  @Test
  void attributeWithoutValueIsOnlyForNotify() throws KmipException {
    Attribute named =
        TtlvBinder.decode(
            Attribute.class,
            Ttlv.structure(Tag.ATTRIBUTE, Ttlv.text(Tag.ATTRIBUTE_NAME, "Object Group")));
    assertThat(named.attributeValue()).isEmpty();
    assertThatThrownBy(named::value)
        .isInstanceOfSatisfying(
            KmipException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_MESSAGE));
  }

  @Test
  void attributeRejectsMixedForms() {
    TtlvStructure vendorWithIndex =
        Ttlv.structure(
            Tag.ATTRIBUTE,
            Ttlv.text(Tag.VENDOR_IDENTIFICATION, "x"),
            Ttlv.text(Tag.ATTRIBUTE_NAME, "a"),
            Ttlv.integer(Tag.ATTRIBUTE_INDEX, 1),
            Ttlv.text(Tag.ATTRIBUTE_VALUE, "v"));
    assertThatThrownBy(() -> TtlvBinder.decode(Attribute.class, vendorWithIndex))
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD));
    TtlvStructure negativeIndex =
        Ttlv.structure(
            Tag.ATTRIBUTE,
            Ttlv.text(Tag.ATTRIBUTE_NAME, "Name"),
            Ttlv.integer(Tag.ATTRIBUTE_INDEX, -1),
            Ttlv.text(Tag.ATTRIBUTE_VALUE, "v"));
    assertThatThrownBy(() -> TtlvBinder.decode(Attribute.class, negativeIndex))
        .isInstanceOf(KmipException.class);
  }

  @Test
  void templateAttributeKeepsNamesAndAttributes() throws KmipException {
    TemplateAttribute t =
        new TemplateAttribute(
            List.of(Name.of("template-1")),
            List.of(
                Attribute.of(
                    "Cryptographic Algorithm",
                    Ttlv.enumeration(Tag.ATTRIBUTE_VALUE, CryptographicAlgorithm.AES.code()))));
    assertRoundTripEquals(t);
    assertRoundTripEquals(Tag.COMMON_TEMPLATE_ATTRIBUTE, t);
    assertRoundTripEquals(TemplateAttribute.empty());
    assertThat(TtlvBinder.encode(Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE, t).tag())
        .isEqualTo(Tag.PRIVATE_KEY_TEMPLATE_ATTRIBUTE.code());
  }

  @Test
  void attributesKeepItemsInOrderAndReadThem() throws KmipException {
    Attributes a =
        Attributes.of(
            Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()),
            Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 256),
            Ttlv.integer(Tag.CRYPTOGRAPHIC_USAGE_MASK, 12),
            Attributes.item(Tag.NAME, Name.of("k1")),
            Attributes.item(Tag.NAME, Name.of("k2")),
            Ttlv.enumeration(Tag.OBJECT_TYPE, ObjectType.SYMMETRIC_KEY.code()),
            TtlvBinder.encode(Attribute.vendor("x", "ID", Ttlv.text(Tag.ATTRIBUTE_VALUE, "1"))));
    assertRoundTripEquals(a);
    assertRoundTripEquals(Tag.NEW_ATTRIBUTE, Attributes.of(Ttlv.text(Tag.DESCRIPTION, "d")));
    assertThat(a.cryptographicAlgorithm()).contains(CryptographicAlgorithm.AES);
    assertThat(a.cryptographicLength()).hasValue(256);
    assertThat(a.cryptographicUsageMask()).hasValue(12);
    assertThat(a.objectType()).contains(ObjectType.SYMMETRIC_KEY);
    assertThat(a.names()).containsExactly(Name.of("k1"), Name.of("k2"));
    assertThat(a.first(Tag.NAME, Name.class)).contains(Name.of("k1"));
    assertThat(a.vendorAttributes()).extracting(Attribute::attributeName).containsExactly("ID");
    assertThat(a.all(Tag.NAME)).hasSize(2);
    assertThat(a.first(Tag.ACTIVATION_DATE)).isEmpty();
    assertThatThrownBy(a::single).isInstanceOf(KmipException.class);
    assertThat(Attributes.empty().with(Ttlv.bool(Tag.SENSITIVE, true)).single())
        .isEqualTo(Ttlv.bool(Tag.SENSITIVE, true));
    assertThat(a.withAll(Attributes.of(Ttlv.bool(Tag.SENSITIVE, true))).size()).isEqualTo(8);
  }

  @Test
  void attributesAcceptOnlyAttributes() {
    TtlvStructure notAnAttribute =
        Ttlv.structure(
            Tag.ATTRIBUTES,
            Ttlv.text(Tag.UNIQUE_IDENTIFIER, "u"),
            Ttlv.integer(Tag.BATCH_COUNT, 1));
    assertThatThrownBy(() -> TtlvBinder.decode(Attributes.class, notAnAttribute))
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD))
        .hasMessageContaining("BatchCount");
    assertThatThrownBy(() -> Attributes.of(Ttlv.structure(Tag.KEY_BLOCK)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void attributesReadItemTypesStrictly() {
    Attributes wrong = Attributes.of(Ttlv.text(Tag.CRYPTOGRAPHIC_LENGTH, "256"));
    assertThatThrownBy(wrong::cryptographicLength)
        .isInstanceOfSatisfying(
            KmipException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_MESSAGE));
  }

  @Test
  void structuredAttributeValuesDecodeByTag() throws KmipException {
    assertThat(Attributes.structureOf(Tag.NAME)).contains(Name.class);
    assertThat(Attributes.structureOf(Tag.RANDOM_NUMBER_GENERATOR)).contains(RngParameters.class);
    assertThat(Attributes.structureOf(Tag.ACTIVATION_DATE)).isEmpty();
    Ttlv link = Attributes.item(Tag.LINK, Link.of(LinkType.NEXT_LINK, "u"));
    assertThat(Attributes.decodeStructure(link)).contains(Link.of(LinkType.NEXT_LINK, "u"));
    assertThat(Attributes.decodeStructure(Ttlv.dateTime(Tag.ACTIVATION_DATE, Instant.EPOCH)))
        .isEmpty();
  }

  @Test
  void attributeReferenceIsATagOrAVendorName() throws KmipException {
    AttributeReference state = AttributeReference.of(Tag.STATE);
    Ttlv item = state.toTtlv(Tag.ATTRIBUTE_REFERENCE.code());
    assertThat(item).isEqualTo(Ttlv.enumeration(Tag.ATTRIBUTE_REFERENCE, Tag.STATE.code()));
    assertThat(AttributeReference.fromTtlv(item)).isEqualTo(state);
    assertThat(state.tag()).contains(Tag.STATE);
    assertThat(state.v1Name()).isEqualTo("State");
    assertThat(state.matches(Ttlv.enumeration(Tag.STATE, 1))).isTrue();

    AttributeReference vendor = AttributeReference.vendor("x", "ID");
    Ttlv vendorItem = vendor.toTtlv(Tag.ATTRIBUTE_REFERENCE.code());
    assertThat(vendorItem)
        .isEqualTo(
            Ttlv.structure(
                Tag.ATTRIBUTE_REFERENCE,
                Ttlv.text(Tag.VENDOR_IDENTIFICATION, "x"),
                Ttlv.text(Tag.ATTRIBUTE_NAME, "ID")));
    assertThat(AttributeReference.fromTtlv(vendorItem)).isEqualTo(vendor);
    assertThat(vendor.vendorAttribute()).contains(new VendorAttributeReference("x", "ID"));
    assertThat(vendor.v1Name()).isEqualTo("x-ID");
    assertThat(
            vendor.matches(
                TtlvBinder.encode(
                    Attribute.vendor("x", "ID", Ttlv.text(Tag.ATTRIBUTE_VALUE, "v")))))
        .isTrue();
    assertThat(
            vendor.matches(
                TtlvBinder.encode(
                    Attribute.vendor("y", "ID", Ttlv.text(Tag.ATTRIBUTE_VALUE, "v")))))
        .isFalse();
  }

  @Test
  void attributeReferenceRejectsOtherTags() {
    assertThatThrownBy(
            () ->
                AttributeReference.fromTtlv(
                    Ttlv.enumeration(Tag.ATTRIBUTE_REFERENCE, Tag.BATCH_COUNT.code())))
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD));
    assertThatThrownBy(
            () -> AttributeReference.fromTtlv(Ttlv.text(Tag.ATTRIBUTE_REFERENCE, "State")))
        .isInstanceOfSatisfying(
            KmipException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_MESSAGE));
    assertThatThrownBy(() -> AttributeReference.of(Tag.BATCH_COUNT))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void nameDecodesFromTheSpecificationLayout() throws KmipException {
    TtlvStructure wire =
        Ttlv.structure(
            Tag.NAME,
            Ttlv.text(Tag.NAME_VALUE, "Key1"),
            Ttlv.enumeration(Tag.NAME_TYPE, NameType.UNINTERPRETED_TEXT_STRING.code()));
    assertThat(TtlvBinder.decode(Name.class, wire)).isEqualTo(Name.of("Key1"));
    assertThat(bytes(TtlvBinder.encode(Name.of("Key1")))).isEqualTo(bytes(wire));
  }
}
