package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.NameType;

/** KMIP 1.4 §3.2 Table 57, KMIP 2.1 §4.32 Table 93 Name. */
@KmipStructure(Tag.NAME)
public record Name(
    @KmipField(Tag.NAME_VALUE) String nameValue, @KmipField(Tag.NAME_TYPE) NameType nameType) {

  /** A name of type Uninterpreted Text String, the type the profiles use. */
  public static Name of(String value) {
    return new Name(value, NameType.UNINTERPRETED_TEXT_STRING);
  }
}
