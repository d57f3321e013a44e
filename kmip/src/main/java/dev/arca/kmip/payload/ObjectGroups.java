package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;

/**
 * KMIP 2.1 §7.23 Table 375 Object Groups: Object Group attribute values (§4.35), each a Text String
 * under the Object Group tag.
 */
@KmipStructure(Tag.OBJECT_GROUPS)
public record ObjectGroups(@KmipField(Tag.OBJECT_GROUP) List<String> objectGroups) {

  public ObjectGroups {
    objectGroups = List.copyOf(objectGroups);
  }

  public static ObjectGroups of(String... objectGroups) {
    return new ObjectGroups(List.of(objectGroups));
  }
}
