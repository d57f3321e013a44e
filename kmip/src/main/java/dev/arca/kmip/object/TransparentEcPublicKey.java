package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.RecommendedCurve;

/**
 * KMIP 1.4 §2.1.7.15 Table 28, KMIP 2.1 §3.12 Table 26 Transparent EC Public Key.
 *
 * <p>The Transparent ECDSA, ECDH and ECMQV Public Key structures of KMIP 1.0–1.4 (§2.1.7.9,
 * 2.1.7.11, 2.1.7.13; deprecated in 1.3, removed in 2.0) have this same layout, so their Key Format
 * Types read as this record too.
 *
 * @param qString the encoded point Q (X9.62)
 */
@KmipStructure(Tag.KEY_MATERIAL)
public record TransparentEcPublicKey(
    @KmipField(Tag.RECOMMENDED_CURVE) RecommendedCurve recommendedCurve,
    @KmipField(Tag.Q_STRING) byte[] qString)
    implements TransparentKeyMaterial {

  @Override
  public String toString() {
    return "TransparentEcPublicKey[" + recommendedCurve.specName() + "]";
  }
}
