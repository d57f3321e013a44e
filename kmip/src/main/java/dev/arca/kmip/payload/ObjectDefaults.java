package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attributes;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 2.0 §7.18, KMIP 2.1 §7.22 Table 374 Object Defaults: the attribute values the server uses
 * when a client leaves them out of a request that creates objects of the given type.
 *
 * <p>KMIP 2.0 names one Object Type; KMIP 2.1 names one Object Type or an Object Types list, and
 * may narrow the defaults to some Object Groups. Exactly one of the first two is present.
 *
 * @param objectGroups the groups the defaults apply to; absent, all of them
 */
@KmipStructure(Tag.OBJECT_DEFAULTS)
public record ObjectDefaults(
    @KmipField(Tag.OBJECT_TYPE) Optional<ObjectType> objectType,
    @KmipField(Tag.OBJECT_TYPES) Optional<ObjectTypes> objectTypes,
    @KmipField(Tag.ATTRIBUTES) Attributes attributes,
    @KmipField(Tag.OBJECT_GROUPS) Optional<ObjectGroups> objectGroups) {

  public ObjectDefaults {
    Objects.requireNonNull(attributes, "attributes");
    if (objectType.isPresent() == objectTypes.isPresent()) {
      throw new IllegalArgumentException("Object Defaults needs Object Type or Object Types");
    }
  }

  public static ObjectDefaults of(ObjectType objectType, Attributes attributes) {
    return new ObjectDefaults(
        Optional.of(objectType), Optional.empty(), attributes, Optional.empty());
  }
}
