package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;

/**
 * KMIP 1.4 §2.1.8 Table 29 Template-Attribute, removed in 2.0 for {@link Attributes}.
 *
 * <p>The Common, Private Key and Public Key Template-Attribute structures of Create Key Pair and
 * Re-key Key Pair have the same layout; payloads bind this record under those tags.
 *
 * @param names names of Template objects whose attributes apply (deprecated in 1.3)
 * @param attributes the attributes themselves
 */
@KmipStructure(Tag.TEMPLATE_ATTRIBUTE)
public record TemplateAttribute(
    @KmipField(Tag.NAME) List<Name> names, @KmipField(Tag.ATTRIBUTE) List<Attribute> attributes) {

  public TemplateAttribute {
    names = List.copyOf(names);
    attributes = List.copyOf(attributes);
  }

  public static TemplateAttribute of(List<Attribute> attributes) {
    return new TemplateAttribute(List.of(), attributes);
  }

  public static TemplateAttribute of(Attribute... attributes) {
    return new TemplateAttribute(List.of(), List.of(attributes));
  }

  public static TemplateAttribute empty() {
    return new TemplateAttribute(List.of(), List.of());
  }
}
