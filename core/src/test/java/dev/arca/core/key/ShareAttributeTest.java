package dev.arca.core.key;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.arca.core.access.Permission;
import dev.arca.kmip.KmipException;
import dev.arca.kmip.Tag;
import dev.arca.kmip.enums.ResultReason;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

class ShareAttributeTest {

  private static Ttlv text(String s) {
    return Ttlv.text(Tag.ATTRIBUTE_VALUE, s);
  }

  private static SortedMap<String, Set<Permission>> grants() {
    SortedMap<String, Set<Permission>> g = new TreeMap<>();
    g.put("auditors", EnumSet.of(Permission.EXPORT));
    g.put("payments", EnumSet.of(Permission.USE, Permission.SIGN));
    return g;
  }

  @Test
  void theAttributeIsTheClientsVendorXAndReadsAsTheGrants() {
    assertThat(ShareAttribute.KEY).isEqualTo(AttributeKey.custom("x", "arca-share"));
    assertThat(ShareAttribute.KEY.v1Name()).isEqualTo("x-arca-share");
    assertThat(ShareAttribute.values(grants()))
        .containsExactly(text("auditors:get"), text("payments:encrypt,sign"));
  }

  @Test
  void aValueNamesAGroupAndGrantablePermissions() throws KmipException {
    ShareAttribute.Grant g = ShareAttribute.parse(text("payments: sign , encrypt"));
    assertThat(g.group()).isEqualTo("payments");
    assertThat(g.permissions()).containsExactlyInAnyOrder(Permission.USE, Permission.SIGN);
  }

  @Test
  void malformedValuesAreRefusedNamingTheProblem() {
    assertInvalid(text("payments:encrypt,launch"), "'launch'");
    assertInvalid(text("payments:"), "no permission");
    assertInvalid(text("payments"), "GROUP:perm");
    assertInvalid(text(":get"), "GROUP:perm");
    assertInvalid(Ttlv.integer(Tag.ATTRIBUTE_VALUE, 1), "Text String");
  }

  private static void assertInvalid(Ttlv value, String mentioned) {
    assertThatThrownBy(() -> ShareAttribute.parse(value))
        .isInstanceOfSatisfying(
            KmipException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.INVALID_ATTRIBUTE_VALUE))
        .hasMessageContaining("x-arca-share")
        .hasMessageContaining(mentioned);
  }

  @Test
  void addReplacesAGroupsPermissions() throws KmipException {
    assertThat(ShareAttribute.add(grants(), text("payments:get")))
        .isEqualTo(
            Map.of(
                "auditors", EnumSet.of(Permission.EXPORT),
                "payments", EnumSet.of(Permission.EXPORT)));
  }

  @Test
  void modifyAndDeleteSelectByIndexByValueOrTheOnlyOne() throws KmipException {
    assertThat(
            ShareAttribute.modify(grants(), AttributeInstance.index(1), text("ops:revoke"))
                .keySet())
        .containsExactly("auditors", "ops");
    assertThat(
            ShareAttribute.delete(grants(), AttributeInstance.value(text("auditors:get"))).keySet())
        .containsExactly("payments");
    assertThat(ShareAttribute.delete(grants(), AttributeInstance.all())).isEmpty();
    assertThatThrownBy(() -> ShareAttribute.delete(grants(), AttributeInstance.only()))
        .isInstanceOfSatisfying(
            KmipException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.MULTI_VALUED_ATTRIBUTE));
    assertThatThrownBy(() -> ShareAttribute.delete(grants(), AttributeInstance.index(2)))
        .isInstanceOfSatisfying(
            KmipException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND));
    assertThatThrownBy(
            () -> ShareAttribute.delete(new TreeMap<>(), AttributeInstance.value(text("x:get"))))
        .isInstanceOfSatisfying(
            KmipException.class,
            e -> assertThat(e.reason()).isEqualTo(ResultReason.ATTRIBUTE_NOT_FOUND));
    assertThat(List.copyOf(ShareAttribute.delete(grants(), AttributeInstance.index(0)).keySet()))
        .containsExactly("payments");
  }
}
