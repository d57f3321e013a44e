package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.math.BigInteger;

/** KMIP 1.4 §2.1.7.2 Table 15, KMIP 2.1 §3.5 Table 19 Transparent DSA Private Key. */
@KmipStructure(Tag.KEY_MATERIAL)
public record TransparentDsaPrivateKey(
    @KmipField(Tag.P) BigInteger p,
    @KmipField(Tag.Q) BigInteger q,
    @KmipField(Tag.G) BigInteger g,
    @KmipField(Tag.X) BigInteger x)
    implements TransparentKeyMaterial {

  @Override
  public String toString() {
    return "TransparentDsaPrivateKey[<" + p.bitLength() + "-bit P>]";
  }
}
