package dev.arca.kmip.payload;

import dev.arca.kmip.Tag;
import dev.arca.kmip.attribute.CryptographicParameters;
import dev.arca.kmip.bind.KmipField;
import dev.arca.kmip.bind.KmipStructure;
import dev.arca.kmip.enums.Data;
import dev.arca.kmip.ttlv.Ttlv;
import java.util.Objects;
import java.util.Optional;

/**
 * KMIP 1.4 §4.37 Table 245, KMIP 2.1 §6.1.24 Table 235 Hash request (since KMIP 1.2; multi-part
 * fields since 1.3). {@link #toString()} shows byte fields by length only.
 *
 * @param cryptographicParameters the Hashing Algorithm to use; required, there is no key to take it
 *     from
 * @param data the data to hash as sent: a Byte String, or in KMIP 2.x also a reference to the Data
 *     of an earlier batch item (KMIP 2.1 §7.9); read it with {@link #dataBytes()}. Required for a
 *     single-part operation.
 * @param correlationValue the multi-part operation this request continues
 */
@KmipStructure(Tag.REQUEST_PAYLOAD)
public record HashRequest(
    @KmipField(Tag.CRYPTOGRAPHIC_PARAMETERS) CryptographicParameters cryptographicParameters,
    @KmipField(Tag.DATA) Optional<Ttlv> data,
    @KmipField(Tag.CORRELATION_VALUE) Optional<byte[]> correlationValue,
    @KmipField(Tag.INIT_INDICATOR) Optional<Boolean> initIndicator,
    @KmipField(Tag.FINAL_INDICATOR) Optional<Boolean> finalIndicator)
    implements RequestPayload {

  public HashRequest {
    Objects.requireNonNull(cryptographicParameters, "cryptographicParameters");
    PayloadItems.checkData(data);
  }

  /** Hashes {@code data} in one part. */
  public static HashRequest of(CryptographicParameters parameters, byte[] data) {
    return new HashRequest(
        parameters, PayloadItems.data(data), Optional.empty(), Optional.empty(), Optional.empty());
  }

  /** A copy of the data to hash, when sent as a Byte String (always so in KMIP 1.x). */
  public Optional<byte[]> dataBytes() {
    return PayloadItems.bytes(data);
  }

  /** KMIP 2.x: the earlier batch item whose Data is to be hashed. */
  public Optional<Data> dataReference() {
    return PayloadItems.reference(data);
  }

  /** KMIP 2.x: the n-th Data of the response is to be hashed. */
  public Optional<Integer> dataIndex() {
    return PayloadItems.index(data);
  }

  @Override
  public String toString() {
    return PayloadItems.render(
        "HashRequest",
        "cryptographicParameters",
        cryptographicParameters,
        "data",
        data,
        "correlationValue",
        correlationValue,
        "initIndicator",
        initIndicator,
        "finalIndicator",
        finalIndicator);
  }
}
