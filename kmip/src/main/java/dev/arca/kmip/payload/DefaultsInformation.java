package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.List;

/**
 * KMIP 2.0 §7.7, KMIP 2.1 §7.11 Table 363 Defaults Information: the defaults the server applies per
 * object type, in a Query response.
 */
@KmipStructure(Tag.DEFAULTS_INFORMATION)
public record DefaultsInformation(
    @KmipField(Tag.OBJECT_DEFAULTS) List<ObjectDefaults> objectDefaults) {

  public DefaultsInformation {
    objectDefaults = List.copyOf(objectDefaults);
  }
}
