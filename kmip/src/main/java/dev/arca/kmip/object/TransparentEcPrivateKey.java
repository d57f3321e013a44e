package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.RecommendedCurve;
import java.math.BigInteger;

/**
 * KMIP 1.4 §2.1.7.14 Table 27, KMIP 2.1 §3.11 Table 25 Transparent EC Private Key.
 *
 * <p>The Transparent ECDSA, ECDH and ECMQV Private Key structures of KMIP 1.0–1.4 (§2.1.7.8,
 * 2.1.7.10, 2.1.7.12; deprecated in 1.3, removed in 2.0) have this same layout, so their Key Format
 * Types read as this record too.
 */
@KmipStructure(Tag.KEY_MATERIAL)
public record TransparentEcPrivateKey(
    @KmipField(Tag.RECOMMENDED_CURVE) RecommendedCurve recommendedCurve,
    @KmipField(Tag.D) BigInteger d)
    implements TransparentKeyMaterial {

  @Override
  public String toString() {
    return "TransparentEcPrivateKey[" + recommendedCurve.specName() + "]";
  }
}
