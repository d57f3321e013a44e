package dev.arca.kmip.message;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.ttlv.Ttlv;

/**
 * KMIP 2.1 §9.13 Message Extension. A receiver that does not understand a critical extension
 * rejects the whole message.
 */
@KmipStructure(Tag.MESSAGE_EXTENSION)
public record MessageExtension(
    @KmipField(Tag.VENDOR_IDENTIFICATION) String vendorIdentification,
    @KmipField(Tag.CRITICALITY_INDICATOR) boolean criticalityIndicator,
    @KmipField(Tag.VENDOR_EXTENSION) Ttlv vendorExtension) {}
