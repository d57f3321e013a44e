package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.math.BigInteger;
import java.util.Optional;

/** KMIP 1.4 §2.1.7.7 Table 20, KMIP 2.1 §3.10 Table 24 Transparent DH Public Key. */
@KmipStructure(Tag.KEY_MATERIAL)
public record TransparentDhPublicKey(
    @KmipField(Tag.P) BigInteger p,
    @KmipField(Tag.Q) Optional<BigInteger> q,
    @KmipField(Tag.G) BigInteger g,
    @KmipField(Tag.J) Optional<BigInteger> j,
    @KmipField(Tag.Y) BigInteger y)
    implements TransparentKeyMaterial {

  @Override
  public String toString() {
    return "TransparentDhPublicKey[<" + p.bitLength() + "-bit P>]";
  }
}
