package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipStructure;

/** KMIP 2.1 §6.1.26 Table 242 Interop response: empty. */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record InteropResponse() implements ResponsePayload {}
