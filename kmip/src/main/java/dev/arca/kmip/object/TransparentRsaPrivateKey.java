package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.math.BigInteger;
import java.util.Optional;

/**
 * KMIP 1.4 §2.1.7.4 Table 17, KMIP 2.1 §3.7 Table 21 Transparent RSA Private Key. One of Private
 * Exponent, P and Q, or Prime Exponent P and Prime Exponent Q SHALL be present.
 */
@KmipStructure(Tag.KEY_MATERIAL)
public record TransparentRsaPrivateKey(
    @KmipField(Tag.MODULUS) BigInteger modulus,
    @KmipField(Tag.PRIVATE_EXPONENT) Optional<BigInteger> privateExponent,
    @KmipField(Tag.PUBLIC_EXPONENT) Optional<BigInteger> publicExponent,
    @KmipField(Tag.P) Optional<BigInteger> p,
    @KmipField(Tag.Q) Optional<BigInteger> q,
    @KmipField(Tag.PRIME_EXPONENT_P) Optional<BigInteger> primeExponentP,
    @KmipField(Tag.PRIME_EXPONENT_Q) Optional<BigInteger> primeExponentQ,
    @KmipField(Tag.CRT_COEFFICIENT) Optional<BigInteger> crtCoefficient)
    implements TransparentKeyMaterial {

  public TransparentRsaPrivateKey {
    boolean complete =
        privateExponent.isPresent()
            || (p.isPresent() && q.isPresent())
            || (primeExponentP.isPresent() && primeExponentQ.isPresent());
    if (!complete) {
      throw new IllegalArgumentException(
          "Transparent RSA Private Key needs Private Exponent, P and Q, or Prime Exponent P and Q");
    }
  }

  @Override
  public String toString() {
    return "TransparentRsaPrivateKey[<" + modulus.bitLength() + "-bit modulus>]";
  }
}
