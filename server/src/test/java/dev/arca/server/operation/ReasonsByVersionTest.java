package dev.arca.server.operation;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.kmip.KmipException;
import dev.arca.kmip.KmipVersion;
import dev.arca.kmip.enums.ResultReason;
import org.junit.jupiter.api.Test;

/** The one table of result reasons per protocol version. */
class ReasonsByVersionTest {

  @Test
  void everyReasonGivenTo1xClientsExistsInTheirVersion() {
    for (KmipVersion v : KmipVersion.values()) {
      for (ResultReason r : ResultReason.values()) {
        ResultReason answered = ReasonsByVersion.forVersion(r, v);
        assertThat(v.atLeast(answered.since())).as(r + " in " + v).isTrue();
      }
    }
  }

  @Test
  void theKeyServicesReasonsMapAsThe14ErrorTablesSay() {
    KmipVersion v = KmipVersion.V1_4;
    assertThat(ReasonsByVersion.forVersion(ResultReason.ATTRIBUTE_READ_ONLY, v))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(ReasonsByVersion.forVersion(ResultReason.ATTRIBUTE_SINGLE_VALUED, v))
        .isEqualTo(ResultReason.ILLEGAL_OPERATION);
    assertThat(ReasonsByVersion.forVersion(ResultReason.ATTRIBUTE_INSTANCE_NOT_FOUND, v))
        .isEqualTo(ResultReason.ITEM_NOT_FOUND);
    assertThat(ReasonsByVersion.forVersion(ResultReason.WRONG_KEY_LIFECYCLE_STATE, v))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(ReasonsByVersion.forVersion(ResultReason.SENSITIVE, v))
        .isEqualTo(ResultReason.SENSITIVE);
    assertThat(ReasonsByVersion.forVersion(ResultReason.SENSITIVE, KmipVersion.V1_3))
        .isEqualTo(ResultReason.PERMISSION_DENIED);
    assertThat(ReasonsByVersion.forVersion(ResultReason.ITEM_NOT_FOUND, KmipVersion.V2_1))
        .isEqualTo(ResultReason.OBJECT_NOT_FOUND);
  }

  @Test
  void theMessageIsKept() {
    KmipException e = new KmipException(ResultReason.NON_UNIQUE_NAME_ATTRIBUTE, "name in use");
    KmipException mapped = ReasonsByVersion.forVersion(e, KmipVersion.V1_2);
    assertThat(mapped.reason()).isEqualTo(ResultReason.INVALID_FIELD);
    assertThat(mapped.getMessage()).isEqualTo("name in use");
    assertThat(ReasonsByVersion.forVersion(e, KmipVersion.V2_0)).isSameAs(e);
  }
}
