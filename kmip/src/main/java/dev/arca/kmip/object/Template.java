package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.Attribute;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.ObjectType;
import java.util.List;

/**
 * KMIP 1.4 §2.2.6 Table 50 Template: a named set of attributes that Template-Attribute structures
 * refer to by Name. Deprecated in 1.3 and removed in 2.0.
 */
@KmipStructure(Tag.TEMPLATE)
public record Template(@KmipField(Tag.ATTRIBUTE) List<Attribute> attributes)
    implements ManagedObject {

  public Template {
    attributes = List.copyOf(attributes);
    if (attributes.isEmpty()) {
      throw new IllegalArgumentException("a Template needs at least one Attribute");
    }
  }

  @Override
  public ObjectType objectType() {
    return ObjectType.TEMPLATE;
  }
}
