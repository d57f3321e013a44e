package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.RevocationReasonCode;
import java.util.Optional;

/** KMIP 1.4 §3.31 Table 121, KMIP 2.1 §4.47 Table 123 Revocation Reason. */
@KmipStructure(Tag.REVOCATION_REASON)
public record RevocationReason(
    @KmipField(Tag.REVOCATION_REASON_CODE) RevocationReasonCode revocationReasonCode,
    @KmipField(Tag.REVOCATION_MESSAGE) Optional<String> revocationMessage) {

  public static RevocationReason of(RevocationReasonCode code) {
    return new RevocationReason(code, Optional.empty());
  }
}
