package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;

/** KMIP 1.4 §2.1.7.1 Table 14, KMIP 2.1 §3.4 Table 18 Transparent Symmetric Key. */
@KmipStructure(Tag.KEY_MATERIAL)
public record TransparentSymmetricKey(@KmipField(Tag.KEY) byte[] key)
    implements TransparentKeyMaterial {

  @Override
  public String toString() {
    return "TransparentSymmetricKey[<" + key.length + " bytes>]";
  }
}
