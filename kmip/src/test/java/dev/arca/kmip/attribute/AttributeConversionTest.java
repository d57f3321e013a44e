package dev.arca.kmip.attribute;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.LinkType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import dev.arca.kmip.ttlv.TtlvDateTimeExtended;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** KMIP 1.x Attribute ↔ KMIP 2.x Attributes. */
class AttributeConversionTest {

  private static final Ttlv AES =
      Ttlv.enumeration(Tag.ATTRIBUTE_VALUE, CryptographicAlgorithm.AES.code());

  @Test
  void aNamedAttributeTakesTheTagOfItsName() throws KmipException {
    Ttlv item = AttributeConversion.toV2(Attribute.of("Cryptographic Algorithm", AES));
    assertThat(item)
        .isEqualTo(
            Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()));

    Attribute back = AttributeConversion.toV1(item, 0);
    assertThat(back).isEqualTo(Attribute.of("Cryptographic Algorithm", AES));
  }

  @Test
  void aStructuredValueKeepsItsFields() throws KmipException {
    Attribute link =
        Attribute.of("Link", Attributes.item(Tag.LINK, Link.of(LinkType.PUBLIC_KEY_LINK, "pk")));
    Ttlv item = AttributeConversion.toV2(link);
    assertThat(item.tag()).isEqualTo(Tag.LINK.code());
    assertThat(TtlvBinder.decode(Link.class, item))
        .isEqualTo(Link.of(LinkType.PUBLIC_KEY_LINK, "pk"));
    assertThat(AttributeConversion.toV1(item, 0)).isEqualTo(link);
  }

  @Test
  void customAttributesBecomeVendorAttributes() throws KmipException {
    Ttlv value = Ttlv.text(Tag.ATTRIBUTE_VALUE, "barcode-1");
    Ttlv client = AttributeConversion.toV2(Attribute.of("x-Barcode", value));
    assertThat(TtlvBinder.decode(Attribute.class, client))
        .isEqualTo(Attribute.vendor("x", "Barcode", value));
    Ttlv server =
        AttributeConversion.toV2(Attribute.of("y-Rank", Ttlv.integer(Tag.ATTRIBUTE_VALUE, 3)));
    assertThat(TtlvBinder.decode(Attribute.class, server))
        .isEqualTo(Attribute.vendor("y", "Rank", Ttlv.integer(Tag.ATTRIBUTE_VALUE, 3)));

    assertThat(AttributeConversion.toV1(client, 0)).isEqualTo(Attribute.of("x-Barcode", value));
    assertThat(AttributeConversion.toV1(server, 0).attributeName()).isEqualTo("y-Rank");
  }

  @Test
  void aKmip2VendorAttributePassesThrough() throws KmipException {
    Attribute vendor = Attribute.vendor("x", "ID", Ttlv.text(Tag.ATTRIBUTE_VALUE, "1"));
    assertThat(AttributeConversion.toV2(vendor)).isEqualTo(TtlvBinder.encode(vendor));
  }

  @Test
  void anotherVendorHasNoKmip1Name() {
    Ttlv acme =
        TtlvBinder.encode(
            Attribute.vendor("acme.com", "tier", Ttlv.integer(Tag.ATTRIBUTE_VALUE, 1)));
    assertThatThrownBy(() -> AttributeConversion.toV1(acme, 0))
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD))
        .hasMessageContaining("acme.com:tier");
    Ttlv noVendor =
        Ttlv.structure(
            Tag.ATTRIBUTE,
            Ttlv.text(Tag.ATTRIBUTE_NAME, "x-a"),
            Ttlv.text(Tag.ATTRIBUTE_VALUE, "v"));
    assertThatThrownBy(() -> AttributeConversion.v1Name(noVendor))
        .isInstanceOfSatisfying(
            KmipException.class, e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD));
  }

  @Test
  void unknownNamesAreInvalidFields() {
    for (String name : List.of("Colour", "x-", "y-", "cryptographic algorithm")) {
      assertThatThrownBy(
              () ->
                  AttributeConversion.toV2(
                      Attribute.of(name, Ttlv.integer(Tag.ATTRIBUTE_VALUE, 1))))
          .as(name)
          .isInstanceOfSatisfying(
              KmipException.class,
              e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_FIELD));
    }
    assertThatThrownBy(() -> AttributeConversion.v1Name(Ttlv.integer(Tag.BATCH_COUNT, 1)))
        .isInstanceOf(KmipException.class);
  }

  @Test
  void attributesRemovedIn2KeepTheir1xTag() throws KmipException {
    Ttlv policy =
        AttributeConversion.toV2(
            Attribute.of("Operation Policy Name", Ttlv.text(Tag.ATTRIBUTE_VALUE, "default")));
    assertThat(policy).isEqualTo(Ttlv.text(Tag.OPERATION_POLICY_NAME, "default"));
    Ttlv subject =
        AttributeConversion.toV2(
            Attribute.of(
                "Certificate Subject",
                Attributes.item(
                    Tag.CERTIFICATE_SUBJECT, new CertificateSubject("CN=a", List.of()))));
    assertThat(subject.tag()).isEqualTo(Tag.CERTIFICATE_SUBJECT.code());
    assertThat(AttributeConversion.v1Name(subject)).isEqualTo("Certificate Subject");
  }

  @Test
  void theIndexIsDroppedAndRecreatedInOrder() throws KmipException {
    Attributes v2 =
        Attributes.of(
            Attributes.item(Tag.NAME, Name.of("a")),
            Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()),
            Attributes.item(Tag.NAME, Name.of("b")),
            Attributes.item(Tag.NAME, Name.of("c")));
    List<Attribute> v1 = AttributeConversion.toV1(v2);
    assertThat(v1)
        .extracting(Attribute::attributeName)
        .containsExactly("Name", "Cryptographic Algorithm", "Name", "Name");
    // Index 0 is what 1.x assumes when the index is missing (KMIP 1.4 §2.1.1).
    assertThat(v1)
        .extracting(Attribute::attributeIndex)
        .containsExactly(Optional.empty(), Optional.empty(), Optional.of(1), Optional.of(2));
    assertThat(v1).extracting(Attribute::index).containsExactly(0, 0, 1, 2);

    Attributes back = AttributeConversion.toV2(v1);
    assertThat(back).isEqualTo(v2);
    assertThat(
            AttributeConversion.toV2(
                List.of(Attribute.of("Name", 5, Attributes.item(Tag.NAME, Name.of("z"))))))
        .isEqualTo(Attributes.of(Attributes.item(Tag.NAME, Name.of("z"))));
  }

  @Test
  void templateNamesBecomeNameAttributes() throws KmipException {
    TemplateAttribute v1 =
        new TemplateAttribute(
            List.of(Name.of("template")), List.of(Attribute.of("Cryptographic Algorithm", AES)));
    Attributes v2 = AttributeConversion.toV2(v1);
    assertThat(v2.items())
        .containsExactly(
            Attributes.item(Tag.NAME, Name.of("template")),
            Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()));
    TemplateAttribute back = AttributeConversion.toTemplateAttribute(v2);
    assertThat(back.names()).isEmpty();
    assertThat(back.attributes())
        .containsExactly(
            Attribute.of("Name", Attributes.item(Tag.NAME, Name.of("template"))),
            Attribute.of("Cryptographic Algorithm", AES));
  }

  @Test
  void eitherFormOfARequestFieldReadsAsAttributes() throws KmipException {
    TemplateAttribute v1 = TemplateAttribute.of(Attribute.of("Cryptographic Algorithm", AES));
    Attributes v2 = Attributes.of(Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128));
    assertThat(AttributeConversion.toV2(Optional.of(v1), Optional.empty()).cryptographicAlgorithm())
        .contains(CryptographicAlgorithm.AES);
    assertThat(AttributeConversion.toV2(Optional.empty(), Optional.of(v2))).isEqualTo(v2);
    assertThat(AttributeConversion.toV2(Optional.empty(), Optional.empty()).isEmpty()).isTrue();

    assertThatThrownBy(
            () ->
                AttributeConversion.checkOneForm(
                    "Template-Attribute", Optional.of(v1), "Attributes", Optional.of(v2), false))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () ->
                AttributeConversion.checkOneForm(
                    "Template-Attribute", Optional.empty(), "Attributes", Optional.empty(), true))
        .isInstanceOf(IllegalArgumentException.class);
    AttributeConversion.checkOneForm(
        "Template-Attribute", Optional.empty(), "Attributes", Optional.empty(), false);
  }

  @Test
  void namesBecomeReferences() throws KmipException {
    assertThat(AttributeConversion.reference("State")).isEqualTo(AttributeReference.of(Tag.STATE));
    assertThat(AttributeConversion.reference("x-ID"))
        .isEqualTo(AttributeReference.vendor("x", "ID"));
    assertThat(AttributeConversion.reference("Random Number Generator"))
        .isEqualTo(AttributeReference.of(Tag.RANDOM_NUMBER_GENERATOR));
    assertThatThrownBy(() -> AttributeConversion.reference("Nope"))
        .isInstanceOf(KmipException.class);
    assertThatThrownBy(() -> AttributeConversion.reference("y-")).isInstanceOf(KmipException.class);
  }

  @Test
  void retagKeepsTypeAndValue() {
    int tag = Tag.ATTRIBUTE_VALUE.code();
    List<Ttlv> items =
        List.of(
            Ttlv.structure(Tag.NAME, Ttlv.text(Tag.NAME_VALUE, "n")),
            Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 1),
            Ttlv.longInteger(Tag.USAGE_LIMITS_TOTAL, 2L),
            Ttlv.bigInteger(Tag.P, BigInteger.TEN),
            Ttlv.enumeration(Tag.STATE, 3),
            Ttlv.bool(Tag.SENSITIVE, true),
            Ttlv.text(Tag.DESCRIPTION, "d"),
            Ttlv.bytes(Tag.SHORT_UNIQUE_IDENTIFIER, new byte[] {4}),
            Ttlv.dateTime(Tag.ACTIVATION_DATE, Instant.ofEpochSecond(5)),
            Ttlv.interval(Tag.LEASE_TIME, Duration.ofSeconds(6)),
            new TtlvDateTimeExtended(Tag.ACTIVATION_DATE.code(), 7));
    for (Ttlv item : items) {
      Ttlv retagged = AttributeConversion.retag(item, tag);
      assertThat(retagged.tag()).isEqualTo(tag);
      assertThat(retagged.type()).isEqualTo(item.type());
      assertThat(AttributeConversion.retag(retagged, item.tag())).isEqualTo(item);
    }
  }
}
