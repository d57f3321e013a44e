package dev.arca.core.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.key.AttributeRules.ClientChange;
import dev.arca.core.key.AttributeRules.InitialSetter;
import dev.arca.core.key.AttributeRules.Rule;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Link;
import dev.arca.kmip.attribute.Name;
import dev.arca.kmip.bind.TtlvBinder;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.KmipEnums;
import dev.arca.kmip.enums.LinkType;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import java.time.Instant;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class AttributeRulesTest {

  private static Rule rule(Tag tag) {
    return AttributeRules.forTag(tag).orElseThrow();
  }

  private static Rule rule(String v1Name) throws KmipException {
    return AttributeRules.rule(AttributeKey.customFromV1Name(v1Name).orElseThrow());
  }

  @Test
  void everyAttributeOfEveryVersionHasARule() {
    for (Tag t : Tag.values()) {
      if (KmipEnums.isAttribute(t)) {
        assertThat(AttributeRules.forTag(t)).as(t.specName()).isPresent();
      }
    }
    // KMIP 2.1 §4 has 63 sections: 61 attributes, the Certificate Attributes (24 rows here) and
    // the Vendor Attribute (the custom rules); and 2.0 removed five attributes of 1.x.
    assertThat(AttributeRules.all()).hasSize(61 + 24 + 5);
    assertThat(AttributeRules.all()).allSatisfy(r -> assertThat(r.tag()).isPresent());
  }

  @Test
  void uniqueIdentifierIsServerOnlyRequiredAndNeverDeleted() {
    Rule r = rule(Tag.UNIQUE_IDENTIFIER);
    assertThat(r.readOnlyToClients()).isTrue();
    assertThat(r.clientDelete()).isEqualTo(ClientChange.NEVER);
    assertThat(r.clientModify()).isEqualTo(ClientChange.NEVER);
    assertThat(r.initiallySetBy()).isEqualTo(InitialSetter.SERVER);
    assertThat(r.multiValued()).isFalse();
    assertThat(r.requiredFor()).containsAll(EnumSet.allOf(ObjectType.class));
    assertThat(r.since()).isEqualTo(KmipVersion.V1_0);
    assertThat(r.removedIn()).isEmpty();
  }

  @Test
  void nameIsMultiValuedAndTheClientsToChange() {
    Rule r = rule(Tag.NAME);
    assertThat(r.multiValued()).isTrue();
    assertThat(r.initiallySetBy()).isEqualTo(InitialSetter.CLIENT);
    assertThat(r.clientSetsAtCreation()).isTrue();
    assertThat(r.clientModify()).isEqualTo(ClientChange.ALWAYS);
    assertThat(r.clientDelete()).isEqualTo(ClientChange.ALWAYS);
    assertThat(r.requiredFor()).isEmpty();
    assertThat(r.encoding()).isEqualTo(AttributeRules.Encoding.STRUCTURE);
  }

  @Test
  void cryptographicLengthIsGivenAtCreationAndFixedAfterwards() {
    Rule r = rule(Tag.CRYPTOGRAPHIC_LENGTH);
    assertThat(r.multiValued()).isFalse();
    assertThat(r.clientSetsAtCreation()).isTrue();
    assertThat(r.clientMayAdd()).isFalse();
    assertThat(r.clientModify()).isEqualTo(ClientChange.NEVER);
    assertThat(r.clientDelete()).isEqualTo(ClientChange.NEVER);
    // KMIP 2.1 Table 58: "Yes (Except for Opaque Object)".
    assertThat(r.requiredFor(ObjectType.SYMMETRIC_KEY)).isTrue();
    assertThat(r.requiredFor(ObjectType.OPAQUE_OBJECT)).isFalse();
    Rule algorithm = rule(Tag.CRYPTOGRAPHIC_ALGORITHM);
    assertThat(algorithm.requiredFor(ObjectType.SECRET_DATA)).isFalse();
    assertThat(algorithm.requiredFor(ObjectType.PRIVATE_KEY)).isTrue();
  }

  @Test
  void lifecycleDatesChangeOnlyInTheirStates() {
    assertThat(rule(Tag.ACTIVATION_DATE).clientModify()).isEqualTo(ClientChange.WHILE_PRE_ACTIVE);
    assertThat(rule(Tag.DEACTIVATION_DATE).clientModify())
        .isEqualTo(ClientChange.WHILE_PRE_ACTIVE_OR_ACTIVE);
    assertThat(rule(Tag.PROCESS_START_DATE).clientModify())
        .isEqualTo(ClientChange.UNTIL_DATE_REACHED);
    assertThat(rule(Tag.PROTECT_STOP_DATE).clientModify())
        .isEqualTo(ClientChange.UNTIL_DATE_REACHED);
    for (Tag t :
        new Tag[] {
          Tag.ACTIVATION_DATE, Tag.DEACTIVATION_DATE, Tag.PROCESS_START_DATE, Tag.PROTECT_STOP_DATE
        }) {
      assertThat(rule(t).clientDelete()).as(t.specName()).isEqualTo(ClientChange.NEVER);
      assertThat(rule(t).initiallySetBy()).isEqualTo(InitialSetter.SERVER_OR_CLIENT);
    }
    for (Tag t :
        new Tag[] {
          Tag.INITIAL_DATE,
          Tag.DESTROY_DATE,
          Tag.COMPROMISE_DATE,
          Tag.COMPROMISE_OCCURRENCE_DATE,
          Tag.ARCHIVE_DATE,
          Tag.LAST_CHANGE_DATE,
          Tag.STATE,
          Tag.REVOCATION_REASON,
          Tag.DIGEST,
          Tag.OBJECT_TYPE
        }) {
      assertThat(rule(t).readOnlyToClients()).as(t.specName()).isTrue();
    }
  }

  @Test
  void usageLimitsChangeUntilTheFirstAllocation() {
    Rule r = rule(Tag.USAGE_LIMITS);
    assertThat(r.clientModify()).isEqualTo(ClientChange.UNTIL_ALLOCATED);
    assertThat(r.clientDelete()).isEqualTo(ClientChange.UNTIL_ALLOCATED);
  }

  @Test
  void versionsAndRemovedAttributes() {
    Rule policy = rule(Tag.OPERATION_POLICY_NAME);
    assertThat(policy.removedIn()).contains(KmipVersion.V2_0);
    assertThat(policy.definedIn(KmipVersion.V1_4)).isTrue();
    assertThat(policy.definedIn(KmipVersion.V2_0)).isFalse();
    // Accepted and kept, so that 1.x clients that send it work.
    assertThat(policy.clientSetsAtCreation()).isTrue();
    assertThat(rule(Tag.CERTIFICATE_LENGTH).since()).isEqualTo(KmipVersion.V1_1);
    assertThat(rule(Tag.ALTERNATIVE_NAME).since()).isEqualTo(KmipVersion.V1_2);
    assertThat(rule(Tag.RANDOM_NUMBER_GENERATOR).since()).isEqualTo(KmipVersion.V1_3);
    assertThat(rule(Tag.SENSITIVE).since()).isEqualTo(KmipVersion.V1_4);
    assertThat(rule(Tag.SHORT_UNIQUE_IDENTIFIER).since()).isEqualTo(KmipVersion.V2_0);
    assertThat(rule(Tag.ROTATE_NAME).since()).isEqualTo(KmipVersion.V2_1);
    assertThat(rule(Tag.CERTIFICATE_LENGTH).appliesTo()).containsExactly(ObjectType.CERTIFICATE);
    assertThat(rule(Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS).appliesTo())
        .containsExactlyInAnyOrder(ObjectType.PUBLIC_KEY, ObjectType.PRIVATE_KEY);
    assertThat(rule(Tag.FRESH).clientSetsAtCreation()).isTrue();
    assertThat(rule(Tag.FRESH).clientModify()).isEqualTo(ClientChange.NEVER);
    assertThat(rule(Tag.SENSITIVE).clientModify()).isEqualTo(ClientChange.ALWAYS);
    assertThat(rule(Tag.SENSITIVE).clientDelete()).isEqualTo(ClientChange.NEVER);
  }

  @Test
  void customAttributesFollowTheirOwner() throws Exception {
    Rule x = rule("x-expiry");
    assertThat(x.readOnlyToClients()).isFalse();
    assertThat(x.clientSetsAtCreation()).isTrue();
    assertThat(x.clientModify()).isEqualTo(ClientChange.ALWAYS);
    assertThat(x.clientDelete()).isEqualTo(ClientChange.ALWAYS);
    assertThat(x.multiValued()).isTrue();
    assertThat(rule("y-anything").readOnlyToClients()).isTrue();
    assertThat(AttributeRules.rule(AttributeKey.custom("acme.corp", "color")).readOnlyToClients())
        .isFalse();
    assertThat(AttributeRules.rule(AttributeKey.custom("arca", "tier")).readOnlyToClients())
        .isTrue();
    assertThat(AttributeRules.rule(VersionedKeys.VERSION).readOnlyToClients()).isTrue();
  }

  @Test
  void whatIsNotAnAttributeIsInvalidAttribute() {
    assertReason(
        () -> AttributeRules.rule(AttributeKey.of(Tag.KEY_BLOCK)), ResultReason.INVALID_ATTRIBUTE);
    assertReason(
        () -> AttributeRules.rule(AttributeKey.of(Tag.CUSTOM_ATTRIBUTE)),
        ResultReason.INVALID_ATTRIBUTE);
    assertReason(
        () -> AttributeRules.rule(AttributeKey.custom("bad vendor", "n")),
        ResultReason.INVALID_ATTRIBUTE);
  }

  @Test
  void valuesMustHaveTheirEncoding() {
    Rule length = rule(Tag.CRYPTOGRAPHIC_LENGTH);
    assertReason(
        () -> AttributeRules.checkValue(length, Ttlv.text(Tag.CRYPTOGRAPHIC_LENGTH, "256")),
        ResultReason.INVALID_FIELD);
    assertReason(
        () -> AttributeRules.checkValue(length, Ttlv.integer(Tag.CRYPTOGRAPHIC_ALGORITHM, 256)),
        ResultReason.INVALID_FIELD);
    Rule algorithm = rule(Tag.CRYPTOGRAPHIC_ALGORITHM);
    assertReason(
        () ->
            AttributeRules.checkValue(
                algorithm, Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, 0x7777)),
        ResultReason.INVALID_FIELD);
    Rule date = rule(Tag.ACTIVATION_DATE);
    assertReason(
        () -> AttributeRules.checkValue(date, Ttlv.integer(Tag.ACTIVATION_DATE, 5)),
        ResultReason.INVALID_FIELD);
  }

  @Test
  void wellFormedValuesPass() throws Exception {
    AttributeRules.checkValue(
        rule(Tag.CRYPTOGRAPHIC_LENGTH), Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 128));
    AttributeRules.checkValue(
        rule(Tag.CRYPTOGRAPHIC_ALGORITHM),
        Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, CryptographicAlgorithm.AES.code()));
    // Extension values (8XXXXXXX) are the vendor's to define.
    AttributeRules.checkValue(
        rule(Tag.CRYPTOGRAPHIC_ALGORITHM),
        Ttlv.enumeration(Tag.CRYPTOGRAPHIC_ALGORITHM, 0x80000001));
    AttributeRules.checkValue(rule(Tag.NAME), TtlvBinder.encode(Tag.NAME, Name.of("k")));
    AttributeRules.checkValue(
        rule(Tag.LINK), TtlvBinder.encode(Tag.LINK, Link.of(LinkType.PUBLIC_KEY_LINK, "id")));
    AttributeRules.checkValue(
        rule(Tag.ACTIVATION_DATE), Ttlv.dateTime(Tag.ACTIVATION_DATE, Instant.EPOCH));
    Rule custom = rule("x-n");
    AttributeRules.checkValue(custom, Ttlv.integer(Tag.ATTRIBUTE_VALUE, 3));
    AttributeRules.checkValue(custom, Ttlv.dateTime(Tag.ATTRIBUTE_VALUE, Instant.EPOCH));
    AttributeRules.checkValue(
        custom,
        Ttlv.structure(
            Tag.ATTRIBUTE_VALUE, Ttlv.text(Tag.NAME_VALUE, "a"), Ttlv.integer(Tag.IV_LENGTH, 1)));
  }

  @Test
  void malformedStructuresAreInvalidField() throws Exception {
    assertReason(
        () ->
            AttributeRules.checkValue(
                rule(Tag.NAME), Ttlv.structure(Tag.NAME, Ttlv.text(Tag.NAME_VALUE, "k"))),
        ResultReason.INVALID_FIELD);
    // A Link naming its object by a batch reference must be resolved before it reaches the store.
    assertReason(
        () ->
            AttributeRules.checkValue(
                rule(Tag.LINK),
                Ttlv.structure(
                    Tag.LINK,
                    Ttlv.enumeration(Tag.LINK_TYPE, LinkType.PUBLIC_KEY_LINK.code()),
                    Ttlv.enumeration(Tag.LINKED_OBJECT_IDENTIFIER, 1))),
        ResultReason.INVALID_FIELD);
    Rule custom = rule("x-n");
    assertReason(
        () ->
            AttributeRules.checkValue(
                custom,
                Ttlv.structure(
                    Tag.ATTRIBUTE_VALUE, Ttlv.structure(Tag.NAME, Ttlv.text(Tag.NAME_VALUE, "a")))),
        ResultReason.INVALID_FIELD);
    assertReason(
        () -> AttributeRules.checkValue(custom, Ttlv.integer(Tag.CRYPTOGRAPHIC_LENGTH, 1)),
        ResultReason.INVALID_FIELD);
  }

  @FunctionalInterface
  interface Call {
    void run() throws Exception;
  }

  static void assertReason(Call call, ResultReason reason) {
    assertThatThrownBy(call::run)
        .isInstanceOf(KmipException.class)
        .satisfies(e -> assertThat(((KmipException) e).reason()).isEqualTo(reason));
  }
}
