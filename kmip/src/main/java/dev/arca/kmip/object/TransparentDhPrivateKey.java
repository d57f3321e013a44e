package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.math.BigInteger;
import java.util.Optional;

/** KMIP 1.4 §2.1.7.6 Table 19, KMIP 2.1 §3.9 Table 23 Transparent DH Private Key. */
@KmipStructure(Tag.KEY_MATERIAL)
public record TransparentDhPrivateKey(
    @KmipField(Tag.P) BigInteger p,
    @KmipField(Tag.Q) Optional<BigInteger> q,
    @KmipField(Tag.G) BigInteger g,
    @KmipField(Tag.J) Optional<BigInteger> j,
    @KmipField(Tag.X) BigInteger x)
    implements TransparentKeyMaterial {

  @Override
  public String toString() {
    return "TransparentDhPrivateKey[<" + p.bitLength() + "-bit P>]";
  }
}
