package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 1.4 §4.29 Table 230, KMIP 2.1 §6.1.17 Table 215 Encrypt response (since KMIP 1.2). {@link
 * #toString()} shows byte fields by length only.
 *
 * @param uniqueIdentifier the key that was used
 * @param data the ciphertext; KMIP 1.x requires it for a single-part operation, KMIP 2.x makes it
 *     optional
 * @param ivCounterNonce the IV the server generated, when the request asked for a random IV and
 *     gave none
 * @param correlationValue the multi-part operation to name in the next request
 * @param authenticatedEncryptionTag the AEAD tag, returned when the last of the plaintext has been
 *     encrypted
 */
@KmipStructure(Tag.RESPONSE_PAYLOAD)
public record EncryptResponse(
    @KmipField(Tag.UNIQUE_IDENTIFIER) String uniqueIdentifier,
    @KmipField(Tag.DATA) Optional<byte[]> data,
    @KmipField(Tag.IV_COUNTER_NONCE) Optional<byte[]> ivCounterNonce,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue,
    @KmipField(Tag.AUTHENTICATED_ENCRYPTION_TAG) Optional<byte[]> authenticatedEncryptionTag)
    implements ResponsePayload {

  public EncryptResponse {
    Objects.requireNonNull(uniqueIdentifier, "uniqueIdentifier");
  }

  /** The result of a single-part encryption. */
  public static EncryptResponse of(String uniqueIdentifier, byte[] ciphertext) {
    return new EncryptResponse(
        uniqueIdentifier,
        Optional.of(ciphertext),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "EncryptResponse",
        "uniqueIdentifier",
        uniqueIdentifier,
        "data",
        data,
        "ivCounterNonce",
        ivCounterNonce,
        "correlationValue",
        correlationValue,
        "authenticatedEncryptionTag",
        authenticatedEncryptionTag);
  }
}
