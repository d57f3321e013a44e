package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.RevocationReason;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.RevocationReasonCode;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 1.4 §4.20 Table 212, KMIP 2.1 §6.1.44 Table 295 Revoke request. A Key Compromise or CA
 * Compromise moves the object to Compromised; any other reason to Deactivated.
 *
 * @param uniqueIdentifier the object; absent, the server uses the ID Placeholder. KMIP 2.x may send
 *     a reference to an identifier assigned earlier in the batch instead of the identifier
 * @param compromiseOccurrenceDate when the compromise happened; allowed only with a compromise
 *     reason ("SHALL NOT be specified for other Revocation Reason enumerations")
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record RevokeRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.REVOCATION_REASON) RevocationReason revocationReason,
    @KmipField(Tag.COMPROMISE_OCCURRENCE_DATE) Optional<Instant> compromiseOccurrenceDate)
    implements RequestPayload {

  public RevokeRequest {
    Objects.requireNonNull(revocationReason, "revocationReason");
    if (compromiseOccurrenceDate.isPresent() && !isCompromise(revocationReason)) {
      throw new IllegalArgumentException(
          "Compromise Occurrence Date is only allowed with Key Compromise or CA Compromise");
    }
  }

  /** Revokes the object for a reason other than a compromise. */
  public static RevokeRequest of(String uniqueIdentifier, RevocationReasonCode reason) {
    return new RevokeRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        RevocationReason.of(reason),
        Optional.empty());
  }

  /** Reports that the key was compromised at {@code occurredAt}. */
  public static RevokeRequest ofKeyCompromise(String uniqueIdentifier, Instant occurredAt) {
    return new RevokeRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        RevocationReason.of(RevocationReasonCode.KEY_COMPROMISE),
        Optional.of(occurredAt));
  }

  /** Whether the reason puts the object in the Compromised state rather than Deactivated. */
  public boolean isCompromise() {
    return isCompromise(revocationReason);
  }

  private static boolean isCompromise(RevocationReason reason) {
    return reason.revocationReasonCode() == RevocationReasonCode.KEY_COMPROMISE
        || reason.revocationReasonCode() == RevocationReasonCode.CA_COMPROMISE;
  }
}
