package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §3.13 Table 80 Certificate Identifier, deprecated in 1.1 for X.509 Certificate
 * Identifier and removed in 2.0.
 *
 * @param serialNumber required for X.509 certificates, absent for PGP certificates
 */
@KmipStructure(Tag.CERTIFICATE_IDENTIFIER)
public record CertificateIdentifier(
    @KmipField(Tag.ISSUER) String issuer,
    @KmipField(Tag.SERIAL_NUMBER) Optional<String> serialNumber) {}
