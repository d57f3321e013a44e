package dev.arca.kmip.object;

/**
 * The Key Material structure of a Transparent Key Format Type (KMIP 1.4 §2.1.7, KMIP 2.1
 * §3.4–3.12): the key's components as separate fields. {@link KeyValue#transparentKeyMaterial}
 * reads it by the Key Format Type of the enclosing Key Block.
 *
 * <p>Implementations carry secret components, so their {@code toString()} shows sizes only.
 */
public sealed interface TransparentKeyMaterial
    permits TransparentSymmetricKey,
        TransparentDsaPrivateKey,
        TransparentDsaPublicKey,
        TransparentRsaPrivateKey,
        TransparentRsaPublicKey,
        TransparentDhPrivateKey,
        TransparentDhPublicKey,
        TransparentEcPrivateKey,
        TransparentEcPublicKey {}
