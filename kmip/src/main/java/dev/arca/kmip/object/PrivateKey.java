package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;

/** KMIP 1.4 §2.2.4 Table 48, KMIP 2.1 §2.5 Table 6 Private Key. */
@KmipStructure(Tag.PRIVATE_KEY)
public record PrivateKey(KeyBlock keyBlock) implements ManagedObject {

  @Override
  public ObjectType objectType() {
    return ObjectType.PRIVATE_KEY;
  }
}
