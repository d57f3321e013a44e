package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;
import java.util.List;

/** KMIP 2.1 §7.24 Table 376 Object Types: a list of Object Types. */
@KmipStructure(Tag.OBJECT_TYPES)
public record ObjectTypes(@KmipField(Tag.OBJECT_TYPE) List<ObjectType> objectTypes) {

  public ObjectTypes {
    objectTypes = List.copyOf(objectTypes);
  }

  public static ObjectTypes of(ObjectType... objectTypes) {
    return new ObjectTypes(List.of(objectTypes));
  }
}
