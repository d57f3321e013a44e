package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.RotateNameType;

/** KMIP 2.1 §4.53 Table 135 Rotate Name. */
@KmipStructure(Tag.ROTATE_NAME)
public record RotateName(
    @KmipField(Tag.ROTATE_NAME_VALUE) String rotateNameValue,
    @KmipField(Tag.ROTATE_NAME_TYPE) RotateNameType rotateNameType) {}
