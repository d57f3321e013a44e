package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.AlternativeNameType;

/** KMIP 1.4 §3.40 Table 139, KMIP 2.1 §4.2 Table 31 Alternative Name. */
@KmipStructure(Tag.ALTERNATIVE_NAME)
public record AlternativeName(
    @KmipField(Tag.ALTERNATIVE_NAME_VALUE) String alternativeNameValue,
    @KmipField(Tag.ALTERNATIVE_NAME_TYPE) AlternativeNameType alternativeNameType) {}
