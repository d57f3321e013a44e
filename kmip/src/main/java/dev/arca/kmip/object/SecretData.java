package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;
import dev.arca.kmip.enums.SecretDataType;

/** KMIP 1.4 §2.2.7 Table 51, KMIP 2.1 §2.7 Table 8 Secret Data. */
@KmipStructure(Tag.SECRET_DATA)
public record SecretData(
    @KmipField(Tag.SECRET_DATA_TYPE) SecretDataType secretDataType, KeyBlock keyBlock)
    implements ManagedObject {

  @Override
  public ObjectType objectType() {
    return ObjectType.SECRET_DATA;
  }
}
