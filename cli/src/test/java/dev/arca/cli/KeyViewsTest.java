package dev.arca.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.client.ArcaAttributes;
import dev.arca.client.KeyAttributes;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.CryptographicUsageMask;
import dev.arca.kmip.enums.KeyFormatType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.RevocationReasonCode;
import dev.arca.kmip.enums.State;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeyViewsTest {

  private static final Attributes KEY =
      KeyAttributes.builder()
          .objectType(ObjectType.SYMMETRIC_KEY)
          .name("payments")
          .algorithm(CryptographicAlgorithm.AES)
          .length(256)
          .usage(CryptographicUsageMask.ENCRYPT, CryptographicUsageMask.DECRYPT)
          .attribute(Ttlv.enumeration(Tag.STATE, State.PRE_ACTIVE.code()))
          .attribute(Ttlv.dateTime(Tag.INITIAL_DATE, Instant.parse("2024-05-01T08:00:00Z")))
          .attribute(ArcaAttributes.versionCriterion(3))
          .custom("x-owner", "billing")
          .name("payments-alias")
          .build();

  @Test
  void theSummaryHasTheStableFieldsInOrder() {
    Map<String, Object> s = KeyViews.summary("id-1", KEY);

    assertThat(s.keySet())
        .containsExactly("id", "name", "version", "objectType", "algorithm", "length", "state");
    assertThat(s)
        .containsEntry("id", "id-1")
        .containsEntry("name", "payments")
        .containsEntry("version", 3)
        .containsEntry("objectType", "Symmetric Key")
        .containsEntry("algorithm", "AES")
        .containsEntry("length", 256)
        .containsEntry("state", "Pre-Active");
  }

  @Test
  void detailsAddUsageDatesAndEveryAttribute() {
    Map<String, Object> d = KeyViews.details("id-1", KEY);

    assertThat(d).containsEntry("usage", List.of("Encrypt", "Decrypt"));
    assertThat(d).containsEntry("created", "2024-05-01T08:00:00Z");
    assertThat(d).containsEntry("activationDate", null);
    @SuppressWarnings("unchecked")
    Map<String, Object> attributes = (Map<String, Object>) d.get("attributes");
    assertThat(attributes)
        .containsEntry("y-arca-version", 3)
        .containsEntry("x-owner", "billing")
        .containsEntry("Cryptographic Algorithm", "AES");
    assertThat((List<?>) attributes.get("Name")).hasSize(2);
  }

  @Test
  void aKeyWithoutNameOrVersionHasNulls() {
    Map<String, Object> s = KeyViews.summary("id-2", Attributes.empty());
    assertThat(s).containsEntry("name", null).containsEntry("version", null);
  }

  @Test
  void namesParseAsPeopleTypeThem() {
    assertThat(KmipNames.find(CryptographicAlgorithm.class, "hmac-sha256"))
        .contains(CryptographicAlgorithm.HMAC_SHA256);
    assertThat(KmipNames.find(CryptographicAlgorithm.class, "AES"))
        .contains(CryptographicAlgorithm.AES);
    assertThat(KmipNames.find(KeyFormatType.class, "pkcs8")).contains(KeyFormatType.PKCS_8);
    assertThat(KmipNames.find(KeyFormatType.class, "X.509")).contains(KeyFormatType.X_509);
    assertThat(KmipNames.find(State.class, "pre-active")).contains(State.PRE_ACTIVE);
    assertThat(KmipNames.find(RevocationReasonCode.class, "cessation-of-operation"))
        .contains(RevocationReasonCode.CESSATION_OF_OPERATION);
    assertThat(KmipNames.find(State.class, "sleeping")).isEmpty();

    assertThat(KmipNames.cliName(KeyFormatType.PKCS_8)).isEqualTo("pkcs8");
    assertThat(KmipNames.cliName(State.PRE_ACTIVE)).isEqualTo("pre-active");
    assertThat(KmipNames.cliNames(ObjectType.class)).contains("symmetric-key", "secret-data");
    for (String name : KmipNames.cliNames(RevocationReasonCode.class)) {
      assertThat(KmipNames.find(RevocationReasonCode.class, name)).isPresent();
    }
  }
}
