package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.EncodingOption;
import dev.arca.kmip.enums.WrappingMethod;
import java.util.List;
import java.util.Optional;

/**
 * KMIP 1.4 §2.1.6 Table 12, KMIP 2.1 §7.18 Table 370 Key Wrapping Specification: how a client asks
 * Get (and Export) to wrap the returned key.
 *
 * @param attributeNames the attributes to wrap together with the key material
 * @param encodingOption absent: wrap the TTLV-encoded Key Value (added in 1.1)
 */
@KmipStructure(Tag.KEY_WRAPPING_SPECIFICATION)
public record KeyWrappingSpecification(
    @KmipField(Tag.WRAPPING_METHOD) WrappingMethod wrappingMethod,
    Optional<EncryptionKeyInformation> encryptionKeyInformation,
    Optional<MacSignatureKeyInformation> macSignatureKeyInformation,
    @KmipField(Tag.ATTRIBUTE_NAME) List<String> attributeNames,
    @KmipField(Tag.ENCODING_OPTION) Optional<EncodingOption> encodingOption) {

  public KeyWrappingSpecification {
    attributeNames = List.copyOf(attributeNames);
    if (encryptionKeyInformation.isEmpty() && macSignatureKeyInformation.isEmpty()) {
      throw new IllegalArgumentException(
          "Key Wrapping Specification needs Encryption Key Information or MAC/Signature Key"
              + " Information");
    }
  }

  /** Encrypt the key with {@code key}, using that key's own parameters. */
  public static KeyWrappingSpecification encryptWith(EncryptionKeyInformation key) {
    return new KeyWrappingSpecification(
        WrappingMethod.ENCRYPT, Optional.of(key), Optional.empty(), List.of(), Optional.empty());
  }
}
