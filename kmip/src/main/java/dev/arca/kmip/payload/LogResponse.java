package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipStructure;

/** KMIP 2.1 §6.1.29 Table 251 Log response: empty. */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record LogResponse() implements ResponsePayload {}
