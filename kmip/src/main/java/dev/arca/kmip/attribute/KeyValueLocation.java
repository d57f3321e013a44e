package dev.arca.kmip.attribute;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.KeyValueLocationType;

/** KMIP 1.4 §3.42 Table 143, KMIP 2.1 §4.27 Table 82 Key Value Location. */
@KmipStructure(Tag.KEY_VALUE_LOCATION)
public record KeyValueLocation(
    @KmipField(Tag.KEY_VALUE_LOCATION_VALUE) String keyValueLocationValue,
    @KmipField(Tag.KEY_VALUE_LOCATION_TYPE) KeyValueLocationType keyValueLocationType) {}
