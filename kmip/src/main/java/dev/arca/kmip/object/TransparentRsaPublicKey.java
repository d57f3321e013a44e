package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.math.BigInteger;

/** KMIP 1.4 §2.1.7.5 Table 18, KMIP 2.1 §3.8 Table 22 Transparent RSA Public Key. */
@KmipStructure(Tag.KEY_MATERIAL)
public record TransparentRsaPublicKey(
    @KmipField(Tag.MODULUS) BigInteger modulus,
    @KmipField(Tag.PUBLIC_EXPONENT) BigInteger publicExponent)
    implements TransparentKeyMaterial {

  @Override
  public String toString() {
    return "TransparentRsaPublicKey[<" + modulus.bitLength() + "-bit modulus>]";
  }
}
