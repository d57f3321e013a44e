package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.RecommendedCurve;
import java.util.Optional;

/**
 * KMIP 1.4 §3.7 Table 68, KMIP 2.1 §4.14 Table 55 Cryptographic Domain Parameters.
 *
 * @param qlength the length of Q in bits (DSA and DH)
 */
@KmipStructure(Tag.CRYPTOGRAPHIC_DOMAIN_PARAMETERS)
public record CryptographicDomainParameters(
    @KmipField(Tag.QLENGTH) Optional<Integer> qlength,
    @KmipField(Tag.RECOMMENDED_CURVE) Optional<RecommendedCurve> recommendedCurve) {}
