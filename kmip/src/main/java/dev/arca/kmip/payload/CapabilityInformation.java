package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.DestroyAction;
import dev.arca.kmip.enums.RngMode;
import dev.arca.kmip.enums.ShreddingAlgorithm;
import dev.arca.kmip.enums.UnwrapMode;
import java.util.Optional;

/**
 * KMIP 1.4 §2.1.21 Table 42, KMIP 2.1 §7.5 Table 356 Capability Information: what the server can
 * do, in a Query response. Every field is optional; KMIP 1.4 added the batch capabilities and 2.0
 * the Quantum Safe Capability.
 */
@KmipStructure(Tag.CAPABILITY_INFORMATION)
public record CapabilityInformation(
    @KmipField(Tag.STREAMING_CAPABILITY) Optional<Boolean> streamingCapability,
    @KmipField(Tag.ASYNCHRONOUS_CAPABILITY) Optional<Boolean> asynchronousCapability,
    @KmipField(Tag.ATTESTATION_CAPABILITY) Optional<Boolean> attestationCapability,
    @KmipField(Tag.BATCH_UNDO_CAPABILITY) Optional<Boolean> batchUndoCapability,
    @KmipField(Tag.BATCH_CONTINUE_CAPABILITY) Optional<Boolean> batchContinueCapability,
    @KmipField(Tag.UNWRAP_MODE) Optional<UnwrapMode> unwrapMode,
    @KmipField(Tag.DESTROY_ACTION) Optional<DestroyAction> destroyAction,
    @KmipField(Tag.SHREDDING_ALGORITHM) Optional<ShreddingAlgorithm> shreddingAlgorithm,
    @KmipField(Tag.RNG_MODE) Optional<RngMode> rngMode,
    @KmipField(Tag.QUANTUM_SAFE_CAPABILITY) Optional<Boolean> quantumSafeCapability) {}
