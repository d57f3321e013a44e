package dev.arca.kmip.message;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.enums.AttestationType;
import java.util.Optional;

/** KMIP 2.1 §9.11 Table 413: the Attestation credential value. */
public record AttestationCredential(
    Nonce nonce,
    @KmipField(Tag.ATTESTATION_TYPE) AttestationType attestationType,
    @KmipField(Tag.ATTESTATION_MEASUREMENT) Optional<byte[]> attestationMeasurement,
    @KmipField(Tag.ATTESTATION_ASSERTION) Optional<byte[]> attestationAssertion) {}
