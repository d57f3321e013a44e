package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;

/** KMIP 1.4 §2.2.3 Table 47, KMIP 2.1 §2.6 Table 7 Public Key. */
@KmipStructure(Tag.PUBLIC_KEY)
public record PublicKey(KeyBlock keyBlock) implements ManagedObject {

  @Override
  public ObjectType objectType() {
    return ObjectType.PUBLIC_KEY;
  }
}
