package dev.arca.server.admin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.arca.core.access.UserDirectoryException;
import dev.arca.core.admin.AdminDirectoryException;
import dev.arca.kmip.enums.ResultReason;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The one table of error codes and HTTP statuses. */
class ErrorCodeTest {

  @Test
  void codesAreStableSnakeCaseAndStatusesAreErrors() {
    Set<String> codes = new HashSet<>();
    for (ErrorCode c : ErrorCode.values()) {
      assertThat(c.code()).matches("[a-z]+(_[a-z]+)*");
      assertThat(codes.add(c.code())).isTrue();
      assertThat(c.status()).isBetween(400, 599);
    }
    assertThat(ErrorCode.NOT_FOUND.code()).isEqualTo("not_found");
    assertThat(ErrorCode.AUTHENTICATION_REQUIRED.status()).isEqualTo(401);
    assertThat(ErrorCode.NOT_PERMITTED.status()).isEqualTo(403);
    assertThat(ErrorCode.PAYLOAD_TOO_LARGE.status()).isEqualTo(413);
  }

  @Test
  void everyKmipReasonHasACodeAndADeniedObjectLooksMissing() {
    for (ResultReason r : ResultReason.values()) {
      assertThat(ErrorCode.of(r)).as(r.name()).isNotNull();
    }
    assertThat(ErrorCode.of(ResultReason.ITEM_NOT_FOUND)).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(ErrorCode.of(ResultReason.PERMISSION_DENIED)).isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(ErrorCode.of(ResultReason.WRONG_KEY_LIFECYCLE_STATE))
        .isEqualTo(ErrorCode.WRONG_STATE);
    assertThat(ErrorCode.of(ResultReason.NON_UNIQUE_NAME_ATTRIBUTE))
        .isEqualTo(ErrorCode.ALREADY_EXISTS);
    assertThat(ErrorCode.of(ResultReason.INVALID_FIELD)).isEqualTo(ErrorCode.INVALID_FIELD);
    assertThat(ErrorCode.of(ResultReason.GENERAL_FAILURE)).isEqualTo(ErrorCode.UNAVAILABLE);
  }

  @Test
  void everyDirectoryRefusalHasACode() {
    for (UserDirectoryException.Reason r : UserDirectoryException.Reason.values()) {
      assertThat(ErrorCode.of(r)).as(r.name()).isNotNull();
    }
    for (AdminDirectoryException.Reason r : AdminDirectoryException.Reason.values()) {
      assertThat(ErrorCode.of(r)).as(r.name()).isNotNull();
    }
    assertThat(ErrorCode.of(AdminDirectoryException.Reason.LAST_HIGH_ACCESS))
        .isEqualTo(ErrorCode.LAST_HIGH_ACCESS);
    assertThat(ErrorCode.of(AdminDirectoryException.Reason.NOT_PERMITTED))
        .isEqualTo(ErrorCode.NOT_PERMITTED);
    assertThat(ErrorCode.ofStatus(404)).isEqualTo(ErrorCode.NOT_FOUND);
    assertThat(ErrorCode.ofStatus(405)).isEqualTo(ErrorCode.METHOD_NOT_ALLOWED);
    assertThat(ErrorCode.ofStatus(431)).isEqualTo(ErrorCode.INVALID_PARAMETER);
    assertThat(ErrorCode.ofStatus(502)).isEqualTo(ErrorCode.INTERNAL_ERROR);
  }
}
