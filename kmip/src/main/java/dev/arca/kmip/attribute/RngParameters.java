package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.CryptographicAlgorithm;
import dev.arca.kmip.enums.DrbgAlgorithm;
import dev.arca.kmip.enums.Fips186Variation;
import dev.arca.kmip.enums.HashingAlgorithm;
import dev.arca.kmip.enums.RecommendedCurve;
import dev.arca.kmip.enums.RngAlgorithm;
import java.util.Optional;

/**
 * KMIP 1.4 §2.1.18 Table 39, KMIP 2.1 §7.36 Table 388 RNG Parameters: the value of the Random
 * Number Generator attribute (1.4 §3.44, 2.1 §4.46), which is written with the tag Random Number
 * Generator, and a field of RNG Retrieve/Seed and Query.
 */
@KmipStructure(Tag.RNG_PARAMETERS)
public record RngParameters(
    @KmipField(Tag.RNG_ALGORITHM) RngAlgorithm rngAlgorithm,
    @KmipField(Tag.CRYPTOGRAPHIC_ALGORITHM) Optional<CryptographicAlgorithm> cryptographicAlgorithm,
    @KmipField(Tag.CRYPTOGRAPHIC_LENGTH) Optional<Integer> cryptographicLength,
    @KmipField(Tag.HASHING_ALGORITHM) Optional<HashingAlgorithm> hashingAlgorithm,
    @KmipField(Tag.DRBG_ALGORITHM) Optional<DrbgAlgorithm> drbgAlgorithm,
    @KmipField(Tag.RECOMMENDED_CURVE) Optional<RecommendedCurve> recommendedCurve,
    @KmipField(Tag.FIPS186_VARIATION) Optional<Fips186Variation> fips186Variation,
    @KmipField(Tag.PREDICTION_RESISTANCE) Optional<Boolean> predictionResistance) {

  public static RngParameters of(RngAlgorithm algorithm) {
    return new RngParameters(
        algorithm,
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }
}
