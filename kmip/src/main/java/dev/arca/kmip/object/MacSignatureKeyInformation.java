package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §2.1.5 Table 11, KMIP 2.1 §3.3 Table 17 MAC/Signature Key Information: the symmetric key
 * that MACed, or the private key (or its public key) that signed, a Key Value.
 */
@KmipStructure(Tag.MAC_SIGNATURE_KEY_INFORMATION)
public record MacSignatureKeyInformation(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    Optional<CryptographicParameters> cryptographicParameters) {

  public static MacSignatureKeyInformation of(String uniqueIdentifier) {
    return new MacSignatureKeyInformation(uniqueIdentifier, Optional.empty());
  }
}
