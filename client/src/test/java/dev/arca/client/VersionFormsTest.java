package dev.arca.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.attribute.AttributeReference;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.payload.CreateRequest;
import dev.arca.kmip.payload.GetAttributesRequest;
import dev.arca.kmip.payload.LocateRequest;
import dev.arca.kmip.payload.ReKeyRequest;
import dev.arca.kmip.ttlv.Ttlv;
import org.junit.jupiter.api.Test;

class VersionFormsTest {

  private static final Attributes KEY =
      KeyAttributes.builder()
          .name("payments")
          .algorithm(CryptographicAlgorithm.AES)
          .length(256)
          .usage(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT)
          .custom("x-team", "billing")
          .build();

  @Test
  void kmip2SendsAttributes() throws Exception {
    CreateRequest r = new VersionForms(KmipVersion.V2_1).create(ObjectType.SYMMETRIC_KEY, KEY);
    assertThat(r.attributes()).contains(KEY);
    assertThat(r.templateAttribute()).isEmpty();
  }

  @Test
  void kmip1SendsATemplateAttributeWithTextNames() throws Exception {
    CreateRequest r = new VersionForms(KmipVersion.V1_4).create(ObjectType.SYMMETRIC_KEY, KEY);
    assertThat(r.attributes()).isEmpty();
    assertThat(r.templateAttribute().orElseThrow().attributes())
        .extracting(Attribute::attributeName)
        .containsExactly(
            "Name",
            "Cryptographic Algorithm",
            "Cryptographic Length",
            "Cryptographic Usage Mask",
            "x-team");
    // Both forms mean the same to the server.
    assertThat(r.normalizedAttributes()).isEqualTo(KEY);
  }

  @Test
  void versionCriteriaTravelAsServerCustomAttributes() throws Exception {
    KeyQuery q = KeyQuery.byName("payments").version(1).maxItems(10);
    LocateRequest v1 = new VersionForms(KmipVersion.V1_2).locate(q);
    assertThat(v1.v1Attributes())
        .extracting(Attribute::attributeName)
        .containsExactly("Name", "y-arca-version");
    assertThat(v1.maximumItems()).contains(10);

    LocateRequest v2 = new VersionForms(KmipVersion.V2_0).locate(KeyQuery.all().allVersions());
    Ttlv criterion = v2.attributes().orElseThrow().single();
    assertThat(criterion.tag()).isEqualTo(Tag.ATTRIBUTE.code());
  }

  @Test
  void attributesAreNamedInKmip1AndReferencedInKmip2() {
    AttributeReference state = AttributeReference.of(Tag.STATE);
    GetAttributesRequest v1 =
        new VersionForms(KmipVersion.V1_0).getAttributes("7", java.util.List.of(state));
    GetAttributesRequest v2 =
        new VersionForms(KmipVersion.V2_1).getAttributes("7", java.util.List.of(state));
    assertThat(v1.attributeNames()).containsExactly("State");
    assertThat(v2.attributeReferences()).containsExactly(state);
  }

  @Test
  void rekeyWithoutAttributesSendsNone() {
    ReKeyRequest r = new VersionForms(KmipVersion.V1_4).rekey("7", Attributes.empty());
    assertThat(r.templateAttribute()).isEmpty();
    assertThat(r.attributes()).isEmpty();
  }

  @Test
  void aVendorAttributeWithoutKmip1NameIsAnArgumentError() {
    Attributes odd =
        Attributes.of(
            dev.arca.kmip.bind.TtlvBinder.encode(
                Attribute.vendor("acme", "thing", Ttlv.text(Tag.ATTRIBUTE_VALUE, "v"))));
    assertThatThrownBy(
            () -> new VersionForms(KmipVersion.V1_4).create(ObjectType.SYMMETRIC_KEY, odd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no KMIP 1.x form");
  }

  @Test
  void customNamesMustBeClientNames() {
    assertThatThrownBy(() -> KeyAttributes.builder().custom("team", "x"))
        .hasMessageContaining("starts with 'x-'");
  }
}
