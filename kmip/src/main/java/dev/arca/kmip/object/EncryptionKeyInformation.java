package dev.arca.kmip.object;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Optional;

/**
 * KMIP 1.4 §2.1.5 Table 10, KMIP 2.1 §3.3 Table 16 Encryption Key Information: the key that
 * encrypted (or is to encrypt) a Key Value.
 *
 * @param cryptographicParameters absent: the key's Cryptographic Parameters attribute applies
 */
@KmipStructure(Tag.ENCRYPTION_KEY_INFORMATION)
public record EncryptionKeyInformation(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    Optional<CryptographicParameters> cryptographicParameters) {

  public static EncryptionKeyInformation of(String uniqueIdentifier) {
    return new EncryptionKeyInformation(uniqueIdentifier, Optional.empty());
  }
}
