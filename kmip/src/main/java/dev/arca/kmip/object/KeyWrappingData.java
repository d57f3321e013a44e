package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.EncodingOption;
import dev.arca.kmip.enums.WrappingMethod;
import java.util.Optional;

/**
 * KMIP 1.4 §2.1.5 Table 9, KMIP 2.1 §3.3 Table 15 Key Wrapping Data: how the Key Value of a Key
 * Block was wrapped. Either key information is present (§2.1.5: "Either the Encryption Key
 * Information or the MAC/Signature Key Information (or both) … SHALL be specified").
 *
 * @param encodingOption absent: the wrapped Key Value is TTLV encoded (added in 1.1)
 */
@KmipStructure(Tag.KEY_WRAPPING_DATA)
public record KeyWrappingData(
    @KmipField(Tag.WRAPPING_METHOD) WrappingMethod wrappingMethod,
    Optional<EncryptionKeyInformation> encryptionKeyInformation,
    Optional<MacSignatureKeyInformation> macSignatureKeyInformation,
    @KmipField(Tag.MAC_SIGNATURE) Optional<byte[]> macSignature,
    @KmipField(Tag.IV_COUNTER_NONCE) Optional<byte[]> ivCounterNonce,
    @KmipField(Tag.ENCODING_OPTION) Optional<EncodingOption> encodingOption) {

  public KeyWrappingData {
    if (encryptionKeyInformation.isEmpty() && macSignatureKeyInformation.isEmpty()) {
      throw new IllegalArgumentException(
          "Key Wrapping Data needs Encryption Key Information or MAC/Signature Key Information");
    }
  }

  /** Wrapping by encryption only, with the wrapping key's own parameters. */
  public static KeyWrappingData encryptedWith(EncryptionKeyInformation key) {
    return new KeyWrappingData(
        WrappingMethod.ENCRYPT,
        Optional.of(key),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @Override
  public String toString() {
    return "KeyWrappingData["
        + wrappingMethod.specName()
        + encryptionKeyInformation.map(k -> ", encryption key " + k.uniqueIdentifier()).orElse("")
        + macSignatureKeyInformation
            .map(k -> ", MAC/signature key " + k.uniqueIdentifier())
            .orElse("")
        + macSignature.map(m -> ", MAC/signature <" + m.length + " bytes>").orElse("")
        + ivCounterNonce.map(iv -> ", IV <" + iv.length + " bytes>").orElse("")
        + encodingOption.map(e -> ", " + e.specName()).orElse("")
        + "]";
  }
}
