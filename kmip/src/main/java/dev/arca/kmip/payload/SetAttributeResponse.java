package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;

/** KMIP 2.1 §6.1.51 Table 323 Set Attribute response (KMIP 2.0 and later). */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record SetAttributeResponse(@KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier)
    implements ResponsePayload {}
