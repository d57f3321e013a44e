package dev.arca.kmip.message;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;

/** KMIP 1.4 §2.1.14 Nonce. */
@KmipStructure(Tag.NONCE)
public record Nonce(
    @KmipField(Tag.NONCE_ID) byte[] nonceId, @KmipField(Tag.NONCE_VALUE) byte[] nonceValue) {}
