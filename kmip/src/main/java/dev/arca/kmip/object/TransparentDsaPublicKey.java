package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.math.BigInteger;

/** KMIP 1.4 §2.1.7.3 Table 16, KMIP 2.1 §3.6 Table 20 Transparent DSA Public Key. */
@KmipStructure(Tag.KEY_MATERIAL)
public record TransparentDsaPublicKey(
    @KmipField(Tag.P) BigInteger p,
    @KmipField(Tag.Q) BigInteger q,
    @KmipField(Tag.G) BigInteger g,
    @KmipField(Tag.Y) BigInteger y)
    implements TransparentKeyMaterial {

  @Override
  public String toString() {
    return "TransparentDsaPublicKey[<" + p.bitLength() + "-bit P>]";
  }
}
