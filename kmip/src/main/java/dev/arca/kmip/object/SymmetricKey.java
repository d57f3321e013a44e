package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;

/** KMIP 1.4 §2.2.2 Table 46, KMIP 2.1 §2.9 Table 10 Symmetric Key. */
@KmipStructure(Tag.SYMMETRIC_KEY)
public record SymmetricKey(KeyBlock keyBlock) implements ManagedObject {

  @Override
  public ObjectType objectType() {
    return ObjectType.SYMMETRIC_KEY;
  }
}
