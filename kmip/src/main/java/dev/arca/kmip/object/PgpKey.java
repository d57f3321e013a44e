package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;

/**
 * KMIP 1.4 §2.2.9 Table 53, KMIP 2.1 §2.4 Table 5 PGP Key (added in 1.2): an ASCII-armored PGP key
 * (RFC 4880) in the Key Block.
 */
@KmipStructure(Tag.PGP_KEY)
public record PgpKey(@KmipField(Tag.PGP_KEY_VERSION) int pgpKeyVersion, KeyBlock keyBlock)
    implements ManagedObject {

  @Override
  public ObjectType objectType() {
    return ObjectType.PGP_KEY;
  }
}
