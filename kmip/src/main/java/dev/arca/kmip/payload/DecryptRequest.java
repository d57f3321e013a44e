package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.attribute.UniqueIdentifierValue;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.Data;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.Optional;

/**
 * KMIP 1.4 §4.30 Table 231, KMIP 2.1 §6.1.11 Table 196 Decrypt request (since KMIP 1.2).
 *
 * <p>KMIP 1.3 added the multi-part fields (Correlation Value, Init Indicator, Final Indicator) and
 * KMIP 1.4 the Authenticated Encryption Additional Data and Tag. {@link #toString()} shows byte
 * fields by length only.
 *
 * @param uniqueIdentifier the key; absent, the server uses the ID Placeholder
 * @param cryptographicParameters absent, the key's own Cryptographic Parameters apply
 * @param data the ciphertext as sent: a Byte String, or in KMIP 2.x also a reference to the Data of
 *     an earlier batch item (KMIP 2.1 §7.9); read it with {@link #dataBytes()}. Required for a
 *     single-part operation.
 * @param correlationValue the multi-part operation this request continues
 * @param authenticatedEncryptionAdditionalData for AEAD ciphers: the data authenticated but not
 *     encrypted; in a multi-part operation it comes with the first request
 * @param authenticatedEncryptionTag for AEAD ciphers: the tag to check; in a multi-part operation
 *     it comes with the first request
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record DecryptRequest(
    @KmipField(Tag.UNIQUE_IDENTIFIER) Optional<UniqueIdentifierValue> uniqueIdentifier,
    @KmipField(Tag.CRYPTOGRAPHIC_PARAMETERS)
        Optional<CryptographicParameters> cryptographicParameters,
    @KmipField(Tag.DATA) Optional<Ttlv> data,
    @KmipField(Tag.IV_COUNTER_NONCE) Optional<byte[]> ivCounterNonce,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue,
    @KmipField(Tag.INIT_INDICATOR) Optional<Boolean> initIndicator,
    @KmipField(Tag.FINAL_INDICATOR) Optional<Boolean> finalIndicator,
    @KmipField(Tag.AUTHENTICATED_ENCRYPTION_ADDITIONAL_DATA)
        Optional<byte[]> authenticatedEncryptionAdditionalData,
    @KmipField(Tag.AUTHENTICATED_ENCRYPTION_TAG) Optional<byte[]> authenticatedEncryptionTag)
    implements RequestPayload {

  public DecryptRequest {
    PayloadItems.checkData(data);
  }

  /**
   * Decrypts {@code data} in one part.
   *
   * @param parameters {@link CryptographicParameters#empty()} leaves the field out, so that the
   *     key's own parameters apply
   */
  public static DecryptRequest of(
      String uniqueIdentifier, CryptographicParameters parameters, byte[] data) {
    return new DecryptRequest(
        Optional.of(UniqueIdentifierValue.of(uniqueIdentifier)),
        parameters.isEmpty() ? Optional.empty() : Optional.of(parameters),
        PayloadItems.data(data),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty());
  }

  /** This request with the given IV, counter or nonce. */
  public DecryptRequest withIvCounterNonce(byte[] value) {
    return new DecryptRequest(
        uniqueIdentifier,
        cryptographicParameters,
        data,
        Optional.of(value),
        correlationValue,
        initIndicator,
        finalIndicator,
        authenticatedEncryptionAdditionalData,
        authenticatedEncryptionTag);
  }

  /** This request with the additional data the encryption authenticated (AEAD ciphers). */
  public DecryptRequest withAuthenticatedEncryptionAdditionalData(byte[] value) {
    return new DecryptRequest(
        uniqueIdentifier,
        cryptographicParameters,
        data,
        ivCounterNonce,
        correlationValue,
        initIndicator,
        finalIndicator,
        Optional.of(value),
        authenticatedEncryptionTag);
  }

  /** This request with the tag to check (AEAD ciphers such as AES-GCM). */
  public DecryptRequest withAuthenticatedEncryptionTag(byte[] value) {
    return new DecryptRequest(
        uniqueIdentifier,
        cryptographicParameters,
        data,
        ivCounterNonce,
        correlationValue,
        initIndicator,
        finalIndicator,
        authenticatedEncryptionAdditionalData,
        Optional.of(value));
  }

  /** A copy of the ciphertext, when sent as a Byte String (always so in KMIP 1.x). */
  public Optional<byte[]> dataBytes() {
    return PayloadItems.bytes(data);
  }

  /** KMIP 2.x: the earlier batch item whose Data is the ciphertext. */
  public Optional<Data> dataReference() {
    return PayloadItems.reference(data);
  }

  /** KMIP 2.x: the n-th Data of the response is the ciphertext. */
  public Optional<Integer> dataIndex() {
    return PayloadItems.index(data);
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "DecryptRequest",
        "uniqueIdentifier",
        uniqueIdentifier,
        "cryptographicParameters",
        cryptographicParameters,
        "data",
        data,
        "ivCounterNonce",
        ivCounterNonce,
        "correlationValue",
        correlationValue,
        "initIndicator",
        initIndicator,
        "finalIndicator",
        finalIndicator,
        "authenticatedEncryptionAdditionalData",
        authenticatedEncryptionAdditionalData,
        "authenticatedEncryptionTag",
        authenticatedEncryptionTag);
  }
}
